"""Editors work on both languages of a page in one Wagtail edit view."""

import pytest
from bs4 import BeautifulSoup
from wagtail.models import Page

from pages.models import HomePage
from tests.conftest import PAGE_TYPES, url_in

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("model", PAGE_TYPES, ids=lambda m: m.__name__)
def test_edit_view_shows_both_languages_fields(admin_client, model):
    page = model.objects.order_by("path").first()
    response = admin_client.get(f"/admin/pages/{page.pk}/edit/")
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    for field in ("title", "slug", "intro", "seo_title", "search_description"):
        for language in ("de", "en"):
            assert soup.find(attrs={"name": f"{field}_{language}"}), f"{field}_{language}"
    # The German title holds the page's German title, the English one its English title.
    assert soup.find("input", attrs={"name": "title_en"})["value"] == page.title_en


def test_editor_sees_user_bar_with_edit_link(admin_client):
    home = HomePage.objects.get()
    html = admin_client.get(url_in(home, "en")).content.decode()
    assert "wagtail-userbar" in html
    assert f"/admin/pages/{home.pk}/edit/" in html


def test_visitor_sees_no_user_bar(client):
    html = client.get(url_in(HomePage.objects.get(), "de")).content.decode()
    assert "wagtail-userbar" not in html


# What a German editor reads in the edit form.


def test_english_title_does_not_look_required(coordinator_client):
    page = HomePage.objects.get()
    soup = BeautifulSoup(
        coordinator_client.get(f"/admin/pages/{page.pk}/edit/").content, "html.parser"
    )
    english = soup.find("input", attrs={"name": "title_en"})
    assert not english.has_attr("required")
    assert "*" not in english["placeholder"]
    assert english["placeholder"] == "Seitentitel (freiwillig)"
    assert soup.find("input", attrs={"name": "title_de"})["placeholder"].endswith("*")


def test_inline_items_are_named_in_the_singular(coordinator_client):
    from conferences.models import ConferencePage

    borne = ConferencePage.objects.get(slug_de="konferenz-borne-2013")
    soup = BeautifulSoup(
        coordinator_client.get(f"/admin/pages/{borne.pk}/edit/").content, "html.parser"
    )
    item = soup.find(id="inline_child_excursions-0-panel-heading")
    assert item.find(attrs={"data-panel-heading-text": True}).contents[0].strip() == "Exkursion"
    outer = soup.find(id="panel-child-inhalt-exkursionen-heading")
    assert outer.get_text(" ", strip=True) == "Exkursionen"
    assert soup.find(id="id_excursions-ADD").get_text(" ", strip=True) == "Exkursion hinzufügen"


def test_clashing_english_slug_is_explained_in_german(coordinator_client):
    from tests.admin_forms import edit_form_data

    pages = list(Page.objects.filter(depth=3).order_by("path").specific())
    url, data = edit_form_data(coordinator_client, pages[0])
    data["slug_en"] = pages[1].slug_en
    response = coordinator_client.post(url, data)
    assert response.status_code in (200, 400)  # the form again, with its error
    errors = BeautifulSoup(response.content, "html.parser").select(".error-message")
    assert [e.get_text(strip=True) for e in errors] == [
        "Dieser Kurztitel wird auf dieser Ebene schon verwendet"
    ]


def test_account_page_headings_are_german(coordinator_client):
    soup = BeautifulSoup(coordinator_client.get("/admin/account/").content, "html.parser")
    headings = [h.get_text(" ", strip=True) for h in soup.select("h2")]
    assert "Sprache und Zeitzone" in headings
    assert "Locale" not in headings


def test_edit_form_has_the_language_bar_and_not_the_packages_copy_script(coordinator_client):
    page = HomePage.objects.get()
    html = coordinator_client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert 'id="kp-languages-config"' in html
    assert "js/admin-languages.js" in html
    assert "copy_stream_fields.js" not in html
    assert "language_toggles.js" not in html


@pytest.mark.parametrize(
    "data",
    [
        {
            "origin_field_name": "body_de",
            "target_field_name": "body_en",
            "serializedOriginField": "[]",
        },
        {"serializedOriginField": "not json"},
    ],
)
def test_the_packages_copy_view_is_gone(borne_client, data):
    """wagtail-modeltranslation's CSRF-exempt copy view, open to any editor on any page."""
    from partners.models import PartnerTownPage

    trakai = PartnerTownPage.objects.get(slug_de="trakai")
    response = borne_client.post(
        f"/admin/pages/{trakai.pk}/edit/copy_translation_content/",
        data,
        headers={"X-Requested-With": "XMLHttpRequest"},
    )
    assert 400 <= response.status_code < 500 or response.status_code == 302
    assert b"body_en" not in response.content
