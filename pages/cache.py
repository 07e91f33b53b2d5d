"""The page cache: whole public pages for anonymous visitors, dropped at once on any change.

Every cached entry carries the site-wide *generation* it was rendered under. Publishing,
unpublishing, moving or deleting a page, or saving a site setting, a site, a redirect, a
page's view restriction, an image, a document or a snippet bumps the generation, so every page
in both languages is stale at once, on every app instance that shares the cache (Redis with
``REDIS_URL``).

The same generation keys the *fragments* that uncached page views share: menus, footer, the
map, the page tree (pages/tree.py), the lists every visitor sees, renditions. Each process
also keeps the fragments it has read for the current generation, so a page view reads the
generation once and its own page from the database. While the cache is out of reach there is
no generation, and everything is read fresh.

A change that cannot reach the cache (Redis paused or cut off) must still win: the failed bump
is written to PostgreSQL in the change's own transaction (``operations.PendingInvalidation``)
and retried in the background. A process that saw the cache fail, or that holds a bump not yet
made, serves nothing from the cache until the generation has moved on (``settle_pending``),
so the old page is not served again when the cache comes back.

Only the query parameters a page reads split its entry (``vary_on_query``: the search's ``q``,
the news list's ``page``). Tracking parameters (``utm_*``, ``fbclid``, ...) are for the
visitor's analytics, not for the server: they are dropped before the page is looked up or
rendered. A request with any other parameter is answered without the cache, so made-up query
strings cannot fill it.

What is never cached: anything but GET/HEAD, requests that carry a session or message cookie
(editors, visitors with a password-protected page open), paths outside ``/de/`` and ``/en/``
(the admin, previews, documents, media), responses other than 200, responses that set a cookie
or rendered a CSRF token (forms), and responses that say ``Cache-Control: private/no-store``.
"""

import gzip
import hashlib
import logging
import threading
import time
from contextvars import ContextVar

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import DisallowedHost
from django.db import DatabaseError, connections, transaction
from django.db.models.signals import post_delete, post_save
from django.http import HttpResponse, HttpResponseNotModified, QueryDict
from django.utils.cache import patch_vary_headers
from django.utils.http import http_date, parse_http_date_safe
from wagtail.signals import page_published, page_unpublished, post_page_move

GENERATION_KEY = "klima:generation"
ENTRY_PREFIX = "klima:page:"
# The headers a cached response keeps; security headers are added on the way out each time.
KEPT_HEADERS = ("Content-Type", "Content-Language", "Vary", "X-Frame-Options")
# Cookies that mean the response may be personal.
PERSONAL_COOKIES = ("messages",)
# Query parameters that change what a page shows (see ``vary_on_query``).
QUERY_PARAMETERS = set()
# Parameters that only analytics read; names, or prefixes ending in "_".
TRACKING_PARAMETERS = (
    *("utm_", "mtm_", "pk_", "_ga", "_gl", "_hsenc", "_hsmi", "mc_cid", "mc_eid"),
    *("fbclid", "gclid", "gbraid", "wbraid", "dclid", "msclkid", "yclid", "twclid"),
    *("ttclid", "igshid", "li_fat_id", "mkt_tok", "srsltid"),
)
# How often a bump that could not reach the cache is tried again, in seconds.
RETRY_INTERVAL = 0.2

logger = logging.getLogger(__name__)


def vary_on_query(*names):
    """Declare query parameters that change what a page shows: each value is cached on its own."""
    QUERY_PARAMETERS.update(names)


def _is_tracking(name):
    return any(
        name.startswith(known) if known.endswith("_") else name == known
        for known in TRACKING_PARAMETERS
    )


def _cache_query(request):
    """The query string that keys the request's entry; None if the cache must stay out of it.

    Tracking parameters are taken off the request itself, so no page can show them.
    """
    if not request.META.get("QUERY_STRING"):
        return ""
    kept = QueryDict(mutable=True)
    dropped = False
    for name, values in request.GET.lists():
        if name in QUERY_PARAMETERS:
            kept.setlist(name, values)
        elif _is_tracking(name):
            dropped = True
        else:
            return None
    if dropped:
        request.META["QUERY_STRING"] = kept.urlencode()
        request.GET = QueryDict(request.META["QUERY_STRING"])
    return "&".join(sorted(kept.urlencode().split("&"))) if kept else ""


def enabled():
    return getattr(settings, "PAGE_CACHE_ENABLED", True)


