"""The SQLite half of ``search.backends``; imported only on SQLite, where
Wagtail's FTS5 models exist."""

from __future__ import annotations

from django.db.models import (
    Exists,
    ExpressionWrapper,
    F,
    IntegerField,
    OuterRef,
    TextField,
)
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

from .ranking import (
    WindowedBackend,
    WindowedResults,
    few_candidates,
    in_order,
    split_at_window,
)


def _match(compiler, config):
    query = normalize(compiler.query)
    search_query = compiler.build_search_query(query, config=config)
    return MatchExpression(compiler.fields or compiler.FTS_TABLE_FIELDS, search_query)


def _entries(compiler):
    return IndexEntry.objects.filter(
        content_type_id__in=get_descendants_content_types_pks(compiler.queryset.model)
    )


def matched_rows(compiler, config):
    """FTS rows that match and belong to the queryset's rows.

    The FTS table is the only table in the ``FROM``, so SQLite drives the
    query from the ``MATCH`` (one pass, in rowid order when asked) and checks
    each matched row's index entry, and with a filtered queryset its object,
    by primary key in correlated ``EXISTS`` subqueries. A join or an ``IN``
    list would let SQLite start from the index entries instead and re-run the
    match per entry.
    """
    entry = _entries(compiler).filter(id=OuterRef("index_entry_id"))
    queryset = compiler.queryset
    if queryset.query.where:
        pk = Cast(OuterRef("object_id"), queryset.model._meta.pk)
        entry = entry.filter(Exists(queryset.order_by().filter(pk=pk).values("pk")))
    return SQLiteFTSIndexEntry.objects.filter(_match(compiler, config)).filter(
        Exists(entry.values("id"))
    )


class RankedOnce:
    """One page of results, ranked by BM25 within the rank window."""

    def __init__(self, compiler, config, start, stop):
        self.compiler = compiler
        self.config = config
        self.start = start or 0
        self.stop = stop

    def entry_ids(self) -> list[int]:
        compiler = self.compiler
        window = compiler.rank_window
        if few_candidates(compiler.queryset, window):
            # Check the matches against the few rows' entries, and rank every
            # match. "rowid + 0" keeps SQLite from pushing the list into the
            # FTS5 table as one lookup per rowid, where BM25 would re-read
            # the word's whole doclist for each one.
            candidates = compiler.queryset.order_by().annotate(
                _object_id=Cast("pk", TextField())
            )
            entry_ids = _entries(compiler).filter(
                object_id__in=candidates.values("_object_id")
            )
            rows = (
                SQLiteFTSIndexEntry.objects.filter(_match(compiler, self.config))
                .alias(
                    _rowid=ExpressionWrapper(
                        F("index_entry_id") + 0, output_field=IntegerField()
                    )
                )
                .filter(_rowid__in=entry_ids.values("id"))
            )
            window = None
        else:
            rows = matched_rows(compiler, self.config)
        newest = rows.order_by("-index_entry_id")
        if not window:
            ranked = rows.annotate(score=BM25()).order_by("score", "-index_entry_id")
            return list(
                ranked.values_list("index_entry_id", flat=True)[self.start : self.stop]
            )
        head, rest = split_at_window(self.start, self.stop, window)
        ids = []
        if head:
            scored = list(
                newest.annotate(score=BM25()).values_list("index_entry_id", "score")[
                    :window
                ]
            )
            # BM25 is lower for better matches; ties go to the newest.
            scored.sort(key=lambda row: (row[1], -row[0]))
            ids += [entry_id for entry_id, _score in scored[head]]
        if rest:
            ids += list(newest.values_list("index_entry_id", flat=True)[rest])
        return ids

    def __iter__(self):
        ranked = self.entry_ids()
        object_ids = dict(
            IndexEntry.objects.filter(id__in=ranked).values_list("id", "object_id")
        )
        field = self.compiler.queryset.model._meta.pk
        ids = [field.to_python(object_ids[i]) for i in ranked if i in object_ids]
        return iter(in_order(self.compiler.queryset, ids))


class FastSQLiteSearchQueryCompiler(SQLiteSearchQueryCompiler):
    rank_window: int | None = None

    def search(self, config, start, stop, score_field=None):
        query = normalize(self.query)
        if isinstance(query, (MatchAll, Not)) or score_field is not None:
            return super().search(config, start, stop, score_field=score_field)
        if self.order_by_relevance and stop is not None:
            return RankedOnce(self, config, start, stop)
        # Every match is read here, so the MATCH runs once as an uncorrelated
        # subquery on the FTS rowid, and SQLite looks the entries up by it.
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


class FastSQLiteSearchResults(WindowedResults, SQLiteSearchResults):
    def _unranked(self):
        compiler = self.query_compiler
        ordered = compiler.order_by_relevance
        compiler.order_by_relevance = False
        try:
            return compiler.search(compiler.get_config(self.backend), None, None)
        finally:
            compiler.order_by_relevance = ordered


class FastSQLiteSearchBackend(WindowedBackend, SQLiteSearchBackend):
    query_compiler_class = FastSQLiteSearchQueryCompiler
    autocomplete_query_compiler_class = FastSQLiteAutocompleteQueryCompiler
    results_class = FastSQLiteSearchResults
