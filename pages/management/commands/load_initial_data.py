from django.core.management.base import BaseCommand

from pages.bundled import loader
from pages.renditions import warm_renditions


class Command(BaseCommand):
    help = "Fill an empty site with the KlimaPartnerschaft's bundled content in German and English."

    def handle(self, *args, **options):
        if loader.load():
            self.stdout.write(self.style.SUCCESS("Bundled content loaded (German and English)."))
            # Every image size the templates use exists before the first visitor asks.
            warm_renditions()
        else:
            self.stdout.write("The site has content already; nothing was changed.")
