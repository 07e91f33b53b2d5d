"""Print, as JSON, the bench pages' URLs and their SQL query counts, cached and uncached.

Run with the production settings of the bench (bench/bench.py does it): a warm-up request,
then the counted one, through Django's test client.
"""

import json
import os

import django

django.setup()

from django.conf import settings  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.utils import translation  # noqa: E402

from conferences.models import ConferencePage  # noqa: E402
from partners.models import PartnerTownPage  # noqa: E402


def url_of(page):
    with translation.override("de"):
        return page.get_url()


def pages():
    town = PartnerTownPage.objects.live().order_by("path").first()
    conference = ConferencePage.objects.live().order_by("path").first()
    return {
        "home": "/de/",
        "town": url_of(town),
        "conference": url_of(conference),
        "search": os.environ.get("BENCH_SEARCH_URL", "/de/suche/?q=klima"),
    }


def count(client, url, cached):
    settings.PAGE_CACHE_ENABLED = cached
    client.get(url)
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    return response.status_code, len(context.captured_queries)


def main():
    client = Client(HTTP_X_FORWARDED_PROTO="https", HTTP_HOST="127.0.0.1")
    result = {}
    for name, url in pages().items():
        status, uncached = count(client, url, cached=False)
        _status, cached = count(client, url, cached=True)
        result[name] = {"url": url, "status": status, "uncached": uncached, "cached": cached}
    print(json.dumps(result))


main()
