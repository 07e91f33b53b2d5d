"""The partner towns: an index and one page per town."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.formats import number_format
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import PageManager
from wagtail.search import index

from core import structured_data
from core.blocks import BodyBlock
from core.editing import ItemsPanel
from core.fields import optional_image
from core.models import BasePage, GalleryImage, IndexPage, PictureQuerySet
from core.tree import public


class Country(models.TextChoices):
    GERMANY = "DE", _("Germany")
    NETHERLANDS = "NL", _("Netherlands")
    PORTUGAL = "PT", _("Portugal")
    LITHUANIA = "LT", _("Lithuania")


class PartnerTownIndexPage(IndexPage):
    """All partner towns, in the order the editors give them in the page tree."""

    list_name = "towns"

    parent_page_types = ["pages.HomePage"]
    subpage_types = ["partners.PartnerTownPage"]

    class Meta:
        verbose_name = _("partner town index")

    def listing(self, request):
        return self.children().with_picture()


class PartnerTownPage(BasePage):
    """One partner town: where it is, its portrait, its climate focus and its conferences."""

    search_kind = "town"
    route_select_related = ("image",)
    # The town's most recent conferences shown; a link leads to the list of all of them.
    conferences_shown = 6

    country = models.CharField(_("country"), max_length=2, choices=Country.choices)
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=8,
        decimal_places=5,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=8,
        decimal_places=5,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
    )
    website = models.URLField(_("town's website"), blank=True)
    climate_focus = models.TextField(_("climate focus"), blank=True)
    image = optional_image()
    portrait = StreamField(BodyBlock(), verbose_name=_("portrait"), blank=True)

    objects = PageManager.from_queryset(PictureQuerySet)()

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("country"),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
                FieldPanel("website"),
            ],
            heading=_("Location"),
        ),
        FieldPanel("image"),
        FieldPanel("climate_focus"),
        FieldPanel("portrait"),
        ItemsPanel("gallery_images", heading=_("Gallery")),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("climate_focus"),
        index.SearchField("portrait"),
    ]

    parent_page_types = ["partners.PartnerTownIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("partner town")

    @property
    def coordinates(self):
        """Latitude and longitude as readers of the language write them.

        "52.2990° N, 6.7530° E" in English, "52,2990° N, 6,7530° O" in German.
        """
        lat, lon = self.latitude, self.longitude
        north_south = pgettext("compass point", "N") if lat >= 0 else pgettext("compass point", "S")
        east_west = pgettext("compass point", "E") if lon >= 0 else pgettext("compass point", "W")
        latitude = number_format(abs(lat), decimal_pos=4, use_l10n=True)
        longitude = number_format(abs(lon), decimal_pos=4, use_l10n=True)
        return f"{latitude}° {north_south}, {longitude}° {east_west}"

    def place(self, request, image=False):
        """The town as a schema.org ``Place``; with its picture where it stands for itself."""
        data = {
            "@type": "Place",
            "name": self.title,
            "url": structured_data.absolute_url(self, request),
            "image": structured_data.share_image_url(self, request) if image else None,
            "description": self.intro or None,
            "address": {"@type": "PostalAddress", "addressCountry": self.country},
            "geo": {
                "@type": "GeoCoordinates",
                "latitude": float(self.latitude),
                "longitude": float(self.longitude),
            },
            "sameAs": self.website or None,
        }
        return structured_data.without_empty(data)

    def json_ld(self, request):
        return [
            structured_data.with_context(self.place(request, image=True)),
            *super().json_ld(request),
        ]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # One more than shown, to know without another query whether there are more.
        shown = self.conferences_shown
        latest = list(public(self.hosted_conferences.live(), request).latest(shown + 1))
        context["conferences"] = [item for item in latest if item.recency <= shown]
        context["more_conferences"] = len(latest) > shown
        context["gallery"] = self.gallery_images.select_related("image").prefetch_related(
            "image__renditions"
        )
        return context


class PartnerTownImage(GalleryImage):
    page = ParentalKey(PartnerTownPage, related_name="gallery_images", on_delete=models.CASCADE)
