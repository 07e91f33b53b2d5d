"""Chromium driven by Playwright against a live server of the test database.

The bundled content is loaded once per test database (tests/conftest.py) and committed.
pytest-django makes every test that uses its ``live_server`` fixture transactional, and a
transactional test on PostgreSQL empties every table when it ends, which would erase that
content for every later test. The browser tests only read, so they run pytest-django's
``LiveServer`` under another name (``site``) and take the plain ``db`` fixture
(``django_db`` mark): the server's thread sees the committed content through its own
connection (PostgreSQL) or through the shared in-memory connection (SQLite), and nothing is
flushed.
"""

import os

import pytest
from django.db import connections
from playwright.sync_api import sync_playwright
from pytest_django.live_server_helper import LiveServer

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}


@pytest.fixture(scope="session")
def site(django_db_setup, django_db_blocker):
    """The site served from the test database on a free port: ``site.url + path``."""
    with django_db_blocker.unblock():
        server = LiveServer("localhost")
    server._live_server_modified_settings.enable()
    yield server
    server._live_server_modified_settings.disable()
    server.stop()


@pytest.fixture(scope="session")
def browser(site):
    """One Chromium for the whole session, started after the test database is ready.

    Playwright's sync API keeps an event loop in the test's thread, and Django then refuses
    every query made in that thread ("async context"). The tests' own queries are plain
    synchronous ones, so the guard is lifted while Playwright runs.
    """
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            yield browser
            browser.close()
            # Connections opened while Playwright's loop ran belong to its context: close
            # them here, or the test database cannot be dropped at the end.
            connections.close_all()
    finally:
        if previous is None:
            del os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"]
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


def open_page(browser, viewport):
    context = browser.new_context(viewport=viewport, accept_downloads=True)
    page = context.new_page()
    page.set_default_timeout(10_000)
    # The first visit of a page renders its image sizes, which takes a while on a busy machine.
    page.set_default_navigation_timeout(60_000)
    return context, page


@pytest.fixture
def desktop(browser, site):
    context, page = open_page(browser, DESKTOP)
    yield page
    context.close()


@pytest.fixture
def phone(browser, site):
    context, page = open_page(browser, PHONE)
    yield page
    context.close()


# The site as deployed: the production settings (CSP, secure cookies, HTTPS redirect) behind
# TLS, which gunicorn serves itself here with a throwaway certificate. The editors' tests use
# it; they commit what they do (users, uploads, pages), and tests/conftest.py puts the
# bundled content back after each of them.


class Deployment:
    def __init__(self, server, cache_dir):
        self.server, self.cache_dir = server, cache_dir
        self.url = server.url("").rstrip("/")

    def log_tail(self):
        return self.server.log_tail(60)


@pytest.fixture(scope="session")
def deployment(django_db_setup, tmp_path_factory):
    import secrets
    import shutil
    import subprocess

    from django.conf import settings

    from bench.common import Gunicorn, production_env
    from tests.servers import collect_static, database_url, free_port

    folder = tmp_path_factory.mktemp("deployment")
    certificate, key = folder / "cert.pem", folder / "key.pem"
    openssl = shutil.which("openssl")
    if openssl is None:
        pytest.fail("openssl is needed for the HTTPS tests: apt-get install openssl")
    subprocess.run(
        [
            openssl, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
            "-keyout", str(key), "-out", str(certificate), "-subj", "/CN=127.0.0.1",
            "-addext", "subjectAltName=IP:127.0.0.1",
        ],
        check=True,
        capture_output=True,
    )  # fmt: skip
    collect_static()
    port = free_port()
    env = production_env(
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="127.0.0.1",
        DATABASE_URL=database_url(),
        MEDIA_ROOT=settings.MEDIA_ROOT,
        CACHE_DIR=folder / "cache",
        WAGTAILADMIN_BASE_URL=f"https://127.0.0.1:{port}",
        # Mail is down: nothing listens on this port.
        EMAIL_HOST="127.0.0.1",
        EMAIL_PORT=free_port(),
        LOG_LEVEL="ERROR",
    )
    server = Gunicorn(port, env, log_dir=folder / "logs", tls=(certificate, key))
    server.start()
    try:
        server.wait_ready(timeout=60)
        yield Deployment(server, folder / "cache")
    finally:
        server.__exit__()


@pytest.fixture
def deployed(deployment, transactional_db):
    """The deployment for one test: a fresh cache, and the site at the deployment's address.

    The address is set as a deployment sets it (``manage.py set_site_address``).
    """
    import shutil

    from django.core.management import call_command
    from django.test import override_settings

    shutil.rmtree(deployment.cache_dir, ignore_errors=True)
    with override_settings(WAGTAILADMIN_BASE_URL=deployment.url):
        call_command("set_site_address", verbosity=0)
    yield deployment


def open_deployed(browser, deployment, viewport=DESKTOP):
    """A browser tab on the deployment, as a German-speaking person's browser."""
    context = browser.new_context(
        viewport=viewport, locale="de-DE", ignore_https_errors=True, accept_downloads=True
    )
    page = context.new_page()
    page.set_default_timeout(15_000)
    page.set_default_navigation_timeout(60_000)
    return page


def log_in(page, base_url, username):
    from tests.conftest import EDITOR_PASSWORD

    page.goto(f"{base_url}/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", EDITOR_PASSWORD)
    page.locator("form button[type=submit]").click()
    page.wait_for_url(f"{base_url}/admin/")
