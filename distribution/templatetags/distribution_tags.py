from __future__ import annotations

import contextlib

from django import template
from django.urls import reverse

from distribution.metadata import page_meta as build_page_meta

register = template.Library()


@register.simple_tag(takes_context=True)
def page_meta(context) -> dict:
    """``{% page_meta as head %}``: the metadata components/meta.html prints."""
    return build_page_meta(context)


@register.simple_tag(takes_context=True)
def quote_share_url(context, block_id: str | None) -> str:
    """The permalink of a quote of the current release, if it is published.

    The published anchors of the page are read once per request, so a
    release with fifty quotes costs one query for this.
    """
    page = context.get("page")
    if not block_id or page is None or not getattr(page, "pk", None):
        return ""
    from newsroom.blocks import quote_anchor
    from newsroom.models import Quote

    request = context.get("request")
    holder = request if request is not None else context
    cache = getattr(holder, "_distribution_anchors", None)
    if cache is None:
        cache = {}
        with contextlib.suppress(AttributeError):
            holder._distribution_anchors = cache
    if page.pk not in cache:
        cache[page.pk] = set(
            Quote.objects.filter(release_id=page.pk).values_list("anchor", flat=True)
        )
    anchor = quote_anchor(block_id)
    if anchor not in cache[page.pk]:
        return ""
    return reverse("distribution:quote", args=[page.pk, anchor])
