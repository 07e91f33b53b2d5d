"""The partnership's conferences, each with its excursions, documents and images."""

import datetime
import functools
import operator
import re
from urllib.parse import urlencode

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q, Window
from django.db.models.functions import RowNumber
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from icalendar import Event
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Orderable, PageManager
from wagtail.search import index

import language
from conferences import ical
from conferences.timeline import timeline_groups
from core import structured_data
from core.blocks import BodyBlock, ProgrammeBlock
from core.dates import DatePrecision, format_period, iso_date, precision_field
from core.editing import ItemsPanel
from core.fields import optional_image, optional_link
from core.models import BasePage, DocumentLink, GalleryImage, IndexPage, PictureQuerySet
from core.tree import public
from delivery.cache import vary_on_query


def recent_first():
    """Most recent first by the date as far as it is known; undated ones after, newest added first.

    A conference whose date is not recorded cannot be placed in time, so it only fills the
    places the dated ones leave, the ones the editors added last first.
    """
    return (F("start_date").desc(nulls_last=True), F("path").desc())


class ConferenceQuerySet(PictureQuerySet):
    def chronological(self):
        """Oldest first, by the date as far as it is known, whatever the order in the page tree.

        Conferences whose date is not recorded come last, in the editors' order, and are never
        given an invented place among the dated ones.
        """
        return self.order_by(F("start_date").asc(nulls_last=True), "path")

    def latest(self, count):
        """The ``count`` most recent conferences (``recent_first``), listed chronologically.

        The bound is a LIMIT in the query, so what a list costs does not grow with the record.
        Each row carries its ``recency`` (1 for the most recent), so a caller that asks for one
        more than it shows learns whether there are more without another query.
        """
        recent = self.order_by(*recent_first()).values("pk")[:count]
        return (
            self.filter(pk__in=recent)
            .annotate(recency=Window(RowNumber(), order_by=recent_first()))
            .chronological()
        )

    def with_calendar_date(self):
        """Conferences whose days are known exactly, as calendar events need them."""
        return self.filter(start_date__isnull=False, date_precision=DatePrecision.DAY)

    def fields_of_action(self):
        """The conferences that stand for a field of action: conferences with a topic."""
        # An empty topic is "" or, once saved through the admin's form, None.
        topic = f"topic_{language.default()}"
        return self.exclude(Q(**{topic: ""}) | Q(**{f"{topic}__isnull": True})).filter(
            kind=ConferencePage.Kind.CONFERENCE
        )


class ConferenceIndexPage(RoutablePageMixin, IndexPage):
    """All conferences, from the founding workshop to the closing conference, in pages of ten;
    or those of one host town (``?town=<id or slug>``), which its page links to."""

    list_name = "conferences"

    parent_page_types = ["pages.HomePage"]
    subpage_types = ["conferences.ConferencePage"]

    class Meta:
        verbose_name = _("conference index")

    def host_town(self, request):
        """The partner town whose conferences alone are listed, or None for all of them.

        Looked up once per request: the list and the heading above it ask.
        """
        if not hasattr(request, "conference_host_town"):
            request.conference_host_town = self.find_host_town(request)
        return request.conference_host_town

    def find_host_town(self, request):
        """The town the ``town`` parameter names; a 404 where it names no live, public town.

        A list of all conferences under a mistaken address would look like the town's, and a
        made-up value fills no page cache.
        """
        value = request.GET.get("town")
        if value is None:
            return None
        if not TOWN_VALUE.fullmatch(value):
            raise Http404("No such partner town.")
        # A slug in any language, so a shared address works in every one.
        lookup = functools.reduce(
            operator.or_, (Q(**{field: value}) for field in language.localized("slug"))
        )
        if value.isascii() and value.isdigit():
            lookup |= Q(pk=int(value))
        towns = ConferencePage._meta.get_field("host_town").related_model.objects.live()
        town = public(towns, request).filter(lookup).order_by("path").first()
        if town is None:
            raise Http404("No such partner town.")
        return town

    def listing(self, request):
        conferences = self.children(request).select_related("host_town", "image").chronological()
        town = self.host_town(request)
        if town is not None:
            conferences = conferences.filter(host_town=town)
        return self.paginate(conferences, request)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        town = context["town"] = self.host_town(request)
        context["page_query"] = urlencode({"town": town.slug}) if town else ""
        context["timeline"] = timeline_groups(context["conferences"])
        return context

    @path("calendar/", name="calendar")
    def calendar(self, request):
        """All conferences whose days are known, as one calendar to subscribe to."""
        code = language.active()
        conferences = (
            self.children(request)
            .with_calendar_date()
            .select_related("host_town")
            .order_by("start_date", "path")
        )
        cal = ical.calendar(self.title, code, (item.ical_event(request) for item in conferences))
        return ical.response(cal, ical.filename(self.slug, "conferences", f"-{code}"))


# A page id or a slug (Wagtail's slugs may hold any letters); nothing a query could choke on.
TOWN_VALUE = re.compile(r"[-\w]{1,255}")

# The conference list's host town is in its address; each town's list is cached on its own.
vary_on_query("town")


