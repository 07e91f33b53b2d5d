from django.apps import AppConfig


class DeliveryConfig(AppConfig):
    """How the site reaches visitors: page cache, CDN purge, gzip, security headers, errors.

    The lowest app: it knows Django, Wagtail, ``language`` and ``operations``, never a page type.
    Its middleware is listed in ``settings.MIDDLEWARE``; its signals are connected here.
    """

    name = "delivery"
    verbose_name = "Delivery"

    def ready(self):
        from delivery.cache import keep_site_root_paths_per_generation
        from delivery.signal_handlers import register_signal_handlers

        register_signal_handlers()
        keep_site_root_paths_per_generation()
