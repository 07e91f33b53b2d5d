"""Home, project, news, downloads and standard pages, the shared page base and site settings."""

import functools
from urllib.parse import urlsplit

from django.conf import settings
from django.core.mail import EmailMessage
from django.core.paginator import Paginator
from django.db import models, transaction
from django.db.models import Q
from django.template.response import TemplateResponse
from django.utils import timezone, translation
from django.utils.translation import get_language, get_language_info
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modeltranslation.translator import NotRegistered, translator
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.forms.models import AbstractEmailForm, FormSubmission
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.images.models import AbstractImage, AbstractRendition, Filter
from wagtail.models import Orderable, Page
from wagtail.search import index

from pages import participation
from pages.blocks import RICH_TEXT_FEATURES, BodyBlock
from pages.cache import cached_rows, local_get_many, local_set_many, vary_on_query
from pages.dates import DatePrecision, format_period
from pages.editing import ItemsPanel, PageForm
from pages.tree import public

DEFAULT_LANGUAGE = settings.MODELTRANSLATION_DEFAULT_LANGUAGE


def language_label(code):
    """A language's name in that language ("Deutsch", "English"), as language pickers show it."""
    return get_language_info(code)["name_local"]


def preview_mode_name(language, own_mode, first):
    """A preview mode: the language, plus the page type's own mode unless it is its first."""
    return language if first else f"{language}:{own_mode}"


def is_empty(value):
    """Whether a translated value counts as missing (None, "", or an empty stream)."""
    if value is None:
        return True
    if hasattr(value, "raw_data"):
        return len(value) == 0
    return str(value).strip() == ""


class CustomImage(AbstractImage):
    """Wagtail's image, with the alternative text (``description``) and the credit in both
    languages."""

    credit = models.CharField(
        _("credit"),
        max_length=255,
        blank=True,
        help_text=_(
            "Shown under the picture: who made it, and whether it is a photograph or an "
            "illustration, e.g. “Illustration made for this website”."
        ),
    )

    admin_form_fields = (
        "title",
        "file",
        "description_de",
        "description_en",
        "credit_de",
        "credit_en",
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

    # Wagtail parses a filter spec anew for every image tag, and writes every rendition it
    # found in the cache back to the cache. Both cost more than the rest of an image tag, on
    # every page view; here a spec is parsed once per process and the cache is only read.

    def get_renditions(self, *filters):
        return super().get_renditions(*map(parsed_filter, filters))

    def get_rendition(self, filter):
        return next(iter(self.get_renditions(filter).values()))

    def find_existing_renditions(self, *filters):
        # In order: this process (for the current generation), the shared cache, the database.
        if self._get_prefetched_renditions() is not None:
            return super().find_existing_renditions(*filters)
        rendition_model = self.get_rendition_model()
        keys = {
            rendition_model.construct_cache_key(self, spec.get_cache_key(self), spec.spec): spec
            for spec in filters
        }
        known = local_get_many(keys)
        missing_keys = [key for key in keys if key not in known]
        if missing_keys:
            cached = rendition_model.cache_backend.get_many(missing_keys)
            local_set_many(cached)
            known.update(cached)
        found = {}
        for key, rendition in known.items():
            rendition.image = self
            rendition._from_cache = True  # not to be written back
            found[keys[key]] = rendition
        missing = [spec for spec in filters if spec not in found]
        if missing:
            found.update(super().find_existing_renditions(*missing))
        return found


@functools.lru_cache(maxsize=256)
def _filter_for(spec):
    return Filter(spec=spec)


def parsed_filter(spec):
    """One parsed ``Filter`` per spec for the whole process (a filter is only its spec).

    Wagtail's image tags make new ``Filter`` objects on every render; they are swapped too.
    """
    if isinstance(spec, str):
        return _filter_for(spec)
    if type(spec) is Filter and "operations" not in spec.__dict__:
        return _filter_for(spec.spec)
    return spec


class CustomRendition(AbstractRendition):
    image = models.ForeignKey(CustomImage, related_name="renditions", on_delete=models.CASCADE)

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)


