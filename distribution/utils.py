"""Absolute URLs built from the Wagtail site, so every output agrees."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.urls import reverse

from wagtail.models import Site

if TYPE_CHECKING:
    from django.http import HttpRequest

    from newsroom.models import Quote


def site_root(request: HttpRequest | None) -> str:
    """The root URL of the site serving ``request``, e.g. "https://example.org"."""
    site = Site.find_for_request(request) if request is not None else None
    if site is None:
        site = Site.objects.filter(is_default_site=True).first()
    if site is not None:
        return site.root_url
    if request is not None:
        return request.build_absolute_uri("/").rstrip("/")
    return ""


def absolute(request: HttpRequest | None, path: str) -> str:
    """``path`` on the site's root URL; "" stays "" (nothing to link to)."""
    if not path or path.startswith(("http://", "https://")):
        return path
    if request is not None and not hasattr(request, "_distribution_root"):
        request._distribution_root = site_root(request)
    root = request._distribution_root if request is not None else site_root(None)
    return f"{root}{path}"


def quote_path(quote: Quote) -> str:
    """The permalink path of a quote ("" for a quote without an anchor)."""
    if not quote.anchor:
        return ""
    return reverse("distribution:quote", args=[quote.release_id, quote.anchor])


def quote_card_path(quote: Quote) -> str:
    if not quote.anchor:
        return ""
    return reverse("distribution:quote_card", args=[quote.release_id, quote.anchor])


def organization_profile_url(request: HttpRequest | None, organization) -> str:
    """Absolute profile URL; the directory is looked up once per request."""
    if organization is None or not organization.live:
        return ""
    cache = request if request is not None else None
    base = getattr(cache, "_distribution_directory", None)
    if base is None:
        from newsroom.models import MemberDirectoryPage

        directory = MemberDirectoryPage.objects.live().public().first()
        base = (directory.get_full_url(request) or "") if directory else ""
        if cache is not None:
            cache._distribution_directory = base
    return f"{base}{organization.slug}/" if base else ""
