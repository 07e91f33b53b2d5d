"""The original site's addresses (…/projekt.htm, …/2011-10.htm) answer 301 to their pages here."""

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from wagtail.contrib.redirects.models import Redirect

from conferences.models import ConferenceIndexPage, ConferencePage
from pages.models import ProjectPage
from tests.conftest import url_in

pytestmark = pytest.mark.django_db


def workshop():
    return ConferencePage.objects.get(slug_de="workshop-rheine-2011")


@pytest.mark.parametrize(
    ("old", "page", "language"),
    [
        ("/de/projekt.htm", ProjectPage.objects.get, "de"),
        ("/en/project.htm", ProjectPage.objects.get, "en"),
        ("/de/veranstaltungen.htm", ConferenceIndexPage.objects.get, "de"),
        ("/en/events.htm", ConferenceIndexPage.objects.get, "en"),
        ("/de/veranstaltungen/2011-10.htm", workshop, "de"),
        ("/en/events/2011-10.htm", workshop, "en"),
        (
            "/de/veranstaltungen/2013-10.htm",
            lambda: ConferencePage.objects.get(slug_de="konferenz-borne-2013"),
            "de",
        ),
    ],
)
def test_old_address_answers_301_with_the_page_in_its_language(client, old, page, language):
    response = client.get(old)
    assert response.status_code == 301
    assert response["Location"] == url_in(page(), language)
    assert client.get(response["Location"]).status_code == 200


def test_query_strings_of_old_links_are_ignored(client):
    response = client.get("/de/projekt.htm?lang=de")
    assert response.status_code == 301
    assert response["Location"] == url_in(ProjectPage.objects.get(), "de")


def test_redirects_are_wagtail_redirects_coordinators_can_change(client):
    redirect = Redirect.objects.get(old_path="/de/projekt.htm")
    assert redirect.is_permanent and not redirect.automatically_created
    redirect.redirect_page = ConferenceIndexPage.objects.get()
    redirect.save()
    assert client.get("/de/projekt.htm")["Location"] == url_in(redirect.redirect_page, "de")


def test_loading_again_neither_duplicates_nor_overwrites_them():
    redirect = Redirect.objects.get(old_path="/en/events/2011-10.htm")
    redirect.redirect_page = ProjectPage.objects.get()
    redirect.save()
    count = Redirect.objects.count()
    call_command("load_initial_data", verbosity=0)
    assert Redirect.objects.count() == count
    redirect.refresh_from_db()
    assert redirect.redirect_page_id == ProjectPage.objects.get().pk


def test_loading_again_puts_back_a_missing_old_address():
    Redirect.objects.filter(old_path="/de/projekt.htm").delete()
    call_command("load_initial_data", verbosity=0)
    assert Redirect.objects.filter(old_path="/de/projekt.htm").exists()


@pytest.mark.parametrize(
    ("path", "language", "heading"),
    [
        ("/de/unbekannt.htm", "de", "Seite nicht gefunden"),
        ("/en/events/2099-01.htm", "en", "Page not found"),
    ],
)
def test_unknown_old_address_is_a_helpful_404_in_its_language(client, path, language, heading):
    response = client.get(path)
    assert response.status_code == 404
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.html["lang"] == language
    assert soup.h1.get_text(strip=True) == heading
    note = soup.select_one(".old-site")
    assert note is not None
    links = [a["href"] for a in note.select("a")]
    assert url_in(ProjectPage.objects.get(), language) in links
    assert url_in(ConferenceIndexPage.objects.get(), language) in links


def test_other_404s_do_not_speak_of_the_old_site(client):
    response = client.get("/en/no-such-page/")
    assert response.status_code == 404
    assert BeautifulSoup(response.content, "html.parser").select_one(".old-site") is None
