"""The page cache: anonymous pages come from it, any change to the site empties it at once."""

import gzip

import pytest
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from core.models import SiteSettings
from delivery import generation
from delivery.cache import ENTRY_PREFIX, REFILL_PREFIX
from pages.models import HomePage, NewsIndexPage
from partners.models import PartnerTownPage
from tests.conftest import url_in

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _page_cache_on(settings):
    settings.PAGE_CACHE_ENABLED = True


def town():
    return PartnerTownPage.objects.get(slug_de="bernburg")


def cache_state(response):
    return response.get("X-Page-Cache")


def test_second_anonymous_visit_is_served_from_the_cache(client):
    url = url_in(town(), "de")
    assert cache_state(client.get(url)) == "miss"
    assert cache_state(client.get(url)) == "hit"


def test_cached_page_needs_no_database_query(client):
    url = url_in(town(), "en")
    client.get(url)
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    assert len(context.captured_queries) == 0


def test_each_language_is_cached_on_its_own(client):
    page = town()
    german, english = url_in(page, "de"), url_in(page, "en")
    client.get(german)
    assert cache_state(client.get(english)) == "miss"
    assert "Bernburg" in client.get(english).content.decode()
    assert client.get(english)["Content-Language"] == "en"


def page_entries():
    return [key for key in cache._cache if ENTRY_PREFIX in key]


def test_tracking_parameters_do_not_split_the_cache(client):
    url = url_in(town(), "de")
    client.get(url)
    entries = page_entries()
    for number in range(300):
        response = client.get(
            f"{url}?utm_source=newsletter-{number}&utm_medium=mail&fbclid=x{number}"
        )
        assert cache_state(response) == "hit"
    assert page_entries() == entries


def test_parameters_a_page_reads_are_cached_per_value(client):
    news = url_in(NewsIndexPage.objects.get(), "de")
    client.get(news)
    assert cache_state(client.get(news + "?page=2")) == "miss"
    assert cache_state(client.get(news + "?page=2&utm_source=x")) == "hit"
    search = url_in(HomePage.objects.get(), "de") + "suche/"
    assert cache_state(client.get(search + "?q=klima")) == "miss"
    assert cache_state(client.get(search + "?q=energie")) == "miss"
    assert cache_state(client.get(search + "?q=klima")) == "hit"


def test_other_parameters_are_answered_without_the_cache(client):
    url = url_in(town(), "de")
    client.get(url)
    entries = page_entries()
    for number in range(20):
        response = client.get(f"{url}?x={number}")
        assert response.status_code == 200
        assert cache_state(response) is None
    assert page_entries() == entries


def test_publishing_a_page_refreshes_it_in_both_languages(client):
    page = town()
    urls = [url_in(page, "de"), url_in(page, "en")]
    for url in urls:
        client.get(url)
    page.title_de, page.title_en = "Bernburg an der Saale", "Bernburg on the Saale"
    page.save_revision().publish()
    assert "Bernburg an der Saale" in client.get(urls[0]).content.decode()
    assert "Bernburg on the Saale" in client.get(urls[1]).content.decode()


def test_publishing_a_page_refreshes_the_pages_that_list_it(client):
    home_url = url_in(HomePage.objects.get(), "en")
    client.get(home_url)
    page = town()
    page.title_en = "Bernburg, renamed"
    page.save_revision().publish()
    assert "Bernburg, renamed" in client.get(home_url).content.decode()


def test_unpublished_page_is_gone_at_once(client):
    page = town()
    url = url_in(page, "de")
    client.get(url)
    page.unpublish()
    assert client.get(url).status_code == 404


def render_in_progress():
    """Hold the refill lock of every cached page for the current generation, as a request that
    is rendering them right now would."""
    current = generation.current()
    for key in page_entries():
        cache.add(f"{REFILL_PREFIX}{key[key.index(ENTRY_PREFIX) :]}:{current}", 1, 10)


