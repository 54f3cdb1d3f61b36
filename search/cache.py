"""Exact, short-lived caching of the search page's counts and facets.

Counting every match of a common word and grouping the matches into facets
reads every matching row; the page of results itself does not (see
``search.ranking``). Counts and facets change only when the index or what it
is filtered by changes, so they are cached under a key that includes
``IndexGeneration.value``, which goes up on every such change:

- any save or delete of a model in the search index (releases, quotes,
  organizations, topics, images), which covers publishing, unpublishing,
  scheduled publishing, moves and renames;
- every bulk write to the quote index (``newsroom.quotes`` calls
  ``bump_generation`` through ``index_quotes``/``unindex_quotes``);
- privacy changes (``PageViewRestriction`` saved or deleted).

A reader that sees the new generation computes fresh counts; entries of older
generations are never read again and expire (``SEARCH_FACET_CACHE_SECONDS``,
five minutes by default). So a cached count is never stale and never counts
an unpublished release. The value lives in the database, not in the cache,
so it is shared by every process even with a per-process cache.
"""

from __future__ import annotations

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.db.models import F

from .models import IndexGeneration

KEY_PREFIX = "search:facets"


def generation() -> int:
    value = IndexGeneration.objects.filter(pk=1).values_list("value", flat=True)
    return next(iter(value), 0)


def bump_generation(**_kwargs) -> None:
    """Invalidate every cached count (a signal receiver, too)."""
    if not IndexGeneration.objects.filter(pk=1).update(value=F("value") + 1):
        IndexGeneration.objects.update_or_create(pk=1, defaults={"value": 1})


def _key(generation_value: int, parts: tuple) -> str:
    digest = hashlib.sha256(repr(parts).encode()).hexdigest()
    return f"{KEY_PREFIX}:{generation_value}:{digest}"


def cached(parts: tuple, compute):
    """``compute()``, or its cached value for ``parts`` in this generation."""
    seconds = getattr(settings, "SEARCH_FACET_CACHE_SECONDS", 300)
    if not seconds:
        return compute()
    key = _key(generation(), parts)
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, seconds)
    return value


def connect_signals() -> None:
    from django.db.models.signals import post_delete, post_save

    from wagtail.models import PageViewRestriction
    from wagtail.search.index import get_indexed_models

    for model in [*get_indexed_models(), PageViewRestriction]:
        post_save.connect(bump_generation, sender=model, dispatch_uid=f"bump-{model}")
        post_delete.connect(
            bump_generation, sender=model, dispatch_uid=f"bump-del-{model}"
        )
