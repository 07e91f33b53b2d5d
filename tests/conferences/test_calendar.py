"""Conferences as iCalendar files: one per conference with known days, and a feed of them all."""

import datetime

import pytest
from bs4 import BeautifulSoup
from icalendar import Calendar

from conferences.models import ConferenceIndexPage, ConferencePage
from tests.conftest import LANGUAGES, url_in

pytestmark = pytest.mark.django_db

BASE = "http://testserver"


def workshop():
    return ConferencePage.objects.get(kind=ConferencePage.Kind.WORKSHOP)


def calendar(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    return Calendar.from_ical(response.content)


def events(cal):
    return [component for component in cal.walk("VEVENT")]


@pytest.mark.parametrize("language", LANGUAGES)
def test_conference_with_known_days_downloads_as_an_all_day_event(client, language):
    page = workshop()
    cal = calendar(client, url_in(page, language) + "calendar/")
    assert cal["VERSION"] == "2.0" and cal["PRODID"]
    (event,) = events(cal)
    assert str(event["SUMMARY"]) == getattr(page, f"title_{language}")
    assert event.decoded("DTSTART") == datetime.date(2011, 10, 20)
    # All-day events end the day after the last day (RFC 5545, 3.6.1).
    assert event.decoded("DTEND") == datetime.date(2011, 10, 22)
    assert event["UID"] == f"conference-{page.pk}@testserver"
    assert event.decoded("DTSTAMP").tzinfo is not None
    assert "Rheine" in str(event["LOCATION"])
    assert str(event["DESCRIPTION"]).startswith(getattr(page, f"intro_{language}"))
    assert str(event["URL"]) == BASE + url_in(page, language)


def test_download_is_offered_as_an_ics_file(client):
    response = client.get(url_in(workshop(), "en") + "calendar/")
    assert response["Content-Disposition"] == 'attachment; filename="workshop-rheine-2011.ics"'


@pytest.mark.parametrize(
    "slug", ["konferenz-borne-2013", "konferenz-bernburg", "abschlusskonferenz-rheine-2014"]
)
def test_conference_without_exact_days_has_no_calendar(client, slug):
    page = ConferencePage.objects.get(slug_de=slug)
    assert client.get(url_in(page, "de") + "calendar/").status_code == 404
    html = client.get(url_in(page, "de")).content.decode()
    assert "calendar/" not in html


def test_conference_with_known_days_links_its_calendar(client):
    page = workshop()
    soup = BeautifulSoup(client.get(url_in(page, "en")).content, "html.parser")
    link = soup.select_one("a.calendar-link")
    assert link["href"] == url_in(page, "en") + "calendar/"
    assert "Add to calendar" in link.get_text()


@pytest.mark.parametrize("language", LANGUAGES)
def test_feed_holds_only_conferences_with_known_days(client, language):
    index = ConferenceIndexPage.objects.get()
    cal = calendar(client, url_in(index, language) + "calendar/")
    dated = ConferencePage.objects.live().filter(date_precision="day", start_date__isnull=False)
    assert sorted(str(e["UID"]) for e in events(cal)) == sorted(
        f"conference-{page.pk}@testserver" for page in dated
    )
    assert [str(e["SUMMARY"]) for e in events(cal)] == [
        getattr(page, f"title_{language}") for page in dated.order_by("start_date")
    ]


def test_feed_takes_a_conference_once_its_days_are_known(client):
    page = ConferencePage.objects.get(slug_de="konferenz-leiria")
    page.start_date = page.end_date = datetime.date(2013, 5, 14)
    page.save_revision().publish()
    index = ConferenceIndexPage.objects.get()
    cal = calendar(client, url_in(index, "en") + "calendar/")
    assert f"conference-{page.pk}@testserver" in [str(e["UID"]) for e in events(cal)]


def test_index_links_the_calendar_feed(client):
    index = ConferenceIndexPage.objects.get()
    soup = BeautifulSoup(client.get(url_in(index, "en")).content, "html.parser")
    link = soup.select_one(".calendar-feed a")
    assert link["href"] == url_in(index, "en") + "calendar/"
