"""The health check for load balancers, and errors that reach the administrators."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core import mail
from django.db import OperationalError
from django.test import Client

from pages.models import HomePage
from tests.conftest import url_in
from tests.operations.test_ratelimit import UNREACHABLE

ROOT = Path(__file__).resolve().parent.parent.parent

pytestmark = pytest.mark.django_db


def health(**headers):
    response = Client().get("/health/", **headers)
    return response.status_code, json.loads(response.content), response


def test_healthy_instance_answers_ok_to_any_host_name():
    """A load balancer asks by the instance's address, which is no allowed host name."""
    status, report, response = health(HTTP_HOST="10.0.0.5:8000")
    assert status == 200
    assert report == {"status": "ok", "database": "ok", "cache": "ok"}
    assert response["Cache-Control"] == "no-store"


def test_without_the_database_the_instance_is_unavailable(monkeypatch):
    from django.db import connection

    def fail():
        raise OperationalError("could not connect to server")

    monkeypatch.setattr(connection, "cursor", fail)
    status, report, _response = health()
    assert status == 503
    assert report["database"] == "unavailable"


def test_without_the_cache_the_instance_serves_degraded(settings):
    settings.CACHES = UNREACHABLE
    status, report, _response = health()
    assert status == 200
    assert report == {"status": "degraded", "database": "ok", "cache": "unavailable"}


def production_settings(*names, **env):
    code = "import django; django.setup(); from django.conf import settings; "
    code += f"print(repr([getattr(settings, name) for name in {names!r}]))"
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env={
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "klimapartner.settings.production",
            "SECRET_KEY": "x" * 50,
            "ALLOWED_HOSTS": "klimapartnerschaft.example",
            **env,
        },
        capture_output=True,
        text=True,
        check=True,
    )
    return eval(result.stdout)  # noqa: S307 - our own repr


def test_administrators_and_mail_timeout_come_from_the_environment():
    admins, server_email, timeout = production_settings(
        "ADMINS",
        "SERVER_EMAIL",
        "EMAIL_TIMEOUT",
        ADMINS="IT Bernburg <it@bernburg.example>, webmaster@klimapartnerschaft.example",
        SERVER_EMAIL="fehler@klimapartnerschaft.example",
        EMAIL_TIMEOUT="7",
    )
    assert admins == [
        ("IT Bernburg", "it@bernburg.example"),
        ("webmaster@klimapartnerschaft.example", "webmaster@klimapartnerschaft.example"),
    ]
    assert server_email == "fehler@klimapartnerschaft.example"
    assert timeout == 7


def test_server_error_is_mailed_to_the_administrators(settings, monkeypatch):
    settings.ADMINS = [("IT", "it@bernburg.example")]

    def fail(*args, **kwargs):
        raise RuntimeError("a bug")

    monkeypatch.setattr(HomePage, "get_context", fail)
    response = Client(raise_request_exception=False).get(url_in(HomePage.objects.get(), "en"))
    assert response.status_code == 500
    assert [message.to for message in mail.outbox] == [["it@bernburg.example"]]
    assert "RuntimeError" in mail.outbox[0].body
