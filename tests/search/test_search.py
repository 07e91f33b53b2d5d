"""Search in the visitor's language: /de/suche/ and /en/search/."""

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from django.db import connection
from django.test import override_settings

from pages.models import HomePage, StandardPage
from partners.models import PartnerTownPage
from search.index import text_search_config
from search.models import SearchEntry
from search.views import find
from seed.builders import add_page
from tests.conftest import LANGUAGES, url_in

pytestmark = pytest.mark.django_db

SEARCH = {
    "de": "/de/suche/",
    "en": "/en/search/",
    "nl": "/nl/zoeken/",
    "pt": "/pt/pesquisa/",
    "lt": "/lt/paieska/",
}
postgres_only = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="stemming needs PostgreSQL's text search"
)


def search(client, language, **params):
    response = client.get(SEARCH[language], params)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def result_urls(soup):
    return [a["href"] for a in soup.select(".search-result__title a")]


@pytest.fixture
def bilingual_page():
    """A page whose German and English texts have nothing in common."""
    return add_page(
        HomePage.objects.get(),
        StandardPage,
        title={"de": "Zaunkönig-Konferenz", "en": "Wren meeting"},
        slug={"de": "zaunkoenig", "en": "wren"},
        intro={
            "de": "Eine Konferenz der Zwiebelturmfreunde in einer Stadt an der Saale.",
            "en": "The conference of the onion dome friends in a town on the river.",
        },
    )


@postgres_only
def test_german_plural_finds_german_singular(client, bilingual_page):
    soup = search(client, "de", q="Konferenzen Zwiebelturmfreund")
    assert result_urls(soup) == [url_in(bilingual_page, "de")]


@postgres_only
def test_german_umlaut_plural_finds_singular(client, bilingual_page):
    soup = search(client, "de", q="Städte Zwiebelturmfreunde")
    assert result_urls(soup) == [url_in(bilingual_page, "de")]


@postgres_only
def test_english_plural_finds_english_singular(client, bilingual_page):
    soup = search(client, "en", q="conferences towns onion")
    assert result_urls(soup) == [url_in(bilingual_page, "en")]


@postgres_only
def test_german_word_beginning_finds_compound(client):
    """PostgreSQL does not split compounds; "Klima" still finds "KlimaPartnerschaft"."""
    soup = search(client, "de", q="Klima")
    assert url_in(HomePage.objects.get(), "de") in result_urls(soup)


def test_english_search_ignores_german_text(client, bilingual_page):
    soup = search(client, "en", q="Zwiebelturmfreunde")
    assert result_urls(soup) == []
    assert "Nothing was found" in soup.get_text()


def test_german_search_finds_german_text(client, bilingual_page):
    soup = search(client, "de", q="Zwiebelturmfreunde")
    assert result_urls(soup) == [url_in(bilingual_page, "de")]


def test_english_search_finds_english_text(client, bilingual_page):
    soup = search(client, "en", q="onion")
    assert result_urls(soup) == [url_in(bilingual_page, "en")]


def test_result_shows_title_and_marked_excerpt_in_visitors_language(client, bilingual_page):
    soup = search(client, "en", q="onion")
    result = soup.select_one(".search-result")
    assert result.select_one(".search-result__title").get_text(strip=True) == "Wren meeting"
    assert result.select_one(".search-result__excerpt mark").get_text().lower() == "onion"


def test_excerpt_escapes_page_text(client):
    page = add_page(
        HomePage.objects.get(),
        StandardPage,
        title={"de": "Sonderzeichen", "en": "Special characters"},
        slug={"de": "sonderzeichen", "en": "special-characters"},
        intro={"de": "Xylofonie <b>fett</b> & so", "en": "Xylophony <b>bold</b> & so"},
    )
    soup = search(client, "en", q="Xylophony")
    excerpt = soup.select_one(".search-result__excerpt")
    assert result_urls(soup) == [url_in(page, "en")]
    # The text's own markup never becomes markup of the results page.
    assert excerpt.find("b") is None
    assert "bold" in excerpt.get_text()


