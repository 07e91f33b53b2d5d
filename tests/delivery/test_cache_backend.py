"""The Redis cache keeps one client per process and shrugs off a Redis that went away."""

import warnings

import pytest

from delivery.cache_backend import FaultTolerantRedisCache
from tests.servers import RedisServer


@pytest.fixture
def redis_server():
    server = RedisServer()
    yield server
    server.stop()


def test_one_redis_client_serves_every_call(redis_server):
    """Django's client builds a redis.Redis object (and its callbacks) for every call."""
    cache = FaultTolerantRedisCache(redis_server.url, {"KEY_PREFIX": "t"})
    clients = []
    for n in range(20):
        cache.set(f"key-{n}", {"n": n})
        assert cache.get_many([f"key-{n}", "missing"]) == {f"key-{n}": {"n": n}}
        clients.append(cache._cache.get_client(write=bool(n % 2)))
    assert all(client is clients[0] for client in clients)
    assert redis_server.client.get(":1:key-3") is None  # the prefix is still applied
    assert redis_server.client.exists("t:1:key-3")


def test_keys_redis_takes_are_not_refused_for_memcached(redis_server):
    cache = FaultTolerantRedisCache(redis_server.url, {})
    key = "Straße in Trakų rajonas " + "x" * 300
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # Django warns (CacheKeyWarning) on each such key
        cache.set(key, "gespeichert")
        assert cache.get(key) == "gespeichert"


def test_a_stopped_redis_is_a_miss_not_an_error(redis_server):
    cache = FaultTolerantRedisCache(redis_server.url, {"OPTIONS": {"socket_timeout": 0.5}})
    cache.set("key", "value")
    redis_server.stop()
    assert cache.get("key", "fallback") == "fallback"
    assert cache.outage_seen
