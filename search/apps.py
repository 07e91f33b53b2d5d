from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    """The search in the visitor's language and its per-language index (search/index.py)."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "search"
    verbose_name = _("Search")

    def ready(self):
        from wagtail.signals import page_published, page_unpublished

        from search import index

        page_published.connect(index.on_published, dispatch_uid="klima_search_published")
        page_unpublished.connect(index.on_unpublished, dispatch_uid="klima_search_unpublished")
