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

- **Announced**: with Redis, every bump is also published on a channel, and each process keeps
  a thread that listens to it (``announced()``), so a page view need not ask Redis for the
  generation at all. The thread subscribes first and then reads the counter, so no bump falls
  between; ten times a second it pings Redis and reads the counter again (which also keeps it
  from being evicted as unused), and when Redis stops answering it forgets the number and
  marks the cache as failed, so requests go back to asking (and, with Redis away, to the
  outage rules above) within a fraction of a second.

0 means "no generation": the cache is out of reach or not to be trusted, and whatever would
be cached is built fresh.
"""

import logging
import os
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


class _Announcements:
    """The generation as Redis announces it, kept by one listening thread per process."""

    PING_EVERY = 0.1
    # A ping not answered within this many seconds means Redis is away.
    SILENCE = 0.3

    def __init__(self):
        self.value = None  # None: not listening, or not sure; ask the cache
        self.pid = None
        self.lock = threading.Lock()

    def current(self):
        if self.pid != os.getpid():
            self._start()
        return self.value

    def heard(self, value):
        """A generation this process made or was told of; never goes back."""
        if value is not None and self.value is not None and value > self.value:
            self.value = value

    def _start(self):
        with self.lock:
            if self.pid == os.getpid():
                return
            self.pid, self.value = os.getpid(), None  # a forked process listens on its own
            client = _redis_client()
            if client is not None:
                threading.Thread(
                    target=self._listen, args=(client,), name="klima-generation", daemon=True
                ).start()

    def _listen(self, client):
        channel = cache.make_key(GENERATION_KEY)
        while True:
            pubsub = client.pubsub()
            try:
                pubsub.subscribe(channel)
                self._follow(pubsub)
            except Exception as error:  # noqa: BLE001 - any failure: ask the cache, retry
                logger.info("Not listening for cache generations: %s", error)
            finally:
                self.value = None
                _mark_cache_failed()
                try:
                    pubsub.close()
                except Exception:  # noqa: BLE001, S110 - the connection is gone anyway
                    pass
            time.sleep(self.PING_EVERY)

    def _follow(self, pubsub):
        answered = time.monotonic()
        subscribed = False
        pinged = 0.0
        while True:
            message = pubsub.get_message(timeout=self.PING_EVERY)
            now = time.monotonic()
            if message is not None:
                answered = now
                kind = message["type"]
                if kind == "subscribe" and not subscribed:
                    subscribed = True
                    self.value = _read_from_cache()
                elif kind == "message" and subscribed:
                    value = int(message["data"])
                    self.value = value if self.value is None else max(self.value, value)
            if now - answered > self.SILENCE:
                return  # Redis stopped answering
            if now - pinged >= self.PING_EVERY:
                pubsub.ping()
                pinged = now
                if subscribed:
                    self.value = _poll_counter()


def _redis_client():
    backend = getattr(cache, "_cache", None)
    get_client = getattr(backend, "get_client", None)
    return get_client(write=True) if get_client else None


def _poll_counter():
    """The counter as Redis holds it now, which also keeps it recently used.

    A Redis bounded with ``allkeys-lru`` evicts what nobody reads, and with the generation
    announced nobody reads the counter otherwise. An evicted counter (``INCRBY 0`` then makes
    it 0) starts again from the clock and is announced. A counter lower than the one heard
    (Redis restarted from an old snapshot) is taken as it is: Redis holds the truth.
    """
    client = _redis_client()
    key = cache.make_key(GENERATION_KEY)
    value = int(client.incrby(key, 0))
    if value == 0:
        value = int(time.time() * 1000)
        client.set(key, value)
        _announce(value)
    return value


def _mark_cache_failed():
    circuit = getattr(cache, "circuit", None)
    if circuit is not None:
        circuit.outage_seen = True
        circuit.closed_after = time.monotonic() + 1.0


_announcements = _Announcements()


def announced():
    """The generation as last announced by Redis, without asking it; None if not known."""
    return _announcements.current()


def _announce(value):
    _announcements.heard(value)
    client = _redis_client()
    if client is not None:
        try:
            client.publish(cache.make_key(GENERATION_KEY), value)
        except Exception:  # noqa: BLE001 - the listeners notice the outage by their pings
            logger.warning("Could not announce cache generation %s", value)


def _read():
    announced_value = _announcements.current()
    if announced_value:
        return announced_value
    return _read_from_cache()


def _read_from_cache():
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        # Start from the clock, so a cache that lost the counter never revives old entries.
        started = int(time.time() * 1000)
        if cache.add(GENERATION_KEY, started, timeout=None):
            _announce(started)
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
        _announce(cache.incr(GENERATION_KEY))
        return True
    except ValueError:  # no counter yet, or the cache is out of reach (CacheUnavailable)
        pass
    if not getattr(cache, "reachable", True):
        return False
    value = int(time.time() * 1000)
    cache.set(GENERATION_KEY, value, timeout=None)
    if not getattr(cache, "reachable", True):
        return False
    _announce(value)
    return True


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
