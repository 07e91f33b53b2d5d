"""Conferences as iCalendar (RFC 5545): the calendar around the events, and its download.

Each conference makes its own event (``ConferencePage.ical_event()``); this module only
wraps events in a calendar and sends it. Only a conference whose days are known exactly can
be a calendar event: of most of the partnership's conferences only the month, the year or
nothing at all is known, and an event on an invented day would be wrong. Those have no
download and are left out of the feed.
"""

from django.http import HttpResponse
from django.utils.text import slugify
from icalendar import Calendar

PRODID = "-//KlimaPartnerschaft//Conferences//"


def calendar(name, language, events=()):
    """A calendar called ``name`` in ``language`` holding ``events``."""
    cal = Calendar()
    cal.add("prodid", f"{PRODID}{language.upper()}")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", name)
    for event in events:
        cal.add_component(event)
    return cal


def response(cal, filename):
    """The calendar as an .ics download named ``filename``."""
    result = HttpResponse(cal.to_ical(), content_type="text/calendar; charset=utf-8")
    result["Content-Disposition"] = f'attachment; filename="{filename}"'
    return result


def filename(slug, fallback, suffix=""):
    """A download's name from a page's slug ("borne.ics"), ``fallback`` when the slug is empty."""
    return f"{slugify(slug) or fallback}{suffix}.ics"