def test_while_one_request_renders_a_changed_page_others_get_the_copy_from_before(client):
    page = town()
    url = url_in(page, "en")
    client.get(url)
    page.title_en = "Bernburg, newly named"
    page.save_revision().publish()
    render_in_progress()
    response = client.get(url)
    assert cache_state(response) == "stale"
    assert response["Cache-Control"] == "public, max-age=0, must-revalidate"
    assert "Bernburg, newly named" not in response.content.decode()
    cache.delete_many(
        [key[key.index(REFILL_PREFIX) :] for key in cache._cache if REFILL_PREFIX in key]
    )
    response = client.get(url)
    assert cache_state(response) == "miss"
    assert "Bernburg, newly named" in response.content.decode()


def test_a_request_alone_after_a_change_renders_the_page_anew(client):
    """The copy from before is only for requests that come during the one render."""
    url = url_in(town(), "de")
    client.get(url)
    town().save_revision().publish()
    assert cache_state(client.get(url)) == "miss"
    assert cache_state(client.get(url)) == "hit"


def test_an_unpublished_page_is_not_kept_as_a_copy_from_before(client):
    page = town()
    url = url_in(page, "de")
    client.get(url)
    page.unpublish()
    assert client.get(url).status_code == 404  # the render that finds it gone drops the copy
    render_in_progress()
    assert client.get(url).status_code == 404


def test_saving_site_settings_refreshes_the_footer(client):
    url = url_in(HomePage.objects.get(), "en")
    client.get(url)
    site_settings = SiteSettings.objects.get()
    site_settings.funding_note_en = "Funded by a new programme."
    site_settings.save()
    assert "Funded by a new programme." in client.get(url).content.decode()


def test_editor_is_never_served_from_or_stored_in_the_cache(admin_client):
    url = url_in(town(), "de")
    response = admin_client.get(url)
    assert cache_state(response) is None
    assert "no-store" in response["Cache-Control"]
    assert cache_state(admin_client.get(url)) is None
    assert cache_state(Client().get(url)) == "miss"


def test_post_is_not_cached(client):
    url = url_in(town(), "de")
    client.get(url)
    assert cache_state(client.post(url)) is None


def test_page_with_a_csrf_form_is_not_stored(client):
    page = town()
    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )
    url = url_in(page, "de")
    first = client.get(url)
    assert b"csrfmiddlewaretoken" in first.content
    assert cache_state(client.get(url)) is None


def test_anonymous_page_is_public_for_a_short_time(client):
    response = client.get(url_in(town(), "de"))
    assert response["Cache-Control"] == "public, max-age=60"


def test_unchanged_page_answers_304_to_its_etag(client):
    url = url_in(town(), "de")
    etag = client.get(url)["ETag"]
    assert client.get(url, HTTP_IF_NONE_MATCH=etag).status_code == 304


def test_unchanged_page_answers_304_since_last_modified(client):
    url = url_in(town(), "de")
    modified = client.get(url)["Last-Modified"]
    assert client.get(url, HTTP_IF_MODIFIED_SINCE=modified).status_code == 304


def test_changed_page_does_not_answer_304_to_an_old_etag(client):
    page = town()
    url = url_in(page, "de")
    etag = client.get(url)["ETag"]
    page.title_de = "Bernburg, newly named, neu"
    page.save_revision().publish()
    assert client.get(url, HTTP_IF_NONE_MATCH=etag).status_code == 200


def test_page_is_gzipped_for_clients_that_accept_it(client):
    url = url_in(town(), "de")
    plain = client.get(url).content
    for _visit in range(2):
        response = client.get(url, HTTP_ACCEPT_ENCODING="gzip, deflate, br")
        assert response["Content-Encoding"] == "gzip"
        assert gzip.decompress(response.content) == plain
        assert "Accept-Encoding" in response["Vary"]


def test_cache_off_setting_serves_every_page_fresh(client, settings):
    settings.PAGE_CACHE_ENABLED = False
    url = url_in(town(), "de")
    client.get(url)
    assert cache_state(client.get(url)) is None


def test_site_serves_uncached_when_redis_is_unreachable(client, settings):
    settings.CACHES = {
        "default": {
            "BACKEND": "delivery.cache_backend.FaultTolerantRedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",
            "OPTIONS": {"socket_connect_timeout": 0.2, "socket_timeout": 0.2},
        }
    }
    url = url_in(town(), "en")
    assert client.get(url).status_code == 200
    assert client.get(url).status_code == 200
