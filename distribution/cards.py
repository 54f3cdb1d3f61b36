"""Share cards: a 1200x630 PNG per quote, drawn with Pillow.

Fonts come from Debian packages: DejaVu (``fonts-dejavu-core``) covers Latin,
Greek, Cyrillic, Arabic and Hebrew; runs of CJK characters are drawn with a
font that has Han/Kana/Hangul glyphs (``fonts-noto-cjk`` or
``fonts-droid-fallback``, which .ci/run installs) when one is installed.
Without one, CJK characters draw as empty boxes but still wrap correctly.
Pillow shapes Arabic and reorders right-to-left text when it is built with
libraqm (the wheels are); lines that start right-to-left are right-aligned.
Known limit: a single line mixing right-to-left text with CJK draws its runs
in logical order.

A card is stored in ``ShareCard`` and redrawn only when the hash of its
inputs changes, so editing a quote or renaming its organization gives a new
card on the next request and an unchanged quote costs nothing.
"""

from __future__ import annotations

import hashlib
import io
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from django.core.files.base import ContentFile
from django.db import transaction

from PIL import Image, ImageDraw, ImageFont

from newsroom.models import Quote

from .models import ShareCard

CARD_SIZE = (1200, 630)
RENDERER_VERSION = "2"

MARGIN = 72
TEXT_WIDTH = CARD_SIZE[0] - 2 * MARGIN
QUOTE_TOP = 110
QUOTE_BOTTOM = 440
LOGO_SIZE = 96

BACKGROUND = (250, 248, 243)
INK = (26, 32, 44)
ACCENT = (178, 34, 52)
MUTED = (74, 85, 104)

FONT_DIRS = [
    Path("/usr/share/fonts/truetype/dejavu"),
    Path("/usr/share/fonts/truetype/liberation"),
]
REGULAR_FONTS = ["DejaVuSans.ttf", "LiberationSans-Regular.ttf"]
BOLD_FONTS = ["DejaVuSans-Bold.ttf", "LiberationSans-Bold.ttf"]
CJK_FONTS = [
    Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"),
    Path("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"),
    Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
]

# Han, Kana, Hangul and full-width forms: written without spaces, so a line
# may break between any two of these characters.
CJK_CHAR = re.compile(
    "[\u2e80-\u2fdf\u3000-\u30ff\u3100-\u31ff\u3400-\u4dbf\u4e00-\u9fff"
    "\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]"
)
TOKEN = re.compile(
    "(\\s*)("
    + CJK_CHAR.pattern
    + "|[^\\s\u2e80-\u2fdf\u3000-\u30ff\u3100-\u31ff\u3400-\u4dbf"
    "\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]+)"
)
ELLIPSIS = "…"
# Dropped before an ellipsis: "word,…" reads badly.
TRAILING_PUNCTUATION = " ,;:.-\u2014"

FontType = ImageFont.FreeTypeFont | ImageFont.ImageFont
CJK_RUN = re.compile(f"{CJK_CHAR.pattern}+|[^{CJK_CHAR.pattern[1:-1]}]+")


@cache
def _font_path(names: tuple[str, ...]) -> str | None:
    for directory in FONT_DIRS:
        for name in names:
            candidate = directory / name
            if candidate.exists():
                return str(candidate)
    return None


@cache
def _cjk_font_path() -> str | None:
    return next((str(p) for p in CJK_FONTS if p.exists()), None)


@cache
def _truetype(path: str | None, size: int) -> FontType:
    if path is None:
        return ImageFont.load_default(size=size)
    return ImageFont.truetype(path, size=size)


class Typeface:
    """DejaVu for most scripts, a CJK font for Han/Kana/Hangul runs.

    Pillow draws a string with one font and has no glyph fallback, so text is
    split into runs: CJK characters go to the CJK font (when one is
    installed), everything else, including quotation marks and Arabic, to
    DejaVu. Measuring and drawing work run by run.
    """

    def __init__(self, size: int, *, bold: bool = False) -> None:
        self.size = size
        self.base = _truetype(
            _font_path(tuple(BOLD_FONTS if bold else REGULAR_FONTS)), size
        )
        cjk_path = _cjk_font_path()
        self.cjk = _truetype(cjk_path, size) if cjk_path else None

    def runs(self, text: str) -> list[tuple[str, FontType]]:
        if self.cjk is None or not CJK_CHAR.search(text):
            return [(text, self.base)]
        runs: list[tuple[str, FontType]] = []
        for match in CJK_RUN.finditer(text):
            font = self.cjk if CJK_CHAR.match(match.group()) else self.base
            runs.append((match.group(), font))
        return runs

    def getlength(self, text: str) -> float:
        return sum(font.getlength(run) for run, font in self.runs(text))

    def draw(self, draw: ImageDraw.ImageDraw, xy, text: str, fill) -> None:
        """Draw ``text`` with its top-left at ``xy`` (runs share a baseline)."""
        x, y = xy
        baseline = y + self.size
        for run, font in self.runs(text):
            draw.text((x, baseline), run, font=font, fill=fill, anchor="ls")
            x += font.getlength(run)