def _language_prefixes():
    return tuple(f"/{code}/" for code, _name in settings.LANGUAGES)


def current_generation(request=None):
    """The site-wide generation, read once per request."""
    if request is not None and hasattr(request, "_klima_generation"):
        return request._klima_generation
    generation = _request_generation.get()
    if generation is not None:
        return generation
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        # Start from the clock, so a cache that lost the counter never revives old entries.
        cache.add(GENERATION_KEY, int(time.time() * 1000), timeout=None)
        generation = cache.get(GENERATION_KEY) or 0
    if request is not None:
        request._klima_generation = generation
    return generation


def bump_generation(**kwargs):
    """Make every cached page and fragment stale, here and on every instance sharing the cache.

    Inside a transaction the bump is made again once it commits: a visitor who rendered the
    page in between (from the data before the commit) must not keep it cached.
    """
    _bump_or_remember()
    connection = transaction.get_connection()
    if connection.in_atomic_block:
        transaction.on_commit(_bump_or_remember)


def _bump_or_remember():
    if not _bump():
        _remember_pending()
    _request_generation.set(None)
    # wagtail-modeltranslation keeps one site-root-path list per language; Wagtail only clears
    # its own unlocalized key, so a changed home page slug would leave old URLs for an hour.
    cache.delete_many([f"wagtail_site_root_paths_{code}" for code, _name in settings.LANGUAGES])


def _bump():
    """Move the generation on; False when the cache could not be reached."""
    try:
        cache.incr(GENERATION_KEY)
        return True
    except ValueError:  # no counter yet, or the cache is out of reach (CacheUnavailable)
        pass
    if not getattr(cache, "reachable", True):
        return False
    cache.set(GENERATION_KEY, int(time.time() * 1000), timeout=None)
    return getattr(cache, "reachable", True)


# A bump this process could not make, and its background retry.
_pending = {"local": False, "thread": None}
_pending_lock = threading.Lock()


def _remember_pending():
    from operations.models import PendingInvalidation

    logger.warning("The cache is out of reach: the invalidation waits in PostgreSQL")
    _pending["local"] = True
    try:
        PendingInvalidation.objects.create()
    except DatabaseError:
        logger.exception("Could not record the pending cache invalidation")
    with _pending_lock:
        if _pending["thread"] is None or not _pending["thread"].is_alive():
            _pending["thread"] = threading.Thread(
                target=_retry_pending, name="klima-cache-retry", daemon=True
            )
            _pending["thread"].start()


def _retry_pending():
    try:
        while not settle_pending():
            time.sleep(RETRY_INTERVAL)
    finally:
        connections.close_all()


def settle_pending():
    """Whether answers may come from the cache: no change is waiting to invalidate it.

    Cheap when nothing went wrong. After this process saw the cache fail, or while it holds a
    bump it could not make, it asks PostgreSQL for pending invalidations, makes the bump once
    the cache answers, and only then trusts the cache again.
    """
    if not _pending["local"] and not getattr(cache, "outage_seen", False):
        return True
    if not getattr(cache, "reachable", True):
        return False
    from operations.models import PendingInvalidation

    try:
        waiting = list(PendingInvalidation.objects.values_list("pk", flat=True)[:1000])
    except DatabaseError:
        # The database is away too: serve from the cache unless this process knows better.
        return not _pending["local"]
    if waiting or _pending["local"]:
        if not _bump():
            return False
        _request_generation.set(None)
        try:
            PendingInvalidation.objects.filter(pk__in=waiting).delete()
        except DatabaseError:
            pass  # deleted next time; one bump too many costs a cache refill, nothing more
        _pending["local"] = False
    if hasattr(cache, "outage_settled"):
        cache.outage_settled()
    return True


# The generation a request started with, for code that has no request at hand (models).
_request_generation = ContextVar("klima_generation", default=None)
# Fragments this process has already read, for the current generation only.
_local = {"generation": None, "values": {}}


