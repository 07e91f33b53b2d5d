"""The page cache: whole public pages for anonymous visitors, dropped at once on any change.

Every cached entry carries the site-wide *generation* it was rendered under
(``delivery.generation``). Publishing, unpublishing, moving or deleting a page, or saving a site
setting, a site, a redirect, a page's view restriction, an image, a document or a snippet bumps
the generation (``delivery.signal_handlers``), so every page in every language is stale at once,
on every app instance that shares the cache (Redis with ``REDIS_URL``).

The same generation keys the *fragments* that uncached page views share (``fragment``): menus,
footer, the map, the page tree, the lists every visitor sees, renditions. Each key holds the
active language too, so no caller has to remember it. Each process also keeps the fragments it
has read for the current generation, so a page view reads the generation once and its own page
from the database; with Redis the generation is announced to every process (``generation``),
and each keeps its most requested pages too (``local_pages``). While the cache is out of reach
there is no generation, and everything is read fresh; while a change may not have reached the
cache yet (``generation.settle_pending``), nothing is served from it.

After a change, the first request for a page renders it anew; requests for the same page that
arrive while that one renders get the copy from before the change, marked ``stale`` and not to
be kept downstream, instead of each rendering it too. So a publish under load costs one render
per page, not one per waiting visitor, and a visitor who asks after the render (or alone) never
gets the old copy.

Only the query parameters a page reads split its entry (``vary_on_query``: the search's ``q``,
the news and conference lists' ``page``, the conference list's ``town``). Tracking parameters
(``utm_*``, ``fbclid``, ...) are for the visitor's analytics, not for the server: they are
dropped before the page is looked up or rendered. A request with any other parameter is
answered without the cache, so made-up query strings cannot fill it.

What is never cached: anything but GET/HEAD, requests that carry a session or message cookie
(editors, visitors with a password-protected page open), paths outside the language prefixes
(``/de/``, ``/en/``; the admin, previews, documents, media), responses other than 200, responses
that set a cookie or rendered a CSRF token (forms), and responses that say
``Cache-Control: private/no-store``.
"""

import gzip
import hashlib
import threading
import time
from collections import OrderedDict

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import DisallowedHost
from django.http import HttpResponse, HttpResponseNotModified, QueryDict
from django.http.request import split_domain_port
from django.utils.cache import patch_vary_headers
from django.utils.http import http_date, parse_http_date_safe
from wagtail.models import Site

from delivery import generation
from delivery.generation import GENERATION_KEY
from language import active as active_language
from language import from_path as path_language

ENTRY_PREFIX = "klima:page:"
# Who renders a page after a change: one request per page and generation (see ``_stale``).
REFILL_PREFIX = "klima:refill:"
REFILL_SECONDS = 10
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


class _LocalFragments:
    """The fragments this process has read, for one generation: a new generation starts empty.

    Generation and values are swapped as one pair, so no thread sees one without the other.
    """

    def __init__(self):
        self._state = (None, {})

    def of(self, number):
        state = self._state
        if state[0] != number:
            state = (number, {})
            self._state = state
        return state[1]

    def clear(self):
        """Forget everything, as a process that has just started."""
        self._state = (None, {})


local_fragments = _LocalFragments()


class _LocalPages:
    """The most requested pages of the current generation, kept in the process.

    With the generation announced (``generation.announced``), a hit on one of these asks Redis
    nothing. At most ``SIZE`` entries (about 10 KB each, gzipped), the least recently used go
    first, so the process does not grow with the site or with made-up search terms.
    """

    SIZE = 200

    def __init__(self):
        self._state = (None, OrderedDict())
        self._lock = threading.Lock()

    def get(self, key, number):
        current, entries = self._state
        if current != number:
            return None
        entry = entries.get(key)
        if entry is not None:
            with self._lock:
                if key in entries:
                    entries.move_to_end(key)
        return entry

    def put(self, key, number, entry):
        with self._lock:
            current, entries = self._state
            if current != number:
                current, entries = number, OrderedDict()
                self._state = (current, entries)
            entries[key] = entry
            entries.move_to_end(key)
            while len(entries) > self.SIZE:
                entries.popitem(last=False)

    def clear(self):
        self._state = (None, OrderedDict())


