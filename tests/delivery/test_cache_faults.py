"""Changes made while the cache is out of reach still win once it is back.

Gunicorn instances run the production settings with the page cache on a Redis of this test's
own, which is paused (SIGSTOP: it accepts connections and answers nothing) while a coordinator
unpublishes a page. Once Redis runs again, no instance serves the unpublished page from the
cache, neither one that saw the outage nor one that was idle throughout.
"""

import secrets
import time
from collections import Counter

import pytest
from django.db import connection
from django.test import override_settings

from bench.common import Gunicorn, production_env
from editorial import roles
from pages.models import NewsPage
from tests.conftest import url_in
from tests.servers import RedisServer, user_with_password
from tests.test_many_instances import (
    PUBLIC_HOST,
    Browser,
    _csrf_token,
    collected_static,  # noqa: F401 - a fixture
    database_url,
    free_port,
)

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="instances share the database"),
]

PASSWORD = secrets.token_urlsafe(16)


@pytest.fixture
def redis_server():
    server = RedisServer()
    yield server
    server.stop()


@pytest.fixture
def start(collected_static, redis_server, settings, tmp_path):  # noqa: F811
    """Start one gunicorn instance (one worker) on this test's database and Redis."""
    secret_key = secrets.token_urlsafe(50)
    servers = []

    def start_one():
        env = production_env(
            SECRET_KEY=secret_key,
            ALLOWED_HOSTS=f"{PUBLIC_HOST},127.0.0.1",
            DATABASE_URL=database_url(),
            MEDIA_ROOT=settings.MEDIA_ROOT,
            PAGE_CACHE="on",
            REDIS_URL=redis_server.url,
            CACHE_KEY_PREFIX="kp-faults",
        )
        server = Gunicorn(free_port(), env, workers=1, log_dir=tmp_path / "logs")
        servers.append(server)
        return server.start()

    yield start_one
    for server in servers:
        print(f"--- gunicorn log, port {server.port}:\n{server.log_tail()}")
        server.__exit__()


@pytest.fixture
def coordinator(django_user_model):
    return user_with_password(django_user_model, "koordination", roles.COORDINATION, PASSWORD)


def unpublish(browser, page):
    url = f"/admin/pages/{page.pk}/unpublish/"
    form = browser.get(url)
    assert form.status == 200, form.status
    response = browser.post(url, {"csrfmiddlewaretoken": _csrf_token(form.text)})
    assert response.status == 302, response.status


def test_unpublish_while_the_cache_is_paused_is_not_undone_when_it_returns(
    start, redis_server, coordinator
):
    admin_side, visitor_side, idle = (start(), start(), start())
    for server in (admin_side, visitor_side, idle):
        server.wait_ready()
    article = NewsPage.objects.live().first()
    url = url_in(article, "de")
    visitors = {name: Browser(s) for name, s in [("A", admin_side), ("B", visitor_side)]}
    visitors["C"] = Browser(idle)
    for visitor in visitors.values():
        visitor.get(url)
        assert (visitor.get(url).status, visitor.get(url).cache) == (200, "hit")

    editor = Browser(admin_side)
    editor.log_in(coordinator.username, PASSWORD)
    redis_server.pause()
    try:
        unpublish(editor, article)
        # While Redis is away, pages are rendered afresh: the article is gone at once.
        assert visitors["B"].get(url).status == 404
    finally:
        redis_server.resume()

    # A made the change and B saw the outage: neither trusts the cache before the bump landed.
    for name in ("A", "B"):
        for _ in range(5):
            assert visitors[name].get(url).status == 404, name
    # C was idle throughout (its listener saw Redis go silent): within a moment of Redis'
    # return it serves the article no more, and A's retry has made the bump.
    from operations.models import PendingInvalidation

    deadline = time.monotonic() + 5
    while visitors["C"].get(url).status != 404 or PendingInvalidation.objects.exists():
        assert time.monotonic() < deadline, "C still serves the article, or the bump is pending"
        time.sleep(0.1)
    for visitor in visitors.values():
        assert visitor.get(url).status == 404


def test_site_keeps_working_when_redis_evicts(collected_static, settings, tmp_path):  # noqa: F811
    """A Redis bounded as the README says (maxmemory, allkeys-lru) drops entries, never pages."""
    redis_server = RedisServer("--maxmemory", "2mb", "--maxmemory-policy", "allkeys-lru")
    env = production_env(
        ALLOWED_HOSTS=f"{PUBLIC_HOST},127.0.0.1",
        DATABASE_URL=database_url(),
        MEDIA_ROOT=settings.MEDIA_ROOT,
        PAGE_CACHE="on",
        REDIS_URL=redis_server.url,
        CACHE_KEY_PREFIX="kp-evict",
    )
    server = Gunicorn(free_port(), env, log_dir=tmp_path)
    try:
        visitor = Browser(server.start().wait_ready())
        statuses = Counter()
        for number in range(150):
            statuses[visitor.get(f"/de/suche/?q=klima{number}").status] += 1
            statuses[visitor.get(f"/en/search/?q=energy{number}").status] += 1
        assert statuses == {200: 300}
        assert redis_server.client.info("stats")["evicted_keys"] > 0

        # A publish still reaches every page, whatever was evicted.
        article = NewsPage.objects.live().first()
        url = url_in(article, "de")
        assert visitor.get(url).status == 200
        assert visitor.get(url).cache == "hit"
        shared_cache = {
            "BACKEND": "delivery.cache_backend.FaultTolerantRedisCache",
            "LOCATION": redis_server.url,
            "KEY_PREFIX": env["CACHE_KEY_PREFIX"],
        }
        with override_settings(CACHES={"default": shared_cache}):
            article.unpublish()
        assert visitor.get(url).status == 404
    finally:
        print(f"--- gunicorn log:\n{server.log_tail()}")
        server.__exit__()
        redis_server.stop()