def fragment(request, name, build, *parts, local=False):
    """A value built once per generation (menus, footer), from the cache when it is there.

    ``local`` values are kept in this process too, so they cost no cache read until the
    generation moves on; they are shared by every request and must not be changed.
    """
    generation = current_generation(request)
    if not generation:
        return build()  # the cache is out of reach: nothing can be shared or invalidated
    raw = ":".join([str(generation), *map(str, parts)])
    key = (
        f"klima:fragment:{name}:"
        + hashlib.sha256(raw.encode("utf-8", "surrogateescape")).hexdigest()
    )
    if local:
        value = _local_values(generation).get(key)
        if value is not None:
            return value
    value = cache.get(key)
    if value is None:
        value = build()
        cache.set(key, value, getattr(settings, "PAGE_CACHE_SECONDS", 600))
    if local:
        _local_values(generation)[key] = value
    return value


def _local_values(generation):
    if _local["generation"] != generation:
        _local.update(generation=generation, values={})
    return _local["values"]


def cached_rows(request, name, make_queryset, *parts):
    """The rows of a queryset (with what it selects and prefetches), read once per generation.

    For the lists every visitor of a page sees alike (the towns, the conferences, the latest
    news): they change only when pages are published, moved or deleted, which starts a new
    generation. ``make_queryset`` returns the queryset; it is called only when the rows are
    not cached. The rows are shared by every request and must not be changed.
    """
    return fragment(request, f"rows:{name}", lambda: list(make_queryset()), *parts, local=True)


def local_get_many(keys):
    """What this process keeps of ``keys`` for the current generation (see ``fragment``)."""
    generation = _request_generation.get()
    if not generation:
        return {}
    values = _local_values(generation)
    return {key: values[key] for key in keys if key in values}


def local_set_many(values):
    generation = _request_generation.get()
    if generation:
        _local_values(generation).update(values)


def attach_site(request):
    """Look up the request's Wagtail site (with its home page) in the cache, not the database.

    Wagtail and the template tags find it on ``request._wagtail_site``.
    """
    from django.http.request import split_domain_port
    from wagtail.models import Site

    try:
        request.get_host()
    except DisallowedHost:
        return
    hostname = split_domain_port(request._get_raw_host())[0]
    port = request.get_port()
    site = fragment(
        request, "site", lambda: Site._find_for_request(request) or False, hostname, port
    )
    request._wagtail_site = site or None


def _entry_key(request, query):
    raw = f"{request.scheme}://{request.get_host()}{request.path}?{query}"
    return ENTRY_PREFIX + hashlib.sha256(raw.encode("utf-8", "surrogateescape")).hexdigest()


def _is_cacheable_request(request):
    if not enabled() or request.method not in ("GET", "HEAD"):
        return False
    if not request.path.startswith(_language_prefixes()):
        return False
    cookies = request.COOKIES
    return settings.SESSION_COOKIE_NAME not in cookies and not any(
        name in cookies for name in PERSONAL_COOKIES
    )


def _is_storable(request, response):
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    if request.META.get("CSRF_COOKIE_USED") or response.has_header("Content-Encoding"):
        return False
    cache_control = response.get("Cache-Control", "")
    if "private" in cache_control or "no-store" in cache_control:
        return False
    return response.get("Content-Type", "").startswith("text/html")


def _accepts_gzip(request):
    return "gzip" in request.META.get("HTTP_ACCEPT_ENCODING", "")


def _not_modified(request, entry):
    if_none_match = request.META.get("HTTP_IF_NONE_MATCH")
    if if_none_match is not None:
        tags = [tag.strip().removeprefix("W/") for tag in if_none_match.split(",")]
        return "*" in tags or entry["etag"].removeprefix("W/") in tags
    since = parse_http_date_safe(request.META.get("HTTP_IF_MODIFIED_SINCE", ""))
    return since is not None and entry["modified"] <= since


def _public_headers(response):
    max_age = getattr(settings, "PAGE_CACHE_MAX_AGE", 60)
    response["Cache-Control"] = f"public, max-age={max_age}"


def _from_entry(request, entry):
    if _not_modified(request, entry):
        response = HttpResponseNotModified()
    elif _accepts_gzip(request):
        response = HttpResponse(entry["gzip"])
        response["Content-Encoding"] = "gzip"
    else:
        response = HttpResponse(entry["body"])
    for name, value in entry["headers"].items():
        response[name] = value
    response["ETag"] = entry["etag"]
    response["Last-Modified"] = http_date(entry["modified"])
    patch_vary_headers(response, ["Accept-Encoding"])
    _public_headers(response)
    response["X-Page-Cache"] = "hit"
    return response


