"""AP-style quotation text that journalists can paste into a story."""

from __future__ import annotations

from newsroom.blocks import quote_paragraphs

OPEN, CLOSE = "“", "”"


def ap_quote(text: str, attribution: str) -> str:
    """Quote ``text`` AP style and attribute it: “…,” said Name, title.

    A closing period turns into a comma inside the quotation marks; a question
    mark or exclamation point stays. In a quote of several paragraphs each
    paragraph opens with a quotation mark and only the last one closes.
    """
    paragraphs = quote_paragraphs(text)
    if not paragraphs:
        return ""
    last = paragraphs[-1].rstrip()
    if last.endswith((CLOSE, '"')):
        last = last[:-1].rstrip()
    if last.endswith("."):
        last = last[:-1] + ","
    elif not last.endswith(("?", "!", ",", "…")):
        last += ","
    if attribution:
        last = f"{OPEN}{last}{CLOSE} said {attribution.strip()}."
    else:
        last = f"{OPEN}{last.rstrip(',')}{CLOSE}"
    opened = [f"{OPEN}{p}" for p in paragraphs[:-1]]
    return "\n\n".join([*opened, last])


def copy_text(text: str, attribution: str, url: str) -> str:
    """The quote with attribution, then the link to its permalink."""
    return f"{ap_quote(text, attribution)}\n\n{url}"