@cache
def typeface(size: int, *, bold: bool = False) -> Typeface:
    return Typeface(size, bold=bold)


def needs_cjk(text: str) -> bool:
    return bool(CJK_CHAR.search(text))


def is_rtl(text: str) -> bool:
    """True when the first strongly directional character is right-to-left."""
    for char in text:
        direction = unicodedata.bidirectional(char)
        if direction in ("R", "AL"):
            return True
        if direction == "L":
            return False
    return False


def _width(font: Typeface, text: str) -> float:
    return font.getlength(text)


def _split_long(word: str, font: Typeface, width: float) -> list[str]:
    """Break a word wider than the line into pieces that fit."""
    pieces, current = [], ""
    for char in word:
        if current and _width(font, current + char) > width:
            pieces.append(current)
            current = char
        else:
            current += char
    if current:
        pieces.append(current)
    return pieces


def wrap(text: str, font: Typeface, width: float) -> list[str]:
    """Greedy line wrapping that measures with ``font``.

    Lines break at spaces, and between CJK characters (which have none). A
    word that is wider than a whole line on its own is broken inside.
    """
    lines: list[str] = []
    line = ""
    for space, word in TOKEN.findall(" ".join(text.split())):
        joiner = " " if (space and line) else ""
        candidate = f"{line}{joiner}{word}"
        if _width(font, candidate) <= width:
            line = candidate
            continue
        if line:
            lines.append(line)
        if _width(font, word) <= width:
            line = word
            continue
        pieces = _split_long(word, font, width)
        lines.extend(pieces[:-1])
        line = pieces[-1]
    if line:
        lines.append(line)
    return lines


def shorten_lines(
    lines: list[str], max_lines: int, font: Typeface, width: float
) -> list[str]:
    """Keep ``max_lines`` lines; end the last one with an ellipsis at a word."""
    if len(lines) <= max_lines:
        return lines
    kept = lines[:max_lines]
    last = kept[-1]
    while last and _width(font, last.rstrip(TRAILING_PUNCTUATION) + ELLIPSIS) > width:
        cut = last.rfind(" ")
        last = last[:cut] if cut > 0 else last[:-1]
    kept[-1] = last.rstrip(TRAILING_PUNCTUATION) + ELLIPSIS
    return kept


@dataclass
class QuoteLayout:
    lines: list[str]
    font: Typeface
    size: int
    line_height: int
    rtl: bool


QUOTE_SIZES = (60, 52, 46, 40, 35, 31)


