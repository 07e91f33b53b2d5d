"""The lists of conferences a visitor sees stay the same size as the record grows.

The home page and a town page show the latest few with a link to all; the conference index
comes in pages. With sixty more conferences than the bundled six (a third of them Borne's),
each page shows what it did before, at about the same size.
"""

import datetime
import re

import pytest
from bs4 import BeautifulSoup
from django.utils import translation

from conferences.models import ConferenceIndexPage, ConferencePage
from pages.models import HomePage
from partners.models import PartnerTownPage
from seed.builders import add_page
from tests.conftest import LANGUAGES, url_in

pytestmark = pytest.mark.django_db

DATED = 55
UNDATED = 5


def borne():
    return PartnerTownPage.objects.get(slug_de="borne")


def grow_record():
    """Add 55 dated conferences, from 2015 on, every third in Borne, and 5 undated ones."""
    index = ConferenceIndexPage.objects.get()
    towns = list(PartnerTownPage.objects.order_by("path"))
    others = [town for town in towns if town.slug_de != "borne"]
    for number in range(DATED + UNDATED):
        dated = number < DATED
        add_page(
            index,
            ConferencePage,
            title={"de": f"Konferenz {number}", "en": f"Conference {number}"},
            slug={"de": f"konferenz-{number}", "en": f"conference-{number}"},
            kind=ConferencePage.Kind.CONFERENCE,
            host_town=borne() if number % 3 == 0 else others[number % len(others)],
            start_date=datetime.date(2015 + number // 4, 1 + 3 * (number % 4), 10)
            if dated
            else None,
            date_precision="day",
            topic={"de": f"Thema {number}", "en": f"Topic {number}"},
        )


@pytest.fixture
def grown():
    grow_record()


def soup_of(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def home_conferences(soup):
    return [
        a.get_text(strip=True)
        for a in soup.select(".card--conference .card__title a, .conferences-more + .link-list a")
    ]


def town_conferences(soup):
    return [a.get_text(strip=True) for a in soup.select(".facts ul li > a")]


def titles_on(soup):
    return [a.get_text(strip=True) for a in soup.select(".timeline__title a")]


def all_pages_of(client, url):
    """The conference titles on every page of a list, following its "next" links."""
    titles, pages = [], 0
    while url:
        soup = soup_of(client, url)
        pages += 1
        titles += titles_on(soup)
        later = soup.select_one('.pagination a[rel="next"]')
        url = later and url.split("?")[0] + later["href"]
    return titles, pages


def in_date_order(conferences):
    return [page.title_en for page in conferences.order_by("start_date", "path")]


def test_home_page_shows_the_six_most_recent_conferences_and_links_to_all(client, grown):
    soup = soup_of(client, url_in(HomePage.objects.get(), "en"))
    assert home_conferences(soup) == [f"Conference {number}" for number in range(49, 55)]
    link = soup.select_one(".conferences-all a")
    assert link.get_text(strip=True) == "All conferences"
    assert link["href"] == url_in(ConferenceIndexPage.objects.get(), "en")


def test_home_page_shows_the_bundled_conferences_and_a_link_to_all_in_each_language(client):
    home = HomePage.objects.get()
    shown = home_conferences(soup_of(client, url_in(home, "en")))
    assert sorted(shown) == sorted(page.title_en for page in ConferencePage.objects.live())
    links = {
        language: soup_of(client, url_in(home, language)).select_one(".conferences-all a")
        for language in ("de", "nl", "lt")
    }
    assert {language: a.get_text(strip=True) for language, a in links.items()} == {
        "de": "Alle Konferenzen",
        "nl": "Alle conferenties",
        "lt": "Visos konferencijos",
    }


def test_town_page_shows_its_six_latest_conferences_and_links_to_all_of_them(client, grown):
    soup = soup_of(client, url_in(borne(), "en"))
    latest = [number for number in range(DATED) if number % 3 == 0][-6:]
    assert town_conferences(soup) == [f"Conference {number}" for number in latest]
    link = soup.select_one(".facts p > a")
    assert link.get_text(strip=True) == "All conferences in this town"
    index_url = url_in(ConferenceIndexPage.objects.get(), "en")
    assert link["href"] == f"{index_url}?town=borne"

    titles, pages = all_pages_of(client, link["href"])
    hosted = ConferencePage.objects.live().filter(host_town=borne())
    assert titles == [*in_date_order(hosted.exclude(start_date=None)), "Conference 57"]
    assert pages == 3  # 21 conferences, ten a page


def test_town_page_with_few_conferences_links_to_none(client):
    soup = soup_of(client, url_in(borne(), "en"))
    assert town_conferences(soup) == [ConferencePage.objects.get(host_town=borne()).title_en]
    assert soup.select_one(".facts p > a") is None


@pytest.mark.parametrize("language", LANGUAGES)
def test_filtered_index_says_whose_conferences_it_lists_and_leads_back(client, language):
    index = ConferenceIndexPage.objects.get()
    town = borne()
    conference = ConferencePage.objects.get(host_town=town)
    soup = soup_of(client, f"{url_in(index, language)}?town={town.pk}")
    note = soup.select_one(".conferences-filter")
    with translation.override(language):
        assert town.title in note.get_text()
        assert titles_on(soup) == [conference.title]
    assert note.select_one("a")["href"] == url_in(index, language)


def test_filtered_index_takes_a_town_slug_of_any_language(client):
    index = url_in(ConferenceIndexPage.objects.get(), "en")
    rheine = PartnerTownPage.objects.get(slug_de="rheine")
    for value in {rheine.slug_de, rheine.slug_en, str(rheine.pk)}:
        titles, _pages = all_pages_of(client, f"{index}?town={value}")
        assert titles == in_date_order(ConferencePage.objects.live().filter(host_town=rheine))


@pytest.mark.parametrize(
    "value", ["nowhere", "999999", "99999999999999999999999", "", "bor ne", "%00", "x" * 300]
)
def test_filtered_index_answers_an_unknown_town_with_a_404_in_the_visitors_language(client, value):
    url = url_in(ConferenceIndexPage.objects.get(), "en")
    response = client.get(f"{url}?town={value}")
    assert response.status_code == 404
    assert "Page not found" in response.content.decode()


def test_filtered_index_does_not_take_a_page_that_is_not_a_town(client):
    conference = ConferencePage.objects.live().first()
    url = url_in(ConferenceIndexPage.objects.get(), "en")
    assert client.get(f"{url}?town={conference.pk}").status_code == 404


def test_filtered_index_is_cached_per_town(client, settings):
    settings.PAGE_CACHE_ENABLED = True
    url = url_in(ConferenceIndexPage.objects.get(), "de") + "?town=borne"
    assert client.get(url)["X-Page-Cache"] == "miss"
    assert client.get(url)["X-Page-Cache"] == "hit"
    assert client.get(url + "&page=1")["X-Page-Cache"] == "miss"


def test_conference_index_shows_one_page_of_conferences_and_the_rest_on_the_next(client, grown):
    url = url_in(ConferenceIndexPage.objects.get(), "en")
    first = soup_of(client, url)
    assert len(first.select(".timeline__title")) == ConferenceIndexPage.per_page
    assert first.select_one('.pagination a[rel="prev"]') is None
    assert first.select_one('.pagination a[rel="next"]').get_text(strip=True) == "Later"

    titles, pages = all_pages_of(client, url)
    dated = ConferencePage.objects.live().filter(start_date__isnull=False)
    undated = ConferencePage.objects.live().filter(start_date__isnull=True).order_by("path")
    assert titles == [*in_date_order(dated), *(page.title_en for page in undated)]
    assert pages == 7


def test_undated_group_and_its_note_stay_on_the_last_page(client, grown):
    url = url_in(ConferenceIndexPage.objects.get(), "en")
    last = soup_of(client, f"{url}?page=7")
    assert [h.get_text(strip=True) for h in last.select(".timeline__year")] == ["Date not recorded"]
    assert "July 2012 – June 2014" in last.select_one(".timeline__note").get_text()
    assert "Page 7 of 7" in last.select_one(".pagination").get_text()
    assert last.select_one('.pagination a[rel="prev"]')["href"] == "?page=6"
    too_far = soup_of(client, f"{url}?page=70")
    assert titles_on(too_far) == titles_on(last)


@pytest.mark.parametrize("page_number", ["abc", "999", "-1", "", "2.5"])
def test_conference_index_answers_any_page_number(client, page_number):
    url = url_in(ConferenceIndexPage.objects.get(), "en")
    response = client.get(url, {"page": page_number})
    assert response.status_code == 200
    assert len(BeautifulSoup(response.content, "html.parser").select(".timeline__title")) > 0


def test_calendar_still_holds_every_conference_with_known_days(client, grown):
    url = url_in(ConferenceIndexPage.objects.get(), "en") + "calendar/"
    calendar = client.get(url).content.decode()
    known = ConferencePage.objects.live().with_calendar_date().count()
    assert known > ConferenceIndexPage.per_page
    assert len(re.findall(r"^BEGIN:VEVENT", calendar, re.M)) == known


def test_home_and_town_page_stay_within_ten_percent_of_their_size(client):
    """The HTML of the home page and of Borne's page, before and after sixty conferences."""
    urls = [url_in(HomePage.objects.get(), "en"), url_in(borne(), "en")]
    before = [len(client.get(url).content) for url in urls]
    grow_record()
    after = [len(client.get(url).content) for url in urls]
    grown = {url: (b, a) for url, b, a in zip(urls, before, after, strict=True) if a > b * 1.1}
    assert grown == {}, f"pages (bytes before, after) that grew by more than 10 %: {grown}"
