"""Query parsing and safe highlighting for public search.

Everything a visitor types is reduced to plain word tokens (and quoted
phrases of such tokens) before it reaches a search backend, so full-text
operators, SQL metacharacters and stray punctuation never change the meaning
of a query. Highlighting escapes the text first and only then wraps matches
in ``<mark>``, so neither content nor query can inject markup.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from wagtail.search.query import And, Phrase, PlainText, SearchQuery

MAX_QUERY_LENGTH = 200
MAX_TERMS = 12
WORD = re.compile(r"\w+", re.UNICODE)
PHRASE = re.compile(r'"([^"]*)"')


@dataclass
class ParsedQuery:
    """The visitor's query, cleaned: what to show and what to search for."""

    display: str = ""
    terms: list[str] = field(default_factory=list)
    phrases: list[list[str]] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.terms or self.phrases)

    @property
    def all_words(self) -> list[str]:
        words = list(self.terms)
        for phrase in self.phrases:
            words.extend(phrase)
        return words

    def as_search_query(self) -> SearchQuery | None:
        """A Wagtail query object: every word required, phrases kept whole."""
        parts: list[SearchQuery] = [Phrase(" ".join(p)) for p in self.phrases]
        if self.terms:
            parts.append(PlainText(" ".join(self.terms), operator="and"))
        if not parts:
            return None
        if len(parts) == 1:
            return parts[0]
        return And(parts)


def _words(text: str) -> list[str]:
    return [w for w in WORD.findall(text) if w.strip("_")]


def clean_display(raw: str) -> str:
    """The query as echoed back: control characters gone, whitespace
    collapsed, length capped."""
    raw = "".join(ch if unicodedata.category(ch)[0] != "C" else " " for ch in raw or "")
    return " ".join(raw.split())[:MAX_QUERY_LENGTH]


def parse_query(raw: str) -> ParsedQuery:
    display = clean_display(raw)
    phrases = []
    for match in PHRASE.findall(display):
        words = _words(match)
        if len(words) > 1:
            phrases.append(words)
    rest = PHRASE.sub(
        lambda m: " ".join(_words(m.group(1))) if len(_words(m.group(1))) == 1 else " ",
        display,
    )
    terms = _words(rest)
    budget = MAX_TERMS
    kept_phrases = []
    for phrase in phrases:
        if budget <= 0:
            break
        kept_phrases.append(phrase[:budget])
        budget -= len(kept_phrases[-1])
    terms = terms[: max(budget, 0)]
    return ParsedQuery(display=display, terms=terms, phrases=kept_phrases)


def highlight(text: str, words: list[str], limit: int | None = None) -> SafeString:
    """Escape ``text`` and mark words that start with any of ``words``.

    With ``limit``, return an excerpt of about that many characters around
    the first match, with ellipses where it was cut.
    """
    text = text or ""
    stems = sorted({w.casefold() for w in words if w}, key=len, reverse=True)
    if limit is not None and len(text) > limit:
        text = _excerpt(text, stems, limit)
    if not stems:
        return mark_safe(escape(text))
    pattern = re.compile(
        r"\b(?:" + "|".join(re.escape(s) for s in stems) + r")\w*",
        re.IGNORECASE | re.UNICODE,
    )
    out, last = [], 0
    for match in pattern.finditer(text):
        out.append(escape(text[last : match.start()]))
        out.append(f"<mark>{escape(match.group(0))}</mark>")
        last = match.end()
    out.append(escape(text[last:]))
    return mark_safe("".join(out))


def _excerpt(text: str, stems: list[str], limit: int) -> str:
    lowered = text.casefold()
    first = min((i for i in (lowered.find(s) for s in stems) if i >= 0), default=0)
    start = max(0, first - limit // 3)
    if start:
        space = text.rfind(" ", 0, start)
        start = space + 1 if space > start - 30 else start
    end = min(len(text), start + limit)
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > start else end
    return ("…" if start else "") + text[start:end] + ("…" if end < len(text) else "")
