"""The image, rendition and site settings models now belong to ``core``: the ``pages`` app lets go
of them in Django's state only. Their tables stay (``core`` names them in ``db_table``); the
content types moved with them in ``core/migrations/0001_initial.py``."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('conferences', '0005_move_image_to_core'),
        ('core', '0001_initial'),
        ('pages', '0008_image_credit_project_period'),
        ('partners', '0003_move_image_to_core'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.RemoveField(
                    model_name='customimage',
                    name='collection',
                ),
                migrations.RemoveField(
                    model_name='customimage',
                    name='tags',
                ),
                migrations.RemoveField(
                    model_name='customimage',
                    name='uploaded_by_user',
                ),
                migrations.AlterField(
                    model_name='homepage',
                    name='hero_image',
                    field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='core.customimage', verbose_name='hero image'),
                ),
                migrations.AlterField(
                    model_name='newspage',
                    name='image',
                    field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='core.customimage', verbose_name='image'),
                ),
                migrations.RemoveField(
                    model_name='sitesettings',
                    name='accessibility_page',
                ),
                migrations.RemoveField(
                    model_name='sitesettings',
                    name='imprint_page',
                ),
                migrations.RemoveField(
                    model_name='sitesettings',
                    name='privacy_page',
                ),
                migrations.RemoveField(
                    model_name='sitesettings',
                    name='site',
                ),
                migrations.DeleteModel(
                    name='CustomRendition',
                ),
                migrations.DeleteModel(
                    name='CustomImage',
                ),
                migrations.DeleteModel(
                    name='SiteSettings',
                ),
            ],
        ),
    ]
