"""A text-search configuration for languages PostgreSQL has no stemming for here (Lithuanian):
words as typed, but with their diacritics folded, so "paieška" and "paieska" find each other.

``unaccent`` is a trusted extension (PostgreSQL 13+), so the database's owner may create it.
Other databases (the SQLite dev database) search by substring and skip this.
"""

from django.db import migrations

CONFIG = "simple_unaccent"

CREATE = f"""
CREATE EXTENSION IF NOT EXISTS unaccent;
DROP TEXT SEARCH CONFIGURATION IF EXISTS {CONFIG};
CREATE TEXT SEARCH CONFIGURATION {CONFIG} (COPY = simple);
ALTER TEXT SEARCH CONFIGURATION {CONFIG}
    ALTER MAPPING FOR word, hword, hword_part WITH unaccent, simple;
"""
DROP = f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {CONFIG};"


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CREATE)


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP)


class Migration(migrations.Migration):
    dependencies = [("search", "0002_alter_searchentry_language")]

    operations = [migrations.RunPython(create, drop, elidable=False)]
