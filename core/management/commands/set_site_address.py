from django.core.management.base import BaseCommand

from core.site_address import set_site_address


class Command(BaseCommand):
    help = (
        "Give the Wagtail site the public address of this deployment (WAGTAILADMIN_BASE_URL), "
        "which previews and the links in e-mails use. Safe to run on every deployment."
    )

    def handle(self, *args, **options):
        site = set_site_address()
        if site is None:
            self.stdout.write("No site yet: load the content first (load_initial_data).")
            return
        self.stdout.write(self.style.SUCCESS(f"The site's address is {site.hostname}:{site.port}."))
