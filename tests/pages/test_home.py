"""From the home page a visitor reaches the whole partnership, in either language."""

import datetime

import pytest
from bs4 import BeautifulSoup

from conferences.models import ConferencePage
from pages.models import DownloadsPage, HomePage, NewsIndexPage, NewsPage, ProjectPage
from partners.models import PartnerTownPage
from seed.builders import add_page
from tests.conftest import url_in

pytestmark = pytest.mark.django_db


def links_on(client, url):
    soup = BeautifulSoup(client.get(url).content, "html.parser")
    return {a["href"] for a in soup.find_all("a", href=True)}


@pytest.mark.parametrize("language", ["de", "en"])
def test_home_links_every_town_conference_and_section(client, language):
    links = links_on(client, url_in(HomePage.objects.get(), language))
    pages = [
        *PartnerTownPage.objects.live(),
        *ConferencePage.objects.live(),
        ProjectPage.objects.get(),
        DownloadsPage.objects.get(),
        NewsIndexPage.objects.get(),
    ]
    missing = [url_in(page, language) for page in pages if url_in(page, language) not in links]
    assert missing == []


def test_home_shows_the_three_latest_news_newest_first(client):
    soup = BeautifulSoup(client.get(url_in(HomePage.objects.get(), "en")).content, "html.parser")
    shown = [a.get_text(strip=True) for a in soup.select(".card--news .card__title a")]
    newest = NewsPage.objects.live().order_by("-date", "-pk")[:3]
    assert shown == [article.title_en for article in newest]


@pytest.mark.parametrize("page_number", ["abc", "999", "-1", ""])
def test_news_index_answers_any_page_number(client, page_number):
    url = url_in(NewsIndexPage.objects.get(), "en")
    response = client.get(url, {"page": page_number})
    assert response.status_code == 200
    assert NewsPage.objects.live().order_by("-date").first().title_en in response.content.decode()


@pytest.mark.parametrize("language", ["de", "en"])
def test_town_page_links_the_conference_it_hosted(client, language):
    borne = PartnerTownPage.objects.get(slug_de="borne")
    conference = ConferencePage.objects.get(host_town=borne)
    assert url_in(conference, language) in links_on(client, url_in(borne, language))
    assert url_in(borne, language) in links_on(client, url_in(conference, language))


def test_project_page_shows_coordinator_contact_without_javascript(client):
    html = client.get(url_in(ProjectPage.objects.get(), "de")).content.decode()
    assert "TAT Technik Arbeit Transfer gGmbH" in html
    assert "Hovesaatstr. 6" in html
    assert 'href="tel:+495971990101"' in html
    assert "1. Juli 2012 – 30. Juni 2014" in html


def test_news_index_shows_ten_articles_a_page_with_links_between_pages(client):
    index = NewsIndexPage.objects.get()
    for number in range(11):
        add_page(
            index,
            NewsPage,
            title={"de": f"Meldung {number}", "en": f"Item {number}"},
            slug={"de": f"meldung-{number}", "en": f"item-{number}"},
            date=datetime.date(2030, 1, 1 + number),
        )
    url = url_in(index, "en")
    first = BeautifulSoup(client.get(url).content, "html.parser")
    assert len(first.select(".card--news")) == 10
    assert first.select_one('.pagination a[rel="prev"]') is None
    older = first.select_one('.pagination a[rel="next"]')
    assert older.get_text(strip=True) == "Older"
    second = BeautifulSoup(client.get(url + older["href"]).content, "html.parser")
    assert second.select_one('.pagination a[rel="prev"]')["href"] == "?page=1"
    assert "Page 2 of" in second.select_one(".pagination").get_text()
