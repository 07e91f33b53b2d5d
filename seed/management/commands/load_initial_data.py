from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Site

from core.renditions import warm_renditions
from editorial.old_site_redirects import create_old_site_redirects
from seed import loader, reader


class Command(BaseCommand):
    help = (
        "Fill an empty site with the bundled content (seed/content/, seed/images/) in every "
        "language that has a text file. Changes nothing on a site that has content."
    )

    def handle(self, *args, **options):
        try:
            content = reader.read()
        except reader.ContentError as error:
            raise CommandError(str(error)) from error
        if loader.load(content):
            loaded = ", ".join(content.texts)
            self.stdout.write(self.style.SUCCESS(f"Bundled content loaded in: {loaded}."))
            if content.missing:
                missing = ", ".join(content.missing)
                self.stdout.write(
                    f"No texts for {missing} (seed/content/<language>.toml): those fields "
                    "stay empty, and the site shows the default language's text."
                )
            # Every image size the templates use exists before the first visitor asks.
            warm_renditions()
        else:
            self.stdout.write("The site has content already; nothing was changed.")
        # The original site's addresses, on a new site and on one loaded before they existed;
        # redirects that exist already (perhaps changed by a coordinator) are left alone.
        created = sum(create_old_site_redirects(site) for site in Site.objects.all())
        if created:
            self.stdout.write(f"Redirects from the original site's addresses: {created}")
