"""Previews: for every editor who may use the admin, in each language, staying in the draft."""

import pytest
from bs4 import BeautifulSoup

from partners.models import PartnerTownPage
from tests.admin_forms import edit_form_data

pytestmark = pytest.mark.django_db

DRAFT_DE = "Entwurf: Bernburg liegt an der Saale."
DRAFT_EN = "Draft: Bernburg lies on the Saale."


@pytest.fixture
def draft_preview(coordinator_client):
    """A coordinator's unsaved changes in both languages, sent to the preview."""
    bernburg = PartnerTownPage.objects.get(slug_de="bernburg")
    url, data = edit_form_data(coordinator_client, bernburg)
    data["intro_de"], data["intro_en"] = DRAFT_DE, DRAFT_EN
    preview_url = f"/admin/pages/{bernburg.pk}/edit/preview/"
    assert coordinator_client.post(preview_url, data).json()["is_valid"]

    def preview(mode=None):
        return coordinator_client.get(preview_url, {"mode": mode} if mode else {})

    return preview


def lead(response):
    return BeautifulSoup(response.content, "html.parser").select_one(".lead").get_text(strip=True)


def test_preview_may_be_framed_by_the_admin_for_a_coordinator_who_is_not_staff(draft_preview):
    response = draft_preview("de")
    assert response.status_code == 200
    assert "frame-ancestors 'self'" in response["Content-Security-Policy"]
    assert "frame-ancestors 'none'" not in response["Content-Security-Policy"]


def test_each_language_is_a_preview_mode(draft_preview):
    assert lead(draft_preview("de")) == DRAFT_DE
    assert lead(draft_preview("en")) == DRAFT_EN


def test_german_editor_first_sees_the_german_preview(draft_preview):
    assert lead(draft_preview()) == DRAFT_DE


def test_preview_is_in_the_language_of_its_mode(draft_preview):
    html = BeautifulSoup(draft_preview("en").content, "html.parser")
    assert html.html["lang"] == "en"


def test_language_switch_in_a_preview_stays_in_the_draft(draft_preview):
    html = BeautifulSoup(draft_preview("en").content, "html.parser")
    links = {a["hreflang"]: a["href"] for a in html.select(".language-switch a")}
    assert links == {code: f"?mode={code}" for code in ("de", "en", "nl", "pt", "lt")}


def test_an_unknown_mode_shows_the_default_language(draft_preview):
    assert lead(draft_preview("xx:nonsense")) == DRAFT_DE


def test_participation_page_previews_its_thank_you_page_per_language(coordinator_client):
    from pages.models import ParticipationPage

    page = ParticipationPage.objects.get()
    modes = dict(page.preview_modes)
    codes = ("de", "en", "nl", "pt", "lt")
    assert set(modes) == {*codes, *(f"{code}:landing" for code in codes)}
    url, data = edit_form_data(coordinator_client, page)
    preview_url = f"/admin/pages/{page.pk}/edit/preview/"
    assert coordinator_client.post(preview_url, data).json()["is_valid"]
    english = coordinator_client.get(preview_url, {"mode": "en:landing"}).content.decode()
    assert "Thank you for your message!" in english
