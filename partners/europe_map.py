"""The map of the partner towns: Europe from stored outlines, the towns from their coordinates.

The country outlines are projected once, at build time, by ``manage.py build_europe_map`` into
``europe_map.json`` beside this file. The town markers go through the same ``project()`` at
request time, so outlines and markers always line up. No tiles, no scripts, no other host.
"""

import json
import math
from functools import cache
from pathlib import Path

# The window of Europe shown: from Portugal's Atlantic coast to beyond Lithuania.
WEST, EAST, SOUTH, NORTH = -11.0, 32.0, 36.5, 57.5
# Equirectangular, true to scale at the window's middle latitude (a plate carrée squashed by
# cos φ0 keeps central Europe's shapes recognisable).
STANDARD_PARALLEL = (SOUTH + NORTH) / 2
WIDTH = 800.0
X_SCALE = WIDTH / ((EAST - WEST) * math.cos(math.radians(STANDARD_PARALLEL)))
HEIGHT = round((NORTH - SOUTH) * X_SCALE, 1)

DATA_FILE = Path(__file__).with_name("europe_map.json")

# ISO 3166-1 numeric codes (the ids in Natural Earth / world-atlas) of the partner countries.
NUMERIC_CODES = {"DE": "276", "NL": "528", "PT": "620", "LT": "440"}

# Two towns closer than this (in map units) get their labels on opposite sides.
LABEL_CLEARANCE = 90


def project(latitude, longitude):
    """Map coordinates (x to the east, y to the south) of a point, in the SVG's units."""
    lat, lon = float(latitude), float(longitude)
    x = (lon - WEST) * X_SCALE * math.cos(math.radians(STANDARD_PARALLEL))
    y = (NORTH - lat) * X_SCALE
    return round(x, 1), round(y, 1)


@cache
def outlines():
    """The projected country outlines: a list of {"id", "name", "d"}."""
    with DATA_FILE.open(encoding="utf-8") as f:
        return json.load(f)["countries"]


def europe_map(towns):
    """What the map template needs: the countries (partners marked) and one marker per town."""
    partner_ids = {NUMERIC_CODES.get(town.country) for town in towns}
    countries = [{**country, "partner": country["id"] in partner_ids} for country in outlines()]
    markers = []
    for town in towns:
        x, y = project(town.latitude, town.longitude)
        markers.append({"town": town, "x": x, "y": y})
    for marker in markers:
        marker["label"], marker["label_x"], marker["label_y"] = label_position(marker, markers)
    return {
        "width": WIDTH,
        "height": HEIGHT,
        "countries": countries,
        "markers": markers,
    }


def label_position(marker, markers):
    """Where a town's name goes, making room for close neighbours (Borne and Rheine are 50 km
    apart): with a neighbour to the right it goes left, between two neighbours below."""
    x, y = marker["x"], marker["y"]
    nearby = [m["x"] - x for m in markers if m is not marker and abs(m["y"] - y) < 40]
    right = any(0 <= dx < LABEL_CLEARANCE for dx in nearby)
    left = any(-LABEL_CLEARANCE < dx < 0 for dx in nearby)
    if right and left:
        return "below", x, y + 34
    if right:
        return "left", x - 12, y + 8
    return "right", x + 12, y + 8
