"""Make every image rendition the templates ask for before the first visitor does.

Rendering each live page once in each language runs exactly the ``{% picture %}`` and
``{% image %}`` tags the templates hold, so no list of filter specs can drift from them.
Renditions are then read (prefetched or from the cache), never generated, during a visit.
"""

import logging

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.test import RequestFactory, override_settings
from wagtail.images import get_image_model
from wagtail.models import Page, Site

import language

logger = logging.getLogger(__name__)


# The rendered HTML is thrown away, so static URLs need no manifest: the warm-up works before
# (or without) collectstatic.
PLAIN_STATIC = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}


def warm_renditions():
    """Render every live page in every language; returns how many renditions exist afterwards."""
    site = Site.objects.filter(is_default_site=True).first()
    host = site.hostname if site else "localhost"
    # The requests are made up here, addressed to the site; whether this machine serves that
    # name (ALLOWED_HOSTS) does not matter to them.
    with override_settings(
        STORAGES={**settings.STORAGES, "staticfiles": PLAIN_STATIC},
        ALLOWED_HOSTS=[*settings.ALLOWED_HOSTS, host],
    ):
        return _render_every_page(site, host)


def _render_every_page(site, host):
    factory = RequestFactory()
    for page in Page.objects.live().public().specific().exclude(depth=1):
        for code in language.codes():
            with language.override(code):
                url = page.get_url() or "/"
                request = factory.get(url, HTTP_HOST=host)
                request.user = AnonymousUser()
                request.LANGUAGE_CODE = code
                request._wagtail_site = site
                try:
                    response = page.serve(request)
                    if hasattr(response, "render"):
                        response.render()
                except Exception:
                    # The first visit makes the renditions instead.
                    logger.warning("Could not prerender %s for its renditions", url, exc_info=True)
    return get_image_model().get_rendition_model().objects.count()
