"""RSS 2.0 and Atom feeds of live public releases: all, per organization, per topic.

Each entry carries the lede as its summary and the whole release as HTML
(``content:encoded`` in RSS, ``<content type="html">`` in Atom), the hero
image as an enclosure, and a tag URI as its id, which stays the same when
the release's title or slug changes. A member organization's feed lists the
releases it issued *or* is quoted in, so its own website can republish them.

Building a feed costs the same number of queries whatever the number of
releases and quotes in it: quotes come from the quote table (prefetched) and
the rich text of all entries is expanded in one pass.
"""

from __future__ import annotations

import mimetypes
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from django.contrib.syndication.views import Feed
from django.db.models import Prefetch, Q
from django.utils.feedgenerator import Atom1Feed, Enclosure, Rss201rev2Feed
from django.utils.html import escape
from django.utils.safestring import mark_safe

from wagtail.images import get_image_model
from wagtail.rich_text import expand_db_html

from newsroom.models import (
    CoalitionSettings,
    NewsroomIndexPage,
    Organization,
    PressReleasePage,
    Quote,
    Topic,
)

from .utils import absolute, site_root

if TYPE_CHECKING:
    import datetime

    from django.http import HttpRequest

FEED_ITEMS = 30
HERO_SPEC = "fill-1200x630"
SPLIT = "\n<!--distribution-split-->\n"


# --- Feed generators with full content ----------------------------------------


class RssWithContent(Rss201rev2Feed):
    """RSS 2.0 plus ``content:encoded`` for the full text."""

    def rss_attributes(self):
        attrs = super().rss_attributes()
        attrs["xmlns:content"] = "http://purl.org/rss/1.0/modules/content/"
        attrs["xmlns:dc"] = "http://purl.org/dc/elements/1.1/"
        return attrs

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        if item.get("content_html"):
            handler.addQuickElement("content:encoded", item["content_html"])


class AtomWithContent(Atom1Feed):
    """Atom 1.0 plus ``<content type="html">`` for the full text."""

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        if item.get("content_html"):
            handler.addQuickElement("content", item["content_html"], {"type": "html"})


# --- What goes in an entry ------------------------------------------------------


@dataclass
class Entry:
    """One release, with everything the feed needs computed up front."""

    title: str
    link: str
    guid: str
    summary: str
    content_html: str
    published: datetime.datetime | None
    updated: datetime.datetime | None
    authors: list[str]
    categories: list[str]
    enclosure: tuple[str, str, str] | None = None  # (url, length, mime)


@dataclass
class FeedScope:
    """Which releases a feed lists, and how it describes itself."""

    request: HttpRequest
    kind: str
    title: str
    description: str
    link: str
    feed_path: str
    releases: object
    entries: list[Entry] = field(default_factory=list)


def tag_uri(root: str, release: PressReleasePage) -> str:
    """A tag URI (RFC 4151) from the host, first publish date and page id."""
    host = re.sub(r"^https?://", "", root).split("/")[0].split(":")[0] or "localhost"
    first = release.first_published_at or release.release_date
    return f"tag:{host},{first:%Y-%m-%d}:release:{release.pk}"


def absolutize_links(html: str, root: str) -> str:
    """Make site-relative ``href``/``src`` absolute, for feed readers."""
    return re.sub(r'(href|src)="/(?!/)', rf'\1="{root}/', html)


def _quote_html(quote: Quote) -> str:
    paragraphs = "".join(f"<p>{escape(p)}</p>" for p in quote.paragraphs)
    return (
        f'<blockquote id="{escape(quote.anchor)}">{paragraphs}</blockquote>'
        f"<p>— {escape(quote.attribution())}</p>"
    )


def _block_html(block_type: str, value, block_id: str, quotes: dict) -> str | None:
    """HTML for one raw StreamField block; ``None`` marks rich text to expand."""
    if block_type == "paragraph":
        return None
    if block_type == "heading" and isinstance(value, dict):
        level = "h3" if value.get("level") == "h3" else "h2"
        return f"<{level}>{escape(value.get('text', ''))}</{level}>"
    if block_type == "quote":
        quote = quotes.get(block_id)
        return _quote_html(quote) if quote is not None else ""
    if block_type == "section_break":
        return "<hr>"
    if block_type == "call_to_action" and isinstance(value, dict) and value.get("url"):
        return (
            f'<p><a href="{escape(value["url"])}">{escape(value.get("label", ""))}'
            f"</a></p>"
        )
    if block_type == "embed" and isinstance(value, str) and value:
        return f'<p><a href="{escape(value)}">{escape(value)}</a></p>'
    return ""


def full_text(releases: list[PressReleasePage], root: str) -> dict[int, str]:
    """The body of each release as HTML, expanding all rich text at once."""
    pieces: dict[int, list] = {}
    rich: list[str] = []
    for release in releases:
        quotes = {q.block_id: q for q in release.quote_records.all()}
        parts = [
            f"<p><strong>{escape(release.dateline)}</strong> — "
            f"{escape(release.summary)}</p>"
        ]
        for raw in release.body.raw_data:
            html = _block_html(
                raw.get("type", ""), raw.get("value"), raw.get("id", ""), quotes
            )
            if html is None:
                parts.append(len(rich))
                rich.append(str(raw.get("value") or ""))
            elif html:
                parts.append(html)
        parts.append('<p style="text-align:center">###</p>')
        pieces[release.pk] = parts
    expanded = expand_db_html(SPLIT.join(rich)).split(SPLIT) if rich else []
    return {
        pk: absolutize_links(
            "".join(expanded[p] if isinstance(p, int) else p for p in parts), root
        )
        for pk, parts in pieces.items()
    }


