from django.apps import AppConfig


class SeedConfig(AppConfig):
    """The bundled content and the commands that load it; nothing at runtime imports this app."""

    name = "seed"
