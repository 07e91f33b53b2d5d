"""Shared fixtures: the bundled content is loaded once per test database and shared."""

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.utils import translation

from conferences.models import ConferenceIndexPage, ConferencePage
from pages.models import (
    DownloadsPage,
    HomePage,
    NewsIndexPage,
    NewsPage,
    ProjectPage,
    StandardPage,
)
from partners.models import PartnerTownIndexPage, PartnerTownPage

PAGE_TYPES = [
    HomePage,
    ProjectPage,
    PartnerTownIndexPage,
    PartnerTownPage,
    ConferenceIndexPage,
    ConferencePage,
    NewsIndexPage,
    NewsPage,
    DownloadsPage,
    StandardPage,
]


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """The real bundled content, as `make run` loads it, under every test."""
    with django_db_blocker.unblock():
        call_command("load_initial_data", verbosity=0)


@pytest.fixture(autouse=True)
def _empty_cache():
    """Each test starts with an empty cache: a rolled-back test must not leave pages behind."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def _german_by_default():
    """Each test starts in the default language, whatever the previous one activated."""
    with translation.override("de"):
        yield


def url_in(page, language):
    """A page's URL in ``language``, built as the site builds it."""
    with translation.override(language):
        return page.get_url()


@pytest.fixture
def admin_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("editor", "editor@example.org", "pw")
    client.force_login(user)
    return client
