"""The map of the partner towns: Europe from stored outlines, the towns from their coordinates.

The country outlines are projected once, at build time, by ``manage.py build_europe_map`` into
``europe_map.json`` beside this file. The town markers go through the same ``project()`` at
request time, so outlines and markers always line up. No tiles, no scripts, no other host.

Every country's border is drawn; each partner country has a colour of its own and its name
written in it, so the Netherlands and Germany are told apart (by the name, not only the
colour). Town labels are placed where they collide with no other label, marker or country
name, and markers that would overlap (Borne and Rheine, 47 km apart) are moved apart by a
few kilometres.
"""

import json
import math
from functools import cache
from pathlib import Path

# The window of Europe shown: from Portugal's Atlantic coast to beyond Lithuania, cut close
# to the towns so that the map, which fills the width it is given, is not mostly sea.
WEST, EAST, SOUTH, NORTH = -11.0, 29.0, 38.0, 56.5
# Equirectangular, true to scale at the window's middle latitude (a plate carrée squashed by
# cos φ0 keeps central Europe's shapes recognisable).
STANDARD_PARALLEL = (SOUTH + NORTH) / 2
WIDTH = 800.0
X_SCALE = WIDTH / ((EAST - WEST) * math.cos(math.radians(STANDARD_PARALLEL)))
HEIGHT = round((NORTH - SOUTH) * X_SCALE, 1)

DATA_FILE = Path(__file__).with_name("europe_map.json")

# ISO 3166-1 numeric codes (the ids in Natural Earth / world-atlas) of the partner countries.
NUMERIC_CODES = {"DE": "276", "NL": "528", "PT": "620", "LT": "440"}
# Where each partner country's name is written (latitude, longitude): inside the country
# where it is wide enough, else in the sea beside it, clear of the towns' labels.
COUNTRY_LABELS = {
    "DE": (49.4, 10.2),
    "NL": (54.0, 4.6),
    "PT": (41.6, -8.2),
    "LT": (53.2, 24.0),
}

# Sizes in map units, for the largest text the stylesheet uses (on a phone, where the map is
# drawn smallest). Labels are estimated, not measured: a character is about 0.6 em wide.
LABEL_SIZE = 34
COUNTRY_SIZE = 26
CHAR_WIDTH = 0.64
MARKER_RADIUS = 9
MARKER_GAP = 4
LABEL_OFFSET = 14


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


def europe_map(towns, country_names=None):
    """What the map template needs: the countries (partners marked and named), one marker and
    one label per town.

    ``country_names`` maps an ISO code to the country's name in the reader's language.
    """
    country_names = country_names or {}
    partners = {
        NUMERIC_CODES[town.country]: town.country for town in towns if town.country in NUMERIC_CODES
    }
    countries = [{**country, "partner": partners.get(country["id"], "")} for country in outlines()]
    markers = separate([{"town": town, **_point(town)} for town in towns])
    names = [
        _country_label(code, country_names.get(code, code))
        for code in dict.fromkeys(partners.values())
        if code in COUNTRY_LABELS
    ]
    place_labels(markers, obstacles=[name["box"] for name in names])
    return {
        "width": WIDTH,
        "height": HEIGHT,
        "countries": countries,
        "country_labels": names,
        "markers": markers,
    }


def _point(town):
    x, y = project(town.latitude, town.longitude)
    return {"x": x, "y": y}


def separate(markers):
    """Move markers that would overlap apart, each by half of what is missing."""
    least = 2 * MARKER_RADIUS + MARKER_GAP
    for _round in range(10):
        moved = False
        for i, a in enumerate(markers):
            for b in markers[i + 1 :]:
                dx, dy = b["x"] - a["x"], b["y"] - a["y"]
                distance = math.hypot(dx, dy)
                if distance >= least:
                    continue
                if distance == 0:
                    dx, dy, distance = 1.0, 0.0, 1.0
                push = (least - distance) / 2
                a["x"], a["y"] = a["x"] - dx / distance * push, a["y"] - dy / distance * push
                b["x"], b["y"] = b["x"] + dx / distance * push, b["y"] + dy / distance * push
                moved = True
        if not moved:
            break
    for marker in markers:
        marker["x"], marker["y"] = round(marker["x"], 1), round(marker["y"], 1)
    return markers


