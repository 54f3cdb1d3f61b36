"""The <head> metadata of every page: canonical URL, description, OpenGraph,
Twitter card, feed links and (for releases) JSON-LD.

Views that are not Wagtail pages (quote permalinks) pass a ``meta`` dict in
their context; pages get theirs computed here from the page and the context
the page built (``release_topics``, ``issuers``, ``organization``…), so the
head adds no query per quote.
"""

from __future__ import annotations

from django.urls import reverse
from django.utils.html import strip_tags

from newsroom.models import (
    NewsroomIndexPage,
    Organization,
    PressReleasePage,
    Quote,
)

from .jsonld import as_script, release_jsonld
from .utils import absolute, organization_profile_url, quote_card_path

OG_IMAGE_SPEC = "fill-1200x630"
LOGO_SPEC = "fill-400x400"


def _rendition_image(image, spec: str, request) -> dict | None:
    if image is None:
        return None
    try:
        rendition = image.get_rendition(spec)
    except (OSError, ValueError):
        return None
    return {
        "url": absolute(request, rendition.url),
        "width": rendition.width,
        "height": rendition.height,
        "alt": " ".join((image.description or image.title).split()),
    }


def feed_links(request, context) -> list[dict]:
    links = [
        {
            "title": "All press releases (RSS)",
            "type": "application/rss+xml",
            "href": reverse("distribution:feed_rss"),
        },
        {
            "title": "All press releases (Atom)",
            "type": "application/atom+xml",
            "href": reverse("distribution:feed_atom"),
        },
    ]
    organization = context.get("organization")
    page = context.get("page")
    selected = context.get("selected") or {}
    active = dict(context.get("active_filters") or [])
    if isinstance(page, NewsroomIndexPage) and not organization:
        if active.get("organization") and selected.get("organization"):
            organization = Organization(
                name=active["organization"], slug=selected["organization"]
            )
        if active.get("topic") and selected.get("topic"):
            for kind, label in (("rss", "RSS"), ("atom", "Atom")):
                links.append(
                    {
                        "title": f"Releases about {active['topic']} ({label})",
                        "type": f"application/{kind}+xml",
                        "href": reverse(
                            f"distribution:topic_feed_{kind}",
                            args=[selected["topic"]],
                        ),
                    }
                )
    if isinstance(organization, Organization) and organization.slug:
        for kind, label in (("rss", "RSS"), ("atom", "Atom")):
            links.append(
                {
                    "title": f"Releases issued by or quoting {organization.name} "
                    f"({label})",
                    "type": f"application/{kind}+xml",
                    "href": reverse(
                        f"distribution:organization_feed_{kind}",
                        args=[organization.slug],
                    ),
                }
            )
    return links


def _settings(context):
    try:
        return context["settings"]["newsroom"]["CoalitionSettings"]
    except (KeyError, TypeError):
        from newsroom.models import CoalitionSettings

        request = context.get("request")
        if request is None:
            return CoalitionSettings()
        return CoalitionSettings.for_request(request)


def page_meta(context) -> dict:
    """Everything components/meta.html prints, as a dict."""
    request = context.get("request")
    coalition = _settings(context)
    meta = {
        "site_name": coalition.coalition_name,
        "type": "website",
        "image": None,
        "tags": [],
        "published": None,
        "modified": None,
        "jsonld": "",
    }
    given = context.get("meta")
    if isinstance(given, dict):
        meta.update(given)
    else:
        meta.update(_computed_meta(context, request, coalition))
    if not meta.get("canonical") and request is not None:
        meta["canonical"] = absolute(request, request.path)
    meta["description"] = " ".join(
        strip_tags(meta.get("description") or coalition.tagline or "").split()
    )[:300]
    meta["feeds"] = feed_links(request, context)
    meta["twitter_card"] = "summary_large_image" if meta.get("image") else "summary"
    if meta.get("image") and (meta["image"].get("width") or 0) < 600:
        meta["twitter_card"] = "summary"
    return meta


def _computed_meta(context, request, coalition) -> dict:
    page = context.get("page")
    organization = context.get("organization")
    meta: dict = {}
    if isinstance(organization, Organization):
        meta["title"] = organization.name
        meta["description"] = organization.description
        meta["canonical"] = organization_profile_url(request, organization) or None
        meta["image"] = _rendition_image(organization.logo, LOGO_SPEC, request)
        meta["type"] = "profile"
        return meta
    if page is None:
        return meta
    meta["title"] = page.seo_title or page.title
    meta["description"] = page.search_description
    is_preview = getattr(request, "is_preview", False)
    if not is_preview:
        meta["canonical"] = page.get_full_url(request)
    if isinstance(page, PressReleasePage):
        meta.update(_release_meta(context, request, coalition, page))
    elif not meta["description"]:
        meta["description"] = getattr(page, "intro", "") or coalition.tagline
    return meta


def _release_meta(context, request, coalition, page: PressReleasePage) -> dict:
    topics = context.get("release_topics")
    if topics is None:
        topics = list(page.topics.all())
    issuers = context.get("issuers")
    if issuers is None:
        issuers = [i.organization for i in page.issuers.select_related("organization")]
    image = _rendition_image(page.hero_image, OG_IMAGE_SPEC, request)
    if image is None:
        first_quote = (
            Quote.objects.filter(release_id=page.pk).order_by("position").first()
            if page.pk and page.live
            else None
        )
        if first_quote is not None and first_quote.anchor:
            image = {
                "url": absolute(request, quote_card_path(first_quote)),
                "width": 1200,
                "height": 630,
                "alt": " ".join(
                    f"Quote card: {first_quote.text[:150]} — "
                    f"{first_quote.speaker_name}".split()
                ),
                "type": "image/png",
            }
    published = page.first_published_at or page.release_date
    modified = page.last_published_at or published
    data = release_jsonld(
        request,
        page,
        coalition_name=coalition.coalition_name,
        issuers=issuers,
        topics=topics,
        image=image,
    )
    return {
        "description": page.search_description or page.summary,
        "type": "article",
        "image": image,
        "published": published,
        "modified": modified,
        "tags": [topic.name for topic in topics],
        "section": "Press releases",
        "jsonld": as_script(data),
    }
