"""A GIN index on ``title || body`` of Wagtail's search index entries.

Wagtail's PostgreSQL backend matches ``title || body @@ query``, which its
per-column GIN indexes cannot serve. ``search.postgres_backend`` matches the
entries with that exact expression, so this index finds them. PostgreSQL
only; a no-op elsewhere.
"""

from django.db import migrations

INDEX = "search_indexentry_title_body_gin"


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(
        f"CREATE INDEX IF NOT EXISTS {INDEX} ON wagtailsearch_indexentry "
        "USING gin ((title || body))"
    )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [("wagtailsearch", "0010_add_text_fields")]

    operations = [migrations.RunPython(create, drop)]
