"""TranslationStatus moves here from ``pages``, table and rows untouched (state only).

The table stays ``pages_translationstatus``. Its content type is relabelled from "pages" to
"editorial" before post_migrate would create a new one, so permissions on it stay attached.
``pages/migrations/0010_move_to_search_editorial.py`` takes the model out of pages' state.
"""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


def relabel(old_app, new_app):
    def run(apps, schema_editor):
        content_types = apps.get_model("contenttypes", "ContentType").objects.using(
            schema_editor.connection.alias
        )
        if not content_types.filter(app_label=new_app, model="translationstatus").exists():
            content_types.filter(app_label=old_app, model="translationstatus").update(
                app_label=new_app
            )

    return run


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("pages", "0008_image_credit_project_period"),
        migrations.swappable_dependency(settings.WAGTAIL_PAGE_MODEL),
    ]

    operations = [
        migrations.RunPython(relabel("pages", "editorial"), relabel("editorial", "pages")),
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="TranslationStatus",
                    fields=[
                        (
                            "page",
                            models.OneToOneField(
                                on_delete=django.db.models.deletion.CASCADE,
                                primary_key=True,
                                related_name="translation_status",
                                serialize=False,
                                to=settings.WAGTAIL_PAGE_MODEL,
                            ),
                        ),
                        (
                            "changed_at",
                            models.JSONField(default=dict, verbose_name="last change per language"),
                        ),
                        (
                            "digests",
                            models.JSONField(
                                default=dict, verbose_name="text fingerprint per language"
                            ),
                        ),
                        (
                            "field_digests",
                            models.JSONField(
                                default=dict,
                                verbose_name="text fingerprint per language and field",
                            ),
                        ),
                        (
                            "outdated",
                            models.JSONField(default=dict, verbose_name="outdated languages"),
                        ),
                        (
                            "incomplete",
                            models.JSONField(default=list, verbose_name="incomplete languages"),
                        ),
                        (
                            "last_revision",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="+",
                                to="wagtailcore.revision",
                                verbose_name="last published revision",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "translation status",
                        "verbose_name_plural": "translation statuses",
                        "db_table": "pages_translationstatus",
                    },
                ),
            ],
            database_operations=[],
        ),
    ]
