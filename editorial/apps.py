from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EditorialConfig(AppConfig):
    """The editors' tools: roles, translation status and its report, redirects, upload checks."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "editorial"
    verbose_name = _("Editorial tools")

    def ready(self):
        from django.db.models.signals import pre_save
        from wagtail.signals import page_published

        from editorial import redirects, translation_status

        pre_save.connect(redirects.remember_old_paths, dispatch_uid="klima_redirects_pre_save")
        page_published.connect(redirects.on_published, dispatch_uid="klima_redirects_published")
        page_published.connect(
            translation_status.on_page_published, dispatch_uid="klima_translation_status"
        )
