"""Print, as JSON, one page of every type: its URL, SQL queries (cached, uncached), HTML bytes.

Run with the production settings of the bench (bench/bench.py does it): a warm-up request,
then the counted one, through Django's test client. The pages are the first of their type, the
ones that collect what ``bench/grow.py`` adds (the first town hosts copies of its conferences).
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

from conferences.models import ConferenceIndexPage, ConferencePage  # noqa: E402
from pages.models import (  # noqa: E402
    DownloadsPage,
    NewsIndexPage,
    NewsPage,
    ProjectPage,
    StandardPage,
)
from partners.models import PartnerTownIndexPage, PartnerTownPage  # noqa: E402


def url_of(page):
    with translation.override("de"):
        return page.get_url()


PAGE_TYPES = {
    "project": ProjectPage,
    "towns": PartnerTownIndexPage,
    "town": PartnerTownPage,
    "conferences": ConferenceIndexPage,
    "conference": ConferencePage,
    "news index": NewsIndexPage,
    "news": NewsPage,
    "downloads": DownloadsPage,
    "standard": StandardPage,
}


def pages():
    found = {"home": "/de/"}
    for name, model in PAGE_TYPES.items():
        found[name] = url_of(model.objects.live().order_by("path").first())
    found["search"] = os.environ.get("BENCH_SEARCH_URL", "/de/suche/?q=klima")
    return found


def count(client, url, cached):
    settings.PAGE_CACHE_ENABLED = cached
    client.get(url)
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    return response.status_code, len(context.captured_queries), len(response.content)


def main():
    client = Client(HTTP_X_FORWARDED_PROTO="https", HTTP_HOST="127.0.0.1")
    result = {}
    for name, url in pages().items():
        status, uncached, size = count(client, url, cached=False)
        _status, cached, _size = count(client, url, cached=True)
        result[name] = {
            "url": url,
            "status": status,
            "uncached": uncached,
            "cached": cached,
            "bytes": size,
        }
    print(json.dumps(result))


main()
