"""Fragments are kept per generation and language; the generation is read once per request."""

from unittest import mock

import pytest
from django.core.cache import cache

import language
from delivery import generation
from delivery.cache import fragment

pytestmark = pytest.mark.django_db


def built(value):
    """A build function that counts its calls."""
    calls = []

    def build():
        calls.append(value)
        return value

    build.calls = calls
    return build


def test_each_language_gets_its_own_fragment_without_the_caller_naming_it():
    german, english = built("Menü"), built("Menu")
    with language.override("de"):
        assert fragment(None, "menu", german, 1) == "Menü"
    with language.override("en"):
        assert fragment(None, "menu", english, 1) == "Menu"
    with language.override("de"):
        assert fragment(None, "menu", german, 1) == "Menü"
    assert german.calls == ["Menü"]
    assert english.calls == ["Menu"]


def test_regional_variant_shares_its_language_fragment():
    with language.override("en"):
        fragment(None, "menu", built("Menu"))
    with language.override("en-us"):
        assert fragment(None, "menu", built("other")) == "Menu"


def test_language_keyword_names_the_language_a_value_is_built_for():
    with language.override("de"):
        fragment(None, "routes", built("de routes"))
    with language.override("en"):
        assert fragment(None, "routes", built("other"), language="de") == "de routes"


def test_local_fragment_is_kept_in_the_process_until_the_generation_moves_on():
    build = built(["Borne"])
    assert fragment(None, "rows", build, local=True) == ["Borne"]
    with mock.patch.object(cache, "get", wraps=cache.get) as get:
        assert fragment(None, "rows", build, local=True) == ["Borne"]
    assert all(call.args[0] == generation.GENERATION_KEY for call in get.call_args_list)
    generation.bump()
    fragment(None, "rows", build, local=True)
    assert build.calls == [["Borne"], ["Borne"]]


def test_bump_makes_every_fragment_stale():
    build = built("footer")
    fragment(None, "footer", build)
    generation.bump()
    fragment(None, "footer", build)
    assert len(build.calls) == 2


def test_scope_reads_the_generation_once():
    generation.current()  # the counter exists, as on a running site
    with generation.scope(), mock.patch.object(cache, "get", wraps=cache.get) as get:
        first = generation.current()
        cache.incr(generation.GENERATION_KEY)  # another instance's bump
        assert generation.current() == first
    assert get.call_count == 1
    assert generation.current() == first + 1


def test_bump_inside_a_scope_is_seen_by_the_rest_of_it():
    with generation.scope():
        first = generation.current()
        generation.bump()
        assert generation.current() > first


def test_outside_a_scope_every_read_asks_the_cache():
    first = generation.current()
    cache.incr(generation.GENERATION_KEY)  # another instance's bump
    assert generation.current() == first + 1
    assert generation.seen() is None


def test_scope_that_may_not_trust_the_cache_builds_everything_fresh():
    build = built("fresh")
    fragment(None, "footer", build)
    with generation.scope():
        generation.pin(0)
        fragment(None, "footer", build)
        generation.bump()  # a change made during the request does not make it trust the cache
        fragment(None, "footer", build)
    assert len(build.calls) == 3
