"""The PostgreSQL half of ``search.backends``; imported only on PostgreSQL.

Wagtail's PostgreSQL backend joins the model to ``wagtailsearch_indexentry``
on a cast ``object_id``, filters on ``title || body @@ query`` (which none of
the per-column GIN indexes can serve) and orders the whole joined match by
``ts_rank`` before slicing. This subclass:

- matches on the index entries alone, with the model's filters applied as an
  uncorrelated ``object_id IN (…)`` subquery, so the GIN expression index on
  ``(title || body)`` (migration ``search.0001``) finds the entries;
- ranks those entries with the same ``ts_rank`` expression and slices the
  wanted page there, then loads just those rows (``in_bulk``);
- counts and facets the unranked match.

Results and order are the same as the stock backend's (rank descending, then
primary key descending). Fuzzy, ``MatchAll``/``Not`` queries and
``annotate_score`` fall back to Wagtail's code.
"""

from __future__ import annotations

from django.db.models import Count, F, TextField
from django.db.models.functions import Cast

from modelsearch.backends.database.postgres.postgres import (
    IndexEntry,
    PostgresAutocompleteQueryCompiler,
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
    PostgresSearchResults,
)
from modelsearch.query import Fuzzy, MatchAll, Not
from modelsearch.utils import get_descendants_content_types_pks


class EntryVectors:
    """Mixin: the index-entry vectors, read from the entry table itself."""

    def entry_vectors(self):
        if isinstance(self, PostgresAutocompleteQueryCompiler):
            return [(F("autocomplete"), 1.0)]
        return [(F("title"), F("title_norm")), (F("body"), 1.0)]

    def fast_path(self, score_field=None) -> bool:
        return (
            self.fields is None
            and score_field is None
            and not isinstance(self.query, (MatchAll, Not, Fuzzy))
        )

    def matched_entries(self, config):
        """Index entries of the queryset's model that match, unranked."""
        search_query = self.build_tsquery(self.query, config=config)
        vectors = self.entry_vectors()
        combined = vectors[0][0]
        for vector, _boost in vectors[1:]:
            combined = combined._combine(vector, "||", False)
        model = self.queryset.model
        candidates = (
            self.queryset.order_by()
            .annotate(_object_id=Cast("pk", TextField()))
            .values("_object_id")
        )
        return (
            IndexEntry._default_manager.filter(
                content_type_id__in=get_descendants_content_types_pks(model)
            )
            .annotate(_vector_=combined)
            .filter(_vector_=search_query, object_id__in=candidates)
        ), vectors

    def ranked_ids(self, config, start, stop):
        entries, vectors = self.matched_entries(config)
        rank = self._build_rank_expression(vectors, config)
        pk_field = self.queryset.model._meta.pk
        rows = (
            entries.annotate(_rank=rank, _pk=Cast("object_id", pk_field))
            .order_by(F("_rank").desc(), F("_pk").desc())
            .values_list("_pk", flat=True)
        )
        return list(rows[start:stop])

    def unranked(self, config):
        entries, _vectors = self.matched_entries(config)
        pk_field = self.queryset.model._meta.pk
        return self.queryset.filter(
            pk__in=entries.annotate(_pk=Cast("object_id", pk_field)).values("_pk")
        )


class RankedPage:
    """One page of results, ranked on the index entries before loading rows."""

    def __init__(self, compiler, config, start, stop):
        self.compiler = compiler
        self.config = config
        self.start = start
        self.stop = stop

    def __iter__(self):
        ids = self.compiler.ranked_ids(self.config, self.start, self.stop)
        if not ids:
            return iter([])
        objects = self.compiler.queryset.in_bulk(ids)
        return iter([objects[pk] for pk in ids if pk in objects])


class FastPostgresSearchQueryCompiler(EntryVectors, PostgresSearchQueryCompiler):
    def search(self, config, start, stop, score_field=None, backend=None):
        if not self.fast_path(score_field):
            return super().search(
                config, start, stop, score_field=score_field, backend=backend
            )
        if self.order_by_relevance:
            return RankedPage(self, config, start or 0, stop)
        queryset = self.unranked(config)
        if not queryset.query.order_by:
            queryset = queryset.order_by("-pk")
        return queryset[start:stop]


class FastPostgresAutocompleteQueryCompiler(
    FastPostgresSearchQueryCompiler, PostgresAutocompleteQueryCompiler
):
    pass


class FastPostgresSearchResults(PostgresSearchResults):
    def _unranked(self):
        compiler = self.query_compiler
        config = compiler.get_config(self.backend)
        if compiler.fast_path(self._score_field):
            return compiler.unranked(config)
        ordered = compiler.order_by_relevance
        compiler.order_by_relevance = False
        try:
            return compiler.search(config, None, None, backend=self.backend)
        finally:
            compiler.order_by_relevance = ordered

    def _do_count(self):
        # Counting needs no ranking and no ordering.
        return self._unranked().order_by().count()

    def facet(self, field_name):
        if self.query_compiler._get_filterable_field(field_name) is None:
            return super().facet(field_name)
        return dict(
            self._unranked()
            .order_by()
            .values_list(field_name)
            .annotate(count=Count("pk"))
            .order_by("-count")
        )

    def grouped_counts(self, *field_names):
        """Counts of matches per combination of filter fields, in one query.

        Not part of Wagtail's API: callers check for it and fall back to
        ``facet()`` per field on other backends.
        """
        return {
            row[:-1]: row[-1]
            for row in self._unranked()
            .order_by()
            .values_list(*field_names)
            .annotate(count=Count("pk"))
        }


class FastPostgresSearchBackend(PostgresSearchBackend):
    query_compiler_class = FastPostgresSearchQueryCompiler
    autocomplete_query_compiler_class = FastPostgresAutocompleteQueryCompiler
    results_class = FastPostgresSearchResults
    index_class = PostgresIndex
