"""The map of the partner towns: drawn on the server from stored outlines and coordinates."""

import json

import pytest
from bs4 import BeautifulSoup
from django.utils import translation

from pages.models import HomePage
from partners.europe_map import (
    DATA_FILE,
    HEIGHT,
    MARKER_RADIUS,
    WIDTH,
    europe_map,
    marker_box,
    overlap,
    project,
)
from partners.models import Country, PartnerTownIndexPage, PartnerTownPage
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


@pytest.mark.parametrize("slug", ["borne", "bernburg", "trakai"])
def test_map_marks_the_town_where_its_page_says(client, slug):
    """At its coordinates; Borne is moved off Rheine by less than a marker's radius."""
    town = PartnerTownPage.objects.get(slug_de=slug)
    svg = map_of(client, HomePage.objects.get())
    circle = svg.find("a", href=url_in(town, "en")).find("circle")
    x, y = project(town.latitude, town.longitude)
    assert abs(float(circle["cx"]) - x) <= MARKER_RADIUS
    assert abs(float(circle["cy"]) - y) <= MARKER_RADIUS


def test_map_tells_the_four_partner_countries_apart(client):
    """Each its own colour (class) and its name written on the map: Borne is not German."""
    svg = map_of(client, HomePage.objects.get())
    classes = {tuple(path["class"]) for path in svg.select("path.is-partner")}
    assert classes == {("is-partner", f"is-{code}") for code in ("de", "nl", "pt", "lt")}
    names = {text.get_text() for text in svg.select("text.europe-map__country")}
    assert names == {"Germany", "Netherlands", "Portugal", "Lithuania"}


def test_every_country_border_is_drawn(client):
    svg = map_of(client, HomePage.objects.get())
    assert len(svg.select(".europe-map__countries path")) > 30


def layout(language):
    with translation.override(language):
        towns = list(PartnerTownPage.objects.live().order_by("path"))
        return europe_map(towns, {code: str(label) for code, label in Country.choices})


@pytest.mark.parametrize("language", ["de", "en"])
def test_markers_and_labels_do_not_collide(language):
    """No label over another label, a marker or a country's name; none outside the map."""
    drawn = layout(language)
    markers, names = drawn["markers"], drawn["country_labels"]
    for i, marker in enumerate(markers):
        box = marker["box"]
        assert 0 <= box[0] and box[2] <= WIDTH and 0 <= box[1] and box[3] <= HEIGHT
        others = [m["box"] for m in markers if m is not marker]
        others += [marker_box(m) for m in markers if m is not marker]
        others += [name["box"] for name in names]
        assert not any(overlap(box, other) for other in others), marker["town"].title
        for other in markers[i + 1 :]:
            distance = ((marker["x"] - other["x"]) ** 2 + (marker["y"] - other["y"]) ** 2) ** 0.5
            assert distance >= 2 * MARKER_RADIUS


def test_map_has_an_accessible_name_in_the_page_language(client):
    svg = map_of(client, HomePage.objects.get(), "en")
    assert svg["aria-labelledby"] == svg.title["id"]
    assert svg.title.get_text() == "Map of Europe with the five partner towns"


def test_map_loads_nothing_from_another_host(client):
    svg = map_of(client, PartnerTownIndexPage.objects.get())
    hrefs = [a["href"] for a in svg.find_all("a")]
    assert all(href.startswith("/en/") for href in hrefs)
    assert not svg.find_all(["image", "use", "foreignObject"])
