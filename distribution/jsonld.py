"""schema.org JSON-LD for releases: a ``NewsArticle`` with its quotes.

Each quote is a ``Quotation`` (a CreativeWork) listed in the article's
``hasPart``; its ``spokenByCharacter`` and ``creator`` are the speaker as a
``Person`` whose ``affiliation`` is their ``Organization``. The issuing
organizations are the article's ``author``; the coalition is its
``publisher``. Property names follow https://schema.org/ (checked by the
vocabulary table in tests/distribution/schema_org.py).
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from django.utils.safestring import SafeString, mark_safe

from newsroom.blocks import quote_anchor
from newsroom.models import Organization, PressReleasePage

from .utils import absolute, organization_profile_url

if TYPE_CHECKING:
    from django.http import HttpRequest


def _iso(value) -> str | None:
    return value.isoformat() if value else None


def organization_node(request, organization: Organization) -> dict:
    node = {"@type": "Organization", "name": organization.name}
    profile = organization_profile_url(request, organization)
    if profile:
        node["url"] = profile
    if organization.website:
        node["sameAs"] = organization.website
    return node


def quotation_node(request, release_url: str, block) -> dict:
    value = block.value
    person = {"@type": "Person", "name": value.get("speaker_name", "")}
    if value.get("speaker_title"):
        person["jobTitle"] = value["speaker_title"]
    organization = value.get("organization")
    if organization is not None:
        person["affiliation"] = organization_node(request, organization)
    elif value.get("organization_name"):
        person["affiliation"] = {
            "@type": "Organization",
            "name": value["organization_name"],
        }
    if value.get("city"):
        person["workLocation"] = {"@type": "Place", "name": value["city"]}
    node = {
        "@type": "Quotation",
        "text": value.get("text", ""),
        "spokenByCharacter": person,
        "creator": person,
    }
    anchor = quote_anchor(block.id)
    if anchor:
        node["url"] = f"{release_url}#{anchor}"
    return node


def release_jsonld(
    request: HttpRequest | None,
    release: PressReleasePage,
    *,
    coalition_name: str,
    issuers: list[Organization],
    topics: list,
    image: dict | None,
) -> dict:
    """The ``NewsArticle`` for ``release`` as a dict (works in preview too)."""
    url = release.get_full_url(request) or absolute(request, "/")
    published = release.first_published_at or release.release_date
    modified = release.last_published_at or published
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": release.title[:110],
        "description": release.search_description or release.summary,
        "url": url,
        "mainEntityOfPage": url,
        "datePublished": _iso(published),
        "dateModified": _iso(modified),
        "dateline": release.dateline,
        "inLanguage": "en",
        "isAccessibleForFree": True,
        "articleSection": "Press releases",
        "publisher": {
            "@type": "Organization",
            "name": coalition_name,
            "url": absolute(request, "/"),
        },
    }
    if release.subtitle:
        data["alternativeHeadline"] = release.subtitle
    if issuers:
        data["author"] = [organization_node(request, o) for o in issuers]
        data["sourceOrganization"] = [organization_node(request, o) for o in issuers]
    else:
        data["author"] = {"@type": "Organization", "name": coalition_name}
    if topics:
        data["keywords"] = [topic.name for topic in topics]
    if image:
        data["image"] = {
            "@type": "ImageObject",
            "url": image["url"],
            "contentUrl": image["url"],
            "width": image["width"],
            "height": image["height"],
        }
    quotes = [quotation_node(request, url, b) for b in release.quote_blocks()]
    if quotes:
        data["hasPart"] = quotes
    return data


def as_script(data: dict) -> SafeString:
    """JSON for a <script> element: "<", ">" and "&" escaped so it cannot close it."""
    text = json.dumps(data, ensure_ascii=False, indent=None)
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return mark_safe(text)


def quote_jsonld(request, quote, *, permalink: str, card_url: str) -> dict:
    """A standalone ``Quotation`` for a quote's permalink page."""
    person = {"@type": "Person", "name": quote.speaker_name}
    if quote.speaker_title:
        person["jobTitle"] = quote.speaker_title
    if quote.organization_id and quote.organization is not None:
        person["affiliation"] = organization_node(request, quote.organization)
    elif quote.organization_name:
        person["affiliation"] = {
            "@type": "Organization",
            "name": quote.organization_name,
        }
    if quote.city:
        person["workLocation"] = {"@type": "Place", "name": quote.city}
    release = quote.release
    release_url = release.get_full_url(request) or ""
    return {
        "@context": "https://schema.org",
        "@type": "Quotation",
        "text": quote.text,
        "url": permalink,
        "spokenByCharacter": person,
        "creator": person,
        "datePublished": _iso(release.first_published_at or release.release_date),
        "image": {
            "@type": "ImageObject",
            "url": card_url,
            "contentUrl": card_url,
            "width": 1200,
            "height": 630,
        },
        "isPartOf": {
            "@type": "NewsArticle",
            "headline": release.title[:110],
            "url": release_url,
            "dateline": release.dateline,
            "datePublished": _iso(release.first_published_at or release.release_date),
        },
    }
