"""Measure the parser against a corpus of releases with expected JSON.

A corpus folder holds ``registry.json`` (the organizations to match against)
and, for each release ``NAME.txt`` or ``NAME.md``, its ``NAME.expected.json``
in the ``import_release --dry-run --json`` shape.
"""

from __future__ import annotations

import difflib
import json
from dataclasses import dataclass, field
from pathlib import Path

from .matching import OrganizationEntry, OrganizationMatcher
from .parser import parse_release
from .parsing.data import QUOTE_JSON_FIELDS
from .parsing.names import byline_organization

# The fields compared, the long quote text last in the report.
QUOTE_FIELDS = (*(f for f in QUOTE_JSON_FIELDS if f != "text"), "text")


@dataclass
class FileResult:
    source: str
    expected: int
    found: int = 0
    speaker_and_organization: int = 0
    exact_attribution: int = 0
    exact_all: int = 0
    invented: int = 0
    # Quotes carrying a note for the editor (see ParsedQuote.notes), and how
    # many of the found quotes with a wrong speaker or organization did.
    flagged: int = 0
    wrong: int = 0
    wrong_flagged: int = 0
    mismatches: list[str] = field(default_factory=list)


@dataclass
class Evaluation:
    files: list[FileResult] = field(default_factory=list)

    def total(self, name: str) -> int:
        return sum(getattr(result, name) for result in self.files)

    def report(self) -> str:
        expected = self.total("expected")
        lines = [
            f"Releases: {len(self.files)}",
            f"Expected quotes: {expected}",
            f"Quotes found: {self.total('found')}",
            "Found with the right speaker and organization (text and id): "
            f"{self.total('speaker_and_organization')}",
            "Found with exact speaker, title and organization (text and id): "
            f"{self.total('exact_attribution')}",
            f"Found with every field exact (incl. city and text): "
            f"{self.total('exact_all')}",
            f"Invented quotes (not in the expected JSON): {self.total('invented')}",
            "Found quotes with a note for the editor: "
            f"{self.total('flagged')} of {self.total('found')}",
            "Found with a wrong speaker or organization, and of those noted: "
            f"{self.total('wrong')}, {self.total('wrong_flagged')}",
        ]
        if expected:
            share = 100 * self.total("speaker_and_organization") / expected
            lines.append(f"Speaker and organization accuracy: {share:.1f}%")
            share = 100 * self.total("exact_attribution") / expected
            lines.append(f"Attribution accuracy: {share:.1f}%")
        for result in self.files:
            lines.extend(f"  {result.source}: {m}" for m in result.mismatches)
        return "\n".join(lines)


def load_matcher(folder: Path) -> OrganizationMatcher:
    rows = json.loads((folder / "registry.json").read_text(encoding="utf-8"))
    return OrganizationMatcher(
        OrganizationEntry(row["id"], row["name"], row.get("short_name", ""))
        for row in rows
    )


def corpus_files(folder: Path) -> list[Path]:
    return sorted(
        path
        for path in folder.iterdir()
        if path.suffix in {".txt", ".md"}
        and path.with_name(path.stem + ".expected.json").exists()
    )


def _organization_key(organization: str) -> str:
    """ "Service Employees International Union (SEIU)", "MALDEF (Mexican
    American …)": labelers differ on whether the acronym or the spelled-out
    name is part of the organization as written; the parser writes the byline
    form. Either way it names the same organization."""
    return byline_organization(organization)[0]


def _same(key: str, got: dict, want: dict) -> bool:
    if key == "organization":
        return _organization_key(got[key]) == _organization_key(want[key])
    return got[key] == want[key]


def _similar(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def compare(
    expected: list[dict],
    actual: list[dict],
    source: str,
    notes: list[list[str]] | None = None,
) -> FileResult:
    """Align actual quotes to expected ones by text, then compare fields.

    ``notes`` are the parsed quotes' notes for the editor, in order."""
    notes = notes if notes is not None else [[] for _quote in actual]
    result = FileResult(source=source, expected=len(expected))
    unused = list(range(len(actual)))
    for want in expected:
        best, best_score = None, 0.0
        for index in unused:
            score = _similar(want["text"], actual[index]["text"])
            if score > best_score:
                best, best_score = index, score
        if best is None or best_score < 0.6:
            result.mismatches.append(f"missed quote by {want['speaker']}")
            continue
        unused.remove(best)
        got = actual[best]
        result.found += 1
        result.flagged += bool(notes[best])
        if all(
            _same(key, got, want)
            for key in ("speaker", "organization", "organization_id")
        ):
            result.speaker_and_organization += 1
        else:
            result.wrong += 1
            result.wrong_flagged += bool(notes[best])
        if all(
            _same(key, got, want)
            for key in ("speaker", "title", "organization", "organization_id")
        ):
            result.exact_attribution += 1
        if all(_same(key, got, want) for key in QUOTE_FIELDS):
            result.exact_all += 1
        for key in QUOTE_FIELDS:
            if not _same(key, got, want):
                result.mismatches.append(
                    f"{want['speaker']}: {key} {got[key]!r} != {want[key]!r}"
                )
    result.invented = len(unused)
    for index in unused:
        result.mismatches.append(f"invented quote by {actual[index]['speaker']}")
    return result


def evaluate(folder: Path) -> Evaluation:
    matcher = load_matcher(folder)
    evaluation = Evaluation()
    for path in corpus_files(folder):
        expected = json.loads(
            path.with_name(path.stem + ".expected.json").read_text(encoding="utf-8")
        )
        parsed = parse_release(
            path.read_text(encoding="utf-8"), source=path.name, matcher=matcher
        )
        evaluation.files.append(
            compare(
                expected["quotes"],
                parsed.as_dict()["quotes"],
                path.name,
                [quote.notes for quote in parsed.quotes],
            )
        )
    return evaluation
