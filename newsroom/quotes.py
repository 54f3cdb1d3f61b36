"""Keep the quote table in step with the live version of each release.

The table mirrors only what the public can read: a release's quotes are
written when it is published and removed when it is unpublished, made private
or deleted (deletion cascades). Drafts and scheduled revisions live only in
Wagtail's revisions, so they never reach this table.
"""

from __future__ import annotations

from django.db import transaction

from wagtail.models import Page, PageViewRestriction

from .blocks import quote_anchor
from .models import PressReleasePage, Quote


def is_publicly_visible(page: Page) -> bool:
    """Live and not behind a view restriction on itself or an ancestor."""
    if not page.live:
        return False
    return not PageViewRestriction.objects.filter(
        page__in=Page.objects.ancestor_of(page, inclusive=True)
    ).exists()


def quotes_from_release(release: PressReleasePage) -> list[Quote]:
    """Build (unsaved) quote rows from the body of ``release`` as it is now."""
    rows = []
    for position, block in enumerate(release.quote_blocks()):
        value = block.value
        organization = value.get("organization")
        rows.append(
            Quote(
                release=release,
                block_id=block.id,
                anchor=quote_anchor(block.id),
                position=position,
                text=value.get("text", ""),
                speaker_name=value.get("speaker_name", ""),
                speaker_title=value.get("speaker_title", "") or "",
                organization=organization,
                organization_name=""
                if organization is not None
                else (value.get("organization_name") or ""),
                city=value.get("city", "") or "",
                release_date=release.release_date,
            )
        )
    return rows


@transaction.atomic
def sync_release_quotes(release: PressReleasePage) -> int:
    """Make the table hold exactly the live quotes of ``release``.

    Existing rows are updated in place (keeping their ids, so permalinks and
    share cards survive a republish); quotes that were removed are deleted.
    Returns the number of quotes now stored for the release.
    """
    if not is_publicly_visible(release):
        Quote.objects.filter(release_id=release.pk).delete()
        return 0
    wanted = {row.block_id: row for row in quotes_from_release(release)}
    existing = {q.block_id: q for q in Quote.objects.filter(release_id=release.pk)}
    Quote.objects.filter(release_id=release.pk).exclude(
        block_id__in=list(wanted)
    ).delete()
    fields = [
        "anchor",
        "position",
        "text",
        "speaker_name",
        "speaker_title",
        "organization",
        "organization_name",
        "city",
        "release_date",
    ]
    to_update, to_create = [], []
    for block_id, row in wanted.items():
        current = existing.get(block_id)
        if current is None:
            to_create.append(row)
            continue
        for field in fields:
            setattr(current, field, getattr(row, field))
        to_update.append(current)
    if to_update:
        Quote.objects.bulk_update(to_update, fields)
    if to_create:
        Quote.objects.bulk_create(to_create)
    return len(wanted)


def remove_release_quotes(release_id: int) -> None:
    Quote.objects.filter(release_id=release_id).delete()


def sync_subtree(page: Page) -> None:
    """Re-sync every release at or below ``page`` (after a privacy change)."""
    for release in PressReleasePage.objects.descendant_of(page, inclusive=True):
        sync_release_quotes(release)
