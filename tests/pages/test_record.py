"""True to the record: the site says no more than is known, in both languages."""

import re

import pytest
from bs4 import BeautifulSoup
from wagtail.models import Page

from conferences.models import ConferencePage
from pages.models import HomePage, NewsIndexPage, NewsPage, ProjectPage, StandardPage
from partners.models import PartnerTownPage
from tests.conftest import url_in

pytestmark = pytest.mark.django_db


def soup_of(client, page, language):
    response = client.get(url_in(page, language))
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def main_text(client, page, language):
    return " ".join(soup_of(client, page, language).main.get_text(" ").split())


def every_page_text(client, language):
    return {
        page.url_path: main_text(client, page.specific, language)
        for page in Page.objects.live().filter(depth__gt=1)
    }


@pytest.mark.parametrize("language", ["de", "en"])
def test_closing_conference_news_is_dated_only_to_2014(client, language):
    article = NewsPage.objects.get(slug_de="abschlusskonferenz-und-projektende")
    soup = soup_of(client, NewsIndexPage.objects.get(), language)
    card = next(card for card in soup.select(".card--news") if article.title in card.get_text())
    time = card.select_one("time")
    assert time.get_text(strip=True) == "2014"
    assert time["datetime"] == "2014"


def test_year_only_news_give_machines_only_the_year(client):
    soup = soup_of(client, NewsPage.objects.get(slug_de="europapreis-2015"), "de")
    assert soup.select_one(".page-header__kicker time")["datetime"] == "2016"


def test_guiding_idea_is_gemeinsam_fuer_ein_besseres_klima(client):
    soup = soup_of(client, HomePage.objects.get(), "de")
    assert soup.select_one(".hero__kicker").get_text(strip=True) == (
        "Gemeinsam für ein besseres Klima"
    )
    project = main_text(client, ProjectPage.objects.get(), "de")
    assert "Leitsatz" not in project
    assert "Motto" not in main_text(client, ProjectPage.objects.get(), "en")


@pytest.mark.parametrize(
    ("language", "label", "unknown"),
    [("de", "Klimaschwerpunkt", "nicht überliefert"), ("en", "Climate focus", "not recorded")],
)
def test_rheines_unknown_climate_focus_is_said_to_be_unknown(client, language, label, unknown):
    soup = soup_of(client, PartnerTownPage.objects.get(slug_de="rheine"), language)
    facts = {
        dt.get_text(strip=True): dt.find_next_sibling("dd").get_text(strip=True)
        for dt in soup.select("aside.facts dt")
    }
    assert facts[label] == unknown


def test_bornes_climate_focus_is_its_conference_topic(client):
    soup = soup_of(client, PartnerTownPage.objects.get(slug_de="borne"), "de")
    dd = next(dt for dt in soup.select("aside.facts dt") if dt.get_text() == "Klimaschwerpunkt")
    assert dd.find_next_sibling("dd").get_text(strip=True).startswith("Abfall und Wasser")


@pytest.mark.parametrize(
    ("language", "location"),
    [("de", "52,2990° N, 6,7530° O"), ("en", "52.2990° N, 6.7530° E")],
)
def test_coordinates_are_written_as_the_language_writes_numbers(client, language, location):
    assert location in main_text(client, PartnerTownPage.objects.get(slug_de="borne"), language)


@pytest.mark.parametrize(
    ("language", "credit"),
    [
        ("de", "Illustration, für diese Website gezeichnet"),
        ("en", "Illustration made for this website"),
    ],
)
def test_pictures_are_credited_as_illustrations(client, language, credit):
    for page in (
        PartnerTownPage.objects.get(slug_de="trakai"),
        ConferencePage.objects.get(slug_de="konferenz-borne-2013"),
    ):
        soup = soup_of(client, page, language)
        figures = soup.main.select("figure.figure")
        assert figures
        for figure in figures:
            assert credit in figure.figcaption.get_text()


@pytest.mark.parametrize(
    ("language", "said", "not_said"),
    [
        ("de", "für diese Website gezeichnet", "eigene Zeichnungen des Projekts"),
        ("en", "illustrations made for this website", "the project's own drawings"),
    ],
)
def test_legal_notice_says_the_pictures_were_made_for_this_website(
    client, language, said, not_said
):
    text = main_text(client, StandardPage.objects.get(slug_de="impressum"), language)
    assert said in text
    assert not_said not in text


def test_english_has_no_germanisms_and_one_term_for_the_towns(client):
    for path, text in every_page_text(client, "en").items():
        for germanism in ("common ways", "untime", "starting signal"):
            assert germanism not in text, (path, germanism)
        # "twin towns" only in the project's own name.
        assert not re.search(r"\btwin towns?\b(?! take on climate responsibility)", text), path


def test_europapreis_is_explained_in_both_languages(client):
    article = NewsPage.objects.get(slug_de="europapreis-2015")
    assert "Auszeichnung" in main_text(client, article, "de")
    assert "German for “Europe Prize”" in main_text(client, article, "en")


@pytest.mark.parametrize("language", ["de", "en"])
def test_co2_is_written_with_a_subscript_two(client, language):
    pages = every_page_text(client, language)
    assert not any("CO2" in text for text in pages.values())
    assert any("CO₂" in text for text in pages.values())


@pytest.mark.parametrize(
    ("language", "wording", "others"),
    [
        ("de", "nicht überliefert", ("nicht dokumentiert", "nicht bekannt")),
        ("en", "not recorded", ("not documented", "not known")),
    ],
)
def test_unknown_dates_have_one_wording(client, language, wording, others):
    pages = every_page_text(client, language)
    assert any(wording in text for text in pages.values())
    for text in pages.values():
        for other in others:
            assert other not in text


@pytest.mark.parametrize(
    ("language", "alt", "programme"),
    [
        ("de", "Emblem der Europäischen Union", "„Europa für Bürgerinnen und Bürger“"),
        ("en", "Emblem of the European Union", "Europe for Citizens"),
    ],
)
def test_footer_carries_the_eu_emblem_with_the_programmes_name(client, language, alt, programme):
    soup = soup_of(client, HomePage.objects.get(), language)
    funding = soup.select_one("footer .site-footer__funding")
    emblem = funding.select_one("img.eu-emblem")
    assert emblem["alt"] == alt
    assert emblem["src"].endswith(".svg")
    assert programme in funding.get_text()