def test_kind_filter_keeps_only_that_kind(client):
    soup = search(client, "de", q="Rheine", kind="town")
    urls = result_urls(soup)
    towns = {url_in(town, "de") for town in PartnerTownPage.objects.live()}
    assert urls and set(urls) <= towns


def test_results_come_in_pages_of_ten(client):
    soup = search(client, "en", q="climate")
    assert len(result_urls(soup)) == 10
    next_link = soup.select_one('.pagination a[rel="next"]')
    assert "q=climate" in next_link["href"]
    second = search(client, "en", q="climate", page="2")
    assert result_urls(second)
    assert set(result_urls(second)).isdisjoint(result_urls(soup))


def test_unpublished_page_leaves_the_results(client, bilingual_page):
    bilingual_page.unpublish()
    assert result_urls(search(client, "de", q="Zwiebelturmfreunde")) == []
    assert not SearchEntry.objects.filter(page=bilingual_page).exists()


def test_deleted_page_leaves_the_index(bilingual_page):
    pk = bilingual_page.pk
    bilingual_page.delete()
    assert not SearchEntry.objects.filter(page_id=pk).exists()


def test_republished_text_is_found(client, bilingual_page):
    bilingual_page.intro_en = "Now about hedgehogs."
    bilingual_page.save_revision().publish()
    assert result_urls(search(client, "en", q="hedgehogs")) == [url_in(bilingual_page, "en")]
    assert result_urls(search(client, "en", q="onion")) == []


def test_rebuild_command_indexes_every_live_page_in_both_languages():
    SearchEntry.objects.all().delete()
    call_command("rebuild_search_index", verbosity=0)
    live = HomePage.objects.get().get_descendants(inclusive=True).live().count()
    assert SearchEntry.objects.filter(language="de").count() == live
    assert SearchEntry.objects.filter(language="en").count() == live


def test_empty_query_asks_for_a_word(client):
    soup = search(client, "en", q="")
    assert "Enter a word to search for" in soup.get_text()
    assert result_urls(soup) == []


def test_long_query_is_shortened_and_said_so(client):
    soup = search(client, "en", q="climate " * 100)
    assert "shortened to 200 characters" in soup.get_text()
    assert len(soup.select_one("#search-query")["value"]) <= 200


@pytest.mark.parametrize(
    "params",
    [
        {"q": '"'},
        {"q": "'\"unbalanced"},
        {"q": "&|!:*()"},
        {"q": "climate & | ! : * ( ) <->"},
        {"q": "a\x00b"},
        {"q": "-"},
        {"q": "or"},
        {"q": "climate", "page": "abc"},
        {"q": "climate", "page": "99999"},
        {"q": "climate", "page": "-1"},
        {"q": "climate", "kind": "unknown"},
        {"q": "<script>alert(1)</script>"},
    ],
    ids=repr,
)
@pytest.mark.parametrize("language", LANGUAGES)
def test_odd_queries_get_a_normal_answer(client, language, params):
    response = client.get(SEARCH[language], params)
    assert response.status_code == 200
    assert b"<script>alert(1)</script>" not in response.content


def test_query_string_that_is_not_utf8_gets_a_normal_answer(client):
    assert client.get(SEARCH["en"] + "?q=%ff%fe%00climate").status_code == 200


def test_search_in_the_other_languages_path_redirects_to_its_own(client):
    response = client.get("/en/suche/", {"q": "Rheine"})
    assert response.status_code == 301
    assert response["Location"] == "/en/search/?q=Rheine"


def test_language_switch_keeps_the_query(client):
    soup = search(client, "de", q="Rheine", kind="town")
    switch = {a["hreflang"]: a["href"] for a in soup.select("nav.language-switch a")}
    assert switch["en"] == "/en/search/?q=Rheine&kind=town"
    assert client.get(switch["en"]).status_code == 200


