"""Wagtail's database search backend, with faster paths on SQLite and PostgreSQL.

Wagtail's SQLite backend orders by relevance through a correlated subquery
that re-runs the FTS5 ``MATCH`` for every candidate row, and its PostgreSQL
backend ranks the whole joined match before slicing. The subclasses returned
here match once, rank within a window of the newest matches
(``search.ranking``; exact when a search matches fewer rows than the window),
and load only the rows of the page asked for. Callers still go through
Wagtail's search API (``queryset.search()``); MySQL and
Elasticsearch/OpenSearch are untouched. Configured in
``WAGTAILSEARCH_BACKENDS`` as ``search.backends`` (``RANK_WINDOW`` sets the
window; 0 ranks every match). See docs/search.md.
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
