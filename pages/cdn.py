"""Purging a CDN or caching proxy in front of the site when a page is published or unpublished.

Wagtail's own handlers (``wagtail.contrib.frontend_cache``) purge a page's URL in whatever
language is active in the admin, which leaves the page in the other language, and the pages
that list it, stale at the CDN. Here a change purges, in every language, the page itself, its
ancestors (the index that lists it and the home page), and the news feeds. Other pages that
mention it (a town named on a conference page) follow within the CDN's ``max-age``
(``PAGE_CACHE_MAX_AGE``, 60 seconds), as the origin sends them with
``Cache-Control: public, max-age=60``.

Set up through ``WAGTAILFRONTENDCACHE`` (``FRONTEND_CACHE_BACKEND`` and friends, see
klimapartner/settings/base.py); without it nothing is sent.
"""

import logging

from django.conf import settings
from django.urls import reverse
from django.utils import translation

logger = logging.getLogger(__name__)


def urls_to_purge(page):
    """The absolute URLs of ``page``, its ancestors and the feeds, in every language."""
    pages = [*page.get_ancestors().filter(depth__gt=1), page]
    urls = []
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            for each in pages:
                url = each.get_full_url()
                if url:
                    urls.append(url)
            site = page.get_site()
            if site is not None:
                urls.append(site.root_url + reverse("news_feed"))
    return list(dict.fromkeys(urls))


def purge_page(instance, **kwargs):
    if not getattr(settings, "WAGTAILFRONTENDCACHE", None):
        return
    from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache

    try:
        purge_urls_from_cache(urls_to_purge(instance))
    except Exception:  # a CDN that does not answer must not stop an editor from publishing
        logger.exception("Purging the CDN failed for page %s", instance.pk)


def connect_signals():
    from wagtail.signals import page_published, page_unpublished

    page_published.connect(purge_page, dispatch_uid="klima_cdn_published")
    page_unpublished.connect(purge_page, dispatch_uid="klima_cdn_unpublished")
