
"""The image, rendition and site settings models move here from ``pages`` with their tables.

A database made before the move keeps every row: the models are created in Django's state
only (``db_table`` names the old tables), and their content types are relabelled from
``pages`` to ``core``. A new database gets the tables from ``pages``' own migrations.
"""

import django.db.models.deletion
import modelsearch.index
import taggit.managers
import wagtail.images.models
import wagtail.models.media
from django.conf import settings
from django.db import migrations, models


MOVED = ("customimage", "customrendition", "sitesettings")


def _relabel(apps, old, new):
    ContentType = apps.get_model("contenttypes", "ContentType")
    for model in MOVED:
        moved = ContentType.objects.filter(app_label=old, model=model).first()
        if moved is None:
            continue
        # A content type made under the new label (by a run of the new code before this
        # migration) holds nothing that the old one does not: it gives way.
        ContentType.objects.filter(app_label=new, model=model).delete()
        moved.app_label = new
        moved.save(update_fields=["app_label"])
    ContentType.objects.clear_cache()


def move_content_types(apps, schema_editor):
    _relabel(apps, "pages", "core")


def move_content_types_back(apps, schema_editor):
    _relabel(apps, "core", "pages")


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('contenttypes', '0002_remove_content_type_name'),
        ('pages', '0008_image_credit_project_period'),
        ('taggit', '0006_rename_taggeditem_content_type_object_id_taggit_tagg_content_8fc721_idx'),
        ('wagtailcore', '0098_apitoken'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
        migrations.swappable_dependency(settings.WAGTAIL_PAGE_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='CustomImage',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('title', models.CharField(max_length=255, verbose_name='title')),
                        ('file', wagtail.images.models.WagtailImageField(height_field='height', upload_to=wagtail.images.models.get_upload_to, verbose_name='file', width_field='width')),
                        ('description', models.CharField(blank=True, default='', max_length=255, verbose_name='description')),
                        ('description_de', models.CharField(blank=True, default='', max_length=255, null=True, verbose_name='description')),
                        ('description_en', models.CharField(blank=True, default='', max_length=255, null=True, verbose_name='description')),
                        ('width', models.IntegerField(editable=False, verbose_name='width')),
                        ('height', models.IntegerField(editable=False, verbose_name='height')),
                        ('created_at', models.DateTimeField(auto_now_add=True, db_index=True, verbose_name='created at')),
                        ('focal_point_x', models.PositiveIntegerField(blank=True, null=True)),
                        ('focal_point_y', models.PositiveIntegerField(blank=True, null=True)),
                        ('focal_point_width', models.PositiveIntegerField(blank=True, null=True)),
                        ('focal_point_height', models.PositiveIntegerField(blank=True, null=True)),
                        ('file_size', models.PositiveIntegerField(editable=False, null=True)),
                        ('file_hash', models.CharField(blank=True, db_index=True, editable=False, max_length=40)),
                        ('credit', models.CharField(blank=True, help_text='Shown under the picture: who made it, and whether it is a photograph or an illustration, e.g. “Illustration made for this website”.', max_length=255, verbose_name='credit')),
                        ('credit_de', models.CharField(blank=True, help_text='Shown under the picture: who made it, and whether it is a photograph or an illustration, e.g. “Illustration made for this website”.', max_length=255, null=True, verbose_name='credit')),
                        ('credit_en', models.CharField(blank=True, help_text='Shown under the picture: who made it, and whether it is a photograph or an illustration, e.g. “Illustration made for this website”.', max_length=255, null=True, verbose_name='credit')),
                        ('collection', models.ForeignKey(default=wagtail.models.media.get_root_collection_id, on_delete=django.db.models.deletion.CASCADE, related_name='+', to='wagtailcore.collection', verbose_name='collection')),
                        ('tags', taggit.managers.TaggableManager(blank=True, help_text=None, through='taggit.TaggedItem', to='taggit.Tag', verbose_name='tags')),
                        ('uploaded_by_user', models.ForeignKey(blank=True, editable=False, null=True, on_delete=django.db.models.deletion.SET_NULL, to=settings.AUTH_USER_MODEL, verbose_name='uploaded by user')),
                    ],
                    options={
                        'verbose_name': 'image',
                        'verbose_name_plural': 'images',
                        'db_table': 'pages_customimage',
                        'abstract': False,
                    },
                    bases=(wagtail.images.models.ImageFileMixin, modelsearch.index.Indexed, models.Model),
                ),
                migrations.CreateModel(
                    name='SiteSettings',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('funding_note', models.TextField(blank=True, verbose_name='funding note')),
                        ('funding_note_de', models.TextField(blank=True, null=True, verbose_name='funding note')),
                        ('funding_note_en', models.TextField(blank=True, null=True, verbose_name='funding note')),
                        ('accessibility_page', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.WAGTAIL_PAGE_MODEL, verbose_name='accessibility statement')),
                        ('imprint_page', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.WAGTAIL_PAGE_MODEL, verbose_name='legal notice')),
                        ('privacy_page', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.WAGTAIL_PAGE_MODEL, verbose_name='privacy statement')),
                        ('site', models.OneToOneField(editable=False, on_delete=django.db.models.deletion.CASCADE, to='wagtailcore.site')),
                    ],
                    options={
                        'verbose_name': 'site settings',
                        'db_table': 'pages_sitesettings',
                    },
                ),
                migrations.CreateModel(
                    name='CustomRendition',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('filter_spec', models.CharField(db_index=True, max_length=255)),
                        ('file', wagtail.images.models.WagtailImageField(height_field='height', storage=wagtail.images.models.get_rendition_storage, upload_to=wagtail.images.models.get_rendition_upload_to, width_field='width')),
                        ('width', models.IntegerField(editable=False)),
                        ('height', models.IntegerField(editable=False)),
                        ('focal_point_key', models.CharField(blank=True, default='', editable=False, max_length=16)),
                        ('image', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='renditions', to='core.customimage')),
                    ],
                    options={
                        'db_table': 'pages_customrendition',
                        'unique_together': {('image', 'filter_spec', 'focal_point_key')},
                    },
                    bases=(wagtail.images.models.ImageFileMixin, models.Model),
                ),
            ],
        ),
        # Before post_migrate makes new content types for core's models, the old ones are
        # relabelled, so the tags on images, the permissions on them and on the settings, and
        # references in Wagtail's reference index stay attached.
        migrations.RunPython(move_content_types, move_content_types_back),
    ]
