"""What the parser returns: a release, its body items, quotes and contacts."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import Any

# The fields of a quote and of a contact in the ``--dry-run --json`` output,
# in that order.
QUOTE_JSON_FIELDS = (
    "text",
    "speaker",
    "title",
    "organization",
    "organization_id",
    "city",
)
CONTACT_JSON_FIELDS = ("name", "organization", "email", "phone")


@dataclass
class ParsedQuote:
    text: str
    speaker: str
    title: str = ""
    organization: str = ""
    organization_id: int | None = None
    city: str = ""
    # What an editor should check about this quote: how a speaker was
    # inferred, how the organization was matched. Each note is also one of
    # the release's warnings; the admin review shows them on the quote. Not
    # part of the JSON quote, whose shape is fixed.
    notes: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in QUOTE_JSON_FIELDS}


@dataclass
class ParsedContact:
    name: str = ""
    organization: str = ""
    email: str = ""
    phone: str = ""

    def as_dict(self) -> dict[str, str]:
        return {name: getattr(self, name) for name in CONTACT_JSON_FIELDS}


@dataclass
class Dateline:
    city: str = ""
    state: str = ""


@dataclass
class BodyItem:
    """One block of the body: "paragraph", "quote" or "section_break"."""

    kind: str
    text: str = ""
    quote: ParsedQuote | None = None


@dataclass
class ParsedRelease:
    source: str = ""
    title: str = ""
    subtitle: str = ""
    date: datetime.date | None = None
    dateline: Dateline = field(default_factory=Dateline)
    summary: str = ""
    body: list[BodyItem] = field(default_factory=list)
    contacts: list[ParsedContact] = field(default_factory=list)
    about: str = ""
    # The issuer's name above a release label ("NEWS RELEASE"); not output.
    masthead: str = ""
    warnings: list[str] = field(default_factory=list)

    @property
    def quotes(self) -> list[ParsedQuote]:
        return [item.quote for item in self.body if item.quote is not None]

    @property
    def paragraphs(self) -> list[str]:
        return [item.text for item in self.body if item.kind == "paragraph"]

    def as_dict(self) -> dict[str, Any]:
        """The shape printed by ``import_release --dry-run --json``."""
        return {
            "source": self.source,
            "title": self.title,
            "subtitle": self.subtitle,
            "date": self.date.isoformat() if self.date else None,
            "dateline": {"city": self.dateline.city, "state": self.dateline.state},
            "summary": self.summary,
            "quotes": [quote.as_dict() for quote in self.quotes],
            "contacts": [contact.as_dict() for contact in self.contacts],
            "warnings": list(self.warnings),
        }