local_pages = _LocalPages()


def fragment(request, name, build, *parts, local=False, language=None):
    """A value built once per generation and language (menus, footer), from the cache if there.

    The key holds the generation, the active language (or ``language``, where a value is built
    for another one) and ``parts``: callers name what else the value depends on, never the
    language. ``request`` is the request being answered, or None; the generation is the one its
    scope has read (``delivery.generation``). ``local`` values are kept in this process too, so
    they cost no cache read until the generation moves on; they are shared by every request and
    must not be changed.
    """
    current = generation.current()
    if not current:
        return build()  # the cache is out of reach: nothing can be shared or invalidated
    raw = ":".join([str(current), language or active_language(), *map(str, parts)])
    key = (
        f"klima:fragment:{name}:"
        + hashlib.sha256(raw.encode("utf-8", "surrogateescape")).hexdigest()
    )
    if local:
        value = local_fragments.of(current).get(key)
        if value is not None:
            return value
    value = cache.get(key)
    if value is None:
        value = build()
        cache.set(key, value, getattr(settings, "PAGE_CACHE_SECONDS", 600))
    if local:
        local_fragments.of(current)[key] = value
    return value


def cached_rows(request, name, make_queryset, *parts):
    """The rows of a queryset (with what it selects and prefetches), read once per generation.

    For the lists every visitor of a page sees alike (the towns, the conferences, the latest
    news): they change only when pages are published, moved or deleted, which starts a new
    generation. ``make_queryset`` returns the queryset; it is called only when the rows are
    not cached. The rows are shared by every request and must not be changed.
    """
    return fragment(request, f"rows:{name}", lambda: list(make_queryset()), *parts, local=True)


def local_get_many(keys):
    """What this process keeps of ``keys`` for the generation the request has read already.

    For values keyed by their owner (renditions); never asks the cache for the generation.
    """
    current = generation.seen()
    if not current:
        return {}
    values = local_fragments.of(current)
    return {key: values[key] for key in keys if key in values}


def local_set_many(values):
    """Keep ``values`` in this process for the generation the request has read already."""
    current = generation.seen()
    if current:
        local_fragments.of(current).update(values)


def keep_site_root_paths_per_generation():
    """Read Wagtail's site root paths once per generation and language in each process.

    wagtail-modeltranslation keeps them per language in the shared cache and on the request
    for one language at a time, so a page that links to itself in every language (the switch,
    hreflang) asked the cache about ten times per view. Called once, from ``DeliveryConfig``.
    """
    from wagtail_modeltranslation import patch_wagtailadmin

    from_shared_cache = patch_wagtailadmin._localized_site_get_site_root_paths

    def site_root_paths():
        rows = fragment(None, "site-root-paths", lambda: list(from_shared_cache()), local=True)
        return list(rows)

    patch_wagtailadmin._localized_site_get_site_root_paths = site_root_paths


def attach_site(request):
    """Look up the request's Wagtail site (with its home page) in the cache, not the database.

    Wagtail and the template tags find it on ``request._wagtail_site``. It runs before the
    request's language is activated, so the key takes the language from the path.
    """
    try:
        request.get_host()
    except DisallowedHost:
        return
    hostname = split_domain_port(request._get_raw_host())[0]
    port = request.get_port()
    site = fragment(
        request,
        "site",
        lambda: Site._find_for_request(request) or False,
        hostname,
        port,
        local=True,
        language=path_language(request.path),
    )
    request._wagtail_site = site or None


def _entry_key(request, query):
    raw = f"{request.scheme}://{request.get_host()}{request.path}?{query}"
    return ENTRY_PREFIX + hashlib.sha256(raw.encode("utf-8", "surrogateescape")).hexdigest()


