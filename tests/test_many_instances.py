"""Several app instances behind a proxy, one PostgreSQL, one Redis: a publish reaches them all.

Two gunicorn instances (A and B) run the production settings on this test's database, with the
page cache on and one Redis as their cache. A visitor's requests come as the TLS proxy would
pass them on: ``X-Forwarded-Proto: https`` and the site's public host name, so both instances
file a page under the same cache entry. An editor logs in on A and publishes through A's admin;
B must serve the new page at once, in both languages, and follow a changed slug with a 301.

The last test is the counter-proof: an instance with a cache of its own keeps serving the old
page after the same publish, so the first tests would fail if the instances did not share.
"""

import html
import os
import secrets
import time
import urllib.error
import urllib.parse
import urllib.request
from contextlib import ExitStack
from http.cookies import SimpleCookie
from typing import NamedTuple

import pytest
import redis
from django.conf import settings
from django.contrib.auth.hashers import PBKDF2PasswordHasher
from django.db import connection

from bench.common import Gunicorn, production_env
from partners.models import PartnerTownPage
from tests.admin_forms import edit_form_data_from_html
from tests.conftest import url_in
from tests.servers import collect_static, database_url, free_port

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="the instances share the test database: needs PostgreSQL (DATABASE_URL)",
    ),
]

# A database number of its own, and a key prefix per test on top (removed afterwards).
REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/15")
PUBLIC_HOST = "klimapartner.test"
PASSWORD = secrets.token_urlsafe(16)


# The pieces: Redis, the static files, the instances, and a browser behind the proxy.


@pytest.fixture(scope="module")
def redis_client():
    client = redis.Redis.from_url(REDIS_URL, socket_connect_timeout=1, socket_timeout=2)
    try:
        client.ping()
        problem = None
    except redis.RedisError as error:
        problem = error
    if problem is not None:
        pytest.fail(
            f"Redis is not reachable at {REDIS_URL} ({problem}). These tests need a running "
            "Redis: start it with `redis-server --daemonize yes`.",
            pytrace=False,
        )
    yield client
    client.close()


@pytest.fixture
def cache_prefix(redis_client):
    """A key prefix of this test's own in Redis, whose keys are removed afterwards."""
    prefix = f"kp-test-many-{secrets.token_hex(6)}"
    yield prefix
    keys = list(redis_client.scan_iter(match=f"{prefix}:*", count=1000))
    if keys:
        redis_client.delete(*keys)


@pytest.fixture(scope="module")
def collected_static():
    collect_static()


@pytest.fixture
def instances(collected_static, cache_prefix, tmp_path):
    """Start gunicorn instances side by side, each from a dict of extra settings; stop them all.

    Every instance gets the production settings, the page cache on, this test's database and
    media folder and the same secret key; the cache is the shared Redis unless told otherwise.
    """
    secret_key = secrets.token_urlsafe(50)
    stack = ExitStack()
    servers_started = []

    def start(*configurations):
        servers = []
        for extra in configurations:
            env = production_env(
                **{
                    "SECRET_KEY": secret_key,
                    "ALLOWED_HOSTS": f"{PUBLIC_HOST},127.0.0.1,localhost",
                    "DATABASE_URL": database_url(),
                    "MEDIA_ROOT": settings.MEDIA_ROOT,
                    "PAGE_CACHE": "on",
                    "REDIS_URL": REDIS_URL,
                    "CACHE_KEY_PREFIX": cache_prefix,
                    "CACHE_DIR": tmp_path / "unused-cache",
                    # The tests tell who rendered a page first; a warm-up or the refill after a
                    # publish would render it (one test turns the refill on).
                    "WARM_UP": "off",
                    "REFILL_AFTER_PUBLISH": "off",
                    **extra,
                }
            )
            if env["REDIS_URL"] == "":
                del env["REDIS_URL"]
            server = Gunicorn(free_port(), env, log_dir=tmp_path / "logs")
            stack.callback(server.__exit__)
            servers.append(server.start())
            servers_started.append(server)
        for server in servers:
            server.wait_ready()
        return servers

    with stack:
        yield start
        # Shown by pytest only when the test failed.
        for server in servers_started:
            print(f"--- gunicorn log, port {server.port}:\n{server.log_tail()}")


class Response(NamedTuple):
    status: int
    headers: object
    text: str

    @property
    def cache(self):
        return self.headers.get("X-Page-Cache")


class NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class Browser:
    """A browser behind the TLS proxy, talking to one instance.

    Each request carries what the proxy adds (``X-Forwarded-Proto: https``) and the public host
    name. The cookies are kept here by hand: they are marked Secure, and the standard cookie
    jar would not send them back over the plain HTTP between proxy and instance.
    """

    def __init__(self, server):
        self.server = server
        self.cookies = {}
        self.opener = urllib.request.build_opener(NoRedirects)

    def request(self, path, data=None, headers=None):
        headers = {"Host": PUBLIC_HOST, "X-Forwarded-Proto": "https", **(headers or {})}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        body = None
        if data is not None:
            pairs = data.lists() if hasattr(data, "lists") else data.items()
            body = urllib.parse.urlencode(
                [(key, value) for key, values in pairs for value in _as_list(values)]
            ).encode()
            headers.setdefault("Content-Type", "application/x-www-form-urlencoded")
        url = self.server.url(path)  # http://127.0.0.1:<port>, an instance this test started
        request = urllib.request.Request(url, data=body, headers=headers)  # noqa: S310
        try:
            response = self.opener.open(request, timeout=20)
        except urllib.error.HTTPError as error:
            response = error
        with response:
            text = response.read().decode("utf-8", "replace")
        for header in response.headers.get_all("Set-Cookie") or []:
            for name, morsel in SimpleCookie(header).items():
                if morsel.value and morsel["max-age"] != "0":
                    self.cookies[name] = morsel.value
                else:
                    self.cookies.pop(name, None)
        return Response(response.status, response.headers, text)

    def get(self, path):
        return self.request(path)

    def post(self, path, data):
        """POST as a browser on the https page ``path`` does: with its Origin and Referer."""
        origin = f"https://{PUBLIC_HOST}"
        return self.request(path, data, headers={"Origin": origin, "Referer": origin + path})

    def log_in(self, username, password):
        page = self.get("/admin/login/")
        assert page.status == 200, page.status
        form = {
            "csrfmiddlewaretoken": _csrf_token(page.text),
            "username": username,
            "password": password,
            "next": "/admin/",
        }
        response = self.post("/admin/login/", form)
        assert response.status == 302, f"login failed ({response.status})"
        assert "sessionid" in self.cookies

    def publish(self, page, **changes):
        """Open ``page`` in the admin, change fields and press Publish."""
        url = f"/admin/pages/{page.pk}/edit/"
        edit = self.get(url)
        assert edit.status == 200, edit.status
        data = edit_form_data_from_html(edit.text, page)
        data["csrfmiddlewaretoken"] = _csrf_token(edit.text)  # left out by Wagtail's helper
        for name, value in changes.items():
            data[name] = value
        data["action-publish"] = "publish"
        response = self.post(url, data)
        assert response.status == 302, f"publish failed ({response.status}): {_errors(response)}"


def _as_list(values):
    return values if isinstance(values, list) else [values]


def _csrf_token(text):
    marker = 'name="csrfmiddlewaretoken" value="'
    start = text.index(marker) + len(marker)
    return text[start : text.index('"', start)]


def _errors(response):
    text = html.unescape(response.text)
    found = [part.split("<", 1)[0].strip() for part in text.split('class="error-message">')[1:]]
    return found or text[:500]


def visible(response):
    """The page as text, entities resolved, for looking for what an editor typed."""
    return html.unescape(response.text)


@pytest.fixture
def editor(django_user_model):
    """A superuser, committed, whose password the production settings can check.

    The test settings hash with MD5, which production does not accept: hash with PBKDF2.
    """
    hasher = PBKDF2PasswordHasher()
    # Few iterations keep the test fast; the login upgrades the hash as it would any old one.
    user = django_user_model.objects.create_superuser("many-instances-editor", "e@example.org")
    user.password = hasher.encode(PASSWORD, hasher.salt(), iterations=1000)
    user.save(update_fields=["password"])
    return user


def town():
    return PartnerTownPage.objects.get(slug_de="bernburg")


def urls(page):
    return {language: url_in(page, language) for language in ("en", "de")}


# The tests.


def test_pages_are_cached_once_for_all_instances(instances):
    a, b = instances({}, {})
    page = town()
    visitor_a, visitor_b = Browser(a), Browser(b)
    for url in urls(page).values():
        first = visitor_a.get(url)
        assert (first.status, first.cache) == (200, "miss")
        assert visitor_a.get(url).cache == "hit"
        # B never rendered the page: it comes from the entry A stored.
        assert visitor_b.get(url).cache == "hit"

    # Proof that the entries really are served: change the row behind the cache's back (no
    # signal, no generation bump); both instances keep serving what was cached.
    PartnerTownPage.objects.filter(pk=page.pk).update(
        intro_en="Changed behind the cache.", intro_de="Hinter dem Cache geändert."
    )
    for visitor in (visitor_a, visitor_b):
        for language, url in urls(page).items():
            response = visitor.get(url)
            assert response.cache == "hit"
            assert getattr(page, f"intro_{language}") in visible(response)
            assert "behind the cache" not in response.text
            assert "Hinter dem Cache" not in response.text


def reads_of_redis(redis_client):
    stats = redis_client.info("commandstats")
    return sum(stats.get(f"cmdstat_{name}", {}).get("calls", 0) for name in ("get", "mget"))


def test_a_cached_page_asked_for_again_reads_nothing_from_redis(instances, redis_client):
    """Each instance hears the generation announced and keeps its most requested pages."""
    (a,) = instances({})
    visitor = Browser(a)
    url = url_in(town(), "de")
    visitor.get(url)
    # Each of the instance's workers reads the entry from Redis once (which one answers is up
    # to gunicorn); after that, twenty hits in a row read nothing.
    quiet = 0
    for _ in range(100):
        before = reads_of_redis(redis_client)
        assert visitor.get(url).cache == "hit"
        quiet = quiet + 1 if reads_of_redis(redis_client) == before else 0
        if quiet == 20:
            break
    assert quiet == 20


