"""The SQLite half of ``search.backends``; imported only on SQLite, where
Wagtail's FTS5 models exist."""

from __future__ import annotations

from django.db.models import Count, ExpressionWrapper, F, IntegerField, TextField
from django.db.models.functions import Cast

from modelsearch.backends.database.sqlite.query import (
    BM25,
    MatchExpression,
    normalize,
)
from modelsearch.backends.database.sqlite.sqlite import (
    IndexEntry,
    SQLiteAutocompleteQueryCompiler,
    SQLiteFTSIndexEntry,
    SQLiteSearchBackend,
    SQLiteSearchQueryCompiler,
    SQLiteSearchResults,
)
from modelsearch.query import MatchAll, Not
from modelsearch.utils import get_descendants_content_types_pks


def _match(compiler, config):
    query = normalize(compiler.query)
    search_query = compiler.build_search_query(query, config=config)
    return MatchExpression(compiler.fields or compiler.FTS_TABLE_FIELDS, search_query)


def _entries(compiler):
    return IndexEntry.objects.filter(
        content_type_id__in=get_descendants_content_types_pks(compiler.queryset.model)
    )


class RankedOnce:
    """One page of results, ranked by BM25 in a single FTS5 pass."""

    def __init__(self, compiler, config, start, stop):
        self.compiler = compiler
        self.config = config
        self.start = start
        self.stop = stop

    def __iter__(self):
        compiler = self.compiler
        candidates = compiler.queryset.order_by().annotate(
            _object_id=Cast("pk", TextField())
        )
        entry_ids = _entries(compiler).filter(
            object_id__in=candidates.values("_object_id")
        )
        ranked = list(
            SQLiteFTSIndexEntry.objects.filter(_match(compiler, self.config))
            # "rowid + 0" keeps SQLite from pushing the IN list into the FTS5
            # table as rowid lookups (one MATCH per candidate); the match runs
            # once and candidates are checked against the list.
            .alias(_rowid=ExpressionWrapper(F("index_entry_id") + 0, IntegerField()))
            .filter(_rowid__in=entry_ids.values("id"))
            .annotate(score=BM25())
            .order_by("score", "index_entry_id")
            .values_list("index_entry_id", flat=True)[self.start : self.stop]
        )
        object_ids = dict(
            IndexEntry.objects.filter(id__in=ranked).values_list("id", "object_id")
        )
        field = compiler.queryset.model._meta.pk
        ids = [field.to_python(object_ids[i]) for i in ranked if i in object_ids]
        objects = compiler.queryset.in_bulk(ids)
        return iter([objects[pk] for pk in ids if pk in objects])


class FastSQLiteSearchQueryCompiler(SQLiteSearchQueryCompiler):
    def search(self, config, start, stop, score_field=None):
        query = normalize(self.query)
        if isinstance(query, (MatchAll, Not)) or score_field is not None:
            return super().search(config, start, stop, score_field=score_field)
        if self.order_by_relevance and stop is not None:
            return RankedOnce(self, config, start, stop)
        # Run the MATCH once as an uncorrelated subquery on the FTS table's
        # rowid, instead of joining it per index entry (which makes SQLite
        # re-run the match for every entry of the model).
        matched = _entries(self).filter(
            id__in=SQLiteFTSIndexEntry.objects.filter(_match(self, config)).values(
                "index_entry_id"
            )
        )
        queryset = self.queryset.filter(pk__in=matched.values("object_id"))
        if not queryset.query.order_by:
            queryset = queryset.order_by("-pk")
        return queryset[start:stop]


class FastSQLiteAutocompleteQueryCompiler(
    FastSQLiteSearchQueryCompiler, SQLiteAutocompleteQueryCompiler
):
    pass


class FastSQLiteSearchResults(SQLiteSearchResults):
    def _unranked(self):
        compiler = self.query_compiler
        ordered = compiler.order_by_relevance
        compiler.order_by_relevance = False
        try:
            return compiler.search(compiler.get_config(self.backend), None, None)
        finally:
            compiler.order_by_relevance = ordered

    def _do_count(self):
        # Counting needs no ranking: count the unordered match.
        return self._unranked().count()

    def grouped_counts(self, *field_names):
        """Counts of matches per combination of fields, in one query (see
        ``search.postgres_backend``; not part of Wagtail's API)."""
        return {
            row[:-1]: row[-1]
            for row in self._unranked()
            .order_by()
            .values_list(*field_names)
            .annotate(count=Count("pk"))
        }


class FastSQLiteSearchBackend(SQLiteSearchBackend):
    query_compiler_class = FastSQLiteSearchQueryCompiler
    autocomplete_query_compiler_class = FastSQLiteAutocompleteQueryCompiler
    results_class = FastSQLiteSearchResults
