"""A flyer file's language choices are ``language.choices``, the function: a migration records
it, not today's list, so a language added to the settings needs no migration of its own."""

from django.db import migrations, models

import language


class Migration(migrations.Migration):
    dependencies = [("flyer", "0002_adopt_bundled_flyers")]

    operations = [
        migrations.AlterField(
            model_name="flyerfile",
            name="language",
            field=models.CharField(
                choices=language.choices, max_length=8, verbose_name="language"
            ),
        ),
    ]
