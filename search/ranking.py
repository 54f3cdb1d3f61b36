"""The rank window shared by the database backends of ``search.backends``.

Ranking every match of a word that is in every quote means scoring every
quote before the first ten are known. Instead, a search is ranked among its
newest ``window`` matches, and older matches follow, newest first:

    results = ranked(newest[:window]) + newest[window:]

Every match appears exactly once, in the same place on every page, and when a
search matches no more than ``window`` rows the order is exactly the
backend's relevance order.
"""

from __future__ import annotations

from django.db.models import Count

from modelsearch.query import And, Boost, Not, Or, Phrase

DEFAULT_RANK_WINDOW = 1000


def split_at_window(start: int, stop: int | None, window: int):
    """The slices of the ranked window and of the older matches that make up
    ``results[start:stop]`` (either may be ``None``)."""
    start = start or 0
    ranked = rest = None
    if start < window:
        ranked = slice(start, window if stop is None else min(stop, window))
    if stop is None or stop > window:
        rest = slice(max(start, window), stop)
    return ranked, rest


def has_phrase(query) -> bool:
    if isinstance(query, Phrase):
        return True
    if isinstance(query, (And, Or)):
        return any(has_phrase(q) for q in query.subqueries)
    if isinstance(query, (Boost, Not)):
        return has_phrase(query.subquery)
    return False


def window_from(params) -> int | None:
    """``RANK_WINDOW`` from the backend's settings; 0 or ``None`` ranks
    every match."""
    window = params.get("RANK_WINDOW", DEFAULT_RANK_WINDOW)
    return int(window) if window else None


def few_candidates(queryset, window: int | None) -> bool:
    """Whether a filtered queryset has no more rows than the window (say,
    one organization's quotes). Then the search starts from those rows and
    ranks every match exactly; scanning the newest matches for ones that
    pass a narrow filter could read the whole index. One ``LIMIT``-ed count.
    """
    if not queryset.query.where:
        return False
    limit = window or DEFAULT_RANK_WINDOW
    return queryset.order_by().values("pk")[: limit + 1].count() <= limit


def in_order(queryset, ids: list) -> list:
    """The rows of ``queryset`` with primary keys ``ids``, in that order (one
    query; ids whose row is gone are skipped)."""
    if not ids:
        return []
    objects = queryset.in_bulk(ids)
    return [objects[pk] for pk in ids if pk in objects]


class WindowedBackend:
    """Mixin for the backends: reads ``RANK_WINDOW`` from their settings."""

    def __init__(self, params):
        super().__init__(params)
        self.rank_window = window_from(params)


class WindowedResults:
    """Mixin for the backends' results: hands the rank window to the query
    compiler, and counts and groups the unranked match (``_unranked()``,
    which each backend defines)."""

    def get_queryset(self):
        self.query_compiler.rank_window = self.backend.rank_window
        return super().get_queryset()

    def _do_count(self):
        # Counting needs no ranking and no ordering.
        return self._unranked().order_by().count()

    def grouped_counts(self, *field_names):
        """Counts of matches per combination of fields, in one query.

        Not part of Wagtail's API: ``search.engine`` checks for it and falls
        back to ``facet()`` per field on other backends.
        """
        return {
            row[:-1]: row[-1]
            for row in self._unranked()
            .order_by()
            .values_list(*field_names)
            .annotate(count=Count("pk"))
        }
