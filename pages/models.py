"""Home, project, news, downloads and standard pages, the shared page base and site settings."""

from django.conf import settings
from django.core.paginator import Paginator
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modeltranslation.translator import NotRegistered, translator
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.images.models import AbstractImage, AbstractRendition
from wagtail.models import Orderable, Page
from wagtail.search import index

from pages.blocks import RICH_TEXT_FEATURES, BodyBlock
from pages.dates import DatePrecision, format_period

DEFAULT_LANGUAGE = settings.MODELTRANSLATION_DEFAULT_LANGUAGE


def is_empty(value):
    """Whether a translated value counts as missing (None, "", or an empty stream)."""
    if value is None:
        return True
    if hasattr(value, "raw_data"):
        return len(value) == 0
    return str(value).strip() == ""


class CustomImage(AbstractImage):
    """Wagtail's image, with the alternative text (``description``) in both languages."""

    admin_form_fields = (
        "title",
        "file",
        "description_de",
        "description_en",
        "collection",
        "tags",
        "focal_point_x",
        "focal_point_y",
        "focal_point_width",
        "focal_point_height",
    )

    class Meta(AbstractImage.Meta):
        verbose_name = _("image")
        verbose_name_plural = _("images")
        permissions = [("choose_image", "Can choose image")]


class CustomRendition(AbstractRendition):
    image = models.ForeignKey(CustomImage, related_name="renditions", on_delete=models.CASCADE)

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)


class BasePage(Page):
    """What every page of the site shares: a short introduction and translation awareness."""

    intro = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("One or two sentences shown at the top of the page and in lists."),
    )

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    class Meta:
        abstract = True

    def translated_field_names(self):
        try:
            return list(translator.get_options_for_model(type(self)).all_fields)
        except NotRegistered:
            return []

    def untranslated_fields(self, language=None):
        """Names of fields that fall back to German in ``language`` (the active one by default)."""
        language = (language or get_language() or DEFAULT_LANGUAGE)[:2]
        if language == DEFAULT_LANGUAGE:
            return []
        skip = {"slug", "url_path", "seo_title", "search_description"}
        return [
            name
            for name in self.translated_field_names()
            if name not in skip
            and is_empty(getattr(self, f"{name}_{language}", None))
            and not is_empty(getattr(self, f"{name}_{DEFAULT_LANGUAGE}", None))
        ]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["untranslated_fields"] = self.untranslated_fields()
        return context


class HomePage(BasePage):
    """The start page: the welcome and the whole partnership at a glance."""

    guiding_idea = models.CharField(_("guiding idea"), max_length=120, blank=True)
    welcome = RichTextField(_("welcome text"), blank=True, features=RICH_TEXT_FEATURES)
    hero_image = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("guiding_idea"),
        FieldPanel("hero_image"),
        FieldPanel("welcome"),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("welcome")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "pages.ProjectPage",
        "partners.PartnerTownIndexPage",
        "conferences.ConferenceIndexPage",
        "pages.NewsIndexPage",
        "pages.DownloadsPage",
        "pages.StandardPage",
    ]
    max_count = 1

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        from conferences.models import ConferencePage
        from partners.models import PartnerTownPage

        context = super().get_context(request, *args, **kwargs)
        context["towns"] = (
            PartnerTownPage.objects.live()
            .public()
            .descendant_of(self)
            .select_related("image")
            .prefetch_related("image__renditions")
        )
        context["conferences"] = (
            ConferencePage.objects.live()
            .public()
            .descendant_of(self)
            .select_related("host_town")
            .order_by("path")
        )
        context["latest_news"] = (
            NewsPage.objects.live().public().descendant_of(self).order_by("-date", "-pk")[:3]
        )
        context["featured_downloads"] = (
            DownloadItem.objects.filter(featured=True, page__live=True)
            .select_related("page", "document_de", "document_en")
            .order_by("page__path", "sort_order")
        )
        return context


