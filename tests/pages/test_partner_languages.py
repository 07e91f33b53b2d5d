"""The partners' own languages (Dutch, Portuguese, Lithuanian): their addresses, the language
switch, the choice at "/", and the fallback to English, then German, marked and said."""

import re

import pytest
from bs4 import BeautifulSoup

from pages.models import HomePage, ProjectPage, StandardPage
from partners.models import PartnerTownPage
from tests.conftest import LANGUAGES, NEW_LANGUAGES, PAGE_TYPES, url_in

pytestmark = pytest.mark.django_db

OWN_NAMES = {
    "de": "Deutsch",
    "en": "English",
    "nl": "Nederlands",
    "pt": "Português",
    "lt": "Lietuvių",
}


def first_live(model):
    return model.objects.live().order_by("path").first()


def switch(html):
    """The language switch as [(code, own name, href)], in its order."""
    nav = BeautifulSoup(html, "html.parser").select_one("nav.language-switch")
    return [(a["hreflang"], a.get_text(strip=True), a["href"]) for a in nav.find_all("a")]


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("nl", "/nl/project/"),
        ("pt", "/pt/projeto/"),
        ("lt", "/lt/projektas/"),
    ],
)
def test_the_project_page_has_its_translated_address(client, code, expected):
    project = ProjectPage.objects.get()
    assert url_in(project, code) == expected
    response = client.get(expected)
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.html["lang"] == code
    assert soup.h1.get_text(strip=True) == getattr(project, f"title_{code}")


@pytest.mark.parametrize("code", NEW_LANGUAGES)
def test_a_partner_town_is_found_under_its_translated_slugs(client, code):
    trakai = PartnerTownPage.objects.get(slug_de="trakai")
    url = url_in(trakai, code)
    assert url.startswith(f"/{code}/")
    assert url != url_in(trakai, "de").replace("/de/", f"/{code}/", 1)
    assert client.get(url).status_code == 200


@pytest.mark.parametrize("model", PAGE_TYPES, ids=lambda m: m.__name__)
def test_the_switch_lists_every_language_by_its_own_name_and_stays_on_the_page(client, model):
    page = first_live(model)
    urls = {code: url_in(page, code) for code in LANGUAGES}
    for code in NEW_LANGUAGES:
        links = switch(client.get(urls[code]).content)
        assert links == [(other, OWN_NAMES[other], urls[other]) for other in LANGUAGES]
    # And from German to each partner language and back.
    for code in NEW_LANGUAGES:
        response = client.get(urls[code])
        assert response.status_code == 200
        assert dict((c, href) for c, _name, href in switch(response.content))["de"] == urls["de"]


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [
        ("nl-NL,nl;q=0.9,en;q=0.5", "/nl/"),
        ("pt-PT,pt;q=0.9", "/pt/"),
        ("pt-BR", "/pt/"),
        ("lt-LT,lt;q=0.9,ru;q=0.5", "/lt/"),
        ("fr-FR,lt;q=0.8", "/lt/"),
    ],
)
def test_root_picks_a_partner_language_by_accept_language(client, accept_language, expected):
    response = client.get("/", headers={"accept-language": accept_language})
    assert response.status_code == 302
    assert response["Location"] == expected
    assert client.get(expected).status_code == 200


def german_and_english_only(home, **english):
    page = StandardPage(
        title_de="Nur auf Deutsch und Englisch",
        slug_de="deutsch-englisch",
        intro_de="Dieser Text ist noch nicht übersetzt.",
        **english,
    )
    home.add_child(instance=page)
    return page


def test_a_dutch_reader_gets_the_english_text_marked_and_told(client):
    page = german_and_english_only(
        HomePage.objects.get(),
        title_en="In German and English only",
        slug_en="german-english",
        intro_en="This text has not been translated yet.",
    )
    html = client.get(url_in(page, "nl")).content.decode()
    assert '<html lang="nl">' in html
    assert re.search(r'<h1 lang="en">\s*In German and English only\s*</h1>', html)
    assert '<p class="lead" lang="en">This text has not been translated yet.</p>' in html
    # The note names the language shown (in Dutch): English, not German.
    assert "U leest hem in het Engels." in html


def test_without_english_the_chain_ends_in_german_and_says_so(client):
    page = german_and_english_only(HomePage.objects.get())
    html = client.get(url_in(page, "pt")).content.decode()
    assert '<html lang="pt">' in html
    assert re.search(r'<h1 lang="de">\s*Nur auf Deutsch und Englisch\s*</h1>', html)
    assert "Está a ler o original em alemão." in html


def test_parts_shown_in_english_are_marked_and_named(client):
    page = german_and_english_only(
        HomePage.objects.get(),
        title_en="In German and English only",
        intro_en="This text has not been translated yet.",
        title_lt="Tik vokiškai ir angliškai",
        slug_lt="tik-vokiskai",
    )
    html = client.get(url_in(page, "lt")).content.decode()
    assert re.search(r"<h1>\s*Tik vokiškai ir angliškai\s*</h1>", html)
    assert '<p class="lead" lang="en">This text has not been translated yet.</p>' in html
    assert "rodomos šia kalba: Anglų." in html


@pytest.mark.parametrize("code", NEW_LANGUAGES)
def test_a_fully_translated_page_shows_no_note(client, code):
    html = client.get(url_in(HomePage.objects.get(), code)).content.decode()
    assert 'class="notice notice--translation"' not in html
