"""Wagtail's database search backend, with a faster relevance path on SQLite.

Wagtail's SQLite backend orders by relevance through a correlated subquery
that re-runs the FTS5 ``MATCH`` for every candidate row, so a common word
over thousands of rows takes seconds. This subclass runs the match once:
it ranks the index entries of the (already filtered) queryset by BM25 in a
single FTS5 pass, slices the wanted page there, then loads those rows. The
results are the same objects in the same order; callers still go through
Wagtail's search API (``queryset.search()``), and PostgreSQL, MySQL and
Elasticsearch/OpenSearch are untouched. Configured in
``WAGTAILSEARCH_BACKENDS`` as ``search.backends``.
"""

from __future__ import annotations

from django.db import connection

from modelsearch.backends.database import SearchBackend as database_backend


def SearchBackend(params):
    """Wagtail's database backend for the default database, faster on SQLite."""
    backend = database_backend(params)
    if connection.vendor == "sqlite":
        from .sqlite_backend import FastSQLiteSearchBackend, SQLiteSearchBackend

        if isinstance(backend, SQLiteSearchBackend):
            return FastSQLiteSearchBackend(params)
    if connection.vendor == "postgresql":
        from .postgres_backend import FastPostgresSearchBackend, PostgresSearchBackend

        if isinstance(backend, PostgresSearchBackend):
            return FastPostgresSearchBackend(params)
    return backend
