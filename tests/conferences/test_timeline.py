"""The timeline: conferences by year; those whose date is not recorded in a group of their own."""

import datetime
from types import SimpleNamespace

import pytest
from bs4 import BeautifulSoup

from conferences.models import ConferenceIndexPage
from conferences.timeline import timeline_groups
from pages.models import HomePage
from tests.conftest import url_in

pytestmark = pytest.mark.django_db

UNDATED = {"de": "Datum nicht überliefert", "en": "Date not recorded"}


def groups_on_page(client, language):
    html = client.get(url_in(ConferenceIndexPage.objects.get(), language)).content
    soup = BeautifulSoup(html, "html.parser")
    return {
        group.select_one(".timeline__year").get_text(strip=True): [
            title.get_text(strip=True) for title in group.select(".timeline__title")
        ]
        for group in soup.select(".timeline-group")
    }, soup


@pytest.mark.parametrize("language", ["de", "en"])
def test_undated_conferences_stand_in_their_own_group_not_under_a_year(client, language):
    groups, soup = groups_on_page(client, language)
    assert list(groups) == ["2011", "2013", "2014", UNDATED[language]]
    assert len(groups["2011"]) == 1 and "Rheine" in groups["2011"][0]
    assert len(groups["2013"]) == 1 and "Borne" in groups["2013"][0]
    undated = " ".join(groups[UNDATED[language]])
    for town in ("Bernburg", "Trakai", "Leiria"):
        assert town in undated


@pytest.mark.parametrize(
    ("language", "period"), [("de", "Juli 2012 – Juni 2014"), ("en", "July 2012 – June 2014")]
)
def test_undated_group_says_when_the_conferences_were_held(client, language, period):
    _groups, soup = groups_on_page(client, language)
    assert period in soup.select_one(".timeline__note").get_text()


def test_grouping_keeps_undated_items_out_of_the_year_before_them():
    def conference(day):
        return SimpleNamespace(start_date=day)

    items = [
        conference(datetime.date(2011, 10, 20)),
        conference(None),
        conference(datetime.date(2013, 10, 1)),
        conference(None),
        conference(datetime.date(2011, 12, 1)),
    ]
    groups = timeline_groups(items)
    assert [(g["year"], len(g["conferences"])) for g in groups] == [
        (2011, 2),
        (2013, 1),
        (None, 2),
    ]


@pytest.mark.parametrize("language", ["de", "en"])
def test_home_page_shows_no_near_empty_conference_cards(client, language):
    soup = BeautifulSoup(
        client.get(url_in(HomePage.objects.get(), language)).content, "html.parser"
    )
    cards = soup.select(".card--conference")
    assert len(cards) == 3  # the 2011 workshop, Borne 2013, the 2014 closing conference
    assert not any(UNDATED[language] in card.get_text() for card in cards)
    others = [a.get_text(strip=True) for a in soup.select(".conferences-more + .link-list a")]
    assert len(others) == 3
    assert all(any(town in title for town in ("Bernburg", "Trakai", "Leiria")) for title in others)