def _is_cacheable_request(request):
    if not enabled() or request.method not in ("GET", "HEAD"):
        return False
    if path_language(request.path) is None:
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
        response = HttpResponse(gzip.decompress(entry["gzip"]))
    for name, value in entry["headers"].items():
        response[name] = value
    response["ETag"] = entry["etag"]
    response["Last-Modified"] = http_date(entry["modified"])
    patch_vary_headers(response, ["Accept-Encoding"])
    _public_headers(response)
    response["X-Page-Cache"] = "hit"
    return response


def _stale(request, entry):
    """The copy from before the last change, while one request renders the page anew.

    Only requests that arrive during that one render get it, so a change costs one render per
    page instead of one per waiting visitor; nothing downstream may keep it.
    """
    response = _from_entry(request, entry)
    response["Cache-Control"] = "public, max-age=0, must-revalidate"
    response["X-Page-Cache"] = "stale"
    return response


def _store(request, key, number, response):
    body = response.content
    # Only the compressed body is kept: a hit moves a fifth of the bytes out of the cache, and
    # the few clients without gzip get it unpacked.
    entry = {
        "generation": number,
        "gzip": gzip.compress(body, compresslevel=6, mtime=0),
        "headers": {name: response[name] for name in KEPT_HEADERS if response.has_header(name)},
        "etag": f'W/"{hashlib.md5(body, usedforsecurity=False).hexdigest()}"',
        "modified": int(time.time()),
    }
    cache.set(key, entry, getattr(settings, "PAGE_CACHE_SECONDS", 600))
    return entry


class PageCacheMiddleware:
    """Serve anonymous GETs of public pages from the cache, and fill it.

    Sits right after WhiteNoise, before sessions and authentication, so a hit costs no
    database query at all (pages keep coming while PostgreSQL restarts). With the generation
    announced (``generation.announced``), a hit on one of the process's most requested pages
    asks Redis nothing; otherwise the generation and the entry come in one round trip.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        with generation.scope():
            return self._respond(request)

    def _respond(self, request):
        localized = path_language(request.path) is not None
        if localized and not generation.settle_pending():
            # A change may not have reached the cache yet: everything fresh, nothing stored.
            generation.pin(0)
            attach_site(request)
            response = self.get_response(request)
            self._mark_uncached(request, response)
            return response
        query = _cache_query(request) if localized else None
        if query is None or not _is_cacheable_request(request):
            if localized:
                generation.current()
                attach_site(request)
            response = self.get_response(request)
            self._mark_uncached(request, response)
            return response
        try:
            key = _entry_key(request, query)
        except DisallowedHost:
            return self.get_response(request)

        current = generation.announced()
        entry = local_pages.get(key, current) if current else None
        if entry is not None:
            generation.pin(current)
            return _from_entry(request, entry)
        if current:
            entry = cache.get(key)
        else:
            # The generation and the entry in one round trip; the page is rendered under it.
            found = cache.get_many([GENERATION_KEY, key])
            current = found.get(GENERATION_KEY) or generation.current()
            entry = found.get(key)
        generation.pin(current)
        if entry is not None and entry.get("generation") == current:
            local_pages.put(key, current, entry)
            return _from_entry(request, entry)
        refill = f"{REFILL_PREFIX}{key}:{current}"
        if entry is not None and entry.get("generation", 0) < current:
            claimed = cache.add(refill, 1, REFILL_SECONDS)
            if not claimed and getattr(cache, "reachable", True):
                return _stale(request, entry)  # another request is rendering it right now

        attach_site(request)
        try:
            response = self.get_response(request)
            if _is_storable(request, response):
                entry = _store(request, key, current, response)
                local_pages.put(key, current, entry)
                response = _from_entry(request, entry)
                response["X-Page-Cache"] = "miss"
            else:
                if entry is not None:
                    cache.delete(key)  # gone or no longer cacheable: never shown again
                self._mark_uncached(request, response)
        finally:
            if entry is not None:
                cache.delete(refill)
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
