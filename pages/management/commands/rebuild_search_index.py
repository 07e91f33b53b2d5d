from django.core.management.base import BaseCommand

from pages import search_index


class Command(BaseCommand):
    help = "Rebuild the per-language search index (German and English) from the live pages."

    def handle(self, *args, **options):
        count = search_index.rebuild()
        if options["verbosity"]:
            self.stdout.write(self.style.SUCCESS(f"Search index rebuilt: {count} entries."))
