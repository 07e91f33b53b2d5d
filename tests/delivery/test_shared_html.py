"""Parts every visitor sees alike ({% shared_html %}) are rendered once per generation."""

import pytest

from core.models import SiteSettings
from delivery import generation
from delivery.cache import local_fragments
from pages.models import HomePage, NewsIndexPage
from partners.models import PartnerTownIndexPage, PartnerTownPage
from tests.admin_forms import edit_form_data
from tests.conftest import url_in

pytestmark = pytest.mark.django_db


def rendered(response):
    return {template.name for template in response.templates}


def test_home_page_lists_and_footer_are_rendered_once_per_generation(client):
    url = url_in(HomePage.objects.get(), "de")
    first = client.get(url)
    assert {"components/town_card.html", "components/news_card.html"} <= rendered(first)
    second = client.get(url)
    assert second.content == first.content
    assert "components/town_card.html" not in rendered(second)


def test_each_language_has_its_own_copy(client):
    home = HomePage.objects.get()
    german = client.get(url_in(home, "de")).content.decode()
    english = client.get(url_in(home, "en")).content.decode()
    assert "Die Partnerstädte" in german and "The partner towns" not in german
    assert "The partner towns" in english


def test_a_publish_renders_them_anew(client):
    url = url_in(HomePage.objects.get(), "en")
    client.get(url)
    town = PartnerTownPage.objects.get(slug_de="bernburg")
    town.title_en = "Bernburg, just renamed"
    town.save_revision().publish()
    response = client.get(url)
    assert "components/town_card.html" in rendered(response)
    assert "Bernburg, just renamed" in response.content.decode()


def test_saving_the_site_settings_renders_the_footer_anew(client):
    url = url_in(HomePage.objects.get(), "en")
    client.get(url)
    settings = SiteSettings.objects.get()
    settings.funding_note_en = "Funded, as the footer now says."
    settings.save()
    assert "Funded, as the footer now says." in client.get(url).content.decode()


def test_a_preview_renders_them_afresh_not_from_the_shared_copy(admin_client, client):
    home = HomePage.objects.get()
    client.get(url_in(home, "de"))  # the shared copy exists
    url, data = edit_form_data(admin_client, home)
    data["intro_de"] = "Entwurf der Startseite"
    preview_url = f"/admin/pages/{home.pk}/edit/preview/"
    assert admin_client.post(preview_url, data).json()["is_valid"]
    response = admin_client.get(preview_url, {"mode": "de"})
    assert "Entwurf der Startseite" in response.content.decode()
    assert "components/town_card.html" in rendered(response)


def test_list_pages_render_their_lists_once(client):
    for page, card in (
        (PartnerTownIndexPage.objects.get(), "components/town_card.html"),
        (NewsIndexPage.objects.get(), "components/news_card.html"),
    ):
        url = url_in(page, "en")
        assert card in rendered(client.get(url))
        again = client.get(url)
        assert card not in rendered(again)
        assert again.status_code == 200


def test_a_page_of_a_long_list_is_kept_in_the_shared_cache_only(client):
    """Pages of a list are as many as the record is long: the process keeps none of them."""
    url = url_in(NewsIndexPage.objects.get(), "de")
    client.get(url)
    assert "components/news_card.html" not in rendered(client.get(url))
    kept = local_fragments.of(generation.current())
    assert kept
    assert not any(key.startswith("klima:fragment:html:news-list:") for key in kept)
    assert any(key.startswith("klima:fragment:html:footer:") for key in kept)
