from django.core.management.base import BaseCommand
from wagtail.models import Site

from pages.bundled import loader
from pages.old_site_redirects import create_old_site_redirects
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
        # The original site's addresses, on a new site and on one loaded before they existed;
        # redirects that exist already (perhaps changed by a coordinator) are left alone.
        created = sum(create_old_site_redirects(site) for site in Site.objects.all())
        if created:
            self.stdout.write(f"Redirects from the original site's addresses: {created}")
