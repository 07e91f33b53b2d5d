"""The map of the partner towns: drawn on the server from stored outlines and coordinates."""

import json

import pytest
from bs4 import BeautifulSoup

from pages.models import HomePage
from partners.europe_map import DATA_FILE, HEIGHT, WIDTH, project
from partners.models import PartnerTownIndexPage, PartnerTownPage
from tests.conftest import url_in

pytestmark = pytest.mark.django_db


def map_of(client, page, language="en"):
    html = client.get(url_in(page, language)).content
    return BeautifulSoup(html, "html.parser").select_one("figure.europe-map svg")


def test_projection_puts_east_right_and_north_up():
    rheine, trakai, leiria = project(52.28, 7.44), project(54.64, 24.93), project(39.74, -8.81)
    assert leiria[0] < rheine[0] < trakai[0]
    assert trakai[1] < rheine[1] < leiria[1]


def test_every_town_lies_inside_the_map():
    for town in PartnerTownPage.objects.all():
        x, y = project(town.latitude, town.longitude)
        assert 0 < x < WIDTH and 0 < y < HEIGHT, town.title


def test_outline_file_is_small():
    assert DATA_FILE.stat().st_size < 60_000
    assert json.loads(DATA_FILE.read_text())["source"].startswith("Natural Earth")


@pytest.mark.parametrize("index", [HomePage, PartnerTownIndexPage])
def test_map_links_each_town_to_its_page(client, index):
    svg = map_of(client, index.objects.get())
    links = {a.get_text(strip=True): a["href"] for a in svg.find_all("a")}
    assert links == {town.title_en: url_in(town, "en") for town in PartnerTownPage.objects.live()}


def test_map_marks_the_town_where_its_page_says(client):
    borne = PartnerTownPage.objects.get(slug_de="borne")
    svg = map_of(client, HomePage.objects.get())
    link = svg.find("a", href=url_in(borne, "en"))
    x, y = project(borne.latitude, borne.longitude)
    circle = link.find("circle")
    assert (float(circle["cx"]), float(circle["cy"])) == (x, y)


def test_map_highlights_the_four_partner_countries(client):
    svg = map_of(client, HomePage.objects.get())
    assert len(svg.select("path.is-partner")) == 4


def test_map_has_an_accessible_name_in_the_page_language(client):
    svg = map_of(client, HomePage.objects.get(), "en")
    assert svg["aria-labelledby"] == svg.title["id"]
    assert svg.title.get_text() == "Map of Europe with the five partner towns"


def test_map_loads_nothing_from_another_host(client):
    svg = map_of(client, PartnerTownIndexPage.objects.get())
    hrefs = [a["href"] for a in svg.find_all("a")]
    assert all(href.startswith("/en/") for href in hrefs)
    assert not svg.find_all(["image", "use", "foreignObject"])
