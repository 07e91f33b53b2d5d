"""Migrate the test database back to before a model moved apps, and forward again.

The moves are state-only (the table keeps its name), so going back and forth changes no
table; what changes is the content type's app label, relabelled in the new app's first
migration. Runs inside the test's transaction, which rolls everything back.
"""

from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.migrations.executor import MigrationExecutor


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.migrate(targets)
    ContentType.objects.clear_cache()


def migrate_to_latest():
    migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())


def count_rows(table):
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT count(*) FROM {connection.ops.quote_name(table)}")  # noqa: S608
        return cursor.fetchone()[0]


def move_round_trip(model, old_app, new_app):
    """The rows, the content type and a group's permission on ``model`` before the move (as
    today's schema has them, under ``old_app``) and after it (under ``new_app``)."""
    name = model._meta.model_name
    table = model._meta.db_table
    migrate([(new_app, None)])
    try:
        before = ContentType.objects.get(app_label=old_app, model=name)
        group = Group.objects.create(name="Liest mit")
        group.permissions.add(Permission.objects.get(content_type=before, codename=f"view_{name}"))
        rows = count_rows(table)
        assert rows > 0
        migrate_to_latest()
        after = ContentType.objects.get_for_model(model)
        return {
            "rows kept": count_rows(table) == rows == model.objects.count(),
            "same content type": after.pk == before.pk and after.app_label == new_app,
            "no old content type": not ContentType.objects.filter(
                app_label=old_app, model=name
            ).exists(),
            "permission kept": group.permissions.filter(
                content_type=after, codename=f"view_{name}"
            ).exists(),
        }
    finally:
        migrate_to_latest()