class BasePage(Page):
    """What every page of the site shares: a short introduction and translation awareness."""

    # Related rows loaded with the page when it is served (pages.tree).
    route_select_related = ()

    intro = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("One or two sentences shown at the top of the page and in lists."),
    )

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    base_form_class = PageForm

    class Meta:
        abstract = True

    def translated_field_names(self):
        try:
            return list(translator.get_options_for_model(type(self)).all_fields)
        except NotRegistered:
            return []

    # Not text a reader sees as the page's content; left out of translation checks.
    translation_check_skip = frozenset({"slug", "url_path", "seo_title", "search_description"})

    def untranslated_fields(self, language=None):
        """Names of fields empty in ``language`` (the active one by default) but not in another.

        In English such fields fall back to German; in German they show nothing.
        """
        language = (language or get_language() or DEFAULT_LANGUAGE)[:2]
        others = [code for code in settings.MODELTRANSLATION_LANGUAGES if code != language]
        return [
            name
            for name in self.translated_field_names()
            if name not in self.translation_check_skip
            and is_empty(getattr(self, f"{name}_{language}", None))
            and any(not is_empty(getattr(self, f"{name}_{other}", None)) for other in others)
        ]

    # Preview: one mode per language, so an editor sees the English draft without switching
    # the admin to English. A page type with modes of its own (the participation form's form
    # and thank-you page) gets each of them per language: "en", "en:landing", ...

    @property
    def preview_modes(self):
        own = super().preview_modes
        return [
            (
                preview_mode_name(code, own_mode, first=index == 0),
                language_label(code) if index == 0 else f"{label} ({language_label(code)})",
            )
            for index, (own_mode, label) in enumerate(own)
            for code in settings.MODELTRANSLATION_LANGUAGES
        ]

    @property
    def default_preview_mode(self):
        # The admin's language: a German editor first sees the German preview.
        language = (get_language() or DEFAULT_LANGUAGE)[:2]
        if language not in settings.MODELTRANSLATION_LANGUAGES:
            language = DEFAULT_LANGUAGE
        return language

    def make_preview_request(
        self, original_request=None, preview_mode=None, extra_request_attrs=None
    ):
        # The preview is a request to the page's address in that language (/en/…), so the
        # language is active exactly as for a visitor, through every middleware and template.
        language, own_mode = self.split_preview_mode(preview_mode)
        with translation.override(language):
            return super().make_preview_request(original_request, own_mode, extra_request_attrs)

    def _get_dummy_header_url(self, original_request=None):
        # Wagtail renders a preview as a request to the page's full URL, whose scheme it takes
        # from the site's port: https only on port 443. The editor's own request says better
        # how this site is reached (scheme, host and port), so the preview uses it with the
        # page's path; the production settings would otherwise redirect it to https.
        url = super()._get_dummy_header_url(original_request)
        if original_request is None or not url:
            return url
        return original_request.build_absolute_uri(urlsplit(url).path)

    def split_preview_mode(self, preview_mode):
        """(language, the page type's own mode) of a preview mode; unknown parts fall back."""
        own_modes = [mode for mode, _label in super().preview_modes]
        language, _colon, own_mode = (preview_mode or "").partition(":")
        if language not in settings.MODELTRANSLATION_LANGUAGES:
            language = DEFAULT_LANGUAGE
        if own_mode not in own_modes:
            own_mode = own_modes[0] if own_modes else ""
        return language, own_mode

    def preview_mode_for(self, language, own_mode):
        """The preview mode that shows ``own_mode`` (e.g. the thank-you page) in ``language``."""
        own_modes = [mode for mode, _label in super().preview_modes]
        first = not own_modes or own_mode == own_modes[0] or own_mode not in own_modes
        return preview_mode_name(language, own_mode, first=first)

    def get_view_restrictions(self):
        # Private sections are rare: the cached page tree knows whether any applies here.
        from pages.tree import view_restrictions

        restrictions = view_restrictions(self)
        return super().get_view_restrictions() if restrictions is None else restrictions

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # The notice on the page tells readers of a translation that they read German text.
        language = (get_language() or DEFAULT_LANGUAGE)[:2]
        fallback = language != DEFAULT_LANGUAGE
        context["untranslated_fields"] = self.untranslated_fields(language) if fallback else []
        return context


