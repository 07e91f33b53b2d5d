"""The news as an Atom feed per language, announced in every page's head."""

import xml.etree.ElementTree as ET

import pytest
from bs4 import BeautifulSoup

from pages.models import HomePage, NewsPage
from tests.conftest import url_in

pytestmark = pytest.mark.django_db

ATOM = {"atom": "http://www.w3.org/2005/Atom"}
BASE = "http://testserver"
FEED = {"de": "/de/feed/", "en": "/en/feed/"}


def feed(client, language):
    response = client.get(FEED[language])
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    return ET.fromstring(response.content)  # noqa: S314 - the site's own output


def entries(root):
    return [
        {
            "title": entry.findtext("atom:title", namespaces=ATOM),
            "link": entry.find("atom:link", ATOM).get("href"),
            "id": entry.findtext("atom:id", namespaces=ATOM),
        }
        for entry in root.findall("atom:entry", ATOM)
    ]


@pytest.mark.parametrize("language", ["de", "en"])
def test_feed_lists_the_news_in_its_language_newest_first(client, language):
    news = NewsPage.objects.live().order_by("-date", "-pk")
    items = entries(feed(client, language))
    assert [item["title"] for item in items] == [getattr(a, f"title_{language}") for a in news]
    assert [item["link"] for item in items] == [BASE + url_in(a, language) for a in news]


@pytest.mark.parametrize("language", ["de", "en"])
def test_feed_names_its_language(client, language):
    root = feed(client, language)
    assert root.get("{http://www.w3.org/XML/1998/namespace}lang") == language


def test_entries_have_distinct_ids_per_language(client):
    german = {item["id"] for item in entries(feed(client, "de"))}
    english = {item["id"] for item in entries(feed(client, "en"))}
    assert len(german) == NewsPage.objects.live().count()
    assert german.isdisjoint(english)


def test_unpublished_news_leaves_the_feed(client):
    article = NewsPage.objects.live().first()
    article.unpublish()
    titles = [item["title"] for item in entries(feed(client, "de"))]
    assert article.title_de not in titles


@pytest.mark.parametrize("language", ["de", "en"])
def test_every_page_announces_the_feed_of_its_language(client, language):
    response = client.get(url_in(HomePage.objects.get(), language))
    head = BeautifulSoup(response.content, "html.parser").head
    link = head.select_one('link[rel="alternate"][type="application/atom+xml"]')
    assert link["href"] == BASE + FEED[language]
