from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SeoConfig(AppConfig):
    """Sitemap, robots.txt, news feeds and the page head's metadata; no models."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "seo"
    verbose_name = _("Search engines and feeds")

    def ready(self):
        from delivery import cdn

        # The news feeds list every news page: a CDN purges them with each published page.
        cdn.purge_with_every_page("news_feed")
