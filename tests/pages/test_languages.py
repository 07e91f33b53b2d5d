"""Every page in every language, the language switch, the fallback to German, the 404 page."""

import re

import pytest
from bs4 import BeautifulSoup

from pages.models import HomePage, StandardPage
from tests.conftest import LANGUAGES, PAGE_TYPES, url_in

pytestmark = pytest.mark.django_db


def first_live(model):
    return model.objects.live().order_by("path").first()


def language_links(html):
    """The language switch's links as {language code: href}."""
    soup = BeautifulSoup(html, "html.parser")
    nav = soup.select_one("nav.language-switch")
    return {a["hreflang"]: a["href"] for a in nav.find_all("a")}


@pytest.mark.parametrize("model", PAGE_TYPES, ids=lambda m: m.__name__)
@pytest.mark.parametrize("language", LANGUAGES)
def test_page_type_renders_its_own_language(client, model, language):
    page = first_live(model)
    response = client.get(url_in(page, language))
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{language}">' in html
    soup = BeautifulSoup(html, "html.parser")
    assert soup.h1.get_text(strip=True) == getattr(page, f"title_{language}")


@pytest.mark.parametrize("model", PAGE_TYPES, ids=lambda m: m.__name__)
def test_language_switch_leads_to_same_page_and_back(client, model):
    page = first_live(model)
    german_url, english_url = url_in(page, "de"), url_in(page, "en")
    assert german_url.startswith("/de/") and english_url.startswith("/en/")

    links = language_links(client.get(german_url).content)
    assert links["en"] == english_url
    english = client.get(links["en"])
    assert english.status_code == 200
    assert language_links(english.content)["de"] == german_url


def test_translated_slugs_differ_between_languages():
    project = first_live(StandardPage)
    assert url_in(project, "de") != url_in(project, "en")


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [("en-GB,en;q=0.9", "/en/"), ("de-DE,de;q=0.9,en;q=0.5", "/de/"), ("fr-FR,fr;q=0.9", "/de/")],
)
def test_root_redirects_by_accept_language(client, accept_language, expected):
    response = client.get("/", headers={"accept-language": accept_language})
    assert response.status_code == 302
    assert response["Location"] == expected
    assert client.get(expected).status_code == 200


def test_page_without_english_falls_back_to_german_and_says_so(client):
    home = HomePage.objects.get()
    page = StandardPage(
        title_de="Nur auf Deutsch",
        slug_de="nur-deutsch",
        intro_de="Dieser Text ist noch nicht übersetzt.",
    )
    home.add_child(instance=page)

    response = client.get(url_in(page, "en"))
    html = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="en">' in html
    assert "has not been translated into English yet" in html
    assert re.search(r'<h1 lang="de">\s*Nur auf Deutsch\s*</h1>', html)
    assert '<p class="lead" lang="de">Dieser Text ist noch nicht übersetzt.</p>' in html


def test_fully_translated_page_shows_no_fallback_notice(client):
    response = client.get(url_in(HomePage.objects.get(), "en"))
    assert "not been translated" not in response.content.decode()


@pytest.mark.parametrize(
    ("path", "language", "text"),
    [
        ("/de/gibt-es-nicht/", "de", "Seite nicht gefunden"),
        ("/en/does-not-exist/", "en", "Page not found"),
        ("/nl/bestaat-niet/", "nl", "Pagina niet gevonden"),
        ("/pt/nao-existe/", "pt", "Página não encontrada"),
        ("/lt/nera/", "lt", "Puslapis nerastas"),
    ],
)
def test_missing_page_gives_404_page_in_its_language(client, path, language, text):
    response = client.get(path)
    assert response.status_code == 404
    html = response.content.decode()
    assert f'<html lang="{language}">' in html
    assert text in html
    # The way on: the home page in the same language.
    assert f'href="/{language}/"' in html
