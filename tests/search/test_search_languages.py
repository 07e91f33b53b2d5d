"""Search in the partners' languages: Dutch and Portuguese stemmed, Lithuanian as typed with its
diacritics folded ("paieška" = "paieska") and words found by their beginnings."""

import pytest
from bs4 import BeautifulSoup
from django.db import connection

from pages.models import HomePage, StandardPage
from seed.builders import add_page
from tests.conftest import NEW_LANGUAGES, url_in

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="stemming needs PostgreSQL's text search"
    ),
]

SEARCH = {"nl": "/nl/zoeken/", "pt": "/pt/pesquisa/", "lt": "/lt/paieska/"}


def result_urls(client, code, query):
    response = client.get(SEARCH[code], {"q": query})
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.html["lang"] == code
    return [a["href"] for a in soup.select(".search-result__title a")]


@pytest.fixture
def partner_page():
    """A page with its own text in each partner language (and a German one)."""
    return add_page(
        HomePage.objects.get(),
        StandardPage,
        title={
            "de": "Storchennester",
            "nl": "Ooievaarsnesten",
            "pt": "Ninhos de cegonha",
            "lt": "Gandrų lizdai",
        },
        slug={"de": "stoerche", "nl": "ooievaars", "pt": "cegonhas", "lt": "gandrai"},
        intro={
            "de": "Die Störche der Partnerstädte.",
            "nl": "De ooievaarsgemeente telt elk voorjaar de ooievaarsnesten.",
            "pt": "As cidades parceiras contam os ninhos de cegonha na primavera.",
            "lt": "Žaliųjų gandrų paieška prie Galvės ežero kiekvieną pavasarį.",
        },
    )


@pytest.mark.parametrize("code", NEW_LANGUAGES)
def test_each_partner_language_has_its_search_under_its_own_name(client, code):
    assert client.get(SEARCH[code]).status_code == 200
    response = client.get(f"/{code}/search/", {"q": "Trakai"})
    assert response.status_code == 301
    assert response["Location"] == f"{SEARCH[code]}?q=Trakai"


def test_dutch_plural_finds_the_singular(client, partner_page):
    """Dutch stemming: "ooievaarsgemeenten" finds "ooievaarsgemeente"."""
    assert url_in(partner_page, "nl") in result_urls(client, "nl", "ooievaarsgemeenten")


def test_portuguese_finds_the_other_forms_of_a_word(client, partner_page):
    """Portuguese stemming: "ninho" finds "ninhos", "cegonhas" finds "cegonha"."""
    assert result_urls(client, "pt", "ninho cegonhas") == [url_in(partner_page, "pt")]


@pytest.mark.parametrize(
    "query",
    ["Žaliųjų gandrų", "zaliuju gandru", "ŽALIŲJŲ", "ežero", "ezero", "paieška", "paieska"],
)
def test_lithuanian_words_are_found_typed_with_or_without_diacritics(client, partner_page, query):
    assert result_urls(client, "lt", query) == [url_in(partner_page, "lt")]


@pytest.mark.parametrize("query", ["gandr", "paiešk", "paiesk", "Galv"])
def test_lithuanian_words_are_found_by_their_beginning(client, partner_page, query):
    """No Lithuanian stemmer here: the beginning of a word stands in for its other endings."""
    assert url_in(partner_page, "lt") in result_urls(client, "lt", query)


def test_lithuanian_search_finds_only_lithuanian_text(client, partner_page):
    assert result_urls(client, "lt", "Storchennester") == []


def test_the_lithuanian_result_marks_the_words_found(client, partner_page):
    response = client.get(SEARCH["lt"], {"q": "zaliuju"})
    soup = BeautifulSoup(response.content, "html.parser")
    assert [mark.get_text() for mark in soup.select(".search-result__excerpt mark")] == ["Žaliųjų"]
