"""SearchEntry and TranslationStatus leave pages' state for the search and editorial apps.

State only: their tables keep their names and rows (see search/migrations/0001_initial.py
and editorial/migrations/0001_initial.py, which take them over first).
"""

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ("pages", "0009_move_to_core"),
        ("search", "0001_initial"),
        ("editorial", "0001_initial"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.DeleteModel(name="SearchEntry"),
                migrations.DeleteModel(name="TranslationStatus"),
            ],
            database_operations=[],
        ),
    ]
