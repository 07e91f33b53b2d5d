from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PagesConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "pages"
    verbose_name = _("Pages")

    def ready(self):
        from django.db.models.signals import pre_save
        from wagtail.signals import page_published, page_unpublished

        from pages import redirects, search_index
        from pages.translation_status import on_page_published

        page_published.connect(search_index.on_published, dispatch_uid="klima_search_published")
        page_unpublished.connect(
            search_index.on_unpublished, dispatch_uid="klima_search_unpublished"
        )
        pre_save.connect(redirects.remember_old_paths, dispatch_uid="klima_redirects_pre_save")
        page_published.connect(redirects.on_published, dispatch_uid="klima_redirects_published")
        page_published.connect(on_page_published, dispatch_uid="pages.translation_status")

        from delivery import cdn

        # The news feeds list every news page: a CDN purges them with each published page.
        cdn.purge_with_every_page("news_feed")
