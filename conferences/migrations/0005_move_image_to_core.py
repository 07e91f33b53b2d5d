"""The image fields point to the image model in its new app, ``core``; its table is the same,
so only Django's idea of the model changes (no change to the database)."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('conferences', '0004_gallery_image_names'),
        ('core', '0001_initial'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name='conferenceimage',
                    name='image',
                    field=models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to='core.customimage', verbose_name='image'),
                ),
                migrations.AlterField(
                    model_name='conferencepage',
                    name='image',
                    field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='core.customimage', verbose_name='image'),
                ),
            ],
        ),
    ]
