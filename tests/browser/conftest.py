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
