"""Purging a CDN or caching proxy in front of the site when a page is published or unpublished.

Wagtail's own handlers (``wagtail.contrib.frontend_cache``) purge a page's URL in whatever
language is active in the admin, which leaves the page in the other languages, and the pages
that list it, stale at the CDN. Here a change purges, in every language, the page itself, its
ancestors (the index that lists it and the home page), and the URLs that list every page of a
kind (the news feeds), which the app that serves them declares with ``purge_with_every_page``
in its ``apps.py``. Other pages that mention it (a town named on a conference page) follow
within the CDN's ``max-age`` (``PAGE_CACHE_MAX_AGE``, 60 seconds), as the origin sends them
with ``Cache-Control: public, max-age=60``.

Set up through ``WAGTAILFRONTENDCACHE`` (``FRONTEND_CACHE_BACKEND`` and friends, see
klimapartner/settings/base.py); without it nothing is sent. Connected to the publishing
signals in ``delivery.signal_handlers``.
"""

import logging

from django.conf import settings
from django.urls import reverse
from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache

import language

logger = logging.getLogger(__name__)

# Names of URLs inside the language prefix that change with any published page.
ALSO_PURGED = []


def purge_with_every_page(url_name):
    """Declare a URL (by its name, inside the language prefix) that lists pages of any kind."""
    if url_name not in ALSO_PURGED:
        ALSO_PURGED.append(url_name)


def urls_to_purge(page):
    """The absolute URLs of ``page``, its ancestors and the declared lists, in every language."""
    pages = [*page.get_ancestors().filter(depth__gt=1), page]
    urls = []
    for code in language.codes():
        with language.override(code):
            for each in pages:
                url = each.get_full_url()
                if url:
                    urls.append(url)
            site = page.get_site()
            if site is not None:
                urls.extend(site.root_url + reverse(name) for name in ALSO_PURGED)
    return list(dict.fromkeys(urls))


def purge_page(instance, **kwargs):
    if not getattr(settings, "WAGTAILFRONTENDCACHE", None):
        return
    try:
        purge_urls_from_cache(urls_to_purge(instance))
    except Exception:  # a CDN that does not answer must not stop an editor from publishing
        logger.exception("Purging the CDN failed for page %s", instance.pk)
