"""Fields stored once per language (django-modeltranslation): of the images and the site
settings, and the options every page type and inline list builds its own on."""

from modeltranslation.translator import TranslationOptions, register

from core.models import CustomImage, SiteSettings


class BasePageTR(TranslationOptions):
    """Subclasses list these fields again: TranslationOptions do not merge ``fields``."""

    fields = ("intro",)


class DocumentLinkTR(TranslationOptions):
    fields = ("title", "description", "document")


class GalleryImageTR(TranslationOptions):
    fields = ("caption",)


@register(CustomImage)
class CustomImageTR(TranslationOptions):
    fields = ("description", "credit")


@register(SiteSettings)
class SiteSettingsTR(TranslationOptions):
    fields = ("funding_note",)