class ConferencePage(RoutablePageMixin, BasePage):
    """A conference (or workshop) hosted by a partner town on its field of action."""

    search_kind = "conference"
    route_select_related = ("image", "host_town")

    class Kind(models.TextChoices):
        WORKSHOP = "workshop", _("Preparatory workshop")
        CONFERENCE = "conference", _("Conference")
        CLOSING = "closing", _("Closing conference")

    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices, default=Kind.CONFERENCE)
    host_town = optional_link(
        "partners.PartnerTownPage", _("host town"), related_name="hosted_conferences"
    )
    start_date = models.DateField(_("start date"), null=True, blank=True)
    end_date = models.DateField(_("end date"), null=True, blank=True)
    date_precision = precision_field(
        _("Show only the month or the year when the exact days are not known.")
    )
    topic = models.CharField(_("topic (field of action)"), max_length=255, blank=True)
    venue = models.CharField(_("venue"), max_length=255, blank=True)
    image = optional_image()
    body = StreamField(BodyBlock(), verbose_name=_("report"), blank=True)
    programme = StreamField(ProgrammeBlock(), verbose_name=_("programme"), blank=True)

    objects = PageManager.from_queryset(ConferenceQuerySet)()

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("kind"), FieldPanel("host_town")]),
                FieldRowPanel(
                    [
                        FieldPanel("start_date"),
                        FieldPanel("end_date"),
                        FieldPanel("date_precision"),
                    ]
                ),
                FieldPanel("topic"),
                FieldPanel("venue"),
            ],
            heading=_("Conference"),
        ),
        FieldPanel("image"),
        FieldPanel("body"),
        FieldPanel("programme"),
        ItemsPanel("excursions", heading=_("Excursions")),
        ItemsPanel("documents", heading=_("Documents")),
        ItemsPanel("gallery_images", heading=_("Gallery")),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("topic"),
        index.SearchField("venue"),
        index.SearchField("body"),
        index.SearchField("programme"),
    ]

    parent_page_types = ["conferences.ConferenceIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("conference")

    def clean(self):
        super().clean()
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("The end date cannot be before the start date.")})
        if self.end_date and not self.start_date:
            raise ValidationError({"start_date": _("Give a start date along with the end date.")})

    @property
    def period(self):
        return format_period(self.start_date, self.end_date, self.date_precision)

    @property
    def is_documented(self):
        """Whether anything is recorded beyond host and kind: a date or a topic."""
        return bool(self.start_date or self.topic)

    @property
    def has_calendar_date(self):
        """Whether the days are known exactly, as a calendar event needs them."""
        return bool(self.start_date) and self.date_precision == DatePrecision.DAY

    @property
    def location(self):
        """Where it took place, for a calendar: "venue, town, country" without repeats."""
        parts = [self.venue]
        town = self.host_town
        if town:
            # The venue often names the town already: "TAT ..., Rheine".
            if town.title not in self.venue:
                parts.append(town.title)
            parts.append(str(town.get_country_display()))
        return ", ".join(part for part in parts if part)

    def json_ld(self, request):
        event = {
            "@type": "Event",
            "name": self.title,
            "url": structured_data.absolute_url(self, request),
            "description": self.intro or None,
            "image": structured_data.share_image_url(self, request),
            "inLanguage": language.active(),
            "organizer": structured_data.organization(self, request),
            "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
        }
        # Dates only as far as they are known; none at all when they are not.
        if self.start_date:
            event["startDate"] = iso_date(self.start_date, self.date_precision)
            if self.end_date:
                event["endDate"] = iso_date(self.end_date, self.date_precision)
        if self.host_town:
            event["location"] = self.host_town.place(request)
        return [structured_data.with_context(event), *super().json_ld(request)]

    def ical_event(self, request):
        """The VEVENT of this conference (its days must be known); all-day, DTEND the day after."""
        end = self.end_date or self.start_date
        url = request.build_absolute_uri(self.get_url(request))
        host = request.get_host().split(":")[0]
        event = Event()
        # The same UID in both languages: it is one event, whichever calendar a reader took.
        event.add("uid", f"conference-{self.pk}@{host}")
        event.add("dtstamp", self.last_published_at or timezone.now())
        event.add("summary", self.title)
        event.add("dtstart", self.start_date)
        event.add("dtend", end + datetime.timedelta(days=1))
        if self.location:
            event.add("location", self.location)
        event.add("description", "\n\n".join(part for part in (self.intro, url) if part))
        event.add("url", url)
        return event

    @path("calendar/", name="calendar")
    def calendar(self, request):
        """The .ics download of this conference (404 when its days are not known)."""
        if not self.has_calendar_date:
            raise Http404("The conference's days are not known.")
        cal = ical.calendar(self.title, language.active(), [self.ical_event(request)])
        return ical.response(cal, ical.filename(self.slug, self.pk))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["excursions"] = self.excursions.all()
        context["documents"] = self.documents.select_related(*ConferenceDocument.documents())
        context["gallery"] = self.gallery_images.select_related("image").prefetch_related(
            "image__renditions"
        )
        return context


class Excursion(Orderable):
    """A visit to good local examples during a conference."""

    page = ParentalKey(ConferencePage, related_name="excursions", on_delete=models.CASCADE)
    title = models.CharField(_("title"), max_length=255)
    description = models.TextField(_("description"), blank=True)
    places = models.TextField(_("places visited"), blank=True, help_text=_("One place per line."))

    panels = [FieldPanel("title"), FieldPanel("description"), FieldPanel("places")]

    class Meta(Orderable.Meta):
        verbose_name = _("excursion")
        verbose_name_plural = _("excursions")

    def __str__(self):
        return self.title

    @property
    def place_list(self):
        return [line.strip() for line in (self.places or "").splitlines() if line.strip()]


class ConferenceDocument(DocumentLink):
    page = ParentalKey(ConferencePage, related_name="documents", on_delete=models.CASCADE)

    class Meta(DocumentLink.Meta):
        verbose_name = _("document")
        verbose_name_plural = _("documents")


class ConferenceImage(GalleryImage):
    page = ParentalKey(ConferencePage, related_name="gallery_images", on_delete=models.CASCADE)
