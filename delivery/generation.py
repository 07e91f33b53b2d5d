"""The cache generation: the one number that says whether anything cached is still current.

Every cached page and fragment is stored under the generation it was built in. A change a
visitor could see (``delivery.signal_handlers``) calls ``bump()``, which moves the number on:
everything cached before is stale at once, in every language, on every app instance that
shares the cache. This module is the generation's only home. Its lifecycle:

- **Shared**: the counter under ``GENERATION_KEY`` in the cache. It starts from the clock, so a
  cache that lost it never revives old entries, and ``bump()`` increments it.
- **Per request**: ``scope()`` (opened by ``delivery.cache.PageCacheMiddleware`` around every
  request) remembers the generation from its first use to its end, so a page view reads it
  once; the middleware ``pin()``s the one it read with the page entry, or 0 when the cache may
  not be trusted. A bump inside the scope drops it, so the rest of the request reads the new
  one. Outside a scope (commands, tests, background threads) every ``current()`` asks the
  cache.
- **Pending**: a bump that cannot reach the cache (Redis paused or cut off) must still win. It
  is written to PostgreSQL in the change's own transaction (``operations.PendingInvalidation``)
  and retried in the background. A process that saw the cache fail, or that holds a bump not
  yet made, trusts nothing in the cache until ``settle_pending()`` has made the bump, so the
  old page is not served again when the cache comes back.

0 means "no generation": the cache is out of reach or not to be trusted, and whatever would
be cached is built fresh.
"""

import logging
import threading
import time
from contextlib import contextmanager
from contextvars import ContextVar

from django.core.cache import cache
from django.db import DatabaseError, connections, transaction

import language
from operations.models import PendingInvalidation

GENERATION_KEY = "klima:generation"
# How often a bump that could not reach the cache is tried again, in seconds.
RETRY_INTERVAL = 0.2

logger = logging.getLogger(__name__)

# Outside any scope; inside one, None until the generation is first read.
_OUTSIDE = object()
_seen = ContextVar("delivery_generation", default=_OUTSIDE)


@contextmanager
def scope():
    """Remember the generation from its first use until the end of the block (one request)."""
    token = _seen.set(None)
    try:
        yield
    finally:
        _seen.reset(token)


def current():
    """The site-wide generation: read once per scope, or from the cache at every call outside."""
    seen = _seen.get()
    if seen is not _OUTSIDE and seen is not None:
        return seen
    generation = _read()
    if seen is None:
        _seen.set(generation)
    return generation


def seen():
    """The generation the current scope has read already, without asking the cache; else None."""
    value = _seen.get()
    return None if value is _OUTSIDE else value


def pin(generation):
    """Let the current scope use ``generation`` (0: nothing from the cache until it ends)."""
    if _seen.get() is not _OUTSIDE:
        _seen.set(generation)


def _read():
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        # Start from the clock, so a cache that lost the counter never revives old entries.
        cache.add(GENERATION_KEY, int(time.time() * 1000), timeout=None)
        generation = cache.get(GENERATION_KEY) or 0
    return generation


def _forget():
    """After a bump: the scope reads the new generation, unless it may not trust the cache."""
    if _seen.get() not in (_OUTSIDE, 0):
        _seen.set(None)


def bump(**kwargs):
    """Make every cached page and fragment stale, here and on every instance sharing the cache.

    Takes any signal's arguments. Inside a transaction the bump is made again once it commits:
    a visitor who rendered the page in between (from the data before the commit) must not keep
    it cached.
    """
    _bump_or_remember()
    if transaction.get_connection().in_atomic_block:
        transaction.on_commit(_bump_or_remember)


def _bump_or_remember():
    if not _increment():
        _remember_pending()
    _forget()
    # wagtail-modeltranslation keeps one site-root-path list per language; Wagtail only clears
    # its own unlocalized key, so a changed home page slug would leave old URLs for an hour.
    cache.delete_many([f"wagtail_site_root_paths_{code}" for code in language.codes()])


def _increment():
    """Move the counter on; False when the cache could not be reached."""
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
    try:
        waiting = list(PendingInvalidation.objects.values_list("pk", flat=True)[:1000])
    except DatabaseError:
        # The database is away too: serve from the cache unless this process knows better.
        return not _pending["local"]
    if waiting or _pending["local"]:
        if not _increment():
            return False
        _forget()
        try:
            PendingInvalidation.objects.filter(pk__in=waiting).delete()
        except DatabaseError:
            pass  # deleted next time; one bump too many costs a cache refill, nothing more
        _pending["local"] = False
    if hasattr(cache, "outage_settled"):
        cache.outage_settled()
    return True
