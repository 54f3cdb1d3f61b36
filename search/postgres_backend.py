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
primary key descending) as long as a search matches no more than the rank
window (``RANK_WINDOW`` in the backend's settings, 1,000 by default). A search
that matches more is ranked among its newest ``RANK_WINDOW`` matches (read
newest first along the primary key, so a word in every quote costs a
thousand rows, not a hundred thousand), and the older matches follow, newest
first; counts and facets still cover every match. Phrase queries, whose word
positions the GIN index cannot check, keep the exact ranking (the planner
misjudges how many rows match a phrase). Fuzzy, ``MatchAll``/``Not`` queries
and ``annotate_score`` fall back to Wagtail's code.
"""

from __future__ import annotations

from django.contrib.postgres.search import SearchQuery
from django.db import connections
from django.db.models import Count, Exists, F, OuterRef, TextField
from django.db.models.functions import Cast
from django.db.models.sql import Query

from modelsearch.backends.database.postgres.postgres import (
    AutocompleteField,
    IndexEntry,
    ObjectIndexer,
    PostgresAutocompleteQueryCompiler,
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
    PostgresSearchResults,
)
from modelsearch.index import SearchField
from modelsearch.query import Fuzzy, MatchAll, Not
from modelsearch.utils import get_content_type_pk, get_descendants_content_types_pks

from .ranking import (
    WindowedBackend,
    WindowedResults,
    few_candidates,
    has_phrase,
    in_order,
    split_at_window,
)

CHUNK = 1000


class TsqueryLiteral(SearchQuery):
    """A tsquery computed beforehand, sent as ``'…'::tsquery``."""

    def __init__(self, text: str):
        super().__init__(text)
        self.text = text

    def as_sql(self, compiler, connection, function=None, template=None):
        return "%s::tsquery", [self.text]


class EntryVectors:
    """Mixin: the index-entry vectors, read from the entry table itself."""

    def build_tsquery(self, query, config=None):
        """Wagtail's tsquery, computed once with one small query and sent
        as a constant.

        ``to_tsquery(text)`` without a ``regconfig`` depends on a setting, so
        PostgreSQL may not fold it: it re-parses and re-stems the query for
        every row it checks (a phrase over 20,000 candidate rows took 400 ms
        instead of 110 ms), and a placeholder such as ``(SELECT …)`` would
        hide the words from the planner's row estimates.
        """
        memo = self.__dict__.setdefault("_tsqueries", {})
        key = (id(query), config)
        if key not in memo:
            expression = super().build_tsquery(query, config=config)
            connection = connections[self.queryset.db]
            sql_query = Query(IndexEntry)
            compiler = sql_query.get_compiler(connection=connection)
            sql, params = expression.resolve_expression(sql_query).as_sql(
                compiler, connection
            )
            with connection.cursor() as cursor:
                cursor.execute(f"SELECT ({sql})::text", params)
                memo[key] = (query, TsqueryLiteral(cursor.fetchone()[0]))
        return memo[key][1]

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

    def matched_entries(self, config, from_rows=False):
        """Index entries of the queryset's model that match, unranked;
        ``from_rows`` starts from the queryset's (few) rows."""
        search_query = self.build_tsquery(self.query, config=config)
        vectors = self.entry_vectors()
        combined = vectors[0][0]
        for vector, _boost in vectors[1:]:
            combined = combined._combine(vector, "||", False)
        model = self.queryset.model
        entries = (
            IndexEntry._default_manager.filter(
                content_type_id__in=get_descendants_content_types_pks(model)
            )
            .annotate(_vector_=combined)
            .filter(_vector_=search_query)
        )
        if from_rows:
            # Start from the few rows (an index lookup of each one's entry).
            entries = entries.filter(
                object_id__in=self.queryset.order_by()
                .annotate(_object_id=Cast("pk", TextField()))
                .values("_object_id")
            )
        elif self.queryset.query.where:
            # Unfiltered querysets skip this: every entry of the model's
            # content types has its row (Wagtail deletes entries with rows).
            # A correlated EXISTS on the primary key lets the planner check
            # just the entries it reads (a nested loop under the rank
            # window's LIMIT) or hash the rows when it reads every match.
            pk = Cast(OuterRef("object_id"), model._meta.pk)
            entries = entries.filter(
                Exists(self.queryset.order_by().filter(pk=pk).values("pk"))
            )
        return entries, vectors

    rank_window: int | None = None

    def ranked_ids(self, config, start, stop):
        few = few_candidates(self.queryset, self.rank_window)
        entries, vectors = self.matched_entries(config, from_rows=few)
        rank = self._build_rank_expression(vectors, config)
        entries = entries.annotate(
            _rank=rank, _pk=Cast("object_id", self.queryset.model._meta.pk)
        )
        window = self.rank_window
        if not window or few or has_phrase(self.query):
            rows = entries.order_by(F("_rank").desc(), F("_pk").desc())
            return list(rows.values_list("_pk", flat=True)[start:stop])
        ranked, rest = split_at_window(start, stop, window)
        ids = []
        if ranked:
            # The newest matches along the primary key (a backward index scan
            # that stops after ``window`` matches), ranked here.
            newest = list(entries.order_by("-id").values_list("_rank", "_pk")[:window])
            newest.sort(key=lambda row: (-row[0], -row[1]))
            ids += [pk for _rank, pk in newest[ranked]]
        if rest:
            older = entries.order_by("-id").values_list("_pk", flat=True)
            ids += list(older[rest])
        return ids

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
        return iter(in_order(self.compiler.queryset, ids))


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


class FastPostgresSearchResults(WindowedResults, PostgresSearchResults):
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


def _vector_sql(texts, config, params) -> str:
    """``setweight(to_tsvector(…), w) || …`` for (text, weight) pairs, as
    Wagtail's ``ObjectIndexer.as_vector`` builds it, without the ORM."""
    if not texts:
        return "''::tsvector"
    parts = []
    for text, weight in texts:
        if config:
            parts.append("setweight(to_tsvector(%s::regconfig, %s::text), %s)")
            params.extend((config, text, weight))
        else:
            parts.append("setweight(to_tsvector(%s::text), %s)")
            params.extend((text, weight))
    return " || ".join(parts)


class FastPostgresIndex(PostgresIndex):
    """``add_items`` writes the same entries as Wagtail's, but builds the
    ``INSERT … ON CONFLICT`` as plain SQL text instead of compiling one
    ``SearchVector`` expression per field per row through the ORM."""

    def _texts(self, obj, search_fields):
        indexer = ObjectIndexer(obj, self.backend)
        title, body, autocomplete = [], [], []
        for field in search_fields:
            for current, weight, value in indexer.prepare_field(obj, field):
                value = value.strip()
                if not value:
                    continue
                if isinstance(current, SearchField):
                    bucket = title if current.field_name == "title" else body
                    bucket.append((value, weight))
                elif isinstance(current, AutocompleteField):
                    autocomplete.append((value, weight))
        return indexer.id, title, body, autocomplete

    def add_items(self, model, objs):
        search_fields = model.get_search_fields()
        if not search_fields or not objs:
            return
        content_type_pk = get_content_type_pk(model)
        config = self.backend.config
        autocomplete_config = self.backend.autocomplete_config
        table = IndexEntry._meta.db_table
        objs = list(objs)
        for i in range(0, len(objs), CHUNK):
            rows, params = [], []
            for obj in objs[i : i + CHUNK]:
                pk, title, body, autocomplete = self._texts(obj, search_fields)
                params.extend((content_type_pk, pk))
                title_sql = _vector_sql(title, config, params)
                autocomplete_sql = _vector_sql(
                    autocomplete, autocomplete_config, params
                )
                body_sql = _vector_sql(body, config, params)
                params.append(" ".join(text for text, _weight in title))
                params.append(" ".join(text for text, _weight in body))
                rows.append(
                    f"(%s, %s, {title_sql}, {autocomplete_sql}, {body_sql}, 1.0, "
                    "%s, %s)"
                )
            with self.write_connection.cursor() as cursor:
                cursor.execute(
                    f"INSERT INTO {table} (content_type_id, object_id, title, "  # noqa: S608
                    "autocomplete, body, title_norm, title_text, body_text) "
                    f"VALUES {', '.join(rows)} "
                    "ON CONFLICT (content_type_id, object_id) DO UPDATE SET "
                    "title = EXCLUDED.title, title_norm = 1.0, "
                    "autocomplete = EXCLUDED.autocomplete, body = EXCLUDED.body, "
                    "title_text = EXCLUDED.title_text, body_text = EXCLUDED.body_text",
                    params,
                )
        self._refresh_title_norms()


class FastPostgresSearchBackend(WindowedBackend, PostgresSearchBackend):
    query_compiler_class = FastPostgresSearchQueryCompiler
    autocomplete_query_compiler_class = FastPostgresAutocompleteQueryCompiler
    results_class = FastPostgresSearchResults
    index_class = FastPostgresIndex
