"""Grow the bundled content as a long-running partnership would: `make bench` measures both.

Run with the bench's settings (bench/bench.py does it). Every bundled news article is copied
until there are NEWS_TIMES as many, and every conference (with its excursions, documents and
pictures) until there are CONFERENCE_TIMES as many; each copy is published as an editor would,
in every language the original has. The copies keep the originals' texts and dates, with a
number added to the title and slugs so that each has its own address.
"""

import json
import os
import time

import django

django.setup()

from django.db import transaction  # noqa: E402

import language  # noqa: E402
from conferences.models import ConferencePage  # noqa: E402
from pages.models import NewsPage  # noqa: E402

NEWS_TIMES = int(os.environ.get("BENCH_NEWS_TIMES", "100"))
CONFERENCE_TIMES = int(os.environ.get("BENCH_CONFERENCE_TIMES", "10"))


def numbered(page, n):
    """Title and slug fields of ``page`` in every language it has, with ``n`` added."""
    attrs = {}
    for code in language.codes():
        slug, title = getattr(page, f"slug_{code}"), getattr(page, f"title_{code}")
        if slug:
            attrs[f"slug_{code}"] = f"{slug}-{n}"
        if title:
            attrs[f"title_{code}"] = f"{title} ({n})"
    attrs["slug"] = attrs[f"slug_{language.default()}"]
    attrs["title"] = attrs[f"title_{language.default()}"]
    return attrs


def copies(model, times):
    originals = list(model.objects.live().order_by("path"))
    made = 0
    for n in range(2, times + 1):
        for original in originals:
            with transaction.atomic():
                copy = original.copy(update_attrs=numbered(original, n), keep_live=False)
                copy.save_revision().publish()
            made += 1
    return made


def main():
    started = time.monotonic()
    made = {
        "news": copies(NewsPage, NEWS_TIMES),
        "conferences": copies(ConferencePage, CONFERENCE_TIMES),
    }
    made["seconds"] = round(time.monotonic() - started, 1)
    made["totals"] = {
        "news": NewsPage.objects.live().count(),
        "conferences": ConferencePage.objects.live().count(),
    }
    print(json.dumps(made))


main()