def _country_label(code, name):
    """A partner country's name at its place, moved inside the map where it would stick out."""
    x, y = project(*COUNTRY_LABELS[code])
    half = len(name) * COUNTRY_SIZE * CHAR_WIDTH / 2
    x = min(max(x, half + 4), WIDTH - half - 4)
    y = min(max(y, COUNTRY_SIZE), HEIGHT - 6)
    box = (x - half, y - COUNTRY_SIZE * 0.8, x + half, y + COUNTRY_SIZE * 0.25)
    return {"code": code, "name": name, "x": round(x, 1), "y": round(y, 1), "box": box}


# Where a label may go around its marker: (name, text anchor, dx, dy of the baseline).
CANDIDATES = [
    ("right", "start", LABEL_OFFSET, LABEL_SIZE * 0.35),
    ("left", "end", -LABEL_OFFSET, LABEL_SIZE * 0.35),
    ("above", "middle", 0, -LABEL_OFFSET - LABEL_SIZE * 0.1),
    ("below", "middle", 0, LABEL_OFFSET + LABEL_SIZE * 0.75),
    ("above-left", "end", -LABEL_OFFSET * 0.6, -LABEL_OFFSET),
    ("above-right", "start", LABEL_OFFSET * 0.6, -LABEL_OFFSET),
    ("below-left", "end", -LABEL_OFFSET * 0.6, LABEL_OFFSET + LABEL_SIZE * 0.6),
    ("below-right", "start", LABEL_OFFSET * 0.6, LABEL_OFFSET + LABEL_SIZE * 0.6),
]


def label_box(marker, candidate):
    """The rectangle (x0, y0, x1, y1) a town's label takes in a candidate position."""
    _name, anchor, dx, dy = candidate
    width = len(str(marker["town"].title)) * LABEL_SIZE * CHAR_WIDTH
    x, baseline = marker["x"] + dx, marker["y"] + dy
    x0 = {"start": x, "end": x - width, "middle": x - width / 2}[anchor]
    return (x0, baseline - LABEL_SIZE * 0.8, x0 + width, baseline + LABEL_SIZE * 0.25)


def overlap(a, b):
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def marker_box(marker):
    r = MARKER_RADIUS + 2
    return (marker["x"] - r, marker["y"] - r, marker["x"] + r, marker["y"] + r)


def place_labels(markers, obstacles=()):
    """Give each marker the first label position that fits the map and collides with nothing.

    Crowded towns choose first. Where no position is free, the one with the least overlap is
    taken (it never happens with the partner towns; tests/partners/test_map.py checks).
    """
    marker_boxes = {id(marker): marker_box(marker) for marker in markers}
    labels = list(obstacles)

    def crowding(marker):
        return min(
            (
                math.hypot(m["x"] - marker["x"], m["y"] - marker["y"])
                for m in markers
                if m is not marker
            ),
            default=math.inf,
        )

    for marker in sorted(markers, key=crowding):
        others = [box for key, box in marker_boxes.items() if key != id(marker)] + labels
        best = None
        for candidate in CANDIDATES:
            box = label_box(marker, candidate)
            outside = (
                max(0, -box[0]) + max(0, box[2] - WIDTH) + max(0, -box[1]) + max(0, box[3] - HEIGHT)
            )
            clashes = sum(overlap(box, other) for other in others)
            score = (clashes + (1 if outside else 0), outside)
            if best is None or score < best[0]:
                best = (score, candidate, box)
            if score == (0, 0):
                break
        _score, (name, anchor, dx, dy), box = best
        marker.update(
            label=name,
            anchor=anchor,
            label_x=round(marker["x"] + dx, 1),
            label_y=round(marker["y"] + dy, 1),
            box=box,
        )
        labels.append(box)
    return markers