class HomePage(BasePage):
    """The start page: the welcome and the whole partnership at a glance."""

    route_select_related = ("hero_image",)

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

        def live_below(model):
            return public(model.objects.live(), request).descendant_of(self)

        lists = {
            "towns": lambda: (
                live_below(PartnerTownPage)
                .select_related("image")
                .prefetch_related("image__renditions")
            ),
            "conferences": lambda: (
                live_below(ConferencePage).select_related("host_town").chronological()
            ),
            "latest_news": lambda: live_below(NewsPage).order_by("-date", "-pk")[:3],
            "featured_downloads": lambda: (
                DownloadItem.objects.filter(featured=True, page__live=True)
                .select_related("page", "document_de", "document_en")
                .order_by("page__path", "sort_order")
            ),
        }
        for name, rows in lists.items():
            context[name] = cached_rows(request, f"home-{name}", rows, self.pk)
        return context


class ProjectPage(BasePage):
    """About the project: aims, method, participation, period, funding and coordination."""

    body = StreamField(BodyBlock(), verbose_name=_("text"), blank=True)
    fields_of_action_intro = models.TextField(_("introduction to the fields of action"), blank=True)
    runtime_start = models.DateField(_("project period from"), null=True, blank=True)
    runtime_end = models.DateField(_("project period until"), null=True, blank=True)
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
        FieldRowPanel(
            [FieldPanel("runtime_start"), FieldPanel("runtime_end")], _("Project period")
        ),
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
            public(ConferencePage.objects.live())
            # An empty topic is "" or, once saved through the admin's form, None.
            .exclude(Q(topic_de="") | Q(topic_de__isnull=True))
            .filter(kind=ConferencePage.Kind.CONFERENCE)
            .select_related("host_town")
            .chronological()
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
            public(NewsPage.objects.live())
            .child_of(self)
            .select_related("image")
            .prefetch_related("image__renditions")
            .order_by("-date", "-pk")
        )
        # get_page() turns a page number that is not a number, or too large, into a real page.
        context["articles"] = Paginator(articles, self.per_page).get_page(request.GET.get("page"))
        return context


# The news list's page number is in its address; each page of the list is cached on its own.
vary_on_query("page")


