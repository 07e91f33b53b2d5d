"""A Redis cache that shrugs off a missing Redis: the site then serves, just uncached.

Django's RedisCache raises on every call when Redis is down. Reads then count as misses and
writes are dropped, so a stopped Redis costs speed, not availability.
"""

import logging

from django.core.cache.backends.redis import RedisCache

logger = logging.getLogger(__name__)

try:
    from redis.exceptions import RedisError
except ImportError:  # pragma: no cover - redis is in requirements.txt
    RedisError = OSError


def _tolerant(name, fallback):
    def method(self, *args, **kwargs):
        try:
            return getattr(super(FaultTolerantRedisCache, self), name)(*args, **kwargs)
        except (RedisError, OSError) as error:
            logger.warning("Cache unavailable (%s): %s", name, error)
            if name == "incr":
                raise ValueError("cache unavailable") from error
            return fallback(*args, **kwargs) if callable(fallback) else fallback

    method.__name__ = name
    return method


def _default(key, default=None, *args, **kwargs):
    return default


class FaultTolerantRedisCache(RedisCache):
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
