"""The parts of a release around its body.

The date line, the header (masthead, headline, subtitle), contact blocks,
the dateline opening the first paragraph, the closing "About …" boilerplate,
and the joining of a body block's hard-wrapped lines into paragraphs (here,
not in ``text``, because it needs ``attribution``'s statement-header test).
"""

from __future__ import annotations

import datetime
import itertools
import re

from ..matching import EMPTY_MATCHER
from .attribution import _statement_header, _statement_introduction
from .data import Dateline, ParsedContact, ParsedRelease
from .names import _looks_like_name
from .text import _contact_extent
from .vocabulary import (
    ABOUT_RE,
    ALL_MARKS,
    BREAK_RE,
    CLOSE_MARKS,
    CONTACT_RE,
    DATE_DMY_RE,
    DATE_ES_RE,
    DATE_ISO_RE,
    DATE_RE,
    DATE_US_RE,
    EMAIL_RE,
    FOR_RELEASE_RE,
    MONTHS,
    NOT_NAME_WORDS,
    OPEN_MARKS,
    PHONE_RE,
    QUOTE_BULLET_RE,
    SPANISH_MONTHS,
    STANDALONE_CITIES,
    STATE_LOOKUP,
    _state_key,
)

# --- Joining lines ------------------------------------------------------------


_TERMINAL = (".", "!", "?", ":", "”", '"', "»", ")")


def _join_lines(lines: list[str]) -> list[str]:
    """Join hard-wrapped lines into paragraphs.

    A block whose lines are long was not wrapped by hand: each line is a
    paragraph. Otherwise lines join, except after a short line that ends a
    sentence (the last line of a paragraph in text with no blank lines).
    """
    if len(lines) == 1:
        return lines
    width = max(len(line) for line in lines)
    if width > 100:
        return list(lines)
    paragraphs: list[str] = []
    current = lines[0]
    for previous, line in itertools.pairwise(lines):
        ends = previous.endswith(_TERMINAL) and len(previous) < width * 0.6
        ends = ends or (
            # "About the Coalition" as a heading; not a wrapped line that
            # happens to start with "about".
            previous[:1] == "A"
            and ABOUT_RE.match(previous) is not None
            and len(previous.split()) <= 12
            and not previous.endswith((".", ","))
        )
        if (
            ends
            or CONTACT_RE.match(line)
            or BREAK_RE.match(line)
            # A bulleted quote starts an item of its own; a number after a
            # line that ends mid-sentence is the sentence going on ("…
            # with HPWU Local" / "22. “We wrote down every name.”").
            or (
                QUOTE_BULLET_RE.match(line)
                and not (line[:1].isdigit() and not previous.endswith(_TERMINAL))
            )
            or (current == previous and _header_line(previous, line))
        ):
            paragraphs.append(current)
            current = line
        elif current.endswith("-") and not current.endswith((" -", "--")):
            # "Antonio-\narea" is one word; "Houston --\nis" is not.
            current += line
        else:
            current += " " + line
    paragraphs.append(current)
    return paragraphs


def _header_line(previous: str, line: str) -> bool:
    """Is ``previous``, a paragraph's first line, a statement header?

    ("Name, Title, Organization:".) Checked only when it ends with a colon or
    the next line opens a quotation: a short block "Header:" + "“Quote.”" is
    two paragraphs, not one hard-wrapped one.
    """
    if not (previous.endswith(":") or line[:1] in OPEN_MARKS + '"'):
        return False
    return _statement_header(previous, EMPTY_MATCHER) is not None


# --- Header -------------------------------------------------------------------


_DATE_PATTERNS = (DATE_RE, DATE_DMY_RE, DATE_ISO_RE, DATE_US_RE, DATE_ES_RE)


def _find_date(text: str) -> datetime.date | None:
    for pattern in _DATE_PATTERNS:
        match = pattern.search(text)
        if match is None:
            continue
        month = match.group("month").lower().rstrip(".")
        month_number = (
            MONTHS.get(month)
            or SPANISH_MONTHS.get(month)
            or (int(month) if month.isdigit() else 0)
        )
        try:
            return datetime.date(
                int(match.group("year")), month_number, int(match.group("day"))
            )
        except ValueError:
            continue
    return None


