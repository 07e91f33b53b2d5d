from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PagesConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "pages"
    verbose_name = _("Pages")

    def ready(self):
        from wagtail.signals import page_published

        from pages.translation_status import on_page_published

        page_published.connect(on_page_published, dispatch_uid="pages.translation_status")
