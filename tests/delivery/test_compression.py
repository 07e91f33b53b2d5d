"""Pages rendered per request are gzipped (delivery/compression.py), with Django's BREACH guard."""

import gzip
from io import BytesIO

import pytest
from django.core.files.images import ImageFile
from PIL import Image
from wagtail.images import get_image_model

from delivery.compression import is_text
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


def test_media_files_are_sent_as_stored_not_gzipped(client):
    """Images are compressed in their own format; gzip made them larger (and cost CPU)."""
    data = BytesIO()
    Image.effect_noise((64, 64), 80).convert("RGB").save(data, "PNG")
    image = get_image_model().objects.create(
        title="Rauschen", file=ImageFile(BytesIO(data.getvalue()), name="rauschen.png")
    )
    response = client.get(f"/media/{image.file.name}", HTTP_ACCEPT_ENCODING="gzip")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    assert not response.has_header("Content-Encoding")
    assert b"".join(response.streaming_content) == data.getvalue()


@pytest.mark.parametrize(
    ("content_type", "text"),
    [
        ("text/html; charset=utf-8", True),
        ("text/calendar", True),
        ("application/rss+xml; charset=utf-8", True),
        ("application/ld+json", True),
        ("image/svg+xml", True),
        ("image/jpeg", False),
        ("application/pdf", False),
        ("application/vnd.oasis.opendocument.text", False),
        ("", False),
    ],
)
def test_only_text_is_compressed(content_type, text):
    assert is_text(content_type) is text
