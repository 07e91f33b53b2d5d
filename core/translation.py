"""Fields of the images and the site settings stored once per language (django-modeltranslation)."""

from modeltranslation.translator import TranslationOptions, register

from core.models import CustomImage, SiteSettings


@register(CustomImage)
class CustomImageTR(TranslationOptions):
    fields = ("description", "credit")


@register(SiteSettings)
class SiteSettingsTR(TranslationOptions):
    fields = ("funding_note",)