def _is_date_line(line: str) -> bool:
    """A line that is only a date, perhaps after "For Immediate Release:"; in
    a bilingual release, two dates separated by "/" or "|" ("12 de marzo de
    2025 / March 12, 2025")."""
    rest = FOR_RELEASE_RE.sub("", line).strip(" :,.\u2013—-")
    if not rest:
        return False
    pieces = re.split(r"\s+[/|]\s+", rest)
    if len(pieces) == 2:
        return all(_is_date_line(piece) for piece in pieces)
    for pattern in _DATE_PATTERNS:
        match = pattern.search(rest)
        if match and len(rest) - len(match.group(0)) <= 12:
            return True
    return False


def _find_header_end(blocks: list[list[str]]) -> int:
    """Index of the first body block: the one opening with a dateline."""
    for index, block in enumerate(blocks[:12]):
        if _match_dateline(" ".join(block)) is not None:
            return index
    # No dateline: the header is the leading run of short, unpunctuated blocks.
    index = 0
    for block in blocks[:8]:
        text = " ".join(block)
        if (
            CONTACT_RE.match(block[0])
            or all(_is_date_line(line) or FOR_RELEASE_RE.match(line) for line in block)
            or (len(text.split()) <= 30 and not text.endswith((".", "!", "?", ":")))
        ) and not (BREAK_RE.match(block[0]) or _statement_introduction(text)):
            # "The following statement can be attributed to Ana Ruiz, …"
            # opens the body even without a colon.
            index += 1
            continue
        break
    if index >= len(blocks):
        # Everything looked like a header: keep the first line as the headline.
        return min(1, len(blocks))
    return index


_WRAP_WORDS = {"a", "an", "and", "at", "for", "in", "of", "on", "the", "to", "with"}


def _title_case(line: str) -> bool:
    """Every word but short function words capitalized: a headline's case."""
    words = [w for w in line.split() if w.lower() not in _WRAP_WORDS | {"as", "or"}]
    return len(words) >= 2 and all(
        not w[:1].isalpha() or w[:1].isupper() for w in words
    )


def _title_case_wrap(line: str, following: str) -> bool:
    """A headline in title case hard-wrapped at a fixed width: "Farmworkers
    Rally at Fresno Federal Courthouse as Triple-Digit Heat / Returns; Union
    Demands Shade, Water and an End to Immigration Threats on / the Job". The
    line runs to the wrap width (60 characters or more) with no closing
    punctuation, and the next line goes on in title case; a subtitle below a
    headline is in sentence case, so it stays apart."""
    return (
        len(line) >= 60
        and not line.endswith((".", "!", "?", ":"))
        and _title_case(line)
        and _title_case(following)
        and line.isupper() == following.isupper()
        and not FOR_RELEASE_RE.match(following)
        and not _is_date_line(following)
    )


def _masthead_line(line: str) -> bool:
    """A short line naming the issuer, such as "KEYSTONE EDUCATORS UNION"."""
    return (
        len(line.split()) <= 8
        and not line.endswith((".", "!", "?", ":", ","))
        and not re.match(r"subject\s*:", line, re.IGNORECASE)
    )


def _parse_header(blocks: list[list[str]], release: ParsedRelease) -> list[str]:
    """Fill date, title, subtitle and contacts; return lines that are body text.

    Short lines above a release label are the issuer's masthead, not the
    headline: in "Prairie Sanctuary Accompaniment Network / News Release /
    Headline / Subtitle", the headline is the line after "News Release" (only
    when a line follows the label, so a headline is never lost).
    """
    candidates: list[str] = []
    before_label: int | None = None
    for block in blocks:
        index = 0
        while index < len(block):
            line = block[index]
            if CONTACT_RE.match(line):
                consumed = _contact_extent(block, index)
                release.contacts.extend(_parse_contacts(block[index:consumed]))
                index = consumed
                continue
            if BREAK_RE.match(line):
                index += 1
                continue
            if _is_date_line(line) or FOR_RELEASE_RE.match(line):
                if release.date is None:
                    release.date = _find_date(line)
                if before_label is None and FOR_RELEASE_RE.match(line):
                    before_label = len(candidates)
                index += 1
                continue
            # A headline wrapped by hand continues on a line starting lowercase,
            # or after a line ending in a preposition ("… ACTION AT").
            while (
                index + 1 < len(block)
                and (
                    block[index + 1][:1].islower()
                    or line.split()[-1].lower() in _WRAP_WORDS
                    or _title_case_wrap(block[index], block[index + 1])
                )
                and not CONTACT_RE.match(block[index + 1])
            ):
                index += 1
                line += " " + block[index]
            candidates.append(line)
            index += 1
    if (
        before_label
        and len(candidates) > before_label
        and all(_masthead_line(line) for line in candidates[:before_label])
    ):
        release.masthead = "\n".join(candidates[:before_label])
        candidates = candidates[before_label:]
    if candidates:
        release.title = candidates[0]
    if len(candidates) > 1:
        release.subtitle = candidates[1]
    return candidates[2:]