def hero_enclosure(release: PressReleasePage, root: str):
    image = release.hero_image
    if image is None:
        return None
    try:
        rendition = image.get_rendition(HERO_SPEC)
        length = rendition.file.size
    except (OSError, ValueError):
        return None
    mime = mimetypes.guess_type(rendition.file.name)[0] or "image/jpeg"
    url = rendition.url
    if url.startswith("/"):
        url = root + url
    return (url, str(length), mime)


def release_queryset():
    """Live public releases with everything an entry reads, prefetched."""
    return (
        PressReleasePage.objects.live()
        .public()
        .select_related("hero_image")
        .prefetch_related(
            Prefetch(
                "hero_image",
                queryset=get_image_model().objects.prefetch_renditions(HERO_SPEC),
            ),
            Prefetch(
                "quote_records",
                queryset=Quote.objects.select_related("organization").order_by(
                    "position"
                ),
            ),
            "issuers__organization",
            "topics",
        )
        .order_by("-first_published_at", "-pk")
    )


def build_entries(request: HttpRequest, releases) -> list[Entry]:
    releases = list(releases[:FEED_ITEMS])
    root = site_root(request)
    bodies = full_text(releases, root)
    entries = []
    for release in releases:
        entries.append(
            Entry(
                title=release.title,
                link=release.get_full_url(request) or "",
                guid=tag_uri(root, release),
                summary=release.summary,
                content_html=bodies[release.pk],
                published=release.first_published_at or release.release_date,
                updated=release.last_published_at or release.first_published_at,
                authors=[i.organization.name for i in release.issuers.all()],
                categories=[t.name for t in release.topics.all()],
                enclosure=hero_enclosure(release, root),
            )
        )
    return entries


# --- Feeds ------------------------------------------------------------------------


class ReleasesFeed(Feed):
    """All live public releases, newest first."""

    feed_type = RssWithContent
    kind = "all"

    def get_object(self, request: HttpRequest, slug: str = "") -> FeedScope:
        coalition = CoalitionSettings.for_request(request).coalition_name
        newsroom = NewsroomIndexPage.objects.live().public().first()
        newsroom_url = (newsroom.get_full_url(request) if newsroom else None) or (
            site_root(request) + "/"
        )
        scope = self.scope(request, slug, coalition, newsroom_url)
        scope.entries = build_entries(request, scope.releases)
        return scope

    def scope(self, request, slug, coalition, newsroom_url) -> FeedScope:
        return FeedScope(
            request=request,
            kind="all",
            title=f"{coalition}: press releases",
            description=f"Press releases from {coalition} and its members.",
            link=newsroom_url,
            feed_path=request.path,
            releases=release_queryset(),
        )

    def title(self, obj: FeedScope) -> str:
        return obj.title

    def link(self, obj: FeedScope) -> str:
        return obj.link

    def description(self, obj: FeedScope) -> str:
        return obj.description

    def subtitle(self, obj: FeedScope) -> str:
        return obj.description

    def feed_url(self, obj: FeedScope) -> str:
        return absolute(obj.request, obj.feed_path)

    def feed_guid(self, obj: FeedScope) -> str:
        return absolute(obj.request, obj.feed_path)

    language = "en"

    def items(self, obj: FeedScope) -> list[Entry]:
        return obj.entries

    def item_title(self, item: Entry) -> str:
        return item.title

    def item_description(self, item: Entry) -> str:
        return item.summary

    def item_link(self, item: Entry) -> str:
        return item.link

    def item_guid(self, item: Entry) -> str:
        return item.guid

    item_guid_is_permalink = False

    def item_pubdate(self, item: Entry):
        return item.published

    def item_updateddate(self, item: Entry):
        return item.updated

    def item_author_name(self, item: Entry) -> str:
        return ", ".join(item.authors)

    def item_categories(self, item: Entry) -> list[str]:
        return item.categories

    def item_enclosures(self, item: Entry):
        if item.enclosure is None:
            return []
        url, length, mime = item.enclosure
        return [Enclosure(url, length, mime)]

    def item_extra_kwargs(self, item: Entry) -> dict:
        return {"content_html": mark_safe(item.content_html)}


class OrganizationReleasesFeed(ReleasesFeed):
    """Releases an organization issued or is quoted in."""

    def scope(self, request, slug, coalition, newsroom_url) -> FeedScope:
        organization = Organization.objects.live().get(slug=slug)
        matching = (
            PressReleasePage.objects.filter(
                Q(issuers__organization=organization)
                | Q(quote_records__organization=organization)
            )
            .values("pk")
            .distinct()
        )
        return FeedScope(
            request=request,
            kind="organization",
            title=f"{organization.name}: press releases ({coalition})",
            description=f"Releases from {coalition} issued by or quoting "
            f"{organization.name}.",
            link=absolute(request, organization.get_absolute_url() or "/"),
            feed_path=request.path,
            releases=release_queryset().filter(pk__in=matching),
        )


class TopicReleasesFeed(ReleasesFeed):
    """Releases filed under one topic."""

    def scope(self, request, slug, coalition, newsroom_url) -> FeedScope:
        topic = Topic.objects.get(slug=slug)
        return FeedScope(
            request=request,
            kind="topic",
            title=f"{coalition}: {topic.name}",
            description=f"Press releases from {coalition} about {topic.name}.",
            link=f"{newsroom_url}?topic={topic.slug}",
            feed_path=request.path,
            releases=release_queryset().filter(topics=topic),
        )


class AtomMixin:
    feed_type = AtomWithContent


class ReleasesAtomFeed(AtomMixin, ReleasesFeed):
    pass


class OrganizationReleasesAtomFeed(AtomMixin, OrganizationReleasesFeed):
    pass


class TopicReleasesAtomFeed(AtomMixin, TopicReleasesFeed):
    pass
