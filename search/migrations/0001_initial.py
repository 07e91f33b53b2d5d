"""SearchEntry moves here from ``pages``, table and rows untouched (state only).

The table stays ``pages_searchentry``. Its content type is relabelled from "pages" to
"search" before post_migrate would create a new one, so permissions on it stay attached.
``pages/migrations/0010_move_to_search_editorial.py`` takes the model out of pages' state.
"""

import django.contrib.postgres.indexes
import django.contrib.postgres.search
import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


def relabel(old_app, new_app):
    def run(apps, schema_editor):
        content_types = apps.get_model("contenttypes", "ContentType").objects.using(
            schema_editor.connection.alias
        )
        if not content_types.filter(app_label=new_app, model="searchentry").exists():
            content_types.filter(app_label=old_app, model="searchentry").update(app_label=new_app)

    return run


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("pages", "0008_image_credit_project_period"),
        migrations.swappable_dependency(settings.WAGTAIL_PAGE_MODEL),
    ]

    operations = [
        migrations.RunPython(relabel("pages", "search"), relabel("search", "pages")),
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="SearchEntry",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                            ),
                        ),
                        (
                            "language",
                            models.CharField(
                                choices=[("de", "German"), ("en", "English")], max_length=2
                            ),
                        ),
                        (
                            "kind",
                            models.CharField(
                                choices=[
                                    ("town", "Partner towns"),
                                    ("conference", "Conferences"),
                                    ("news", "News"),
                                    ("page", "Pages"),
                                ],
                                max_length=12,
                            ),
                        ),
                        ("title", models.CharField(max_length=255)),
                        ("text", models.TextField(blank=True)),
                        (
                            "search_vector",
                            django.contrib.postgres.search.SearchVectorField(
                                editable=False, null=True
                            ),
                        ),
                        (
                            "page",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="search_entries",
                                to=settings.WAGTAIL_PAGE_MODEL,
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "search entry",
                        "verbose_name_plural": "search entries",
                        "db_table": "pages_searchentry",
                        "indexes": [
                            django.contrib.postgres.indexes.GinIndex(
                                fields=["search_vector"], name="search_entry_vector"
                            )
                        ],
                        "constraints": [
                            models.UniqueConstraint(
                                fields=("page", "language"), name="unique_search_entry"
                            )
                        ],
                    },
                ),
            ],
            database_operations=[],
        ),
    ]
