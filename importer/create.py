"""Create a draft ``PressReleasePage`` from a parsed release.

The page is added under the newsroom with ``live=False`` and one draft
revision: importing never publishes. Everything happens in one transaction,
so a failure leaves nothing half-written.
"""

from __future__ import annotations

import datetime
import uuid
from collections.abc import Mapping
from typing import TYPE_CHECKING

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.utils import timezone
from django.utils.html import escape
from django.utils.text import slugify

from wagtail.log_actions import log
from wagtail.models import Comment, Revision

from newsroom.models import MediaContact, NewsroomIndexPage, PressReleasePage

from .matching import OrganizationMatcher
from .parser import ParsedRelease

if TYPE_CHECKING:
    from django.contrib.auth.models import AbstractBaseUser

PLACEHOLDER_TITLE = "Untitled imported release"
KEEP_FREE_TEXT = None


class ImportCreateError(Exception):
    """The draft could not be created; nothing was written."""


def release_datetime(date: datetime.date | None) -> datetime.datetime:
    """Noon on the release's date, local time, so the date survives time zones."""
    if date is None:
        return timezone.now()
    return timezone.make_aware(datetime.datetime.combine(date, datetime.time(12, 0)))


def _unique_slug(parent: NewsroomIndexPage, title: str) -> str:
    base = (slugify(title) or "imported-release")[:70].strip("-")
    taken = set(
        parent.get_children()
        .filter(slug__startswith=base)
        .values_list("slug", flat=True)
    )
    slug, counter = base, 2
    while slug in taken:
        slug = f"{base}-{counter}"
        counter += 1
    return slug


def body_blocks(
    release: ParsedRelease,
    organization_ids: Mapping[int, int | None] | None = None,
    matcher: OrganizationMatcher | None = None,
) -> list[dict]:
    """The StreamField value for the body.

    ``organization_ids`` maps a quote's position to the registry organization an
    editor chose for it (``None`` keeps the organization as free text); quotes
    not in it keep the parser's match.
    """
    organization_ids = organization_ids or {}
    blocks: list[dict] = []
    position = 0
    for item in release.body:
        block_id = str(uuid.uuid4())
        if item.kind == "section_break":
            blocks.append({"type": "section_break", "value": None, "id": block_id})
        elif item.kind == "paragraph":
            blocks.append(
                {
                    "type": "paragraph",
                    "value": f"<p>{escape(item.text)}</p>",
                    "id": block_id,
                }
            )
        elif item.quote is not None:
            quote = item.quote
            organization_id = organization_ids.get(position, quote.organization_id)
            if matcher is not None and organization_id is not None:
                entry = matcher.get(organization_id)
                organization_id = entry.id if entry else None
            blocks.append(
                {
                    "type": "quote",
                    "value": {
                        "text": quote.text,
                        "speaker_name": quote.speaker[:120],
                        "speaker_title": quote.title[:160],
                        "organization": organization_id,
                        "organization_name": ""
                        if organization_id
                        else quote.organization[:200],
                        "city": quote.city[:100],
                    },
                    "id": block_id,
                }
            )
            position += 1
    if release.about:
        blocks.append({"type": "section_break", "value": None, "id": str(uuid.uuid4())})
        for paragraph in release.about.split("\n\n"):
            blocks.append(
                {
                    "type": "paragraph",
                    "value": f"<p>{escape(paragraph)}</p>",
                    "id": str(uuid.uuid4()),
                }
            )
    return blocks


def media_contacts(release: ParsedRelease) -> list[MediaContact]:
    contacts = []
    for contact in release.contacts:
        email = contact.email
        try:
            validate_email(email)
        except ValidationError:
            email = ""
        contacts.append(
            MediaContact(
                name=(contact.name or contact.organization or contact.email)[:120],
                organization=contact.organization[:200],
                email=email,
                phone=contact.phone[:40],
            )
        )
    return contacts


def create_draft(
    release: ParsedRelease,
    *,
    user: AbstractBaseUser | None = None,
    parent: NewsroomIndexPage | None = None,
    organization_ids: Mapping[int, int | None] | None = None,
    matcher: OrganizationMatcher | None = None,
) -> PressReleasePage:
    """Add ``release`` to the newsroom as a draft and return the page."""
    if parent is None:
        parent = NewsroomIndexPage.objects.first()
        if parent is None:
            raise ImportCreateError(
                "There is no newsroom page to add the release to. Create one first."
            )
    summary = release.summary or release.title or release.subtitle
    if not summary:
        raise ImportCreateError("The release has no text to import.")
    title = (release.title or PLACEHOLDER_TITLE)[:255]
    with transaction.atomic():
        page = PressReleasePage(
            title=title,
            slug=_unique_slug(parent, title),
            subtitle=release.subtitle[:250],
            dateline_city=release.dateline.city[:100],
            dateline_state=release.dateline.state,
            release_date=release_datetime(release.date),
            summary=summary,
            body=body_blocks(release, organization_ids, matcher),
            live=False,
            owner=user,
        )
        page.media_contacts = media_contacts(release)
        try:
            parent.add_child(instance=page)
            revision = page.save_revision(user=user, log_action=True)
        except ValidationError as error:
            raise ImportCreateError(
                "The draft could not be saved: " + "; ".join(error.messages)
            ) from error
        if user is not None:
            review_comments(page, release, revision, user, organization_ids)
    return page


def review_comments(
    page: PressReleasePage,
    release: ParsedRelease,
    revision: Revision,
    user: AbstractBaseUser,
    organization_ids: Mapping[int, int | None] | None = None,
) -> list[Comment]:
    """Leave each quote's notes as an open comment on it in the draft.

    What the review screen flagged ("kept as free text", "matched by a close
    spelling", "names them only as …") would otherwise be gone once the
    draft exists. As Wagtail comments on the quote's text they stay in the
    editor's sidebar until someone resolves them, and the page history
    lists them. Comments need an author, so an import with no user leaves
    none (the command prints the same notes as warnings).
    """
    organization_ids = organization_ids or {}
    quote_blocks = [block for block in page.body if block.block_type == "quote"]
    comments = []
    for position, (quote, block) in enumerate(
        zip(release.quotes, quote_blocks, strict=True)
    ):
        if not quote.notes:
            continue
        lines = ["Check this quote (noted when it was imported):", *quote.notes]
        if position in organization_ids and (
            organization_ids[position] != quote.organization_id
        ):
            chosen = block.value["organization"]
            lines.append(
                f"In the import review the organization was set to “{chosen.name}”."
                if chosen is not None
                else "In the import review the organization was kept as free text."
            )
        comments.append(
            Comment(
                page=page,
                user=user,
                text="\n".join(lines),
                contentpath=f"body.{block.id}.text",
                revision_created=revision,
            )
        )
    comments = Comment.objects.bulk_create(comments)
    for comment in comments:
        # The page history shows them as the edit view's comments do.
        log(
            instance=page,
            action="wagtail.comments.create",
            user=user,
            revision=revision,
            data={
                "comment": {
                    "id": comment.pk,
                    "contentpath": comment.contentpath,
                    "text": comment.text,
                }
            },
        )
    return comments
