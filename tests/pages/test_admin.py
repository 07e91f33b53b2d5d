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