def layout_quote(text: str) -> QuoteLayout:
    """Choose the largest type size at which the quote fits the card.

    At the smallest size a quote that still does not fit is shortened at a
    word boundary and ends with an ellipsis.
    """
    quote = f"“{' '.join(text.split())}”"
    for size in QUOTE_SIZES:
        font = typeface(size)
        line_height = int(size * 1.3)
        max_lines = max(1, (QUOTE_BOTTOM - QUOTE_TOP) // line_height)
        lines = wrap(quote, font, TEXT_WIDTH)
        if len(lines) <= max_lines:
            return QuoteLayout(lines, font, size, line_height, is_rtl(text))
    lines = shorten_lines(lines, max_lines, font, TEXT_WIDTH)
    if not lines[-1].endswith("”"):
        lines[-1] += "”"
        while _width(font, lines[-1]) > TEXT_WIDTH and len(lines[-1]) > 2:
            cut = lines[-1].rfind(" ")
            head = lines[-1][:cut] if cut > 0 else lines[-1][:-3]
            lines[-1] = head.rstrip(TRAILING_PUNCTUATION) + ELLIPSIS + "”"
    return QuoteLayout(lines, font, size, line_height, is_rtl(text))


def _fit_one_line(text: str, font: Typeface, width: float) -> str:
    if _width(font, text) <= width:
        return text
    return shorten_lines([*wrap(text, font, width), ""], 1, font, width)[0]


def card_inputs(quote: Quote, coalition_name: str) -> dict:
    """Everything that is drawn on the card; its hash decides regeneration."""
    organization = quote.organization
    logo = organization.logo if organization is not None else None
    return {
        "version": RENDERER_VERSION,
        "text": quote.text,
        "speaker": quote.speaker_name,
        "title": quote.speaker_title,
        "organization": quote.organization_display,
        "logo": f"{logo.pk}:{logo.file_hash or logo.file.name}" if logo else "",
        "coalition": coalition_name,
    }


def inputs_hash(inputs: dict) -> str:
    payload = "\x1f".join(f"{key}={inputs[key]}" for key in sorted(inputs))
    return hashlib.sha256(payload.encode()).hexdigest()


def _draw_text(draw, xy, text, font: Typeface, fill, *, rtl: bool, width: float):
    x, y = xy
    if rtl:
        x = x + width - _width(font, text)
    font.draw(draw, (x, y), text, fill)


def _paste_logo(card: Image.Image, quote: Quote) -> bool:
    organization = quote.organization
    logo = organization.logo if organization is not None else None
    if logo is None:
        return False
    try:
        with logo.open_file() as handle, Image.open(handle) as source:
            source.thumbnail((LOGO_SIZE, LOGO_SIZE))
            source = source.convert("RGBA")
            x = CARD_SIZE[0] - MARGIN - source.width
            y = CARD_SIZE[1] - MARGIN - source.height + 8
            card.paste(source, (x, y), source)
    except (OSError, ValueError):
        return False
    return True


def render_card(quote: Quote, coalition_name: str) -> bytes:
    """Draw the card for ``quote`` and return PNG bytes."""
    card = Image.new("RGB", CARD_SIZE, BACKGROUND)
    draw = ImageDraw.Draw(card)
    draw.rectangle((0, 0, 16, CARD_SIZE[1]), fill=ACCENT)

    layout = layout_quote(quote.text)
    y = QUOTE_TOP
    for line in layout.lines:
        _draw_text(
            draw,
            (MARGIN, y),
            line,
            layout.font,
            INK,
            rtl=is_rtl(line),
            width=TEXT_WIDTH,
        )
        y += layout.line_height

    has_logo = _paste_logo(card, quote)
    info_width = TEXT_WIDTH - (LOGO_SIZE + 24 if has_logo else 0)
    speaker = quote.speaker_name
    details = ", ".join(
        part for part in (quote.speaker_title, quote.organization_display) if part
    )
    speaker_font = typeface(32, bold=True)
    details_font = typeface(26)
    coalition_font = typeface(22, bold=True)
    draw.line((MARGIN, 462, MARGIN + 120, 462), fill=ACCENT, width=4)
    _draw_text(
        draw,
        (MARGIN, 478),
        _fit_one_line(f"— {speaker}", speaker_font, info_width),
        speaker_font,
        INK,
        rtl=is_rtl(speaker),
        width=info_width,
    )
    if details:
        _draw_text(
            draw,
            (MARGIN, 522),
            _fit_one_line(details, details_font, info_width),
            details_font,
            MUTED,
            rtl=is_rtl(details),
            width=info_width,
        )
    coalition_font.draw(
        draw,
        (MARGIN, 40),
        _fit_one_line(coalition_name.upper(), coalition_font, TEXT_WIDTH),
        ACCENT,
    )
    buffer = io.BytesIO()
    card.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def get_or_create_card(quote: Quote, coalition_name: str) -> ShareCard:
    """The stored card for ``quote``, drawn now if missing or out of date."""
    digest = inputs_hash(card_inputs(quote, coalition_name))
    card = ShareCard.objects.filter(quote=quote).first()
    if card is not None and card.content_hash == digest and card.image:
        return card
    png = render_card(quote, coalition_name)
    with transaction.atomic():
        card = ShareCard.objects.select_for_update().filter(quote=quote).first()
        old_file = card.image.name if card is not None and card.image else ""
        if card is None:
            card = ShareCard(quote=quote)
        card.content_hash = digest
        card.width, card.height = CARD_SIZE
        card.image.save(
            f"quote-{quote.pk}-{digest[:12]}.png", ContentFile(png), save=False
        )
        card.save()
    if old_file and old_file != card.image.name:
        card.image.storage.delete(old_file)
    return card
