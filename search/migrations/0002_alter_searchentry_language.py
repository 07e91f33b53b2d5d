"""An entry's language choices are ``language.choices``, the function: a migration records it,
not today's list, so a language added to the settings needs no migration of its own."""

from django.db import migrations, models

import language


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]

    operations = [
        migrations.AlterField(
            model_name="searchentry",
            name="language",
            field=models.CharField(choices=language.choices, max_length=2),
        ),
    ]
