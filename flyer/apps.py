from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FlyerConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "flyer"
    verbose_name = _("Flyer")

    def ready(self):
        from flyer import publishing

        publishing.connect_signals()
