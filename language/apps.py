from django.apps import AppConfig


class LanguageConfig(AppConfig):
    """The language module as an app only for its ``migrate`` command (no models)."""

    name = "language"
    verbose_name = "Language"
