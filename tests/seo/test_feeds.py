"""The news as an Atom feed per language, announced in every page's head."""

import xml.etree.ElementTree as ET

import pytest
from bs4 import BeautifulSoup

from pages.models import HomePage, NewsPage
from tests.conftest import LANGUAGES, url_in

pytestmark = pytest.mark.django_db

ATOM = {"atom": "http://www.w3.org/2005/Atom"}
BASE = "http://testserver"
FEED = {code: f"/{code}/feed/" for code in LANGUAGES}


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


@pytest.mark.parametrize("language", LANGUAGES)
def test_feed_lists_the_news_in_its_language_newest_first(client, language):
    news = NewsPage.objects.live().order_by("-date", "-pk")
    items = entries(feed(client, language))
    assert [item["title"] for item in items] == [getattr(a, f"title_{language}") for a in news]
    assert [item["link"] for item in items] == [BASE + url_in(a, language) for a in news]


@pytest.mark.parametrize("language", LANGUAGES)
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


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_announces_the_feed_of_its_language(client, language):
    response = client.get(url_in(HomePage.objects.get(), language))
    head = BeautifulSoup(response.content, "html.parser").head
    link = head.select_one('link[rel="alternate"][type="application/atom+xml"]')
    assert link["href"] == BASE + FEED[language]


def entry_of(root, title):
    return next(
        entry
        for entry in root.findall("atom:entry", ATOM)
        if entry.findtext("atom:title", namespaces=ATOM) == title
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_year_only_article_is_dated_only_to_its_year(client, language):
    """No invented day or noon: the summary says "2016", the timestamp is the publication."""
    article = NewsPage.objects.get(slug_de="europapreis-2015")
    entry = entry_of(feed(client, language), getattr(article, f"title_{language}"))
    assert entry.find("atom:published", ATOM) is None
    assert entry.findtext("atom:summary", namespaces=ATOM).startswith("2016 – ")
    assert entry.findtext("atom:updated", namespaces=ATOM) == article.last_published_at.isoformat()
    assert "2016-01-01" not in ET.tostring(entry, encoding="unicode")


def test_month_only_article_is_dated_to_its_month(client):
    article = NewsPage.objects.get(slug_de="konferenz-borne-abfall-und-wasser")
    entry = entry_of(feed(client, "de"), article.title_de)
    assert entry.findtext("atom:summary", namespaces=ATOM).startswith("Oktober 2013 – ")
    assert entry.find("atom:published", ATOM) is None


def test_feed_is_updated_when_the_latest_article_was_published(client):
    latest = max(NewsPage.objects.live().values_list("last_published_at", flat=True))
    assert feed(client, "en").findtext("atom:updated", namespaces=ATOM) == latest.isoformat()
