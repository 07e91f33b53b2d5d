"""Behind the proxy, the lockout and the form's limit count each visitor, not the proxy.

Requests come as nginx passes them on: from the proxy's address (127.0.0.1) with the
visitor's address in X-Forwarded-For. The header counts only from a trusted proxy.
"""

import pytest
from django.contrib.auth.models import Group
from django.test import Client

from editorial import roles
from pages import participation
from pages.models import ParticipationPage
from tests.conftest import url_in
from tests.pages.test_participation import VALID

pytestmark = pytest.mark.django_db

PROXY = "127.0.0.1"


@pytest.fixture(autouse=True)
def _behind_the_proxy(settings):
    settings.TRUSTED_PROXIES = [PROXY, "::1"]


def via_proxy(visitor, forwarded=None):
    """What the proxy sends on: its own address, the visitor's appended to the header."""
    chain = f"{forwarded}, {visitor}" if forwarded else visitor
    return {"REMOTE_ADDR": PROXY, "HTTP_X_FORWARDED_FOR": chain}


@pytest.fixture
def coordinator(django_user_model):
    user = django_user_model.objects.create_user("koordination", "k@example.org", "right-one")
    user.groups.add(Group.objects.get(name=roles.COORDINATION))
    return user


def log_in(password, **meta):
    return Client().post(
        "/admin/login/",
        {"username": "koordination", "password": password},
        HTTP_ACCEPT_LANGUAGE="en",
        **meta,
    )


def test_wrong_passwords_from_one_visitor_do_not_lock_out_the_coordinator_elsewhere(coordinator):
    for _attempt in range(5):
        log_in("wrong", **via_proxy("198.51.100.1"))
    assert log_in("right-one", **via_proxy("198.51.100.1")).status_code == 429
    assert log_in("right-one", **via_proxy("198.51.100.2")).status_code == 302


def test_forged_header_from_outside_the_proxy_is_ignored(coordinator):
    """A client that talks to the app directly is counted by its own address."""
    for _attempt in range(5):
        log_in("wrong", REMOTE_ADDR="203.0.113.9", HTTP_X_FORWARDED_FOR="198.51.100.2")
    assert log_in("right-one", REMOTE_ADDR="203.0.113.9").status_code == 429
    # The visitor whose address was forged is not locked out.
    assert log_in("right-one", **via_proxy("198.51.100.2")).status_code == 302


def test_address_a_visitor_puts_in_front_of_the_proxys_is_ignored(coordinator):
    """nginx appends the real address; what the visitor wrote before it does not count."""
    for attempt in range(5):
        log_in("wrong", **via_proxy("198.51.100.1", forwarded=f"198.51.100.{50 + attempt}"))
    assert log_in("right-one", **via_proxy("198.51.100.1")).status_code == 429


@pytest.fixture
def page():
    return ParticipationPage.objects.get()


def send(page, **meta):
    return Client().post(url_in(page, "en"), VALID, **meta)


def test_form_limit_counts_each_visitor_behind_the_proxy(page):
    for _message in range(participation.RATE_LIMIT):
        assert send(page, **via_proxy("198.51.100.1")).status_code == 200
    assert send(page, **via_proxy("198.51.100.1")).status_code == 429
    assert send(page, **via_proxy("198.51.100.2")).status_code == 200


def test_without_trusted_proxies_the_header_is_never_read(page, settings):
    settings.TRUSTED_PROXIES = []
    for _message in range(participation.RATE_LIMIT):
        send(page, **via_proxy("198.51.100.1"))
    assert send(page, **via_proxy("198.51.100.2")).status_code == 429