class NewsPage(BasePage):
    """A news article with its date, as precise as it is known."""

    route_select_related = ("image",)

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

    content_panels = [*BasePage.content_panels, ItemsPanel("downloads", heading=_("Downloads"))]

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
        verbose_name = _("image")
        verbose_name_plural = _("images")


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

    accessibility_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("accessibility statement"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [
        FieldPanel("funding_note"),
        FieldPanel("imprint_page"),
        FieldPanel("privacy_page"),
        FieldPanel("accessibility_page"),
    ]

    class Meta:
        verbose_name = _("site settings")


class ParticipationPage(BasePage, AbstractEmailForm):
    """ "Get involved": citizens send an idea, a question or an offer to help.

    The fields are fixed (``pages.participation.ParticipationForm``) so that their labels are
    translated like the rest of the interface; submissions are Wagtail form submissions, listed
    and exported as CSV under "Forms" in the admin.

    A message is stored first and mailed to the addresses on the page afterwards; when the mail
    cannot be sent, the citizen still gets the thank-you page, the failure is logged and kept
    with the message (``ParticipationMail``), and the coordination sees it on the dashboard and
    in the list of messages. The same message sent again (a reload, a second click) is stored
    once.
    """

    thank_you_text = RichTextField(_("thank-you text"), blank=True, features=RICH_TEXT_FEATURES)

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("thank_you_text"),
        MultiFieldPanel(
            [FieldPanel("to_address"), FieldPanel("from_address"), FieldPanel("subject")],
            heading=_("E-mail to the coordination"),
        ),
    ]

    parent_page_types = ["pages.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("participation page")

    def get_form_fields(self):
        return []

    def get_form_class(self):
        return participation.ParticipationForm

    def get_data_fields(self):
        form = participation.ParticipationForm()
        return [
            ("submit_time", _("Submission date")),
            *((name, form.fields[name].label) for name in form.data_fields),
            ("language", _("Language")),
        ]

    def get_submissions_list_view_class(self):
        from pages.participation_admin import ParticipationSubmissionsListView

        return ParticipationSubmissionsListView

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        privacy_page = SiteSettings.for_request(request).privacy_page
        context["privacy_url"] = privacy_page.get_url(request) if privacy_page else ""
        context["honeypot"] = participation.HONEYPOT
        return context

    def serve(self, request, *args, **kwargs):
        if request.method != "POST":
            return super().serve(request, *args, **kwargs)
        if participation.is_rate_limited(request):
            context = self.get_context(request)
            return TemplateResponse(
                request, "pages/participation_rate_limited.html", context, status=429
            )
        form = self.get_form(request.POST, page=self, user=request.user)
        if not form.is_valid():
            context = self.get_context(request)
            context["form"] = form
            return TemplateResponse(request, self.get_template(request), context)
        participation.count_submission(request)
        if form.is_spam:
            # The same answer as for a person, so a program learns nothing; nothing is kept.
            return self.render_landing_page(request, None, *args, **kwargs)
        submission = self.process_form_submission(form)
        return self.render_landing_page(request, submission, *args, **kwargs)

    def process_form_submission(self, form):
        data = {**form.submission_data(), "language": (get_language() or DEFAULT_LANGUAGE)[:2]}
        submission = self.store_once(data)
        self.deliver(submission)
        return submission

    def store_once(self, data):
        """The stored submission of ``data``: a new one, or the same message stored earlier.

        A citizen who sends the same message again (a reload of the thank-you page, a second
        click, a retry after an error) finds it stored once. Submissions to this page are
        taken one at a time, so two copies arriving together are not both stored.
        """
        same = {f"form_data__{name}": data.get(name) for name in participation.IDENTITY_FIELDS}
        with transaction.atomic():
            Page.objects.select_for_update().filter(pk=self.pk).first()
            earlier = (
                FormSubmission.objects.filter(
                    page=self,
                    submit_time__gte=timezone.now() - participation.SAME_MESSAGE_WINDOW,
                    **same,
                )
                .order_by("pk")
                .first()
            )
            return earlier or FormSubmission.objects.create(form_data=data, page=self)

    def deliver(self, submission):
        """Mail ``submission`` to the coordination unless it went out already; note the outcome.

        A failure is logged and recorded, never raised: the message is stored either way.
        """
        record = ParticipationMail.objects.filter(submission=submission).first()
        if record is not None and record.status == ParticipationMail.Status.SENT:
            return record
        record = record or ParticipationMail(submission=submission)
        record.attempts += 1
        if not self.recipients():
            record.status, record.error = ParticipationMail.Status.NO_RECIPIENT, ""
        else:
            try:
                self.send_mail(None, submission.get_data())
            except Exception as error:  # an SMTP, network or configuration error alike
                participation.logger.exception(
                    "The participation message %s was stored but could not be mailed",
                    submission.pk,
                )
                record.status, record.error = ParticipationMail.Status.FAILED, str(error)[:500]
            else:
                record.status, record.error = ParticipationMail.Status.SENT, ""
        record.save()
        return record

    def recipients(self):
        return [address.strip() for address in self.to_address.split(",") if address.strip()]

    def send_mail(self, form, data=None):
        data = dict(data or {**form.submission_data(), "language": get_language()})
        data.pop("submit_time", None)
        # Coordinators read the notice in the site's default language, whatever the visitor's.
        with translation.override(DEFAULT_LANGUAGE):
            labels = dict(self.get_data_fields())
            body = "\n".join(f"{labels[name]}: {value}" for name, value in data.items())
            subject = self.subject or str(_("New message from the participation page"))
        EmailMessage(
            subject,
            body,
            self.from_address or None,
            self.recipients(),
            reply_to=[data["email"]],
        ).send()


class ParticipationMail(models.Model):
    """Whether a message from the participation form reached the coordination by e-mail."""

    class Status(models.TextChoices):
        SENT = "sent", _("sent by e-mail")
        FAILED = "failed", _("e-mail failed")
        NO_RECIPIENT = "stored", _("stored only (no recipient)")

    submission = models.OneToOneField(
        FormSubmission,
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="participation_mail",
    )
    status = models.CharField(_("e-mail"), max_length=8, choices=Status.choices)
    error = models.CharField(_("error"), max_length=500, blank=True)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    attempted_at = models.DateTimeField(_("last attempt"), auto_now=True)

    class Meta:
        verbose_name = _("e-mail of a participation message")
        verbose_name_plural = _("e-mails of participation messages")

    def __str__(self):
        return f"{self.submission_id}: {self.status}"
