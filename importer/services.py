"""The steps shared by the command and the admin: read, parse, refuse, create."""

from __future__ import annotations

from .matching import OrganizationMatcher
from .parser import ParsedRelease, parse_release

NO_QUOTES_MESSAGE = (
    "No quotes were found, so no draft was created. A release without quotes "
    "can still be imported on purpose (the “allow no quotes” option)."
)


class NoQuotesError(Exception):
    """A release with no quotes is refused unless the caller allows it."""


def parse_text(
    text: str, source: str, matcher: OrganizationMatcher | None = None
) -> ParsedRelease:
    return parse_release(text, source=source, matcher=matcher)


def check_importable(release: ParsedRelease, *, allow_no_quotes: bool) -> None:
    if not release.quotes and not allow_no_quotes:
        raise NoQuotesError(NO_QUOTES_MESSAGE)
