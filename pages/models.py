"""Home, project, news, downloads, standard and participation pages, and the site settings."""

from django.core.mail import EmailMessage
from django.db import models, transaction
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.forms.models import AbstractEmailForm, FormSubmission
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, PageManager
from wagtail.search import index

from conferences.models import ConferenceIndexPage, ConferencePage
from core import structured_data
from core.blocks import RICH_TEXT_FEATURES, BodyBlock
from core.dates import format_period, iso_date, precision_field
from core.editing import ItemsPanel
from core.fields import optional_image
from core.models import BasePage, DocumentLink, IndexPage, PictureQuerySet, SiteSettings
from core.tree import public
from delivery.cache import cached_rows
from language import active, default, override
from pages import participation
from partners.models import PartnerTownPage


class HomePage(BasePage):
    """The start page: the welcome and the whole partnership at a glance."""

    route_select_related = ("hero_image",)
    # The most recent conferences shown; the conference index has them all. Six is the whole
    # record as bundled, and two rows of the card grid.
    conferences_shown = 6

    guiding_idea = models.CharField(_("guiding idea"), max_length=120, blank=True)
    welcome = RichTextField(_("welcome text"), blank=True, features=RICH_TEXT_FEATURES)
    hero_image = optional_image(_("hero image"))

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
        context = super().get_context(request, *args, **kwargs)

        def live_below(model):
            return public(model.objects.live(), request).descendant_of(self)

        lists = {
            "towns": lambda: live_below(PartnerTownPage).with_picture(),
            "conferences": lambda: (
                live_below(ConferencePage)
                .select_related("host_town")
                .latest(self.conferences_shown)
            ),
            "conference_index": lambda: live_below(ConferenceIndexPage)[:1],
            "latest_news": lambda: live_below(NewsPage).newest_first()[:3],
            "featured_downloads": DownloadItem.on_home_page,
        }
        for name, rows in lists.items():
            context[name] = cached_rows(request, f"home-{name}", rows, self.pk)
        context["conference_index"] = next(iter(context["conference_index"]), None)
        return context

    def json_ld(self, request):
        """The partnership as an organisation, with the coordination the project page names."""
        data = structured_data.organization(self, request, ProjectPage.current(request))
        data["description"] = self.intro or None
        return [structured_data.with_context(data), *super().json_ld(request)]


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

    @classmethod
    def current(cls, request=None):
        """The live project page (there is one), read once per cache generation."""
        rows = cached_rows(request, "project", lambda: cls.objects.live()[:1])
        return rows[0] if rows else None

    @property
    def runtime(self):
        if not self.runtime_start:
            return ""
        return format_period(self.runtime_start, self.runtime_end)

    def json_ld(self, request):
        """The partnership as an organisation, with the coordination this page names."""
        data = structured_data.organization(self, request, self)
        data["description"] = self.intro or None
        return [structured_data.with_context(data), *super().json_ld(request)]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["fields_of_action"] = (  # the conferences' topics, the project's fields
            public(ConferencePage.objects.live())
            .fields_of_action()
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


class NewsIndexPage(IndexPage):
    """The news list, newest first, in pages of ten."""

    list_name = "articles"

    parent_page_types = ["pages.HomePage"]
    subpage_types = ["pages.NewsPage"]

    class Meta:
        verbose_name = _("news index")

    def listing(self, request):
        return self.paginate(self.children().with_picture().newest_first(), request)


class NewsQuerySet(PictureQuerySet):
    def newest_first(self):
        return self.order_by("-date", "-pk")


class NewsPage(BasePage):
    """A news article with its date, as precise as it is known."""

    search_kind = "news"
    route_select_related = ("image",)

    date = models.DateField(_("date"))
    date_precision = precision_field(
        _("Show only the month or the year when the exact day is not known.")
    )
    image = optional_image()
    body = StreamField(BodyBlock(), verbose_name=_("text"), blank=True)

    objects = PageManager.from_queryset(NewsQuerySet)()

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

    def json_ld(self, request):
        url = structured_data.absolute_url(self, request)
        publisher = structured_data.organization(self, request)
        article = {
            "@type": "NewsArticle",
            "headline": self.title[:110],
            "url": url,
            "mainEntityOfPage": url,
            "description": self.intro or None,
            "datePublished": iso_date(self.date, self.date_precision),
            "inLanguage": active(),
            "image": structured_data.share_image_url(self, request),
            "publisher": publisher,
            "author": publisher,
        }
        return [structured_data.with_context(article), *super().json_ld(request)]


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
        context["downloads"] = self.downloads.select_related(*DownloadItem.documents())
        return context


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

    @classmethod
    def on_home_page(cls):
        """The downloads the home page offers, in the order of the downloads pages."""
        return (
            cls.objects.filter(featured=True, page__live=True)
            .select_related("page", *cls.documents())
            .order_by("page__path", "sort_order")
        )


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
        # Wagtail's admin views cannot be imported while the models load.
        from pages.submission_export import ParticipationSubmissionsListView

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
        data = {**form.submission_data(), "language": active()}
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
        data = dict(data or {**form.submission_data(), "language": active()})
        data.pop("submit_time", None)
        # Coordinators read the notice in the site's default language, whatever the visitor's.
        with override(default()):
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
