from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SeoConfig(AppConfig):
    """Sitemap, robots.txt, news feeds and the page head's metadata; no models, no signals."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "seo"
    verbose_name = _("Search engines and feeds")
