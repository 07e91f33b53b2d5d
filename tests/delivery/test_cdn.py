"""A CDN in front of the site is told about a published page in both languages."""

import pytest
from wagtail.contrib.frontend_cache.backends import BaseBackend

from pages.models import HomePage
from partners.models import PartnerTownPage
from tests.conftest import url_in

pytestmark = pytest.mark.django_db

PURGED = []


class RecordingBackend(BaseBackend):
    """A CDN that writes down what it is asked to purge."""

    def purge(self, url):
        PURGED.append(url)


@pytest.fixture
def cdn(settings):
    settings.WAGTAILFRONTENDCACHE = {"cdn": {"BACKEND": "tests.delivery.test_cdn.RecordingBackend"}}
    PURGED.clear()
    yield PURGED
    PURGED.clear()


def paths(urls):
    return {url.split("://", 1)[1].split("/", 1)[1] for url in urls}


def test_publishing_purges_the_page_and_the_pages_listing_it_in_both_languages(cdn):
    town = PartnerTownPage.objects.get(slug_de="borne")
    town.save_revision().publish()
    expected = {
        url_in(page, language).lstrip("/")
        for page in (town, town.get_parent(), HomePage.objects.get())
        for language in ("de", "en")
    }
    assert expected <= paths(cdn)
    assert {"de/feed/", "en/feed/"} <= paths(cdn)


def test_unpublishing_purges_the_page_in_both_languages(cdn):
    town = PartnerTownPage.objects.get(slug_de="borne")
    urls = {url_in(town, "de").lstrip("/"), url_in(town, "en").lstrip("/")}
    town.unpublish()
    assert urls <= paths(cdn)
