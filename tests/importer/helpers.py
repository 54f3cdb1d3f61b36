"""Shared test helpers: the test sets, the corpus registry created in the
database, Word files and parsed quotes as rows."""

from __future__ import annotations

import io
import json
from pathlib import Path

from importer.parser import parse_release
from newsroom.models import Organization

CORPUS = Path(__file__).parent / "corpus"
HOLDOUT = Path(__file__).parent / "holdout"
HOLDOUT_2 = Path(__file__).parent / "holdout2"
HOLDOUT_3 = Path(__file__).parent / "holdout3"
BLIND_A = Path(__file__).parent / "blind_a"
BLIND_B = Path(__file__).parent / "blind_b"
BLIND_C = Path(__file__).parent / "blind_c"
BLIND_D = Path(__file__).parent / "blind_d"
BLIND_E = Path(__file__).parent / "blind_e"
BLIND_F = Path(__file__).parent / "blind_f"
BLIND_G = Path(__file__).parent / "blind_g"
BLIND_H = Path(__file__).parent / "blind_h"
BLIND_I = Path(__file__).parent / "blind_i"
BLIND_J = Path(__file__).parent / "blind_j"
BLIND_K = Path(__file__).parent / "blind_k"
BLIND_L = Path(__file__).parent / "blind_l"
BLIND_M = Path(__file__).parent / "blind_m"
BLIND_N = Path(__file__).parent / "blind_n"
BLIND_O = Path(__file__).parent / "blind_o"
BLIND_P = Path(__file__).parent / "blind_p"
BLIND_Q = Path(__file__).parent / "blind_q"
BLIND_R = Path(__file__).parent / "blind_r"
BLIND_S = Path(__file__).parent / "blind_s"
BLIND_T = Path(__file__).parent / "blind_t"
BLIND_U = Path(__file__).parent / "blind_u"
BLIND_V = Path(__file__).parent / "blind_v"
BLIND_W = Path(__file__).parent / "blind_w"
BLIND_X = Path(__file__).parent / "blind_x"
BLIND_Y = Path(__file__).parent / "blind_y"
BLIND_Z = Path(__file__).parent / "blind_z"
BLIND_AA = Path(__file__).parent / "blind_aa"
BLIND_AB = Path(__file__).parent / "blind_ab"
BLIND_AC = Path(__file__).parent / "blind_ac"
BLIND_AD = Path(__file__).parent / "blind_ad"
BLIND_AE = Path(__file__).parent / "blind_ae"
BLIND_AF = Path(__file__).parent / "blind_af"
BLIND_AG = Path(__file__).parent / "blind_ag"
BLIND_AH = Path(__file__).parent / "blind_ah"
BLIND_AI = Path(__file__).parent / "blind_ai"
BLIND_AJ = Path(__file__).parent / "blind_aj"
BLIND_AK = Path(__file__).parent / "blind_ak"
BLIND_AL = Path(__file__).parent / "blind_al"
BLIND_AM = Path(__file__).parent / "blind_am"
BLIND_AN = Path(__file__).parent / "blind_an"
BLIND_AO = Path(__file__).parent / "blind_ao"
BLIND_AP = Path(__file__).parent / "blind_ap"
BLIND_AQ = Path(__file__).parent / "blind_aq"
BLIND_AR = Path(__file__).parent / "blind_ar"
BLIND_AS = Path(__file__).parent / "blind_as"
BLIND_AT = Path(__file__).parent / "blind_at"
BLIND_AU = Path(__file__).parent / "blind_au"
BLIND_AV = Path(__file__).parent / "blind_av"
BLIND_AW = Path(__file__).parent / "blind_aw"
BLIND_AX = Path(__file__).parent / "blind_ax"
BLIND_AY = Path(__file__).parent / "blind_ay"
BLIND_AZ = Path(__file__).parent / "blind_az"
BLIND_BA = Path(__file__).parent / "blind_ba"
BLIND_BB = Path(__file__).parent / "blind_bb"
BLIND_BC = Path(__file__).parent / "blind_bc"
BLIND_BD = Path(__file__).parent / "blind_bd"
BLIND_BE = Path(__file__).parent / "blind_be"
BLIND_BF = Path(__file__).parent / "blind_bf"
BLIND_BG = Path(__file__).parent / "blind_bg"


def registry_rows() -> list[dict]:
    return json.loads((CORPUS / "registry.json").read_text(encoding="utf-8"))


def create_registry() -> dict[int, Organization]:
    """The corpus's fictional organizations, with the ids the JSON expects."""
    organizations = {}
    for row in registry_rows():
        organizations[row["id"]] = Organization.objects.create(
            pk=row["id"],
            name=row["name"],
            short_name=row["short_name"],
            slug=f"corpus-org-{row['id']}",
            live=True,
        )
    return organizations


def docx_bytes(text: str) -> bytes:
    """A Word document with one paragraph per line, as Word keeps them."""
    from docx import Document

    document = Document()
    for line in text.splitlines():
        if line.strip():
            document.add_paragraph(line.strip())
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def quote_rows(body, matcher, *, head, source="release.txt"):
    """Parse a release (``head`` then ``body``) and return each quote as
    ``(speaker, title, organization, organization_id, text)``."""
    release = parse_release(head + body, source=source, matcher=matcher)
    return [
        (q.speaker, q.title, q.organization, q.organization_id, q.text)
        for q in release.quotes
    ]
