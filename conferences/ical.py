"""Conferences as iCalendar (RFC 5545): one event per conference, and a feed of them all.

Only a conference whose days are known exactly can be a calendar event: of most of the
partnership's conferences only the month, the year or nothing at all is known, and an event
on an invented day would be wrong. Those have no download and are left out of the feed.
"""

import datetime

from django.http import Http404, HttpResponse
from django.utils import timezone
from django.utils.text import slugify
from icalendar import Calendar, Event

import language as languages
from core.dates import DatePrecision
from core.tree import public

PRODID = "-//KlimaPartnerschaft//Conferences//"


def has_calendar_date(conference):
    return bool(conference.start_date) and conference.date_precision == DatePrecision.DAY


def calendar(name, language):
    cal = Calendar()
    cal.add("prodid", f"{PRODID}{language.upper()}")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", name)
    return cal


def location(conference):
    parts = [conference.venue]
    town = conference.host_town
    if town:
        # The venue often names the town already: "TAT ..., Rheine".
        if town.title not in conference.venue:
            parts.append(town.title)
        parts.append(str(town.get_country_display()))
    return ", ".join(part for part in parts if part)


def event(conference, request):
    """The VEVENT for a conference with known days; all-day, DTEND the day after the last."""
    end = conference.end_date or conference.start_date
    url = request.build_absolute_uri(conference.get_url(request))
    host = request.get_host().split(":")[0]
    item = Event()
    # The same UID in both languages: it is one event, whichever calendar a reader took.
    item.add("uid", f"conference-{conference.pk}@{host}")
    item.add("dtstamp", conference.last_published_at or timezone.now())
    item.add("summary", conference.title)
    item.add("dtstart", conference.start_date)
    item.add("dtend", end + datetime.timedelta(days=1))
    if location(conference):
        item.add("location", location(conference))
    description = "\n\n".join(part for part in (conference.intro, url) if part)
    item.add("description", description)
    item.add("url", url)
    return item


def response(cal, filename):
    result = HttpResponse(cal.to_ical(), content_type="text/calendar; charset=utf-8")
    result["Content-Disposition"] = f'attachment; filename="{filename}"'
    return result


def conference_calendar(conference, request):
    """The .ics download of one conference (404 when its days are not known)."""
    if not has_calendar_date(conference):
        raise Http404("The conference's days are not known.")
    language = languages.active()
    cal = calendar(conference.title, language)
    cal.add_component(event(conference, request))
    return response(cal, f"{slugify(conference.slug) or conference.pk}.ics")


def conferences_calendar(index, request):
    """All conferences with known days, as one calendar to subscribe to."""
    from conferences.models import ConferencePage

    language = languages.active()
    cal = calendar(index.title, language)
    conferences = (
        public(ConferencePage.objects.live())
        .child_of(index)
        .filter(start_date__isnull=False, date_precision=DatePrecision.DAY)
        .select_related("host_town")
        .order_by("start_date", "path")
    )
    for conference in conferences:
        cal.add_component(event(conference, request))
    return response(cal, f"{slugify(index.slug) or 'conferences'}-{language}.ics")
