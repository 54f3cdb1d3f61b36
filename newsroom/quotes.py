"""Keep the quote table in step with the live version of each release.

The table mirrors only what the public can read: a release's quotes are
written when it is published and removed when it is unpublished, made private
or deleted (deletion cascades). Drafts and scheduled revisions live only in
Wagtail's revisions, so they never reach this table.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from wagtail.models import Page, PageViewRestriction
from wagtail.search.backends import get_search_backends

from search.cache import bump_generation

from .blocks import quote_anchor
from .models import Organization, PressReleasePage, Quote


def is_publicly_visible(page: Page) -> bool:
    """Live and not behind a view restriction on itself or an ancestor."""
    if not page.live:
        return False
    return not PageViewRestriction.objects.filter(
        page__in=Page.objects.ancestor_of(page, inclusive=True)
    ).exists()


QUOTE_FIELDS = [
    "anchor",
    "position",
    "text",
    "speaker_name",
    "speaker_title",
    "organization",
    "organization_name",
    "city",
    "release_date",
    "organization_kind",
    "year",
]


def index_quotes(quotes: Iterable[Quote]) -> None:
    """Add or refresh ``quotes`` in every auto-updated search backend.

    ``bulk_create`` and ``bulk_update`` send no signals, so Wagtail's search
    index does not see those rows unless we hand them over explicitly.
    """
    quotes = [q for q in quotes if q.pk is not None]
    if not quotes:
        return
    for backend in get_search_backends(with_auto_update=True):
        backend.add_bulk(Quote, quotes)
    bump_generation()


def unindex_quotes(quotes: Iterable[Quote]) -> None:
    """Remove ``quotes`` from every auto-updated search backend."""
    quotes = list(quotes)
    for backend in get_search_backends(with_auto_update=True):
        for quote in quotes:
            backend.delete(quote)
    if quotes:
        bump_generation()


def delete_quotes(queryset) -> int:
    """Delete rows and their search index entries.

    A queryset ``delete()`` sends ``post_delete`` for each row when receivers
    exist, but the search index must not depend on that, so the entries are
    removed explicitly first.
    """
    doomed = list(queryset.only("pk"))
    if not doomed:
        return 0
    unindex_quotes(doomed)
    Quote.objects.filter(pk__in=[q.pk for q in doomed]).delete()
    return len(doomed)


def quote_row(
    release: PressReleasePage,
    block_id: str,
    value,
    position: int,
    organization: Organization | None,
) -> Quote:
    """An unsaved quote row from a quote block's value (dict or StructValue)."""
    return Quote(
        release=release,
        block_id=block_id,
        anchor=quote_anchor(block_id),
        position=position,
        text=value.get("text", "") or "",
        speaker_name=value.get("speaker_name", "") or "",
        speaker_title=value.get("speaker_title", "") or "",
        organization=organization,
        organization_name=""
        if organization is not None
        else (value.get("organization_name") or ""),
        city=value.get("city", "") or "",
        release_date=release.release_date,
        organization_kind=organization.kind if organization else "",
        year=timezone.localtime(release.release_date).year
        if release.release_date
        else 0,
    )


def quotes_from_release(release: PressReleasePage) -> list[Quote]:
    """Build (unsaved) quote rows from the body of ``release`` as it is now."""
    return [
        quote_row(
            release, block.id, block.value, position, block.value.get("organization")
        )
        for position, block in enumerate(release.quote_blocks())
    ]


@transaction.atomic
def sync_release_quotes(release: PressReleasePage) -> int:
    """Make the table hold exactly the live quotes of ``release``.

    Existing rows are updated in place (keeping their ids, so permalinks and
    share cards survive a republish); quotes that were removed are deleted.
    The search index follows every change. Returns the number of quotes now
    stored for the release.
    """
    if not is_publicly_visible(release):
        delete_quotes(Quote.objects.filter(release_id=release.pk))
        return 0
    return _write_rows(
        {release.pk: quotes_from_release(release)},
        Quote.objects.filter(release_id=release.pk),
    )