class ProjectPage(BasePage):
    """About the project: aims, method, participation, runtime, funding and coordination."""

    body = StreamField(BodyBlock(), verbose_name=_("text"), blank=True)
    fields_of_action_intro = models.TextField(_("introduction to the fields of action"), blank=True)
    runtime_start = models.DateField(_("runtime from"), null=True, blank=True)
    runtime_end = models.DateField(_("runtime until"), null=True, blank=True)
    funding = RichTextField(_("funding"), blank=True, features=RICH_TEXT_FEATURES)
    partners_note = models.TextField(_("partners of the coordination"), blank=True)
    coordinator_name = models.CharField(_("coordinator"), max_length=200, blank=True)
    coordinator_street = models.CharField(_("street"), max_length=200, blank=True)
    coordinator_postcode = models.CharField(_("postcode"), max_length=20, blank=True)
    coordinator_city = models.CharField(_("town"), max_length=100, blank=True)
    coordinator_country = models.CharField(_("country"), max_length=100, blank=True)
    coordinator_phone = models.CharField(_("phone"), max_length=40, blank=True)
    coordinator_email = models.EmailField(_("e-mail"), blank=True)

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("body"),
        FieldPanel("fields_of_action_intro"),
        FieldRowPanel([FieldPanel("runtime_start"), FieldPanel("runtime_end")], _("Runtime")),
        FieldPanel("funding"),
        MultiFieldPanel(
            [
                FieldPanel("coordinator_name"),
                FieldPanel("coordinator_street"),
                FieldRowPanel([FieldPanel("coordinator_postcode"), FieldPanel("coordinator_city")]),
                FieldPanel("coordinator_country"),
                FieldRowPanel([FieldPanel("coordinator_phone"), FieldPanel("coordinator_email")]),
                FieldPanel("partners_note"),
            ],
            heading=_("Coordination"),
        ),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("body"),
        index.SearchField("funding"),
    ]

    parent_page_types = ["pages.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("project page")

    @property
    def runtime(self):
        if not self.runtime_start:
            return ""
        return format_period(self.runtime_start, self.runtime_end)

    def get_context(self, request, *args, **kwargs):
        from conferences.models import ConferencePage

        context = super().get_context(request, *args, **kwargs)
        context["fields_of_action"] = (
            ConferencePage.objects.live()
            .public()
            .exclude(topic_de="")
            .filter(kind=ConferencePage.Kind.CONFERENCE)
            .select_related("host_town")
            .order_by("path")
        )
        return context


class StandardPage(BasePage):
    """A plain text page: legal notice, privacy statement and the like."""

    body = StreamField(BodyBlock(), verbose_name=_("text"), blank=True)

    content_panels = [*BasePage.content_panels, FieldPanel("body")]
    search_fields = [*BasePage.search_fields, index.SearchField("body")]

    parent_page_types = ["pages.HomePage", "pages.StandardPage"]
    subpage_types = ["pages.StandardPage"]

    class Meta:
        verbose_name = _("standard page")


class NewsIndexPage(BasePage):
    """The news list, newest first, in pages of ten."""

    per_page = 10

    parent_page_types = ["pages.HomePage"]
    subpage_types = ["pages.NewsPage"]
    max_count = 1

    class Meta:
        verbose_name = _("news index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        articles = (
            NewsPage.objects.live()
            .public()
            .child_of(self)
            .select_related("image")
            .prefetch_related("image__renditions")
            .order_by("-date", "-pk")
        )
        # get_page() turns a page number that is not a number, or too large, into a real page.
        context["articles"] = Paginator(articles, self.per_page).get_page(request.GET.get("page"))
        return context


class NewsPage(BasePage):
    """A news article with its date, as precise as it is known."""

    date = models.DateField(_("date"))
    date_precision = models.CharField(
        _("date precision"),
        max_length=5,
        choices=DatePrecision.choices,
        default=DatePrecision.DAY,
        help_text=_("Show only the month or the year when the exact day is not known."),
    )
    image = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = StreamField(BodyBlock(), verbose_name=_("text"), blank=True)

    content_panels = [
        *BasePage.content_panels,
        FieldRowPanel([FieldPanel("date"), FieldPanel("date_precision")]),
        FieldPanel("image"),
        FieldPanel("body"),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("body")]

    parent_page_types = ["pages.NewsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("news article")

    @property
    def display_date(self):
        return format_period(self.date, precision=self.date_precision)


class DownloadsPage(BasePage):
    """Documents to download, each in German and English where both exist."""

    parent_page_types = ["pages.HomePage"]
    subpage_types = []
    max_count = 1

    content_panels = [*BasePage.content_panels, InlinePanel("downloads", label=_("Downloads"))]

    class Meta:
        verbose_name = _("downloads page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["downloads"] = self.downloads.select_related("document_de", "document_en")
        return context


class DocumentLink(Orderable):
    """A document offered for download: one file per language, German standing in for English."""

    title = models.CharField(_("title"), max_length=255)
    description = models.TextField(_("description"), blank=True)
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("document"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [FieldPanel("title"), FieldPanel("description"), FieldPanel("document")]

    class Meta(Orderable.Meta):
        abstract = True

    def __str__(self):
        return self.title

    @property
    def document_language(self):
        """The language of the file that is offered in the active language."""
        language = (get_language() or DEFAULT_LANGUAGE)[:2]
        if getattr(self, f"document_{language}_id", None):
            return language
        return DEFAULT_LANGUAGE

    @property
    def is_fallback(self):
        return self.document_language != (get_language() or DEFAULT_LANGUAGE)[:2]

    @property
    def file_type(self):
        return self.document.file_extension.upper()


class DownloadItem(DocumentLink):
    page = ParentalKey(DownloadsPage, related_name="downloads", on_delete=models.CASCADE)
    featured = models.BooleanField(
        _("show on the home page"),
        default=False,
        help_text=_("Featured downloads, such as the project flyer, also appear on the home page."),
    )

    panels = [*DocumentLink.panels, FieldPanel("featured")]

    class Meta(DocumentLink.Meta):
        verbose_name = _("download")
        verbose_name_plural = _("downloads")


class GalleryImage(Orderable):
    """An image in a page's gallery, with a caption in each language."""

    image = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        verbose_name=_("image"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    caption = models.CharField(_("caption"), max_length=255, blank=True)

    panels = [FieldPanel("image"), FieldPanel("caption")]

    class Meta(Orderable.Meta):
        abstract = True


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    """What every page's footer shows: the funding note and the legal pages."""

    funding_note = models.TextField(_("funding note"), blank=True)
    imprint_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("legal notice"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("privacy statement"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [FieldPanel("funding_note"), FieldPanel("imprint_page"), FieldPanel("privacy_page")]

    class Meta:
        verbose_name = _("site settings")
