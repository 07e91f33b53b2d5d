"""robots.txt: search engines may index the public pages, not the editors' admin."""

import pytest

pytestmark = pytest.mark.django_db


def test_robots_txt_allows_pages_and_keeps_out_of_admin(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert "User-agent: *" in lines
    assert "Disallow: /admin/" in lines
    assert "Disallow: /" not in lines