def _write_rows(
    wanted_by_release: dict[int, list[Quote]], existing_qs, reindex_all=True
) -> int:
    """Apply the wanted rows of some releases against what is stored now.

    Only rows whose values changed are written. With ``reindex_all`` every
    row is sent to the search index, not just the changed ones.
    """
    wanted = {
        (release_id, row.block_id): row
        for release_id, rows in wanted_by_release.items()
        for row in rows
    }
    existing = {(q.release_id, q.block_id): q for q in existing_qs}
    delete_quotes(
        Quote.objects.filter(
            pk__in=[q.pk for key, q in existing.items() if key not in wanted]
        )
    )
    to_update, to_create, unchanged = [], [], []
    for key, row in wanted.items():
        current = existing.get(key)
        if current is None:
            to_create.append(row)
            continue
        changed = False
        for field in QUOTE_FIELDS:
            attname = Quote._meta.get_field(field).attname
            if getattr(current, attname) != getattr(row, attname):
                changed = True
            setattr(current, field, getattr(row, field))
        if changed:
            to_update.append(current)
        else:
            unchanged.append(current)
    if to_update:
        Quote.objects.bulk_update(to_update, QUOTE_FIELDS, batch_size=500)
    if to_create:
        Quote.objects.bulk_create(to_create, batch_size=500)
        if any(row.pk is None for row in to_create):
            # Backends that cannot return ids from bulk inserts.
            to_create = list(
                Quote.objects.filter(
                    release_id__in=list(wanted_by_release),
                    block_id__in=[row.block_id for row in to_create],
                )
            )
    index_quotes(to_update + to_create + (unchanged if reindex_all else []))
    return len(wanted)


def restricted_paths() -> list[str]:
    """Paths of every page behind a view restriction."""
    return list(
        PageViewRestriction.objects.values_list("page__path", flat=True).distinct()
    )


def rebuild_all(
    batch_size: int = 200, progress: Callable[[int, int, int], None] | None = None
) -> tuple[int, int]:
    """Recompute the whole quote table from live public releases, in batches.

    Rows keep their ids where the quote still exists. Returns the number of
    releases read and quotes stored.
    """
    releases = PressReleasePage.objects.live().public().order_by("pk")
    total = releases.count()
    wanted_ids = releases.values("pk")
    delete_quotes(Quote.objects.exclude(release_id__in=wanted_ids))
    done = stored = 0
    ids = list(releases.values_list("pk", flat=True))
    for start in range(0, len(ids), batch_size):
        chunk_ids = ids[start : start + batch_size]
        chunk = list(PressReleasePage.objects.filter(pk__in=chunk_ids).order_by("pk"))
        organizations = _organizations_for(chunk)
        wanted = {}
        for release in chunk:
            rows = quotes_from_release_with(release, organizations)
            wanted[release.pk] = rows
        with transaction.atomic():
            stored += _write_rows(
                wanted, Quote.objects.filter(release_id__in=chunk_ids)
            )
        done += len(chunk)
        if progress is not None:
            progress(done, total, stored)
    return done, stored


def _organizations_for(releases: list[PressReleasePage]) -> dict:
    """Every organization the quote blocks of ``releases`` point at, by id."""
    ids = set()
    for release in releases:
        for block in release.body.raw_data:
            if block.get("type") == "quote":
                org = (block.get("value") or {}).get("organization")
                if org:
                    ids.add(org)
    return Organization.objects.in_bulk(list(ids))


def quotes_from_release_with(release: PressReleasePage, organizations: dict):
    """Like ``quotes_from_release`` but reading the raw body (no per-block
    queries), with organizations looked up in ``organizations``."""
    blocks = [b for b in release.body.raw_data if b.get("type") == "quote"]
    return [
        quote_row(
            release,
            block["id"],
            block.get("value") or {},
            position,
            organizations.get((block.get("value") or {}).get("organization")),
        )
        for position, block in enumerate(blocks)
    ]


def reindex_organization(organization_id: int) -> None:
    """Refresh the denormalized kind and the index entries after an
    organization changes (a rename shows up in search at once)."""
    from .models import Organization

    organization = Organization.objects.filter(pk=organization_id).first()
    if organization is None:
        return
    quotes = list(
        Quote.objects.filter(organization_id=organization_id).select_related(
            "organization"
        )
    )
    stale = [q for q in quotes if q.organization_kind != organization.kind]
    for quote in stale:
        quote.organization_kind = organization.kind
    if stale:
        Quote.objects.bulk_update(stale, ["organization_kind"], batch_size=500)
    index_quotes(quotes)
    releases = list(
        PressReleasePage.objects.filter(
            Q(issuers__organization_id=organization_id)
            | Q(quote_records__organization_id=organization_id)
        ).distinct()
    )
    for backend in get_search_backends(with_auto_update=True):
        if releases:
            backend.add_bulk(PressReleasePage, releases)


def remove_release_quotes(release_id: int) -> None:
    delete_quotes(Quote.objects.filter(release_id=release_id))


def sync_subtree(page: Page) -> None:
    """Re-sync every release at or below ``page`` (after a privacy change)."""
    for release in PressReleasePage.objects.descendant_of(page, inclusive=True):
        sync_release_quotes(release)
