"""A new worker renders a page of every type before its first visitor comes.

The first request a Python process answers pays for everything done once: imports of the
template tag libraries, compiling the templates, loading each language's translations, Django's
and Wagtail's lazy registries, the in-process fragments. Measured, that made a visitor's first
view in a fresh worker 20 times as slow as the next (about 210 ms against 10). ``warm_up``
sends, through the whole WSGI stack of the process, one request for a live page of each page
type in the default language and one for the home page in each other language, then closes
the database connections, so nothing opened here is shared with what comes after.

It never stops a worker from starting: with the database away it logs and gives up. Set
``WARM_UP=off`` to skip it.

After a publish, ``refill_after_publish`` does the same in the background for what a publish
makes stale first: once the change is committed, a thread renders the published page and the
page above it in every language, and each language's home page, so the menus, lists and the
page cache of the new generation are filled before most visitors ask
(``REFILL_AFTER_PUBLISH=off`` skips it).
"""

import logging
import sys
import threading
import time
from io import BytesIO

from django.conf import settings
from django.core.handlers.wsgi import WSGIHandler
from django.db import DatabaseError, connections, transaction
from wagtail.models import Page, Site

import language

logger = logging.getLogger(__name__)


def addresses():
    """One live page of every type in the default language, and each language's home page."""
    urls = []
    with language.override(language.default()):
        for page in (
            Page.objects.live()
            .public()
            .filter(depth__gt=1)
            .order_by("content_type_id", "path")
            .distinct("content_type_id")
        ):
            url = page.specific_deferred.get_url()
            if url and url.startswith("/"):
                urls.append(url)
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site is not None:
        for code in language.codes():
            with language.override(code):
                url = site.root_page.get_url()
                if url and url.startswith("/") and url not in urls:
                    urls.append(url)
    return urls


def host():
    for name in settings.ALLOWED_HOSTS:
        name = name.lstrip(".")
        if name and "*" not in name:
            return name
    return "localhost"


def request_environ(path, server):
    return {
        "REQUEST_METHOD": "GET",
        "PATH_INFO": path,
        "QUERY_STRING": "",
        "SERVER_NAME": server,
        "SERVER_PORT": "443",
        "HTTP_HOST": server,
        "HTTP_ACCEPT_ENCODING": "gzip",
        "HTTP_X_FORWARDED_PROTO": "https",
        "REMOTE_ADDR": "127.0.0.1",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "wsgi.url_scheme": "https",
        "wsgi.input": BytesIO(),
        "wsgi.errors": sys.stderr,
        "wsgi.version": (1, 0),
        "wsgi.multithread": False,
        "wsgi.multiprocess": True,
        "wsgi.run_once": False,
    }


def render(application, paths):
    """Request ``paths`` through ``application``; their status codes."""
    statuses = []
    server = host()
    for path in paths:
        body = application(request_environ(path, server), lambda status, headers, exc=None: None)
        try:
            statuses.append(getattr(body, "status_code", None))
            for _chunk in body:
                pass
        finally:
            if hasattr(body, "close"):
                body.close()
    return statuses


def warm_up(application):
    if not getattr(settings, "WARM_UP", True):
        return
    started = time.monotonic()
    statuses = []
    try:
        statuses = render(application, addresses())
    except (DatabaseError, OSError) as error:
        logger.warning("Warm-up skipped: %s", error)
    finally:
        connections.close_all()
    logger.info(
        "Warmed up with %d pages in %.0f ms (%s)",
        len(statuses),
        1000 * (time.monotonic() - started),
        statuses,
    )


def addresses_after_publish(page):
    """The published page and the page above it in every language, and every home page."""
    urls = []
    pages = [page, page.get_parent()]
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site is not None:
        pages.append(site.root_page)
    for code in language.codes():
        with language.override(code):
            for item in pages:
                url = item.specific_deferred.get_url() if item is not None else None
                if url and url.startswith("/") and url not in urls:
                    urls.append(url)
    return urls


def _refill(paths):
    try:
        render(WSGIHandler(), paths)
    except Exception:  # noqa: BLE001 - a refill is a favour to the next visitor, never an error
        logger.warning("Refill after a publish failed", exc_info=True)
    finally:
        connections.close_all()


def refill_after_publish(sender, instance, **kwargs):
    """Once a publish is committed, render what it made stale first, in a thread."""
    if not getattr(settings, "REFILL_AFTER_PUBLISH", False):
        return

    def start():
        try:
            paths = addresses_after_publish(instance)
        except DatabaseError:
            return
        threading.Thread(target=_refill, args=(paths,), name="klima-refill", daemon=True).start()

    transaction.on_commit(start)
