"""Pages rendered per request are gzipped (delivery/compression.py), with Django's BREACH guard."""

import gzip

import pytest

from pages.models import HomePage
from tests.conftest import url_in

pytestmark = pytest.mark.django_db


def test_uncached_page_is_gzipped_for_clients_that_accept_it(client):
    url = url_in(HomePage.objects.get(), "en")
    plain = client.get(url)
    assert not plain.has_header("Content-Encoding")
    packed = client.get(url, HTTP_ACCEPT_ENCODING="gzip, br")
    assert packed["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in packed["Vary"]
    assert int(packed["Content-Length"]) == len(packed.content) < len(plain.content) / 2
    assert gzip.decompress(packed.content) == plain.content


def test_gzip_header_carries_a_random_file_name_against_breach(client):
    url = url_in(HomePage.objects.get(), "de")
    bodies = [client.get(url, HTTP_ACCEPT_ENCODING="gzip").content for _ in range(5)]
    assert all(body[3] & gzip.FNAME for body in bodies)
    assert len({body[10 : body.index(b"\x00", 10)] for body in bodies}) > 1


def test_short_responses_stay_as_they_are(client):
    response = client.get("/robots.txt", HTTP_ACCEPT_ENCODING="gzip")
    assert response.status_code == 200
    assert not response.has_header("Content-Encoding")
