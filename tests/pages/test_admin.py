"""Editors work on both languages of a page in one Wagtail edit view."""

import pytest
from bs4 import BeautifulSoup

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
