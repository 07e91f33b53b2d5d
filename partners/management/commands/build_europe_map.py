"""Build partners/europe_map.json from Natural Earth country outlines (npm package world-atlas).

Run once when the window or the projection changes, and commit the result; the site itself
never needs npm:

    npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    python manage.py build_europe_map package/countries-50m.json

The outlines are public domain (Natural Earth, via world-atlas, ISC licence).
"""

import json

from django.core.management.base import BaseCommand

from partners.europe_map import DATA_FILE, EAST, HEIGHT, NORTH, SOUTH, WEST, WIDTH, project

# Outlines are clipped to a slightly larger window so that no coastline stops at the edge.
MARGIN = 2.0
# Douglas–Peucker tolerance in map units: the map is shown at most about 830 px wide, so a
# map unit is about a pixel and whole units are precise enough.
TOLERANCE = 0.9


def decode_arcs(topology):
    """The topology's arcs as lists of (longitude, latitude), undoing the delta encoding."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def ring_points(ring, arcs):
    """A ring of arc indices (~i means arc i reversed) as one list of (lon, lat)."""
    points = []
    for index in ring:
        arc = arcs[index] if index >= 0 else list(reversed(arcs[~index]))
        points.extend(arc if not points else arc[1:])
    return points


def clip(points, west, east, south, north):
    """Sutherland–Hodgman: a closed ring of (lon, lat) clipped to the rectangle."""

    def clip_edge(points, inside, cross):
        result = []
        for i, current in enumerate(points):
            previous = points[i - 1]
            if inside(current):
                if not inside(previous):
                    result.append(cross(previous, current))
                result.append(current)
            elif inside(previous):
                result.append(cross(previous, current))
        return result

    def at_x(x):
        def cross(a, b):
            t = (x - a[0]) / (b[0] - a[0])
            return (x, a[1] + t * (b[1] - a[1]))

        return cross

    def at_y(y):
        def cross(a, b):
            t = (y - a[1]) / (b[1] - a[1])
            return (a[0] + t * (b[0] - a[0]), y)

        return cross

    for inside, cross in (
        (lambda p: p[0] >= west, at_x(west)),
        (lambda p: p[0] <= east, at_x(east)),
        (lambda p: p[1] >= south, at_y(south)),
        (lambda p: p[1] <= north, at_y(north)),
    ):
        if not points:
            break
        points = clip_edge(points, inside, cross)
    return points


def simplify(points, tolerance):
    """Douglas–Peucker on projected points (iterative, keeps the first and last point)."""
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        start, end = stack.pop()
        (ax, ay), (bx, by) = points[start], points[end]
        dx, dy = bx - ax, by - ay
        length = (dx * dx + dy * dy) ** 0.5
        farthest, distance = None, tolerance
        for i in range(start + 1, end):
            px, py = points[i]
            if length:
                d = abs(dy * px - dx * py + bx * ay - by * ax) / length
            else:
                d = ((px - ax) ** 2 + (py - ay) ** 2) ** 0.5
            if d > distance:
                farthest, distance = i, d
        if farthest is not None:
            keep[farthest] = True
            stack.extend([(start, farthest), (farthest, end)])
    return [p for p, k in zip(points, keep, strict=True) if k]


def number(value):
    return str(round(value) + 0)


def path_data(rings):
    """SVG path data: absolute moveto, then relative linetos, in whole map units."""
    parts = []
    for ring in rings:
        x0, y0 = ring[0]
        segment = [f"M{number(x0)} {number(y0)}"]
        px, py = round(x0), round(y0)
        for x, y in ring[1:]:
            x, y = round(x), round(y)
            dx, dy = x - px, y - py
            if dx or dy:
                # "l3-2" needs no space: the minus sign separates the numbers.
                segment.append(f"l{dx}{' ' if dy >= 0 else ''}{dy}")
            px, py = x, y
        parts.append("".join(segment) + "z")
    return "".join(parts)


def country_path(geometry, arcs):
    if geometry["type"] == "Polygon":
        polygons = [geometry["arcs"]]
    elif geometry["type"] == "MultiPolygon":
        polygons = geometry["arcs"]
    else:
        return ""
    rings = []
    window = (WEST - MARGIN, EAST + MARGIN, SOUTH - MARGIN, NORTH + MARGIN)
    for polygon in polygons:
        for ring in polygon:
            clipped = clip(ring_points(ring, arcs), *window)
            if len(clipped) < 3:
                continue
            projected = simplify([project(lat, lon) for lon, lat in clipped], TOLERANCE)
            xs = [x for x, _y in projected]
            ys = [y for _x, y in projected]
            # Rings too small to see (tiny islands) are left out.
            if len(projected) >= 3 and (max(xs) - min(xs)) + (max(ys) - min(ys)) > 2:
                rings.append(projected)
    return path_data(rings)


class Command(BaseCommand):
    help = "Project Natural Earth outlines (world-atlas TopoJSON) into partners/europe_map.json."

    def add_arguments(self, parser):
        parser.add_argument("topojson", help="path to world-atlas countries-50m.json")

    def handle(self, *args, topojson, **options):
        with open(topojson, encoding="utf-8") as f:
            topology = json.load(f)
        arcs = decode_arcs(topology)
        countries = []
        for geometry in topology["objects"]["countries"]["geometries"]:
            d = country_path(geometry, arcs)
            if d:
                countries.append(
                    {"id": geometry.get("id", ""), "name": geometry["properties"]["name"], "d": d}
                )
        countries.sort(key=lambda country: country["id"])
        payload = {
            "source": "Natural Earth (public domain) via world-atlas 2.0.2, "
            + topojson.rsplit("/", 1)[-1],
            "window": {"west": WEST, "east": EAST, "south": SOUTH, "north": NORTH},
            "width": WIDTH,
            "height": HEIGHT,
            "countries": countries,
        }
        DATA_FILE.write_text(json.dumps(payload, separators=(",", ":")) + "\n", encoding="utf-8")
        self.stdout.write(f"{len(countries)} countries, {DATA_FILE.stat().st_size} bytes")
