"""Thousands of odd requests to every kind of URL: none gets a server error.

Seeded, so a failure reproduces: run again and the same requests come.
"""

import random
from urllib.parse import quote

import pytest
from django.test import Client
from wagtail.documents import get_document_model
from wagtail.models import Page

from tests.conftest import url_in

pytestmark = pytest.mark.django_db

SEED = 20261125
REQUESTS = 3000
METHODS = ["GET", "GET", "GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS", "PATCH"]
ODD_PARTS = [
    "..",
    "%2e%2e",
    "%ff%fe",
    "%c0%af",
    "%00",
    "%0d%0aSet-Cookie:x=1",
    "<script>",
    "'\"",
    "ä",
    "%E4",
    "🙂",
    "//",
    "\\",
    "~",
    ";",
    "?",
    "#",
    "*",
    "a" * 300,
    "%25",
    "%",
    "%zz",
]
LANGUAGE_PREFIXES = ["de", "en", "fr", "DE", "de-de", "xx", "", "de/de", "en/de"]
BAD_HEADERS = {
    "HTTP_ACCEPT_LANGUAGE": ["", "*", "xx", "de;q=abc", "en-US,en;q=0.9" * 50, "\x00\xff", "ü"],
    "HTTP_ACCEPT_ENCODING": ["gzip", "", "br;q=x", "*" * 500],
    "HTTP_IF_NONE_MATCH": ['"x"', "*", "W/", "\xff"],
    "HTTP_IF_MODIFIED_SINCE": ["yesterday", "Thu, 01 Jan 1970 00:00:00 GMT", "9" * 40],
    "HTTP_COOKIE": ["sessionid=x", "csrftoken=" + "a" * 5000, "messages=%%", "=;=;"],
    "HTTP_X_FORWARDED_PROTO": ["https", "http", "gopher"],
}


def known_paths():
    """A URL of every pattern: pages and their sub-routes, search, feeds, sitemap, documents."""
    paths = ["/", "/admin/", "/admin/login/", "/documents/", "/media/", "/media/../settings.py"]
    paths += ["/sitemap.xml", "/robots.txt", "/de/suche/", "/en/search/", "/de/feed/"]
    paths += ["/en/feed/", "/de/_util/login/", "/en/_util/authenticate_with_password/1/3/"]
    for page in Page.objects.live().specific().exclude(depth=1):
        paths += [url_in(page, "de"), url_in(page, "en"), url_in(page, "en") + "calendar/"]
    for document in get_document_model().objects.all():
        paths.append(document.url)
    return paths


def odd_value(rng):
    kind = rng.random()
    if kind < 0.3:
        return "".join(rng.choice(ODD_PARTS) for _ in range(rng.randint(1, 4)))
    if kind < 0.5:
        return "".join(f"%{rng.randint(128, 255):02X}" for _ in range(rng.randint(1, 50)))
    if kind < 0.6:
        return "x" * rng.randint(1000, 9000)
    return quote(str(rng.randint(-(10**12), 10**12)))


def hostile_request(rng, paths):
    path = rng.choice(paths)
    roll = rng.random()
    if roll < 0.25:
        path = f"/{rng.choice(LANGUAGE_PREFIXES)}/{odd_value(rng)}/"
    elif roll < 0.45:
        path = path.rstrip("/") + "/" + odd_value(rng)
    query = "&".join(
        f"{rng.choice(['page', 'q', 'x', odd_value(rng)])}={odd_value(rng)}"
        for _ in range(rng.randint(0, 3))
    )
    headers = {
        name: rng.choice(values) for name, values in BAD_HEADERS.items() if rng.random() < 0.3
    }
    return rng.choice(METHODS), path + ("?" + query if query else ""), headers


def test_generated_requests_get_no_server_error():
    rng = random.Random(SEED)
    client = Client(raise_request_exception=False)
    paths = known_paths()
    failures = []
    for _number in range(REQUESTS):
        method, path, headers = hostile_request(rng, paths)
        response = client.generic(method, path, **headers)
        if response.status_code >= 500:
            failures.append((method, path[:200], headers, response.status_code))
    assert failures == []


@pytest.mark.parametrize("host", ["evil.example", "a" * 300, "exa mple.org", "[::1", "\xff.org"])
def test_bad_host_gets_400(host):
    client = Client(raise_request_exception=False)
    assert client.get("/de/", HTTP_HOST=host).status_code == 400