def _parse_contacts(lines: list[str]) -> list[ParsedContact]:
    """ "Contact: Ana Ruiz, Org, ana@example.org, 312-555-0100" and variants."""
    pieces: list[str] = []
    for line in lines:
        line = CONTACT_RE.sub("", line).strip()
        for piece in re.split(r"\s*[;|]\s*|\s+[\u2013—]\s+|,\s*|\s+/\s+", line):
            piece = piece.strip(" .")
            if piece.startswith("(") and piece.endswith(")") and piece.count("(") == 1:
                piece = piece[1:-1].strip()
            if piece:
                pieces.append(piece)
        pieces.append("\n")
    contacts: list[ParsedContact] = []
    current = ParsedContact()
    for piece in pieces:
        if piece == "\n":
            continue
        emails = EMAIL_RE.findall(piece)
        phones = PHONE_RE.findall(piece)
        if emails or phones:
            # "Ana Ruiz ana@example.org" or "(312) 555-0100 (cell)".
            leftover = PHONE_RE.sub("", EMAIL_RE.sub("", piece))
            leftover = re.sub(
                r"\b(?:cell|mobile|office|email|phone|tel)\b:?",
                "",
                leftover,
                flags=re.I,
            )
            leftover = leftover.strip(" :.,()\u2013—-")
            if leftover and _looks_like_name(leftover):
                if current.name and (current.email or current.phone):
                    contacts.append(current)
                    current = ParsedContact()
                current.name = current.name or leftover
            if emails:
                if current.email:
                    contacts.append(current)
                    current = ParsedContact()
                current.email = emails[0]
            if phones and not current.phone:
                current.phone = phones[0].strip()
            continue
        if _looks_like_name(piece) and not current.name:
            current.name = piece
        elif _looks_like_name(piece) and (current.email or current.phone):
            contacts.append(current)
            current = ParsedContact(name=piece)
        elif not current.organization:
            current.organization = piece
    if current.name or current.email or current.phone:
        contacts.append(current)
    return [c for c in contacts if c.name or c.email or c.phone]


# --- Dateline -----------------------------------------------------------------


# A hyphen only with a space on one side at least: "Co-Chair" in "Said Faith
# Willard, Co-Chair of …" is no "CITY, CO -" dateline.
_DASH = r"(?:\s*(?:—|\u2013|--)\s*|\s+-\s*|-\s+|\s*:\s+)"
# A Latin-1 letter, either case: "SAN JOSÉ", "Mayagüez".
_LETTER = "A-Za-zÀ-ÖØ-öø-ÿ"
DATELINE_RE = re.compile(
    r"^\(?(?P<place>[" + _LETTER + r"][" + _LETTER + r".'\u2019 \-]{1,40}?"
    r"(?:,\s*[" + _LETTER + r"][" + _LETTER + r". ]{0,20}?)?)\)?"
    r"(?:\s*\((?P<date>[^)]{4,40})\)|,\s*(?P<date2>[A-Za-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}))?"
    + _DASH
    + r"(?P<rest>\S.*)$",
    re.DOTALL,
)


def _city_case(city: str) -> str:
    if city.isupper() or city.islower():
        words = []
        for word in city.split():
            lower = word.lower()
            words.append(
                "-".join(part[:1].upper() + part[1:] for part in lower.split("-"))
            )
        return " ".join(words)
    return city


def _match_dateline(text: str) -> tuple[str, str, str, datetime.date | None] | None:
    """(city, state, rest of the paragraph, date) when ``text`` opens with one."""
    match = DATELINE_RE.match(text)
    # "MEDIA CONTACT: Lorena Vasquez-Ibarra, …" is a contact line, not the
    # dateline "MEDIA CONTACT:" (a label in capitals before a colon).
    if match is None or FOR_RELEASE_RE.match(text) or CONTACT_RE.match(text):
        return None
    place = match.group("place").strip()
    city, _, state_text = place.partition(",")
    city, state_text = city.strip(), state_text.strip()
    if not city or len(city.split()) > 4:
        return None
    colon = ":" in text[match.end("place") : match.start("rest")]
    state = ""
    if state_text:
        state = STATE_LOOKUP.get(_state_key(state_text), "")
        if not state:
            return None
    else:
        key = re.sub(r"[^a-z ]", "", city.lower().replace(".", ""))
        standalone = STANDALONE_CITIES.get(key)
        parenthesized = text.startswith("(")
        if not (city.isupper() or standalone or parenthesized):
            return None
        if colon and not standalone:
            # "PHOTO CAPTION: A protester holds …", "EDITOR'S NOTE: …": a
            # label before a colon; a colon dateline needs a known city.
            return None
        if not city.replace(".", "").replace(" ", "").replace("-", "").isalpha():
            return None
        if city.lower() in NOT_NAME_WORDS:
            return None
        state = standalone or ""
    date = None
    raw_date = match.group("date") or match.group("date2")
    if raw_date:
        date = _find_date(raw_date)
        if date is None:
            return None
    return _city_case(city), state, match.group("rest").strip(), date


