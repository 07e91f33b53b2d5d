"""Shared fixtures: the bundled content is loaded once per test database and shared."""

import json
import shutil

import pytest
from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.core.management import call_command
from django.core.management.color import no_style
from django.db import connections, transaction
from django.utils import translation

from conferences.models import ConferenceIndexPage, ConferencePage
from pages.models import (
    DownloadsPage,
    HomePage,
    NewsIndexPage,
    NewsPage,
    ParticipationPage,
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
    ParticipationPage,
]

# The site's languages: German (the original), English, and the partners' own.
LANGUAGES = ["de", "en", "nl", "pt", "lt"]
# The partners' languages, which fall back to English, then German.
NEW_LANGUAGES = ["nl", "pt", "lt"]


def pytest_sessionfinish(session, exitstatus):
    """Remove the uploads (images, flyers) that this run's test database pointed to."""
    if settings.configured and "klimapartner-test-media-" in str(settings.MEDIA_ROOT):
        shutil.rmtree(settings.MEDIA_ROOT, ignore_errors=True)
    if settings.configured and "klimapartner-test-uploads-" in str(settings.FILE_UPLOAD_TEMP_DIR):
        shutil.rmtree(settings.FILE_UPLOAD_TEMP_DIR, ignore_errors=True)


# The password of the editors the tests create.
EDITOR_PASSWORD = "secret-pw"

# The bundled content as loaded, to put back after tests that commit (live server,
# transactional_db). Kept here, not on the connection: Django's connections are per thread and
# per async context, and once Playwright runs its event loop, teardown sees another one.
SNAPSHOT = {}


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """The real bundled content, as `make run` loads it, under every test."""
    with django_db_blocker.unblock():
        call_command("load_initial_data", verbosity=0)
        SNAPSHOT["default"] = connections["default"].creation.serialize_db_to_string()
    yield
    # The test database goes away next and the connection points at DATABASE_URL's own
    # database again: a restore after the session's last test must not flush that one.
    SNAPSHOT.clear()


def is_transactional(item):
    marker = item.get_closest_marker("django_db")
    if marker and (marker.kwargs.get("transaction") or marker.kwargs.get("reset_sequences")):
        return True
    return bool({"transactional_db", "live_server"} & set(getattr(item, "fixturenames", ())))


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item, nextitem):
    """After a test that committed, restore the bundled content for the tests that follow.

    Such tests end with a flush that empties every table (on PostgreSQL); the snapshot taken
    after loading the content is loaded back, so the suite passes in any order.
    """
    result = yield
    if is_transactional(item):
        from pytest_django.plugin import blocking_manager_key

        with item.config.stash[blocking_manager_key].unblock():
            restore_bundled_content()
    return result


def restore_bundled_content():
    contents = SNAPSHOT.get("default")
    if contents is None:
        return
    connection = connections["default"]
    # Empty first without post_migrate, whose content types would clash with the snapshot's.
    call_command(
        "flush", interactive=False, inhibit_post_migrate=True, reset_sequences=False, verbosity=0
    )
    # Content types go first: building a Wagtail task or page looks its type up and would
    # create a row of its own if the snapshot's were not there yet.
    objects = json.loads(contents)
    content_types = [obj for obj in objects if obj["model"] == "contenttypes.contenttype"]
    others = [obj for obj in objects if obj["model"] != "contenttypes.contenttype"]
    ContentType.objects.clear_cache()
    with transaction.atomic():
        for part in (content_types, others):
            connection.creation.deserialize_db_from_string(json.dumps(part))
        # New rows continue after the restored ones.
        with connection.cursor() as cursor:
            for statement in connection.ops.sequence_reset_sql(no_style(), apps.get_models()):
                cursor.execute(statement)


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
def make_editor(django_user_model):
    """A user in one of the site's groups, as people are set up to edit (never a superuser)."""
    from django.contrib.auth.models import Group

    def make(username, group_name, **fields):
        user = django_user_model.objects.create_user(
            username, f"{username}@example.org", EDITOR_PASSWORD, **fields
        )
        user.groups.add(Group.objects.get(name=group_name))
        return user

    return make


@pytest.fixture
def coordinator_client(client, make_editor):
    """Logged in as a member of the project coordination."""
    from editorial import roles

    client.force_login(make_editor("koordination", roles.COORDINATION))
    return client


@pytest.fixture
def borne_client(client, make_editor):
    """Logged in as a member of Borne's editorial team."""
    client.force_login(make_editor("redaktion-borne", "Redaktion Borne"))
    return client


@pytest.fixture
def admin_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("editor", "editor@example.org", "pw")
    client.force_login(user)
    return client
