from django.core.management.base import BaseCommand

from search import index


class Command(BaseCommand):
    help = "Rebuild the per-language search index (German and English) from the live pages."

    def handle(self, *args, **options):
        count = index.rebuild()
        if options["verbosity"]:
            self.stdout.write(self.style.SUCCESS(f"Search index rebuilt: {count} entries."))