def _store(request, key, generation, response):
    body = response.content
    entry = {
        "generation": generation,
        "body": body,
        "gzip": gzip.compress(body, compresslevel=6, mtime=0),
        "headers": {name: response[name] for name in KEPT_HEADERS if response.has_header(name)},
        "etag": f'W/"{hashlib.md5(body, usedforsecurity=False).hexdigest()}"',
        "modified": int(time.time()),
    }
    cache.set(key, entry, getattr(settings, "PAGE_CACHE_SECONDS", 600))
    return entry


class PageCacheMiddleware:
    """Serve anonymous GETs of public pages from the cache, and fill it.

    Sits right after WhiteNoise, before sessions and authentication, so a hit costs two cache
    reads in one round trip and no database query at all (pages keep coming while PostgreSQL
    restarts).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _request_generation.set(None)
        try:
            return self._respond(request)
        finally:
            _request_generation.reset(token)

    def _respond(self, request):
        localized = request.path.startswith(_language_prefixes())
        if localized and not settle_pending():
            # A change may not have reached the cache yet: everything fresh, nothing stored.
            request._klima_generation = 0
            _request_generation.set(0)
            attach_site(request)
            response = self.get_response(request)
            self._mark_uncached(request, response)
            return response
        query = _cache_query(request) if localized else None
        if query is None or not _is_cacheable_request(request):
            if localized:
                _request_generation.set(current_generation(request))
                attach_site(request)
            response = self.get_response(request)
            self._mark_uncached(request, response)
            return response
        try:
            key = _entry_key(request, query)
        except DisallowedHost:
            return self.get_response(request)

        found = cache.get_many([GENERATION_KEY, key])
        generation = found.get(GENERATION_KEY)
        if generation is None:
            generation = current_generation()
        request._klima_generation = generation
        _request_generation.set(generation)
        entry = found.get(key)
        if entry is not None and entry.get("generation") == generation:
            return _from_entry(request, entry)

        attach_site(request)
        response = self.get_response(request)
        if _is_storable(request, response):
            entry = _store(request, key, generation, response)
            response = _from_entry(request, entry)
            response["X-Page-Cache"] = "miss"
        else:
            self._mark_uncached(request, response)
        return response

    @staticmethod
    def _mark_uncached(request, response):
        if response.has_header("Cache-Control") or not response.get("Content-Type", "").startswith(
            "text/html"
        ):
            return
        if settings.SESSION_COOKIE_NAME in request.COOKIES or request.path.startswith("/admin/"):
            response["Cache-Control"] = "private, no-store"
        else:
            response["Cache-Control"] = "private, no-cache"


INVALIDATING_MODELS = (
    "core.SiteSettings",
    "wagtailcore.PageViewRestriction",
    "wagtailcore.Site",
    "wagtailredirects.Redirect",
    "wagtaildocs.Document",
    "wagtailcore.Locale",
)


# Wagtail fills these in lazily on images and documents; they change nothing a visitor sees.
METADATA_FIELDS = {"file_size", "file_hash"}


def _is_invalidating(sender):
    from wagtail.images import get_image_model
    from wagtail.models import Page
    from wagtail.snippets.models import get_snippet_models

    if issubclass(sender, Page) or sender is get_image_model():
        return True
    return sender._meta.label in INVALIDATING_MODELS or sender in get_snippet_models()


def _on_save(sender, **kwargs):
    if kwargs.get("raw"):
        return
    # Page saves happen for drafts too; pages invalidate through their own signals.
    from wagtail.models import Page

    update_fields = kwargs.get("update_fields")
    if update_fields and set(update_fields) <= METADATA_FIELDS:
        return
    if not issubclass(sender, Page) and _is_invalidating(sender):
        bump_generation()


def _on_delete(sender, **kwargs):
    if _is_invalidating(sender):
        bump_generation()


def connect_signals():
    from dbbackup.signals import post_media_restore, post_restore

    # A restore changes everything at once (`manage.py restore`).
    post_restore.connect(bump_generation, dispatch_uid="klima_cache_restored")
    post_media_restore.connect(bump_generation, dispatch_uid="klima_cache_media_restored")
    page_published.connect(bump_generation, dispatch_uid="klima_cache_published")
    page_unpublished.connect(bump_generation, dispatch_uid="klima_cache_unpublished")
    post_page_move.connect(bump_generation, dispatch_uid="klima_cache_moved")
    post_save.connect(_on_save, dispatch_uid="klima_cache_saved")
    post_delete.connect(_on_delete, dispatch_uid="klima_cache_deleted")
