from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    """What every content app builds on: the base page, blocks, images, dates, site settings."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "core"
    verbose_name = _("Core")