@pytest.mark.parametrize("language", LANGUAGES)
def test_header_form_searches_in_the_pages_language(client, language):
    response = client.get(url_in(HomePage.objects.get(), language))
    form = BeautifulSoup(response.content, "html.parser").select_one("form.site-search")
    assert form["action"] == SEARCH[language]
    assert form.select_one("input[name=q]")


def test_results_page_is_not_indexed_but_the_search_page_is(client):
    assert search(client, "en", q="climate").select_one('meta[name="robots"]')["content"] == (
        "noindex, follow"
    )
    assert search(client, "en").select_one('meta[name="robots"]') is None


@pytest.mark.parametrize("language", LANGUAGES)
def test_search_page_form_sends_to_the_search_in_its_language(client, language):
    form = search(client, language, q="Rheine").select_one("form.search-form")
    assert form["action"] == SEARCH[language]
    assert form.select_one("#search-query")["value"] == "Rheine"


def excerpt_text(client, language, query):
    soup = search(client, language, q=query)
    return soup.select_one(".search-result__excerpt").get_text()


def test_excerpt_keeps_a_heading_apart_from_the_sentence_after_it(client):
    add_page(
        HomePage.objects.get(),
        StandardPage,
        title={"de": "Gartenbau", "en": "Gardening"},
        slug={"de": "gartenbau", "en": "gardening"},
        body={
            "de": [
                ("heading", "Unser Gemüsebeet"),
                ("paragraph", "<p>Zwiebeln wachsen prächtig.</p>"),
            ],
            "en": [
                ("heading", "Our vegetable patch"),
                ("paragraph", "<p>Onions grow splendidly.</p>"),
            ],
        },
    )
    assert "Unser Gemüsebeet · Zwiebeln wachsen prächtig." in excerpt_text(client, "de", "Zwiebeln")
    assert "Our vegetable patch · Onions grow splendidly." in excerpt_text(client, "en", "Onions")


def test_long_excerpt_is_cut_between_words_and_says_so(client):
    words = " ".join(f"Wort{n}" for n in range(200))
    add_page(
        HomePage.objects.get(),
        StandardPage,
        title={"de": "Lang", "en": "Long"},
        slug={"de": "lang", "en": "long"},
        intro={"de": f"{words} Zielwort {words}", "en": ""},
    )
    text = excerpt_text(client, "de", "Zielwort")
    assert text.startswith("… Wort") and text.endswith(" …")
    for part in text.strip("… ").split():
        assert part == "Zielwort" or part.startswith("Wort") and part[4:].isdigit()


def test_excerpt_of_a_page_found_by_its_title_starts_at_the_beginning(client):
    words = " ".join(f"Satzteil{n}" for n in range(100))
    add_page(
        HomePage.objects.get(),
        StandardPage,
        title={"de": "Quittengelee", "en": "Quince jelly"},
        slug={"de": "quittengelee", "en": "quince-jelly"},
        intro={"de": words, "en": ""},
    )
    text = excerpt_text(client, "de", "Quittengelee")
    assert text.startswith("Satzteil0 ")
    assert text.endswith(" …")
    assert all(part.startswith("Satzteil") for part in text.removesuffix(" …").split())


def test_each_language_is_searched_with_its_own_stemming_where_postgresql_has_it():
    assert [text_search_config(code) for code in ("de", "en", "nl", "pt")] == [
        "german",
        "english",
        "dutch",
        "portuguese",
    ]


def test_a_language_without_its_own_text_search_configuration_is_searched_with_simple():
    """A language added to the settings needs no entry in TEXT_SEARCH_CONFIGS to be searched:
    words as typed, diacritics folded (Lithuanian)."""
    assert text_search_config("lt") == "simple_unaccent"
    assert text_search_config("fr") == "simple_unaccent"
    assert list(find("Klima", "fr")) == []


def test_an_entrys_language_choices_follow_the_settings():
    """The field's choices are a function: a language added to the settings needs no migration."""
    field = SearchEntry._meta.get_field("language")
    with override_settings(LANGUAGES=[("de", "German"), ("en", "English"), ("nl", "Dutch")]):
        assert [code for code, _name in field.choices] == ["de", "en", "nl"]