def _take_dateline(paragraph: str, release: ParsedRelease) -> tuple[str, bool]:
    found = _match_dateline(paragraph)
    if found is None:
        return paragraph, False
    city, state, rest, date = found
    release.dateline = Dateline(city=city, state=state)
    if release.date is None and date is not None:
        release.date = date
    return rest, True


BYLINE_RE = re.compile(r"^(?:[\u2014\u2013]|--)\s*(?=\S)")


def _attach_bylines(paragraphs: list[str]) -> list[str]:
    """Join a "— Name, Title" line (or "-- Name, Title") to the quotation
    paragraph it signs.

    A paragraph with no quotation marks at all that is signed this way is a
    statement in the speaker's own words: it is marked as a quotation so
    the byline attributes it like any other.
    """
    merged: list[str] = []
    for paragraph in _split_trailing_bylines(paragraphs):
        byline = BYLINE_RE.match(paragraph)
        previous = merged[-1].rstrip() if merged else ""
        if byline and len(paragraph.split()) <= 30 and previous:
            if previous.endswith(tuple(CLOSE_MARKS + '"')):
                merged[-1] = f"{previous} {paragraph}"
                continue
            if (
                not any(mark in previous for mark in ALL_MARKS)
                and previous.endswith((".", "!", "?"))
                and _signs(paragraph[byline.end() :])
            ):
                merged[-1] = f"\u201c{previous}\u201d {paragraph}"
                continue
        merged.append(paragraph)
    return merged


TRAILING_BYLINE_RE = re.compile(
    r"(?<=[.!?])\s+(?P<byline>(?:[\u2014\u2013]|--)\s*[^.!?\u2014\u2013]*"
    r"(?:\.[^.!?\u2014\u2013]*)*)$"
)


def _signs(byline: str) -> bool:
    """ "Rev. Esteban Aguilar-Monge, Coordinating Pastor, …": a byline that
    opens with a person's name."""
    return _looks_like_name(byline.split(",")[0])


def _split_trailing_bylines(paragraphs: list[str]) -> list[str]:
    """A byline hard-wrapped onto the end of an unmarked statement ("… it
    is choosing not to. -- Rev. Name, Title, Organization") gets a
    paragraph of its own, as if a blank line had separated them."""
    split: list[str] = []
    for paragraph in paragraphs:
        found = TRAILING_BYLINE_RE.search(paragraph)
        if (
            found
            and not any(mark in paragraph for mark in ALL_MARKS)
            and len(found.group("byline").split()) <= 30
            and _signs(BYLINE_RE.sub("", found.group("byline")))
        ):
            split += [paragraph[: found.start()], found.group("byline")]
        else:
            split.append(paragraph)
    return split


# --- About --------------------------------------------------------------------


def _take_about(paragraphs: list[str], release: ParsedRelease) -> list[str]:
    """Move the closing "About …" boilerplate out of the body."""
    for index, paragraph in enumerate(paragraphs):
        if index == 0 or not ABOUT_RE.match(paragraph):
            continue
        first_word = paragraph.split()[1] if len(paragraph.split()) > 1 else ""
        if first_word[:1].isdigit():
            continue
        heading, colon, _rest = paragraph.partition(":")
        words = paragraph.split()
        is_heading = len(words) <= 12 and not paragraph.endswith((".", "!", "?"))
        inline = colon and len(heading.split()) <= 12
        if not (is_heading or inline):
            continue
        about = [p for p in paragraphs[index + 1 :] if p != "***"]
        if inline and not is_heading:
            about.insert(0, paragraph)
        release.about = "\n\n".join([paragraph, *about] if is_heading else about)
        return paragraphs[:index]
    return paragraphs
