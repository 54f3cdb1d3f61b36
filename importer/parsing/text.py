"""Raw text into lines and blocks, and text into quoted and unquoted runs.

Normalizing pasted text and Markdown, splitting it into blocks of non-blank
lines (unwrapping a block pasted without blank lines, keeping a contact's
lines together), and the quotation-mark segmentation every later step uses.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .vocabulary import (
    ALL_MARKS,
    BREAK_RE,
    CLOSE_MARKS,
    CONTACT_RE,
    EMAIL_RE,
    OPEN_MARKS,
    PHONE_RE,
)


def _normalize_text(text: str, *, markdown: bool) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    text = text.replace("\u00a0", " ").replace("\u2028", "\n").replace("\t", " ")
    text = text.replace("\u201f", "“").replace("\u2033", '"')
    # Doubled curly marks, left by some web publishing tools: "“”I'm a U.S.
    # citizen,”” Graves said." reads as one pair.
    text = re.sub(r"\u201c\u201d(?=\w)", "\u201c", text)
    text = re.sub(r"(?<=[\w.,!?])\u201d\u201d", "\u201d", text)
    # "“We will … our “fair share,” he … our city.\"": a quotation opened
    # with a curly mark and closed with a straight one.
    text = re.sub(r'(?m)^(\u201c[^"\n]*[.!?])"[ ]*$', "\\1\u201d", text)
    # "… to church, “ said Ana Ruiz": an opening mark typed where the
    # closing one belongs (an opening mark is never followed by a space).
    text = re.sub(r"(?<=[,.!?])\s?\u201c(?=[ ]+[a-z])", "\u201d", text)
    # "Ana Ruiz, Director of X:\"It is time …\"": a colon glued to an
    # opening straight mark.
    text = re.sub(r'(?<=\w):"(?=[A-Z\u00c0-\u00de])', ': "', text)
    if markdown:
        lines = []
        for line in text.split("\n"):
            stripped = line.strip()
            if not BREAK_RE.match(stripped):
                stripped = re.sub(r"^#{1,6}\s+", "", stripped)
            stripped = re.sub(r"^>\s?", "", stripped)
            stripped = re.sub(r"\[([^\]]+)\]\([^)]+\)", r"\1", stripped)
            stripped = re.sub(r"(\*\*|__)(.+?)\1", r"\2", stripped)
            stripped = re.sub(r"(?<![\w*])[*_]([^*_\n]+)[*_](?![\w*])", r"\1", stripped)
            stripped = re.sub(r"^[*\-+]\s+(?=\S)", "• ", stripped)
            stripped = stripped.replace("\\", "")
            lines.append(stripped)
        text = "\n".join(lines)
    return text


def _blocks(text: str) -> list[list[str]]:
    """Runs of non-blank lines, each line stripped."""
    blocks: list[list[str]] = []
    current: list[str] = []
    for raw in text.split("\n"):
        line = " ".join(raw.split())
        if line:
            if BREAK_RE.match(line):
                if current:
                    blocks.append(current)
                blocks.append([line])
                current = []
            else:
                current.append(line)
        elif current:
            blocks.append(current)
            current = []
    if current:
        blocks.append(current)
    return [piece for block in blocks for piece in _unwrapped_lines(block)]


def _unwrapped_lines(block: list[str]) -> list[list[str]]:
    """Split a block pasted without blank lines (long lines) into one per line.

    Contact lines stay together with the details that follow them.
    """
    if max(len(line) for line in block) <= 100:
        return _reflowed(block)
    pieces: list[list[str]] = []
    index = 0
    while index < len(block):
        if CONTACT_RE.match(block[index]):
            end = _contact_extent(block, index)
            pieces.append(block[index:end])
            index = end
        else:
            pieces.append([block[index]])
            index += 1
    return pieces


_SENTENCE_END_RE = re.compile(r"[.?!:][\"'\u201d\u2019)]?$")


def _reflowed(block: list[str]) -> list[list[str]]:
    """Split a hard-wrapped block with no blank lines between paragraphs.

    A wrapped line is cut only where the next word would not fit, so a line
    that ends a sentence with room left for the next line's first word ends
    a paragraph. The block is split only when that happens at least twice
    after a full sentence (one paragraph wrapped unevenly stays whole), and
    then after every line that leaves room for the next word, a sentence's
    end or not (a headline, a signature); contact lines stay together."""
    width = max(len(line) for line in block)
    if len(block) < 6 or width < 60:
        return [block]

    def fits(index: int) -> bool:
        following = block[index + 1].split()[0]
        return len(block[index]) + 1 + len(following) <= width

    ends = [
        index
        for index in range(len(block) - 1)
        if fits(index) and _SENTENCE_END_RE.search(block[index])
    ]
    if len(ends) < 2:
        return [block]
    pieces: list[list[str]] = []
    start = index = 0
    while index < len(block):
        if index == start and CONTACT_RE.match(block[index]):
            index = _contact_extent(block, index)
            pieces.append(block[start:index])
            start = index
            continue
        if index == len(block) - 1 or fits(index):
            pieces.append(block[start : index + 1])
            start = index + 1
        index += 1
    return pieces


def _contact_extent(block: list[str], start: int) -> int:
    """Where a contact block that starts at ``start`` ends within ``block``.

    After a heading alone on its line ("MEDIA CONTACT"), a name and a job
    line may both come before the phone or email.
    """
    reach = 3 if CONTACT_RE.sub("", block[start]).strip() == "" else 2
    end = start + 1
    while end < len(block):
        line = block[end]
        has_details = EMAIL_RE.search(line) or PHONE_RE.search(line)
        next_has_details = any(
            EMAIL_RE.search(ahead) or PHONE_RE.search(ahead)
            for ahead in block[end + 1 : end + reach]
        )
        if has_details or next_has_details or CONTACT_RE.match(line):
            end += 1
            continue
        break
    return end


# --- Quoted and unquoted runs -------------------------------------------------


@dataclass
class _Segment:
    quoted: bool
    text: str
    closed: bool = True


def _is_open(text: str, index: int) -> bool:
    char = text[index]
    if char in OPEN_MARKS:
        return True
    if char in CLOSE_MARKS:
        return False
    before = text[index - 1] if index else " "
    after = text[index + 1] if index + 1 < len(text) else " "
    return (before.isspace() or before in "([—\u2013-\n") and not after.isspace()


_NESTED_WINDOW = 3000


def _nested_open(text: str, index: int) -> bool:
    """Is the curly opening mark at ``index``, inside a quotation, a quotation
    within it: after a colon, a comma or a space, with a closing mark before
    the paragraph ends and another after that one?"""
    before = text[index - 1] if index else " "
    if not (before.isspace() or before in ":,(") or index + 1 >= len(text):
        return False
    # Within the paragraph, and never more than a few thousand characters
    # ahead: hostile text full of marks stays linear.
    limit = min(len(text), index + _NESTED_WINDOW)
    end = text.find("\n\n", index, limit)
    end = limit if end < 0 else end
    first = text.find("\u201d", index, end)
    return first >= 0 and text.find("\u201d", first + 1, end) >= 0


def _segments(text: str) -> list[_Segment]:
    """Split text into quoted and unquoted runs.

    An unclosed quotation continues across a paragraph break ("\\n\\n") when the
    next paragraph reopens it, as multi-paragraph quotes are written.
    """
    segments: list[_Segment] = []
    buffer = ""
    inside = False
    # Curly quotation marks opened inside a quotation ("“As King said: “The
    # arc … justice.” We will prevail.”"): nested, closed before the outer.
    nested = 0
    index = 0
    while index < len(text):
        char = text[index]
        if char in ALL_MARKS:
            if not inside and _is_open(text, index):
                if buffer:
                    segments.append(_Segment(False, buffer))
                buffer, inside = "", True
                index += 1
                continue
            if inside and char == "\u201c" and _nested_open(text, index):
                nested += 1
            elif inside and char == "\u201d" and nested:
                nested -= 1
            elif inside and char not in OPEN_MARKS:
                segments.append(_Segment(True, buffer))
                buffer, inside = "", False
                index += 1
                continue
        if inside and text.startswith("\n\n", index):
            following = text[index + 2 : index + 3]
            if following and following in OPEN_MARKS + '"':
                buffer += "\n\n"
                index += 3
                continue
        buffer += char
        index += 1
    if buffer:
        segments.append(_Segment(inside, buffer, closed=not inside))
    return segments
