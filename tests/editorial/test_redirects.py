"""A changed slug in either language leaves a 301 from the old URL in that language."""

import pytest
from wagtail.contrib.redirects.models import Redirect

from pages.models import NewsIndexPage, NewsPage
from tests.conftest import url_in

pytestmark = pytest.mark.django_db


def article():
    return NewsPage.objects.live().order_by("path").first()


def rename(page, **slugs):
    for language, slug in slugs.items():
        setattr(page, f"slug_{language}", slug)
    page.save_revision().publish()
    return type(page).objects.get(pk=page.pk)


def test_old_english_url_redirects_to_the_new_one(client):
    page = article()
    old = url_in(page, "en")
    page = rename(page, en="renamed-article")
    response = client.get(old)
    assert response.status_code == 301
    assert response["Location"] == url_in(page, "en") == "/en/news/renamed-article/"
    assert client.get(response["Location"]).status_code == 200


def test_old_german_url_redirects_to_the_new_one(client):
    page = article()
    old = url_in(page, "de")
    page = rename(page, de="umbenannter-artikel")
    response = client.get(old)
    assert response.status_code == 301
    assert response["Location"] == "/de/aktuelles/umbenannter-artikel/"


def test_changing_one_language_leaves_the_other_alone(client):
    page = article()
    german = url_in(page, "de")
    rename(page, en="only-english-changed")
    assert client.get(german).status_code == 200
    assert not Redirect.objects.filter(old_path=german.rstrip("/")).exists()


def test_descendants_of_a_renamed_page_redirect_too(client):
    index = NewsIndexPage.objects.get()
    children = list(NewsPage.objects.live().child_of(index))
    old = {page.pk: (url_in(page, "de"), url_in(page, "en")) for page in children}
    rename(index, de="neuigkeiten", en="updates")
    for page in NewsPage.objects.filter(pk__in=old):
        old_de, old_en = old[page.pk]
        for old_url, language in ((old_de, "de"), (old_en, "en")):
            response = client.get(old_url)
            assert response.status_code == 301
            assert response["Location"] == url_in(page, language)
    assert client.get("/de/aktuelles/").headers["Location"] == "/de/neuigkeiten/"


def test_renaming_back_drops_the_redirect_that_would_shadow_the_page(client):
    page = article()
    original = url_in(page, "en")
    page = rename(page, en="temporary-name")
    page = rename(page, en=original.rstrip("/").rsplit("/", 1)[1])
    assert client.get(original).status_code == 200
    response = client.get("/en/news/temporary-name/")
    assert response.status_code == 301
    assert response["Location"] == original


def test_saving_a_draft_creates_no_redirect(client):
    page = article()
    old = url_in(page, "en")
    page.slug_en = "draft-only"
    page.save_revision()
    assert client.get(old).status_code == 200
    assert not Redirect.objects.filter(automatically_created=True).exists()