def test_an_evicted_generation_counter_is_started_again_at_once(
    instances, redis_client, cache_prefix
):
    """A Redis bounded with allkeys-lru may evict the counter nobody reads: it comes back."""
    (a,) = instances({})
    visitor = Browser(a)
    url = url_in(town(), "de")
    visitor.get(url)
    key = f"{cache_prefix}:1:klima:generation"
    before = int(redis_client.get(key))
    redis_client.delete(key)
    deadline = time.monotonic() + 2
    while not int(redis_client.get(key) or 0):
        assert time.monotonic() < deadline, "the counter was not started again"
        time.sleep(0.05)
    assert int(redis_client.get(key)) > before
    assert visitor.get(url).status == 200


def test_after_a_publish_the_page_is_rendered_before_a_visitor_asks(instances, editor):
    """The instance that published renders the page again in the background; the other serves
    that copy to its first visitor."""
    a, b = instances({"REFILL_AFTER_PUBLISH": "on"}, {})
    page = town()
    visitor = Browser(b)
    url = url_in(page, "en")
    visitor.get(url)
    assert visitor.get(url).cache == "hit"
    editor_on_a = Browser(a)
    editor_on_a.log_in(editor.username, PASSWORD)
    intro = f"Refilled before anyone asked {secrets.token_hex(4)}."
    editor_on_a.publish(page, intro_en=intro)
    time.sleep(2)  # the refill renders about a dozen pages, well within this
    response = visitor.get(url)
    assert (response.cache, intro in response.text) == ("hit", True)


def test_page_published_through_one_instance_is_served_fresh_by_both(instances, editor):
    a, b = instances({}, {})
    page = town()
    before = {language: getattr(page, f"intro_{language}") for language in ("en", "de")}
    visitors = {"A": Browser(a), "B": Browser(b)}
    for visitor in visitors.values():
        for url in urls(page).values():
            visitor.get(url)
            assert visitor.get(url).cache == "hit"

    editor_on_a = Browser(a)
    editor_on_a.log_in(editor.username, PASSWORD)
    token = secrets.token_hex(4)
    new = {
        "en": {"title": f"Bernburg on the Saale {token}", "intro": f"A new intro {token}."},
        "de": {
            "title": f"Bernburg an der Saale {token}",
            "intro": f"Eine neue Einleitung {token}.",
        },
    }
    editor_on_a.publish(
        page,
        title_en=new["en"]["title"],
        intro_en=new["en"]["intro"],
        title_de=new["de"]["title"],
        intro_de=new["de"]["intro"],
    )

    # B first: it had no part in the publish, and had both pages cached. It renders them anew
    # (a miss) and stores them; A then serves what B stored.
    for name, state in (("B", "miss"), ("A", "hit")):
        for language, url in urls(page).items():
            response = visitors[name].get(url)
            where = f"{name} {url}"
            assert response.status == 200, where
            assert response.cache == state, where
            text = visible(response)
            assert new[language]["title"] in text, where
            assert new[language]["intro"] in text, where
            assert before[language] not in text, where
            assert visitors[name].get(url).cache == "hit", where

    # A slug changed in English through A: B serves the new URL and redirects the old one.
    old_english = urls(page)["en"]
    for visitor in visitors.values():
        cached = visitor.get(old_english)
        assert (cached.status, cached.cache) == (200, "hit")
    editor_on_a.publish(town(), slug_en=f"bernburg-on-the-saale-{token}")
    renamed = urls(town())
    assert renamed["en"] == old_english.replace("/bernburg/", f"/bernburg-on-the-saale-{token}/")
    for name in ("B", "A"):
        response = visitors[name].get(renamed["en"])
        assert response.status == 200, name
        assert new["en"]["title"] in visible(response), name
        moved = visitors[name].get(old_english)
        assert moved.status == 301, f"{name} {old_english}: {moved.status}"
        assert moved.headers["Location"] == renamed["en"], name
        # The German URL did not change.
        assert visitors[name].get(renamed["de"]).status == 200, name


def test_instance_with_a_cache_of_its_own_would_serve_the_old_page(instances, editor, tmp_path):
    """The counter-proof: without the shared cache, B misses A's publish."""
    a, b = instances({}, {"REDIS_URL": "", "CACHE_DIR": tmp_path / "b-private-cache"})
    page = town()
    url = urls(page)["en"]
    visitor_b = Browser(b)
    assert visitor_b.get(url).cache == "miss"
    assert visitor_b.get(url).cache == "hit"

    editor_on_a = Browser(a)
    editor_on_a.log_in(editor.username, PASSWORD)
    intro = f"Published through A only {secrets.token_hex(4)}."
    editor_on_a.publish(page, intro_en=intro)

    assert intro in visible(Browser(a).get(url))
    stale = visitor_b.get(url)
    assert stale.cache == "hit"
    assert intro not in visible(stale)
    assert page.intro_en in visible(stale)
