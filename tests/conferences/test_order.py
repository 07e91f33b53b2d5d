"""Every list of conferences is in the order of their dates, whatever the page tree says.

Conferences whose date is not recorded come last and are never placed among the dated ones.
"""

from datetime import date

import pytest
from bs4 import BeautifulSoup

from conferences.models import ConferenceIndexPage, ConferencePage
from pages.models import HomePage, ProjectPage
from partners.models import PartnerTownPage
from seed.builders import add_page
from tests.conftest import url_in

pytestmark = pytest.mark.django_db


@pytest.fixture
def added_today():
    """A conference of 2012, added after all the others (last in the page tree)."""
    return add_page(
        ConferenceIndexPage.objects.get(),
        ConferencePage,
        title={"de": "Auftakttreffen in Rheine", "en": "Kick-off meeting in Rheine"},
        slug={"de": "auftakt-rheine-2012", "en": "kick-off-rheine-2012"},
        kind=ConferencePage.Kind.CONFERENCE,
        host_town=PartnerTownPage.objects.get(slug_de="rheine"),
        start_date=date(2012, 9, 1),
        date_precision="month",
        topic={"de": "Auftakt", "en": "Kick-off"},
    )


def titles(client, page, selector):
    soup = BeautifulSoup(client.get(url_in(page, "de")).content, "html.parser")
    return [element.get_text(" ", strip=True) for element in soup.select(selector)]


def test_timeline_is_in_date_order_with_undated_conferences_last(client, added_today):
    order = titles(client, ConferenceIndexPage.objects.get(), ".timeline__title")
    assert order == [
        "Vorbereitender Workshop in Rheine",  # 2011
        "Auftakttreffen in Rheine",  # 2012, added today
        "Konferenz in Borne: Abfall und Wasser",  # 2013
        "Abschlusskonferenz in Rheine",  # 2014
        "Konferenz in Bernburg (Saale)",  # date not recorded, in the editors' order
        "Konferenz in Trakai",
        "Konferenz in Leiria",
    ]


def test_undated_conferences_stand_under_their_own_heading_not_a_year(client, added_today):
    years = titles(client, ConferenceIndexPage.objects.get(), ".timeline__year")
    assert years == ["2011", "2012", "2013", "2014", "Datum nicht überliefert"]


def test_home_page_lists_the_conferences_in_date_order(client, added_today):
    """Cards for the dated conferences by date; the undated ones after them, in a line of links.

    The seventh conference takes the place of the undated one the editors added first: the
    home page shows six, and a conference of 2012 is known to be more recent than it.
    """
    home = HomePage.objects.get()
    cards = titles(client, home, ".card--conference .card__title")
    assert cards.index("Auftakttreffen in Rheine") < cards.index(
        "Konferenz in Borne: Abfall und Wasser"
    )
    assert cards[-1] == "Abschlusskonferenz in Rheine"
    assert titles(client, home, ".conferences-more + .link-list a") == [
        "Konferenz in Trakai",
        "Konferenz in Leiria",
    ]


def test_town_page_lists_its_conferences_in_date_order(client, added_today):
    rheine = PartnerTownPage.objects.get(slug_de="rheine")
    html = client.get(url_in(rheine, "de")).content.decode()
    assert html.index("Vorbereitender Workshop") < html.index("Auftakttreffen in Rheine")
    assert html.index("Auftakttreffen in Rheine") < html.index("Abschlusskonferenz in Rheine")


def test_fields_of_action_are_in_date_order(client, added_today):
    html = client.get(url_in(ProjectPage.objects.get(), "de")).content.decode()
    assert html.index("Auftakt") < html.index("Abfall und Wasser")


def test_fields_of_action_leave_out_conferences_whose_topic_is_empty(client):
    """An empty topic is None once the admin's form saved it, not only ""."""
    soup = BeautifulSoup(client.get(url_in(ProjectPage.objects.get(), "de")).content, "html.parser")
    topics = [a.get_text(strip=True) for a in soup.select(".prose ul li a[href*=konferenz]")]
    assert topics == ["Abfall und Wasser"]
