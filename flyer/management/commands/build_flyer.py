from django.core.management.base import BaseCommand

from flyer.publishing import refresh


class Command(BaseCommand):
    help = (
        "Build the flyer again from the published pages, in every language whose text changed "
        "(all with --force). Run after a deployment that changed the flyer's template or fonts."
    )

    def add_arguments(self, parser):
        parser.add_argument("--force", action="store_true", help="build every flyer")

    def handle(self, *args, force=False, **options):
        built = refresh(force=force)
        self.stdout.write(f"Flyers built: {len(built)}")
