"""A Redis cache that shrugs off a missing Redis: the site then serves, just uncached.

Django's RedisCache raises on every call when Redis is down. Reads then count as misses and
writes are dropped, so a stopped Redis costs speed, not availability. After a failure the
cache is left alone for ``RETRY_AFTER`` seconds (per process), so a Redis that hangs rather
than refuses (paused, or behind a broken network) costs one timeout, not one per call.

``outage_seen`` stays set after a failure until ``delivery.generation`` has made sure that
nothing changed meanwhile that the cache must forget (``generation.settle_pending``).

Django's Redis client makes a new ``redis.Redis`` object for every call, and redis-py fills
about 170 response callbacks into each; here one client per connection pool serves every call
of the process (redis-py's clients are thread-safe; the pool hands out the connections).
"""

import logging
import time

from django.core.cache.backends.redis import RedisCache, RedisCacheClient

logger = logging.getLogger(__name__)

try:
    from redis.exceptions import RedisError
except ImportError:  # pragma: no cover - redis is in requirements.txt
    RedisError = OSError

RETRY_AFTER = 1.0


class CacheUnavailable(ValueError):
    """Raised by ``incr`` when the cache is out of reach (a ValueError, as for a missing key)."""


class _Circuit:
    """Per process and Redis location: shared by the cache objects of every thread."""

    def __init__(self):
        self.closed_after = 0.0
        self.outage_seen = False


_circuits = {}


class OneClientPerPool(RedisCacheClient):
    """Django's client, keeping the ``redis.Redis`` object it makes for each pool."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client


def _tolerant(name, fallback):
    def method(self, *args, **kwargs):
        circuit = self.circuit
        try:
            if time.monotonic() < circuit.closed_after:
                raise ConnectionError("skipped: the cache failed a moment ago")
            return getattr(super(FaultTolerantRedisCache, self), name)(*args, **kwargs)
        except (RedisError, OSError) as error:
            if time.monotonic() >= circuit.closed_after:
                logger.warning("Cache unavailable (%s): %s", name, error)
                circuit.closed_after = time.monotonic() + RETRY_AFTER
            circuit.outage_seen = True
            if name == "incr":
                raise CacheUnavailable("cache unavailable") from error
            return fallback(*args, **kwargs) if callable(fallback) else fallback

    method.__name__ = name
    return method


def _default(key, default=None, *args, **kwargs):
    return default


class FaultTolerantRedisCache(RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = OneClientPerPool

    def make_and_validate_key(self, key, version=None):
        """The key, without memcached's checks (length, control characters): Redis takes any."""
        return self.make_key(key, version=version)

    get = _tolerant("get", _default)
    get_many = _tolerant("get_many", {})
    set = _tolerant("set", None)
    set_many = _tolerant("set_many", lambda data, *a, **k: list(data))
    add = _tolerant("add", False)
    delete = _tolerant("delete", False)
    delete_many = _tolerant("delete_many", None)
    touch = _tolerant("touch", False)
    has_key = _tolerant("has_key", False)
    incr = _tolerant("incr", None)
    clear = _tolerant("clear", False)

    @property
    def circuit(self):
        key = tuple(self._servers)
        if key not in _circuits:
            _circuits[key] = _Circuit()
        return _circuits[key]

    @property
    def outage_seen(self):
        return self.circuit.outage_seen

    @property
    def reachable(self):
        """False for a moment after a failure (no call goes out then)."""
        return time.monotonic() >= self.circuit.closed_after

    def outage_settled(self):
        self.circuit.outage_seen = False
