"""The cached page tree (pages/tree.py, core/tree.py) matches Wagtail and keeps up with changes.

Pages are routed from a table built once per cache generation, private sections are known
without a query, and the lists every visitor sees (towns, conferences, news) are read once per
generation. These tests hold the tree to Wagtail's own answers and check that publishing,
unpublishing and restricting pages show at once.
"""

from unittest import mock

import pytest
from django.core.cache import cache
from django.http import Http404
from django.test import RequestFactory
from django.utils import translation
from wagtail.models import Page, PageViewRestriction, Site

from core import tree as public_tree
from core.models import CustomRendition
from delivery import cache as page_cache
from pages import tree
from pages.models import HomePage
from partners.models import PartnerTownPage
from tests.conftest import url_in

pytestmark = pytest.mark.django_db


def wagtail_route(request, path):
    """Wagtail's (and wagtail-modeltranslation's) own routing, level by level in the database."""
    site = Site.find_for_request(request)
    components = [part for part in path.split("/") if part]
    try:
        return site.root_page.specific.route(request, components)
    except Http404:
        return None


def cached_route(request, path):
    try:
        return tree.route(request, path)
    except Http404:
        return None


def comparable(result):
    if result is None:
        return None
    page, args, kwargs = result
    if args:  # a routable page: (view, args, kwargs)
        view, view_args, view_kwargs = args
        args = (view.__name__, tuple(view_args), view_kwargs)
    return (page.pk, type(page).__name__, args, kwargs)


def paths_to_try(language):
    """Every page's path, what lies beneath, routable sub-paths, and paths that lead nowhere."""
    root = Site.objects.get(is_default_site=True).root_page
    paths = []
    with translation.override(language):
        for page in Page.objects.descendant_of(root, inclusive=True).specific():
            path = page.url_path[len(root.url_path) :]
            paths += [path, f"{path}calendar/", f"{path}gibt-es-nicht/", f"{path}x/y/"]
    return [*paths, "", "partner-towns/", "partnerstaedte/", "konferenzen/kalender/"]


@pytest.mark.parametrize("language", ["de", "en"])
def test_every_path_routes_to_the_same_page_as_wagtail(language):
    request = RequestFactory().get(f"/{language}/")
    request._wagtail_site = Site.objects.get(is_default_site=True)
    with translation.override(language):
        results = {path: cached_route(request, path) for path in paths_to_try(language)}
        expected = {path: wagtail_route(request, path) for path in results}
    assert {path: comparable(result) for path, result in results.items()} == {
        path: comparable(result) for path, result in expected.items()
    }
    assert sum(result is not None for result in results.values()) > 30


def test_unpublished_page_is_not_found_and_leaves_the_lists(client):
    town = PartnerTownPage.objects.get(slug_de="borne")
    urls = [url_in(town, "de"), url_in(town, "en")]
    home = url_in(HomePage.objects.get(), "de")
    assert all(client.get(url).status_code == 200 for url in urls)
    assert urls[0].encode() in client.get(home).content

    town.unpublish()

    assert [client.get(url).status_code for url in urls] == [404, 404]
    assert urls[0].encode() not in client.get(home).content


def test_a_page_published_under_a_new_slug_is_found_there(client):
    town = PartnerTownPage.objects.get(slug_de="borne")
    client.get(url_in(town, "en"))  # the routes are cached
    town.slug_en = "borne-nl"
    town.save_revision().publish()
    town.refresh_from_db()
    assert url_in(town, "en").endswith("/borne-nl/")
    assert client.get(url_in(town, "en")).status_code == 200


def test_private_section_asks_for_its_password_and_leaves_the_lists(client):
    town = PartnerTownPage.objects.get(slug_de="borne")
    url = url_in(town, "de")
    home = url_in(HomePage.objects.get(), "de")
    assert url.encode() in client.get(home).content

    restriction = PageViewRestriction.objects.create(
        page=town, restriction_type=PageViewRestriction.PASSWORD, password="geheim"
    )
    response = client.get(url)
    assert response.status_code == 200
    assert b'name="password"' in response.content
    assert town.intro.encode() not in response.content
    assert url.encode() not in client.get(home).content

    restriction.delete()
    assert b'name="password"' not in client.get(url).content
    assert url.encode() in client.get(home).content


def test_private_sections_cost_no_query_when_there_are_none(django_assert_num_queries):
    town = PartnerTownPage.objects.get(slug_de="borne")
    public_tree.private_sections()  # built once per generation
    with django_assert_num_queries(0):
        assert list(town.get_view_restrictions()) == []
        public_tree.public(PartnerTownPage.objects.live())


def test_page_view_reads_renditions_from_the_cache_without_writing_them_back(client):
    url = url_in(HomePage.objects.get(), "de")
    client.get(url)  # warm: renditions are in the shared cache
    page_cache.local_fragments.clear()  # as another process would start
    backend = CustomRendition.cache_backend
    with (
        mock.patch.object(backend, "set_many", wraps=backend.set_many) as set_many,
        mock.patch.object(backend, "set", wraps=backend.set) as set_one,
    ):
        assert client.get(url).status_code == 200
    assert set_many.call_count == 0
    assert set_one.call_count == 0


def test_lists_come_fresh_when_the_cache_is_out_of_reach(client):
    """With no generation to go by, nothing is kept: every view reads the database."""
    url = url_in(HomePage.objects.get(), "de")
    client.get(url)
    with (
        mock.patch.object(cache, "get", return_value=None),
        mock.patch.object(cache, "get_many", return_value={}),
        mock.patch.object(cache, "add", return_value=False),
    ):
        town = PartnerTownPage.objects.get(slug_de="borne")
        town.title_de = "Borne (neu)"
        town.save_revision().publish()
        assert "Borne (neu)" in client.get(url).content.decode()
