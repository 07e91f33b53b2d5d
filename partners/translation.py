"""Fields stored once per language (German and English) by django-modeltranslation."""

from modeltranslation.translator import register

from core.translation import BasePageTR, GalleryImageTR
from partners.models import PartnerTownImage, PartnerTownIndexPage, PartnerTownPage


@register(PartnerTownIndexPage)
class PartnerTownIndexPageTR(BasePageTR):
    pass


@register(PartnerTownPage)
class PartnerTownPageTR(BasePageTR):
    fields = (*BasePageTR.fields, "climate_focus", "portrait")


@register(PartnerTownImage)
class PartnerTownImageTR(GalleryImageTR):
    pass
