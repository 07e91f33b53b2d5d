"""The form's limit holds while the cache is down: it is counted in PostgreSQL."""

import pytest
from django.core.cache import caches
from django.test import Client
from wagtail.contrib.forms.models import FormSubmission

from pages import participation
from pages.models import ParticipationPage
from tests.conftest import url_in
from tests.pages.test_participation import VALID

pytestmark = pytest.mark.django_db

# A Redis that is not there: nothing listens on port 9 (discard) of the loopback.
UNREACHABLE = {
    "default": {
        "BACKEND": "delivery.cache_backend.FaultTolerantRedisCache",
        "LOCATION": "redis://127.0.0.1:9/0",
        "OPTIONS": {"socket_connect_timeout": 0.2, "socket_timeout": 0.2},
    }
}


@pytest.fixture
def cache_down(settings):
    """Django's setting_changed handler makes the cache handlers anew from these settings."""
    settings.CACHES = UNREACHABLE
    assert caches["default"].get("anything", "missing") == "missing"


def test_form_limit_holds_while_the_cache_is_down(cache_down):
    page = ParticipationPage.objects.get()
    client = Client()
    # Eight different messages: the same message sent again would be stored only once.
    messages = [{**VALID, "message": f"{VALID['message']} ({number})"} for number in range(8)]
    answers = [client.post(url_in(page, "en"), message).status_code for message in messages]
    assert answers == [200] * participation.RATE_LIMIT + [429] * 3
    assert FormSubmission.objects.filter(page=page).count() == participation.RATE_LIMIT
