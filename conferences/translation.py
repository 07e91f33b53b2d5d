"""Fields stored once per language (German and English) by django-modeltranslation."""

from modeltranslation.translator import TranslationOptions, register

from conferences.models import (
    ConferenceDocument,
    ConferenceImage,
    ConferenceIndexPage,
    ConferencePage,
    Excursion,
)
from core.translation import BasePageTR, DocumentLinkTR, GalleryImageTR


@register(ConferenceIndexPage)
class ConferenceIndexPageTR(BasePageTR):
    pass


@register(ConferencePage)
class ConferencePageTR(BasePageTR):
    fields = (*BasePageTR.fields, "topic", "venue", "body", "programme")


@register(Excursion)
class ExcursionTR(TranslationOptions):
    fields = ("title", "description", "places")


@register(ConferenceDocument)
class ConferenceDocumentTR(DocumentLinkTR):
    pass


@register(ConferenceImage)
class ConferenceImageTR(GalleryImageTR):
    pass
