"""The edit form's languages and the admin's German, as the editors' tools make them.

The language bar replaces wagtail-modeltranslation's copy script and view
(editorial/wagtail_hooks.py); the strings the packages leave in English are translated
through editorial/locale_overrides.py.
"""

import pytest
from bs4 import BeautifulSoup
from wagtail.models import Page

from pages.models import HomePage

pytestmark = pytest.mark.django_db


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
