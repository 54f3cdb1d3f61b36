"""Turn a press release as people write it into structured data.

Pure: no database, no files. ``parse_release(text, source, matcher)`` reads
the header (date line, headline, subtitle, contacts), the dateline at the start
of the first paragraph, the body (hard-wrapped lines joined, section breaks),
the closing "About …" boilerplate, and the quotes in the forms releases use.

A quote is only ever recognized with an attribution (a speech verb and a
person's name next to the quotation, or a "Name, Title, Organization" header
of a statement block). Anything else stays body text: the importer would
rather miss a quote, which an editor adds in a minute, than invent one.

This module is the entry point; the parts it calls are in ``importer.parsing``
(data, vocabulary, text, names, attribution, header, quotes), and it
re-exports the dataclasses, so ``from importer.parser import ParsedRelease``
keeps working.
"""

from __future__ import annotations

from .matching import EMPTY_MATCHER, OrganizationMatcher
from .parsing.data import BodyItem, Dateline, ParsedContact, ParsedQuote, ParsedRelease
from .parsing.header import (
    _attach_bylines,
    _find_header_end,
    _join_lines,
    _match_dateline,
    _parse_contacts,
    _parse_header,
    _take_about,
    _take_dateline,
)
from .parsing.names import _release_aliases, byline_organization
from .parsing.quotes import _QuoteReader
from .parsing.text import _blocks, _normalize_text
from .parsing.vocabulary import BREAK_RE, CONTACT_RE

__all__ = [
    "BodyItem",
    "Dateline",
    "ParsedContact",
    "ParsedQuote",
    "ParsedRelease",
    "parse_release",
]


def parse_release(
    text: str,
    source: str = "",
    matcher: OrganizationMatcher | None = None,
    *,
    markdown: bool | None = None,
) -> ParsedRelease:
    """Parse the text of one release; never raises on odd input."""
    matcher = matcher or EMPTY_MATCHER
    release = ParsedRelease(source=source)
    if markdown is None:
        markdown = source.lower().endswith((".md", ".markdown"))
    text = _normalize_text(text, markdown=markdown)
    blocks = _blocks(text)

    header_end = _find_header_end(blocks)
    body_blocks = blocks[header_end:]
    extra_paragraphs = _parse_header(blocks[:header_end], release)

    paragraphs: list[str] = []
    for block in body_blocks:
        if BREAK_RE.match(block[0]) and len(block) == 1:
            paragraphs.append("***")
            continue
        if CONTACT_RE.match(block[0]):
            release.contacts.extend(_parse_contacts(block))
            continue
        paragraphs.extend(_join_lines(block))
    paragraphs = extra_paragraphs + paragraphs
    paragraphs = _take_about(paragraphs, release)

    # The paragraph that carried the dateline: it and everything before it
    # (headline lines, notes) can never be a statement or a statement header.
    dateline_paragraph = -1
    if paragraphs and paragraphs[0] != "***":
        lede, found = _take_dateline(paragraphs[0], release)
        if found:
            paragraphs[0] = lede
            dateline_paragraph = 0
        elif (
            extra_paragraphs
            and len(paragraphs) > len(extra_paragraphs)
            and header_end < len(blocks)
            and _match_dateline(" ".join(blocks[header_end])) is not None
        ):
            # Header lines left over after the headline and subtitle (a note
            # such as "(Este comunicado fue redactado en español.)") come
            # before the dateline paragraph.
            first = len(extra_paragraphs)
            lede, found = _take_dateline(paragraphs[first], release)
            if found:
                paragraphs[first] = lede
                dateline_paragraph = first
    if not release.dateline.city:
        release.warnings.append(
            "No dateline (such as “CHICAGO, Ill. —”) found at the start of the "
            "first paragraph."
        )

    release.body = _QuoteReader(
        _attach_bylines(paragraphs),
        matcher,
        release.warnings,
        aliases=_release_aliases(text, matcher),
        issuer="\n\n".join(
            [release.masthead, release.title, release.subtitle, release.about]
        ),
        header_paragraphs=max(len(extra_paragraphs), dateline_paragraph + 1),
    ).read()
    while release.body and release.body[-1].kind == "section_break":
        release.body.pop()
    while release.body and release.body[0].kind == "section_break":
        release.body.pop(0)
    if release.body and release.body[0].kind == "paragraph":
        release.summary = release.body.pop(0).text
    elif release.body and release.body[0].quote is not None:
        release.summary = release.body[0].quote.text.split("\n\n")[0]

    if not release.title:
        release.warnings.append(
            "No headline found; the draft gets a placeholder title. Add a "
            "headline before publishing."
        )
    if release.date is None:
        release.warnings.append("No date found; the release date is set to today.")
    if not release.quotes:
        release.warnings.append("No quotes found.")
    for quote in release.quotes:
        note = ""
        # Matching had the acronym to go by; the byline does without it.
        quote.organization, acronym = byline_organization(quote.organization)
        if quote.organization and quote.organization_id is None:
            written = f" ({acronym})" if acronym else ""
            note = (
                f"Organization “{quote.organization}”{written} (quote by "
                f"{quote.speaker}) is not in the registry; kept as free text."
            )
        elif not quote.organization:
            note = (
                f"The quote by {quote.speaker} names no organization; choose "
                "one before publishing."
            )
        if note:
            quote.notes.append(note)
            release.warnings.append(note)
    return release
