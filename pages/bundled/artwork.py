"""Illustrations for the KlimaPartnerschaft site, drawn with Pillow.

Every picture is made by code from simple flat shapes; nothing is downloaded. Drawing is
deterministic (random choices come from a generator seeded with the picture's key), so the
same call always returns the same JPEG bytes. Pictures are drawn at twice their final size
and reduced at the end, because Pillow does not smooth the edges of the shapes it draws.
"""

from __future__ import annotations

import io
import math
import random
from collections.abc import Callable, Sequence
from typing import NamedTuple

from PIL import Image, ImageDraw, ImageFilter

WIDTH, HEIGHT = 1600, 900
SCALE = 2

TOWN_KEYS = ("bernburg", "borne", "leiria", "rheine", "trakai")
CONFERENCE_KEYS = ("workshop-2011", "bernburg", "borne", "trakai", "leiria", "rheine-2014")
EXCURSION_KEYS = ("sewage-plant", "water-link", "waste-site")

Colour = tuple[int, ...]
Point = tuple[float, float]

WHITE = (255, 255, 255)
SKIN = [(241, 200, 165), (224, 172, 130), (198, 140, 100), (150, 100, 70), (110, 72, 50)]
HAIR = [(60, 45, 35), (110, 75, 45), (180, 140, 90), (35, 30, 30), (150, 150, 150)]
CLOTHES = [
    (52, 83, 120),
    (120, 60, 70),
    (70, 110, 90),
    (200, 160, 80),
    (90, 90, 100),
    (160, 110, 150),
    (60, 130, 150),
    (230, 230, 225),
]


class _Pen:
    """Draws in 1600x900 coordinates onto the oversized canvas, blending translucent fills."""

    def __init__(self, image: Image.Image) -> None:
        """Wrap ``image`` for drawing."""
        self.image = image
        self.draw = ImageDraw.Draw(image, "RGBA")

    def polygon(self, points: Sequence[Point], fill: Colour) -> None:
        """Fill a polygon."""
        self.draw.polygon([(x * SCALE, y * SCALE) for x, y in points], fill=fill)

    def rect(self, box: Sequence[float], fill: Colour, radius: float = 0) -> None:
        """Fill a rectangle given as (left, top, right, bottom), optionally rounded."""
        x0, y0, x1, y1 = (v * SCALE for v in box)
        self.draw.rounded_rectangle((x0, y0, max(x0, x1), max(y0, y1)), radius * SCALE, fill=fill)

    def ellipse(self, cx: float, cy: float, rx: float, ry: float, fill: Colour) -> None:
        """Fill an ellipse around a centre."""
        box = ((cx - rx) * SCALE, (cy - ry) * SCALE, (cx + rx) * SCALE, (cy + ry) * SCALE)
        self.draw.ellipse(box, fill=fill)

    def line(self, points: Sequence[Point], fill: Colour, width: float) -> None:
        """Stroke a polyline with round joints."""
        scaled = [(x * SCALE, y * SCALE) for x, y in points]
        self.draw.line(scaled, fill=fill, width=max(1, round(width * SCALE)), joint="curve")


# --- shared helpers ---------------------------------------------------------------------


def _mix(a: Colour, b: Colour, t: float) -> Colour:
    """Blend two colours; ``t`` = 0 gives ``a``, 1 gives ``b``."""
    return tuple(round(x + (y - x) * t) for x, y in zip(a, b, strict=False))


def _alpha(colour: Colour, alpha: int) -> Colour:
    """The colour with an alpha channel, for translucent shapes."""
    return (*colour[:3], alpha)


def _canvas(stops: Sequence[tuple[float, Colour]]) -> tuple[Image.Image, _Pen]:
    """A new picture filled with a vertical gradient through ``stops`` (position 0..1)."""
    rows = HEIGHT * SCALE
    column = Image.new("RGB", (1, rows))
    column.putdata([_gradient_at(stops, y / (rows - 1)) for y in range(rows)])
    image = column.resize((WIDTH * SCALE, rows), Image.Resampling.NEAREST)
    return image, _Pen(image)


def _gradient_at(stops: Sequence[tuple[float, Colour]], t: float) -> Colour:
    """Colour of a multi-stop gradient at position ``t``."""
    for (t0, c0), (t1, c1) in zip(stops, stops[1:], strict=False):
        if t <= t1:
            return _mix(c0, c1, (t - t0) / (t1 - t0) if t1 > t0 else 0)
    return stops[-1][1]


def _glow(pen: _Pen, cx: float, cy: float, radius: float, colour: Colour, alpha: int) -> None:
    """A soft light around a point, such as the halo of the sun or a lamp."""
    mask = Image.new("L", pen.image.size, 0)
    ImageDraw.Draw(mask).ellipse(
        [(v - radius) * SCALE for v in (cx, cy)] + [(v + radius) * SCALE for v in (cx, cy)],
        fill=alpha,
    )
    mask = mask.filter(ImageFilter.GaussianBlur(radius * SCALE * 0.45))
    pen.image.paste(colour[:3], (0, 0), mask)


def _sun(pen: _Pen, cx: float, cy: float, radius: float, colour: Colour) -> None:
    """A sun disc with a wide halo."""
    _glow(pen, cx, cy, radius * 3.2, colour, 110)
    pen.ellipse(cx, cy, radius, radius, colour)


def _cloud(pen: _Pen, x: float, y: float, size: float, alpha: int = 210) -> None:
    """A flat cloud made of overlapping lobes on a flat base."""
    fill = _alpha(WHITE, alpha)
    lobes = [(-0.9, 0.05, 0.5), (-0.35, -0.25, 0.6), (0.3, -0.15, 0.55), (0.85, 0.08, 0.42)]
    pen.rect((x - size * 1.3, y - size * 0.15, x + size * 1.25, y + size * 0.3), fill, size * 0.22)
    for dx, dy, r in lobes:
        pen.ellipse(x + dx * size, y + dy * size, r * size, r * size * 0.9, fill)


def _ridge_y(x: float, base: float, amplitude: float, phase: float, wave: float = 1.0) -> float:
    """Height of a gentle hill line at ``x`` (smaller y is higher)."""
    return base - amplitude * (
        0.65 * math.sin(x / (230 * wave) + phase) + 0.35 * math.sin(x / (83 * wave) + 2.3 * phase)
    )


def _ridge(
    pen: _Pen, base: float, amplitude: float, phase: float, colour: Colour, wave: float = 1.0
) -> Callable[[float], float]:
    """Fill everything below a hill line; return the line so things can stand on it."""

    def height(x: float) -> float:
        return _ridge_y(x, base, amplitude, phase, wave)

    points = [(x, height(x)) for x in range(-20, WIDTH + 30, 8)]
    pen.polygon([*points, (WIDTH + 30, HEIGHT + 10), (-20, HEIGHT + 10)], colour)
    return height


def _ribbon(pen: _Pen, centre: Sequence[Point], widths: Sequence[float], fill: Colour) -> None:
    """A band of varying width along a centre line, for rivers, roads and canals."""
    left, right = [], []
    for index, (x, y) in enumerate(centre):
        x0, y0 = centre[max(0, index - 1)]
        x1, y1 = centre[min(len(centre) - 1, index + 1)]
        length = math.hypot(x1 - x0, y1 - y0) or 1
        nx, ny = -(y1 - y0) / length, (x1 - x0) / length
        half = widths[index] / 2
        left.append((x + nx * half, y + ny * half))
        right.append((x - nx * half, y - ny * half))
    pen.polygon(left + right[::-1], fill)


def _turbine(pen: _Pen, x: float, ground: float, height: float, angle: float) -> None:
    """A three-bladed wind turbine standing on ``ground``."""
    colour = (246, 248, 250)
    hub_y = ground - height
    pen.polygon(
        [
            (x - height * 0.02, ground),
            (x + height * 0.02, ground),
            (x + height * 0.009, hub_y),
            (x - height * 0.009, hub_y),
        ],
        colour,
    )
    blade = height * 0.5
    for k in range(3):
        a = angle + k * 2 * math.pi / 3
        tip = (x + blade * math.cos(a), hub_y + blade * math.sin(a))
        nx, ny = -math.sin(a), math.cos(a)
        root = height * 0.03
        pen.polygon(
            [
                (x + nx * root, hub_y + ny * root),
                (
                    x + blade * 0.3 * math.cos(a) + nx * root * 1.1,
                    hub_y + blade * 0.3 * math.sin(a),
                ),
                tip,
                (x - nx * root * 0.3, hub_y - ny * root * 0.3),
            ],
            colour,
        )
    pen.ellipse(x, hub_y, height * 0.03, height * 0.03, (220, 226, 230))


def _tree(pen: _Pen, x: float, ground: float, size: float, colour: Colour) -> None:
    """A round deciduous tree."""
    pen.rect((x - size * 0.07, ground - size * 0.6, x + size * 0.07, ground), (95, 75, 55))
    pen.ellipse(x, ground - size * 0.85, size * 0.5, size * 0.55, colour)
    pen.ellipse(
        x - size * 0.15, ground - size * 0.98, size * 0.25, size * 0.22, _mix(colour, WHITE, 0.12)
    )


def _conifer(pen: _Pen, x: float, ground: float, height: float, colour: Colour) -> None:
    """A fir tree made of stacked triangles."""
    for step in range(3):
        top = ground - height + step * height * 0.25
        half = height * (0.16 + step * 0.07)
        pen.polygon(
            [(x, top), (x + half, top + height * 0.42), (x - half, top + height * 0.42)], colour
        )


def _cypress(pen: _Pen, x: float, ground: float, height: float, colour: Colour) -> None:
    """A slim Mediterranean cypress."""
    pen.ellipse(x, ground - height / 2, height * 0.11, height / 2, colour)


def _trees(
    pen: _Pen,
    rng: random.Random,
    ground: Callable[[float], float],
    span: tuple[float, float],
    count: int,
    size: float,
    colours: Sequence[Colour],
) -> None:
    """Scatter trees along a hill line."""
    for _ in range(count):
        x = rng.uniform(*span)
        _tree(pen, x, ground(x) + size * 0.15, size * rng.uniform(0.7, 1.2), rng.choice(colours))


def _house(
    pen: _Pen,
    x: float,
    ground: float,
    width: float,
    height: float,
    wall: Colour,
    roof: Colour,
) -> None:
    """A gabled house facing the viewer, with two windows and a door."""
    pen.rect((x, ground - height, x + width, ground), wall)
    pen.polygon(
        [
            (x - width * 0.08, ground - height),
            (x + width / 2, ground - height - width * 0.55),
            (x + width * 1.08, ground - height),
        ],
        roof,
    )
    glass = _mix(wall, (40, 50, 60), 0.6)
    for wx in (0.18, 0.62):
        pen.rect(
            (x + width * wx, ground - height * 0.78, x + width * (wx + 0.2), ground - height * 0.5),
            glass,
        )
    if width > 14:
        pen.rect((x + width * 0.42, ground - height * 0.4, x + width * 0.58, ground), glass)


def _tower(
    pen: _Pen,
    x: float,
    ground: float,
    width: float,
    height: float,
    wall: Colour,
    roof: Colour,
    roof_height: float,
    round_tower: bool = False,
) -> None:
    """A square or round tower with a pointed roof; ``x`` is its centre."""
    top = ground - height
    pen.rect((x - width / 2, top, x + width / 2, ground), wall)
    if round_tower:
        pen.ellipse(x, top, width / 2, width * 0.12, _mix(wall, WHITE, 0.1))
    eave = width * 0.12
    pen.polygon(
        [(x - width / 2 - eave, top), (x, top - roof_height), (x + width / 2 + eave, top)], roof
    )
    slit = _mix(wall, (30, 30, 35), 0.55)
    for row in range(max(1, int(height // (width * 1.4)))):
        wy = top + width * 0.5 + row * width * 1.4
        if wy + width * 0.45 < ground - width * 0.3:
            pen.rect(
                (x - width * 0.09, wy, x + width * 0.09, wy + width * 0.45), slit, width * 0.08
            )


def _battlements(
    pen: _Pen,
    x0: float,
    x1: float,
    top: float,
    bottom: float,
    colour: Colour,
    merlon: float,
) -> None:
    """A wall with crenellations along its top."""
    pen.rect((x0, top, x1, bottom), colour)
    x = x0
    while x + merlon <= x1 + 0.1:
        pen.rect((x, top - merlon * 0.8, x + merlon, top), colour)
        x += merlon * 2


def _church(
    pen: _Pen,
    x: float,
    ground: float,
    scale: float,
    wall: Colour,
    roof: Colour,
) -> None:
    """A church: a nave with a tall spired tower at its left end."""
    nave_w, nave_h = 90 * scale, 38 * scale
    pen.rect((x, ground - nave_h, x + nave_w, ground), wall)
    pen.polygon(
        [
            (x, ground - nave_h),
            (x + nave_w * 0.1, ground - nave_h - 26 * scale),
            (x + nave_w, ground - nave_h - 26 * scale),
            (x + nave_w, ground - nave_h),
        ],
        roof,
    )
    window = _mix(wall, (40, 50, 70), 0.5)
    for k in range(3):
        wx = x + nave_w * (0.35 + k * 0.2)
        pen.rect(
            (wx, ground - nave_h * 0.8, wx + 6 * scale, ground - nave_h * 0.3), window, 3 * scale
        )
    _tower(pen, x, ground, 26 * scale, 95 * scale, wall, roof, 80 * scale)
    pen.line([(x, ground - 175 * scale), (x, ground - 190 * scale)], roof, 2 * scale)


def _reflect(
    pen: _Pen,
    water_top: float,
    water_bottom: float,
    water: Colour,
    depth: float,
) -> None:
    """Mirror the scenery above the waterline into the water, tinted and rippled."""
    top = int(water_top * SCALE)
    height = int(min(depth, water_bottom - water_top) * SCALE)
    strip = pen.image.crop((0, top - height, WIDTH * SCALE, top)).transpose(
        Image.Transpose.FLIP_TOP_BOTTOM
    )
    strip = Image.blend(strip, Image.new("RGB", strip.size, water[:3]), 0.5)
    # The reflection fades out with distance from the waterline.
    fade = Image.linear_gradient("L").resize(strip.size).point(lambda v: 255 - v * 0.9)
    pen.image.paste(strip, (0, top), fade)
    _ripples(pen, water_top, water_bottom)


def _ripples(pen: _Pen, water_top: float, water_bottom: float) -> None:
    """Short light strokes that make a flat area read as water."""
    for k in range(int((water_bottom - water_top) / 14)):
        y = water_top + 8 + k * 14 + (k % 3) * 3
        x = (k * 397) % WIDTH
        pen.line([(x - 60 - k * 4, y), (x + 60 + k * 4, y)], _alpha(WHITE, 60), 2)


def _layer() -> tuple[Image.Image, _Pen]:
    """A transparent sheet to draw an object on before placing it and its reflection."""
    image = Image.new("RGBA", (WIDTH * SCALE, HEIGHT * SCALE), (0, 0, 0, 0))
    return image, _Pen(image)


def _place_reflected(pen: _Pen, layer: Image.Image, waterline: float, water: Colour) -> None:
    """Paste ``layer`` onto the picture and mirror it into the water below ``waterline``."""
    pen.image.paste(layer, (0, 0), layer)
    line = int(waterline * SCALE)
    depth = min(line, HEIGHT * SCALE - line)
    mirror = layer.crop((0, line - depth, WIDTH * SCALE, line)).transpose(
        Image.Transpose.FLIP_TOP_BOTTOM
    )
    tinted = Image.blend(mirror.convert("RGB"), Image.new("RGB", mirror.size, water[:3]), 0.45)
    fade = Image.linear_gradient("L").resize(mirror.size).point(lambda v: 230 - v * 0.85)
    alpha = Image.composite(fade, Image.new("L", mirror.size, 0), mirror.getchannel("A"))
    pen.image.paste(tinted, (0, line), alpha)


def _bird(pen: _Pen, x: float, y: float, size: float, colour: Colour) -> None:
    """A distant bird as a shallow 'v'."""
    pen.line([(x - size, y - size * 0.4), (x, y), (x + size, y - size * 0.4)], colour, 2)


def _encode(image: Image.Image) -> bytes:
    """Reduce to the final size and encode as a progressive JPEG."""
    final = image.resize((WIDTH, HEIGHT), Image.Resampling.LANCZOS)
    buffer = io.BytesIO()
    final.save(buffer, "JPEG", quality=82, progressive=True, optimize=True)
    return buffer.getvalue()


# --- home page --------------------------------------------------------------------------


def draw_hero() -> bytes:
    """Green hills, a river and wind turbines; five small towns joined by a line."""
    rng = random.Random("hero")
    image, pen = _canvas([(0, (118, 172, 212)), (0.45, (188, 220, 232)), (0.68, (246, 238, 214))])
    _sun(pen, 1190, 230, 62, (255, 238, 176))
    for x, y, size in ((300, 170, 70), (760, 120, 52), (1430, 300, 58)):
        _cloud(pen, x, y, size)
    far = _ridge(pen, 560, 45, 0.4, (150, 192, 178), wave=1.4)
    for x, h, a in ((170, 150, 0.3), (290, 175, 1.2), (1330, 160, 0.8), (1460, 190, 2.0)):
        _turbine(pen, x, far(x) + 6, h, a)
    mid = _ridge(pen, 630, 40, 2.1, (120, 174, 118), wave=1.2)
    near = _ridge(pen, 760, 55, 1.0, (84, 145, 92))
    front = _ridge(pen, 865, 22, 3.0, (62, 120, 76), wave=0.8)
    _ribbon(pen, *_river_path(), (135, 190, 214))
    _ribbon(pen, _river_path()[0], [w * 0.35 for w in _river_path()[1]], (160, 206, 226))
    _trees(pen, rng, mid, (0, 560), 9, 34, [(70, 128, 80), (92, 150, 90)])
    _trees(pen, rng, near, (1120, 1600), 7, 46, [(56, 112, 70), (70, 128, 80)])
    towns = [(230, 660), (560, 612), (905, 590), (1200, 640), (1440, 720)]
    _town_links(pen, towns)
    for index, (x, y) in enumerate(towns):
        _mini_town(pen, rng, index, x, y)
    for x in (60, 380, 470, 1150, 1330, 1540):
        _tree(pen, x, front(x) + 30, 64, (48, 100, 62))
    return _encode(image)


def _river_path() -> tuple[list[Point], list[float]]:
    """Centre line and widths of the hero river, widening towards the viewer."""
    centre, widths = [], []
    for step in range(41):
        t = step / 40
        centre.append((840 + 170 * math.sin(t * 3.4 + 0.3) * t, 575 + 345 * t**1.25))
        widths.append(5 + 320 * t**1.7)
    return centre, widths


def _town_links(pen: _Pen, towns: Sequence[Point]) -> None:
    """Arcs joining the towns, with a glowing node above each one."""
    gold = (246, 196, 84)
    for (x0, y0), (x1, y1) in zip(towns, towns[1:], strict=False):
        lift = 60 + abs(x1 - x0) * 0.12
        arc = []
        for step in range(31):
            t = step / 30
            y = y0 + (y1 - y0) * t - 120 - lift * math.sin(math.pi * t)
            arc.append((x0 + (x1 - x0) * t, y))
        pen.line(arc, _alpha(gold, 230), 5)
    for x, y in towns:
        pen.line([(x, y - 120), (x, y - 70)], _alpha(gold, 160), 3)
        pen.ellipse(x, y - 120, 14, 14, _alpha(WHITE, 235))
        pen.ellipse(x, y - 120, 7, 7, gold)


def _mini_town(pen: _Pen, rng: random.Random, index: int, x: float, y: float) -> None:
    """A small cluster of houses around one landmark, different for each town."""
    walls = [(246, 240, 228), (238, 226, 200), (250, 246, 238)]
    roofs = [(196, 92, 62), (150, 70, 60), (90, 96, 110)]
    for k in range(5):
        hx = x - 52 + k * 21 + (8 if k > 1 else 0)
        if k != 2:
            _house(
                pen,
                hx,
                y + 4 + k % 2 * 4,
                20,
                17 + rng.uniform(0, 8),
                rng.choice(walls),
                rng.choice(roofs),
            )
    if index == 0:  # Bernburg: the round castle tower
        _tower(pen, x, y, 26, 74, (232, 214, 178), (80, 86, 98), 34, round_tower=True)
    elif index == 1:  # Borne: a slender church spire
        _tower(pen, x, y, 18, 52, (176, 96, 74), (70, 78, 92), 66)
    elif index == 2:  # Leiria: castle walls and keep
        _battlements(pen, x - 34, x + 30, y - 40, y, (222, 196, 150), 7)
        _tower(pen, x + 6, y, 26, 76, (222, 196, 150), (222, 196, 150), 0)
    elif index == 3:  # Rheine: the church tower
        _tower(pen, x, y, 24, 70, (210, 190, 156), (80, 88, 100), 54)
    else:  # Trakai: red-brick castle
        _battlements(pen, x - 34, x + 30, y - 34, y, (176, 72, 52), 7)
        _tower(pen, x - 4, y, 26, 70, (176, 72, 52), (110, 45, 35), 36)


# --- partner towns ----------------------------------------------------------------------


def draw_town(key: str) -> bytes:
    """A stylised picture of the character of one partner town."""
    painters = {
        "bernburg": _bernburg,
        "borne": _borne,
        "leiria": _leiria,
        "rheine": _rheine,
        "trakai": _trakai,
    }
    if key not in painters:
        raise ValueError(f"unknown town {key!r}; expected one of {', '.join(TOWN_KEYS)}")
    return _encode(painters[key](random.Random(key)))


def _bernburg(rng: random.Random) -> Image.Image:
    """Bernburg: the Renaissance castle on its sandstone hill above the Saale."""
    image, pen = _canvas([(0, (126, 174, 216)), (0.55, (214, 228, 232)), (0.72, (248, 230, 200))])
    _sun(pen, 1340, 170, 46, (255, 236, 180))
    _cloud(pen, 1000, 120, 60)
    _cloud(pen, 1480, 300, 40, 180)
    far = _ridge(pen, 600, 25, 1.7, (160, 190, 170), wave=1.5)
    _trees(pen, rng, far, (900, 1600), 12, 30, [(120, 160, 120), (135, 170, 128)])
    for k, hx in enumerate(range(1010, 1600, 46)):
        roof = [(176, 86, 60), (150, 70, 56)][k % 2]
        _house(pen, hx, 636, 40, 34 + (k * 7) % 16, (236, 226, 206), roof)
    _castle_hill(pen, rng)
    _bernburg_castle(pen, 200, 372)
    pen.rect((0, 636, WIDTH, 652), (118, 150, 96))
    _stone_bridge(pen, 1050, 1600, 618)
    _reflect(pen, 652, HEIGHT, (96, 140, 170), 300)
    pen.polygon(
        [(0, 900), (0, 840), (500, 852), (1100, 830), (1600, 850), (1600, 900)], (98, 140, 80)
    )
    for x in range(20, WIDTH, 36):
        pen.line([(x, 846), (x - 6, 820 - (x * 7) % 24)], (80, 120, 66), 4)
    return image


def _castle_hill(pen: _Pen, rng: random.Random) -> None:
    """The wooded hill with a red sandstone cliff dropping to the river."""
    top, foot, brow = 372.0, 640.0, 820.0

    def slope(x: float) -> float:
        t = min(1.0, max(0.0, (x - brow) / 240))
        return top + (foot - top) * t * t * (3 - 2 * t)

    outline = [(x, slope(x)) for x in range(-20, 1080, 10)]
    pen.polygon([*outline, (1080, foot), (-20, foot)], (104, 146, 84))
    cliff = [(x, slope(x) + 18) for x in range(600, 1080, 10)]
    left_edge = [(430, foot), (470, 580), (500, 520), (540, 470), (560, 430), (590, top + 26)]
    pen.polygon([*cliff, (1080, foot), *left_edge], (192, 122, 92))
    # Bedding lines in the sandstone, each ending where the cliff face does.
    for k in range(5):
        y = top + 70 + k * 42
        end = max(x for x, cliff_y in cliff if cliff_y < y)
        start = 600 - (y - top) * 0.55
        pen.line([(start + 14, y), (end - 12, y + 5)], _alpha((150, 90, 66), 160), 3)
    for x in range(-10, 560, 44):
        _tree(pen, x, 640 - (x * 13) % 60, 70, rng.choice([(78, 120, 70), (94, 136, 80)]))
    for x in range(0, 820, 52):
        _tree(pen, x + 20, top + 18, 40, rng.choice([(78, 120, 70), (94, 136, 80)]))


def _stone_bridge(pen: _Pen, x0: float, x1: float, deck: float) -> None:
    """A stone road bridge on piers across the river."""
    stone = (200, 186, 160)
    pen.rect((x0, deck - 14, x1, deck + 8), stone)
    pen.rect((x0, deck - 20, x1, deck - 14), _mix(stone, WHITE, 0.25))
    for x in range(int(x0) + 60, int(x1), 130):
        pen.rect((x - 12, deck + 8, x + 12, 652), _mix(stone, (60, 60, 60), 0.15))


def _bernburg_castle(pen: _Pen, x: float, ground: float) -> None:
    """Palace wings with gables, the round Eulenspiegel tower and the square keep."""
    wall, roof, slate = (234, 218, 184), (86, 92, 104), (70, 76, 90)
    pen.rect((x, ground - 120, x + 470, ground), wall)
    pen.polygon(
        [
            (x - 6, ground - 120),
            (x + 30, ground - 168),
            (x + 440, ground - 168),
            (x + 476, ground - 120),
        ],
        roof,
    )
    for gx in (x + 70, x + 230, x + 370):
        _stepped_gable(pen, gx, ground - 120, 64, 78, wall)
    window = (92, 104, 120)
    for row in range(2):
        for k in range(14):
            wx = x + 18 + k * 32
            pen.rect((wx, ground - 100 + row * 48, wx + 13, ground - 74 + row * 48), window, 3)
    _tower(pen, x + 520, ground, 74, 250, (226, 206, 170), slate, 90, round_tower=True)
    pen.rect((x + 484, ground - 250, x + 556, ground - 236), (214, 194, 160))
    _tower(pen, x - 20, ground, 60, 200, (214, 196, 162), slate, 120)


def _stepped_gable(
    pen: _Pen, x: float, base: float, width: float, height: float, colour: Colour
) -> None:
    """A Renaissance stepped gable rising from ``base``."""
    steps = 4
    for k in range(steps):
        inset = width / 2 * k / steps
        pen.rect((x + inset, base - height * (k + 1) / steps, x + width - inset, base), colour)
    pen.ellipse(x + width / 2, base - height - 4, 5, 8, colour)


def _borne(rng: random.Random) -> Image.Image:
    """Borne: flat Twente fields under a wide sky, a straight canal and a church spire."""
    horizon = 560
    image, pen = _canvas([(0, (104, 156, 208)), (0.5, (190, 216, 234)), (0.62, (236, 238, 226))])
    for x, y, size in ((260, 140, 80), (760, 220, 60), (1240, 120, 90), (1500, 300, 50)):
        _cloud(pen, x, y, size, 225)
    pen.rect((0, horizon, WIDTH, HEIGHT), (140, 180, 90))
    vanishing = (820, horizon)
    fields = [(132, 176, 84), (196, 200, 96), (110, 160, 80), (226, 206, 120), (150, 186, 92)]
    edges = [-2400, -1300, -700, -250, 560, 1080, 1700, 2500, 3800]
    for k, (a, b) in enumerate(zip(edges, edges[1:], strict=False)):
        pen.polygon([vanishing, (a, HEIGHT), (b, HEIGHT)], fields[k % len(fields)])
    for a in edges:
        pen.line([vanishing, (a, HEIGHT)], _alpha((90, 120, 60), 90), 2)
    # The canal runs straight towards the horizon between grassy banks.
    pen.polygon([vanishing, (560, HEIGHT), (1080, HEIGHT)], (96, 150, 82))
    pen.polygon([vanishing, (640, HEIGHT), (1000, HEIGHT)], (128, 176, 208))
    pen.polygon([vanishing, (760, HEIGHT), (840, HEIGHT)], (176, 210, 228))
    for x in range(0, WIDTH, 34):
        if not 300 <= x <= 560:
            size = 30 + (x * 7) % 16
            _tree(
                pen,
                x + rng.uniform(-6, 6),
                horizon + 2,
                size,
                rng.choice([(84, 124, 78), (96, 138, 84)]),
            )
    _church(pen, 380, horizon + 2, 1.05, (176, 96, 74), (70, 78, 92))
    for k, hx in enumerate((300, 330, 480, 520)):
        _house(pen, hx, horizon + 2, 26, 18, (190, 110, 86), [(80, 84, 96), (150, 70, 58)][k % 2])
    _farmhouse(pen, 1240, 700)
    for x in (1180, 1420, 1470):
        _tree(pen, x, 704, 90, (76, 122, 72))
    for x, y in ((300, 760), (380, 790), (1320, 820)):
        _cow(pen, x, y)
    return image


def _cow(pen: _Pen, x: float, y: float) -> None:
    """A black-and-white cow grazing, seen from the side."""
    pen.rect((x, y - 30, x + 60, y), WHITE, 10)
    pen.ellipse(x + 22, y - 18, 12, 9, (40, 40, 44))
    pen.ellipse(x + 46, y - 22, 8, 7, (40, 40, 44))
    pen.rect((x - 14, y - 22, x + 4, y - 6), (40, 40, 44), 5)
    for lx in (x + 6, x + 48):
        pen.rect((lx, y - 2, lx + 6, y + 14), (60, 60, 64))


def _farmhouse(pen: _Pen, x: float, ground: float) -> None:
    """A Twente 'los hoes' farmhouse: low brick walls under a huge hipped roof."""
    brick, roof = (172, 84, 64), (70, 74, 80)
    pen.rect((x, ground - 46, x + 180, ground), brick)
    pen.polygon(
        [
            (x - 14, ground - 46),
            (x + 40, ground - 120),
            (x + 140, ground - 120),
            (x + 194, ground - 46),
        ],
        roof,
    )
    pen.rect((x + 70, ground - 40, x + 110, ground), (110, 70, 50), 8)
    for wx in (x + 18, x + 136):
        pen.rect((wx, ground - 34, wx + 24, ground - 16), (240, 236, 226))


def _leiria(rng: random.Random) -> Image.Image:
    """Leiria: the castle on its hill above the red-roofed old town in warm evening light."""
    image, pen = _canvas([(0, (238, 170, 120)), (0.45, (250, 210, 160)), (0.7, (253, 236, 206))])
    _sun(pen, 1330, 300, 70, (255, 244, 214))
    _cloud(pen, 300, 140, 60, 120)
    _ridge(pen, 520, 40, 0.9, (214, 170, 130), wave=1.6)
    _ridge(pen, 600, 30, 2.4, (190, 160, 110), wave=1.3)
    # The castle hill, clad in olive trees.
    pen.polygon(
        [
            (160, 900),
            (330, 520),
            (470, 340),
            (600, 290),
            (860, 290),
            (1000, 350),
            (1160, 520),
            (1380, 900),
        ],
        (140, 140, 84),
    )
    for k in range(18):
        x = 330 + k * 48
        _tree(
            pen,
            x,
            470 + abs(x - 730) * 0.45 + (k % 3) * 14,
            40,
            [(112, 120, 70), (128, 134, 78)][k % 2],
        )
    _leiria_castle(pen, 560, 310)
    _old_town(pen, rng)
    for x in (90, 150, 1450, 1520):
        _cypress(pen, x, 920, 250 - (x % 7) * 12, (60, 80, 50))
    return image


def _leiria_castle(pen: _Pen, x: float, ground: float) -> None:
    """Crenellated curtain walls, the keep and the arcaded gothic palace."""
    stone, shade = (226, 198, 150), (196, 166, 120)
    _battlements(pen, x - 60, x + 380, ground - 60, ground + 40, stone, 14)
    _tower(pen, x + 300, ground + 10, 70, 200, stone, stone, 0)
    _battlements(pen, x + 265, x + 335, ground - 190, ground - 180, stone, 10)
    pen.rect((x + 20, ground - 120, x + 220, ground - 40), shade)
    for k in range(5):
        ax = x + 40 + k * 36
        pen.rect((ax, ground - 100, ax + 22, ground - 58), (96, 70, 52), 11)
    pen.rect((x + 16, ground - 128, x + 224, ground - 118), stone)
    _tower(pen, x - 40, ground + 10, 46, 110, stone, stone, 0)
    _battlements(pen, x - 63, x - 17, ground - 100, ground - 92, stone, 8)


def _old_town(pen: _Pen, rng: random.Random) -> None:
    """Rows of whitewashed houses with terracotta roofs stepping down the slope."""
    walls = [(250, 242, 228), (246, 232, 210), (240, 222, 196), (252, 248, 240), (244, 214, 170)]
    roofs = [(200, 92, 58), (186, 80, 52), (214, 110, 70)]
    for row in range(4):
        y = 640 + row * 86
        width = 58 + row * 14
        x = -30 - (row % 2) * width / 2
        while x < WIDTH:
            if not (row == 0 and (x < 300 or x > 1220)):
                height = width * rng.uniform(0.55, 0.95)
                _house(
                    pen,
                    x,
                    y + rng.uniform(-8, 8),
                    width,
                    height,
                    rng.choice(walls),
                    rng.choice(roofs),
                )
            x += width + rng.uniform(6, 30)
        if row == 0:
            _tower(pen, 960, y, 54, 170, (252, 248, 240), (200, 92, 58), 44)


def _rheine(rng: random.Random) -> Image.Image:
    """Rheine: the Ems with its weir, the Gottesgabe graduation house and a church."""
    horizon = 480
    image, pen = _canvas([(0, (120, 170, 214)), (0.45, (200, 224, 236)), (0.55, (232, 236, 228))])
    _cloud(pen, 300, 150, 70)
    _cloud(pen, 1100, 100, 56, 190)
    for k in range(3):
        _bird(pen, 820 + k * 40, 180 + (k % 2) * 16, 10, (70, 80, 90))
    bank = _ridge(pen, horizon, 10, 0.5, (132, 176, 108), wave=2.0)
    _trees(pen, rng, bank, (0, 700), 9, 56, [(86, 130, 80), (100, 144, 90)])
    pen.rect((0, 550, WIDTH, 572), (120, 164, 100))
    _graduation_house(pen, 90, 556)
    for k, hx in enumerate(range(980, 1600, 52)):
        roof = [(162, 80, 62), (92, 96, 108)][k % 2]
        _house(pen, hx, 562, 44, 46 + (k * 11) % 20, (232, 220, 200), roof)
    _church(pen, 1130, 562, 1.6, (214, 196, 160), (88, 96, 108))
    _ems(pen, rng)
    return image


def _graduation_house(pen: _Pen, x: float, ground: float) -> None:
    """A long graduation house: blackthorn walls in a timber frame, plus its pump tower."""
    length, height = 780, 170
    frame, thorn, roof = (118, 88, 60), (88, 80, 66), (96, 70, 50)
    top = ground - height
    pen.polygon(
        [(x - 12, top), (x + 24, top - 30), (x + length - 24, top - 30), (x + length + 12, top)],
        roof,
    )
    pen.rect((x, top, x + length, ground - 16), thorn)
    # Brine trickles down the thorn walls and leaves pale streaks.
    for k in range(0, length, 7):
        shade = (70, 64, 52) if k % 3 else (150, 146, 130)
        pen.line([(x + k, top + 6), (x + k + 3, ground - 20)], _alpha(shade, 150), 2)
    for k in range(0, length + 1, 78):
        pen.rect((x + k - 4, top, x + k + 4, ground), frame)
        if k + 78 <= length:
            pen.line([(x + k, top + 8), (x + k + 78, ground - 24)], _alpha(frame, 200), 3)
    pen.rect((x - 4, top - 4, x + length + 4, top + 6), frame)
    pen.rect((x - 4, ground - 22, x + length + 4, ground - 14), frame)
    _tower(pen, x + length + 70, ground, 56, 190, (214, 204, 186), roof, 60)


def _ems(pen: _Pen, rng: random.Random) -> None:
    """The river Ems crossing the picture, with the weir's white cascade."""
    water = (88, 134, 164)
    pen.rect((0, 572, WIDTH, 900), water)
    _reflect(pen, 572, 900, water, 170)

    def crest(x: float) -> float:
        return 700 - 44 * x / WIDTH

    pen.polygon([(0, crest(0)), (WIDTH, crest(WIDTH)), (WIDTH, 900), (0, 900)], (78, 124, 156))
    pen.polygon(
        [(0, crest(0)), (WIDTH, crest(WIDTH)), (WIDTH, crest(WIDTH) + 34), (0, crest(0) + 34)],
        (206, 224, 230),
    )
    for _ in range(220):
        x = rng.uniform(0, WIDTH)
        length = rng.uniform(10, 30)
        pen.line([(x, crest(x) + 4), (x + 2, crest(x) + 4 + length)], _alpha(WHITE, 200), 2)
    for _ in range(90):
        x = rng.uniform(-20, WIDTH + 20)
        y = crest(x) + 38 + rng.uniform(0, 26)
        pen.ellipse(x, y, rng.uniform(14, 40), rng.uniform(4, 8), _alpha(WHITE, 150))
    pen.line([(0, crest(0)), (WIDTH, crest(WIDTH))], (226, 220, 206), 8)
    _ripples(pen, 780, 860)
    pen.polygon(
        [(0, 900), (0, 840), (400, 822), (900, 848), (1600, 812), (1600, 900)], (104, 150, 90)
    )
    _tree(pen, 1480, 842, 120, (76, 122, 72))
    _tree(pen, 110, 862, 100, (86, 132, 78))


def _trakai(rng: random.Random) -> Image.Image:
    """Trakai: the red-brick island castle on Lake Galvė, reached by a wooden bridge."""
    horizon = 470
    lake = (98, 146, 182)
    image, pen = _canvas([(0, (112, 164, 212)), (0.48, (200, 226, 240)), (0.53, (226, 236, 236))])
    _cloud(pen, 250, 150, 64)
    _cloud(pen, 1200, 200, 76, 200)
    shore = _ridge(pen, horizon, 14, 1.3, (70, 104, 78), wave=1.6)
    for x in range(-10, WIDTH + 10, 22):
        _conifer(pen, x, shore(x) + 6, 50 + (x * 13) % 34, rng.choice([(48, 84, 62), (58, 96, 70)]))
    pen.rect((0, horizon + 6, WIDTH, HEIGHT), lake)
    _reflect(pen, horizon + 6, HEIGHT, lake, 90)
    layer, castle = _layer()
    castle.polygon([(520, 562), (600, 522), (1120, 522), (1220, 562)], (92, 128, 76))
    _trakai_castle(castle, 640, 530)
    _place_reflected(pen, layer, 562, lake)
    _wooden_bridge(pen)
    pen.polygon([(1330, 640), (1360, 560), (1390, 640)], (248, 248, 244))
    pen.polygon([(1300, 646), (1420, 646), (1400, 658), (1316, 658)], (120, 70, 50))
    return image


def _trakai_castle(pen: _Pen, x: float, ground: float) -> None:
    """Brick curtain walls with corner towers and the tall keep of the ducal palace."""
    brick, dark, roof = (176, 74, 54), (150, 60, 44), (108, 46, 36)
    _battlements(pen, x, x + 420, ground - 90, ground, brick, 12)
    for tx in (x, x + 420):
        _tower(pen, tx, ground, 56, 140, dark, roof, 70, round_tower=True)
    pen.rect((x + 170, ground - 180, x + 340, ground - 60), brick)
    pen.polygon([(x + 160, ground - 180), (x + 255, ground - 250), (x + 350, ground - 180)], roof)
    _tower(pen, x + 130, ground - 40, 64, 240, brick, roof, 110)
    for k in range(4):
        wx = x + 186 + k * 38
        pen.rect((wx, ground - 160, wx + 14, ground - 130), (70, 40, 34), 6)
    pen.rect((x + 300, ground - 56, x + 344, ground), (70, 40, 34), 20)


def _wooden_bridge(pen: _Pen) -> None:
    """The footbridge from the near shore to the castle gate, in perspective."""
    wood, dark = (150, 108, 70), (110, 78, 50)
    near_l, near_r, far_l, far_r = (120, 900), (380, 900), (930, 560), (980, 560)
    for k in range(9):
        t = k / 8
        px = near_l[0] + (far_l[0] - near_l[0]) * t
        py = near_l[1] + (far_l[1] - near_l[1]) * t
        pen.rect((px - 8 * (1 - t) - 2, py, px + 8 * (1 - t) + 2, py + 70 * (1 - t) + 8), dark)
    pen.polygon([near_l, near_r, far_r, far_l], wood)
    for k in range(26):
        t = (k / 26) ** 0.7
        a = _lerp(near_l, far_l, t)
        b = _lerp(near_r, far_r, t)
        pen.line([a, b], _alpha(dark, 150), 2)
    for start, end in ((near_l, far_l), (near_r, far_r)):
        rail_start, rail_end = (start[0], start[1] - 90), (end[0], end[1] - 14)
        pen.line([rail_start, rail_end], dark, 6)
        for k in range(8):
            t = k / 8
            pen.line([_lerp(start, end, t), _lerp(rail_start, rail_end, t)], dark, 7 * (1 - t) + 2)
    pen.polygon([(0, 900), (0, 820), (180, 800), (420, 840), (460, 900)], (90, 126, 76))


def _lerp(a: Point, b: Point, t: float) -> Point:
    """The point a fraction ``t`` of the way from ``a`` to ``b``."""
    return (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t)


# --- conferences ------------------------------------------------------------------------


class _Meeting(NamedTuple):
    """How one meeting picture looks."""

    accent: Colour
    wall: Colour
    layout: str
    slide: str
    view: str


MEETINGS = {
    "workshop-2011": _Meeting((72, 140, 96), (236, 240, 232), "workshop", "chart", ""),
    "bernburg": _Meeting((60, 110, 170), (234, 236, 240), "boardroom", "network", "castle"),
    "borne": _Meeting((232, 130, 40), (242, 238, 230), "lecture", "water", "fields"),
    "trakai": _Meeting((176, 74, 54), (238, 234, 230), "round", "chart", "lake"),
    "leiria": _Meeting((214, 160, 40), (246, 236, 220), "panel", "sun", "hill"),
    "rheine-2014": _Meeting((40, 120, 150), (232, 238, 240), "horseshoe", "network", "church"),
}
FLOOR_Y = 612
TOWN_COLOURS = [(60, 110, 170), (232, 130, 40), (214, 160, 40), (40, 120, 150), (176, 74, 54)]


def draw_conference(key: str) -> bytes:
    """People at a conference table in front of a screen, in the host town's colour."""
    if key not in MEETINGS:
        raise ValueError(
            f"unknown conference {key!r}; expected one of {', '.join(CONFERENCE_KEYS)}"
        )
    meeting = MEETINGS[key]
    rng = random.Random(key)
    wall = meeting.wall
    image, pen = _canvas(
        [
            (0, wall),
            (0.679, _mix(wall, (190, 190, 190), 0.3)),
            (0.68, (176, 146, 116)),
            (1, (140, 112, 86)),
        ]
    )
    pen.rect((0, FLOOR_Y - 8, WIDTH, FLOOR_Y), _mix(wall, (120, 120, 120), 0.35))
    layouts = {
        "workshop": _workshop,
        "boardroom": _boardroom,
        "lecture": _lecture,
        "round": _round_tables,
        "panel": _panel,
        "horseshoe": _horseshoe,
    }
    layouts[meeting.layout](pen, rng, meeting)
    return _encode(image)


def _window(pen: _Pen, x: float, meeting: _Meeting) -> None:
    """A window with a glimpse of the host town, and a sill in the accent colour."""
    top, bottom, right = 120.0, 460.0, x + 280
    pen.rect((x - 10, top - 10, right + 10, bottom + 10), (250, 250, 248), 6)
    pen.rect((x, top, right, bottom), (170, 208, 232))
    if meeting.view == "lake":
        pen.rect((x, 380, right, bottom), (98, 146, 182))
        pen.rect((x, 370, right, 384), (60, 96, 72))
        _battlements(pen, x + 90, x + 190, 340, 380, (176, 74, 54), 8)
        _tower(pen, x + 120, 380, 26, 80, (176, 74, 54), (108, 46, 36), 36)
    elif meeting.view == "fields":
        pen.rect((x, 390, right, bottom), (150, 186, 92))
        pen.rect((x, 420, right, 432), (212, 204, 110))
        _tower(pen, x + 200, 392, 14, 40, (176, 96, 74), (70, 78, 92), 60)
    else:
        pen.polygon(
            [(x, 400), (x + 90, 330), (x + 200, 350), (right, 380), (right, bottom), (x, bottom)],
            (120, 170, 110),
        )
        if meeting.view == "castle":
            _tower(pen, x + 110, 340, 30, 70, (232, 214, 178), (80, 86, 98), 40, round_tower=True)
            pen.rect((x + 124, 300, x + 200, 346), (232, 214, 178))
        elif meeting.view == "hill":
            _battlements(pen, x + 60, x + 170, 310, 345, (222, 196, 150), 8)
        elif meeting.view == "church":
            _church(pen, x + 130, 372, 0.8, (214, 196, 160), (88, 96, 108))
    pen.rect((x + 136, top, x + 144, bottom), (250, 250, 248))
    pen.rect((x - 18, bottom + 10, right + 18, bottom + 24), _mix(meeting.accent, WHITE, 0.3))


def _pinboard(pen: _Pen, x: float, rng: random.Random) -> None:
    """A cork board covered with sticky notes from a brainstorming round."""
    pen.rect((x - 10, 110, x + 310, 480), (150, 120, 90), 6)
    pen.rect((x, 120, x + 300, 470), (214, 180, 134))
    notes = [(250, 220, 90), (160, 210, 130), (244, 170, 160), (150, 200, 230)]
    for row in range(4):
        for col in range(4):
            nx = x + 18 + col * 70 + rng.uniform(-6, 6)
            ny = 136 + row * 82 + rng.uniform(-6, 6)
            pen.rect((nx, ny, nx + 56, ny + 56), rng.choice(notes), 2)
            for line in range(3):
                y = ny + 16 + line * 12
                pen.line([(nx + 8, y), (nx + 46 - line * 8, y)], _alpha((90, 90, 90), 140), 2)


def _screen(pen: _Pen, x: float, width: float, meeting: _Meeting, rng: random.Random) -> None:
    """A projection screen with a title bar and a simple slide in the accent colour."""
    accent, height = meeting.accent, width * 0.55
    right, bottom = x + width, 86 + height
    pen.rect((x - 10, 70, right + 10, 86), (90, 90, 96), 4)
    pen.rect((x, 86, right, bottom), (252, 252, 250))
    pen.rect((x, 86, right, 126), accent)
    pen.rect((x + 24, 100, x + width * 0.4, 112), _alpha(WHITE, 200), 6)
    left_cx, right_x, base = x + width * 0.25, x + width * 0.52, bottom - 30
    if meeting.slide == "network":
        nodes = [
            (left_cx + math.cos(a) * 90, 126 + height * 0.45 + math.sin(a) * 80)
            for a in (0.3, 1.5, 2.7, 3.9, 5.1)
        ]
        pen.line(
            [*nodes, nodes[0], nodes[2], nodes[4], nodes[1], nodes[3], nodes[0]],
            _mix(accent, WHITE, 0.5),
            3,
        )
        for nx, ny in nodes:
            pen.ellipse(nx, ny, 14, 14, TOWN_COLOURS[nodes.index((nx, ny))])
    elif meeting.slide == "water":
        cy = 126 + height * 0.42
        pen.ellipse(left_cx, cy + 24, 52, 52, accent)
        pen.polygon([(left_cx - 46, cy + 4), (left_cx, cy - 80), (left_cx + 46, cy + 4)], accent)
        pen.ellipse(left_cx - 16, cy + 20, 10, 16, _alpha(WHITE, 150))
    elif meeting.slide == "sun":
        cy = 126 + height * 0.42
        for k in range(12):
            a = k * math.pi / 6
            pen.line(
                [
                    (left_cx + 50 * math.cos(a), cy + 50 * math.sin(a)),
                    (left_cx + 76 * math.cos(a), cy + 76 * math.sin(a)),
                ],
                accent,
                7,
            )
        pen.ellipse(left_cx, cy, 38, 38, accent)
    else:
        points = [
            (left_cx - 100 + k * 40, base - 40 - 120 * (0.4 + 0.5 * math.sin(k * 0.9 + 0.5)))
            for k in range(6)
        ]
        pen.line(points, accent, 5)
        for px, py in points:
            pen.ellipse(px, py, 8, 8, accent)
    bars = [rng.uniform(0.8, 0.95) - k * 0.13 for k in range(5)]
    bar_w = (right - 40 - right_x) / 5
    for k, value in enumerate(bars):
        bx = right_x + k * bar_w
        pen.rect(
            (bx, base - (height - 180) * value, bx + bar_w * 0.7, base),
            _mix(accent, WHITE, 0.1 + k * 0.13),
        )
    pen.line([(right_x - 10, base), (right - 30, base)], (120, 120, 120), 2)


def _plant(pen: _Pen, x: float, floor: float) -> None:
    """A potted plant standing on the floor."""
    for k, (dx, h) in enumerate(((-30, 150), (0, 190), (28, 160), (-12, 120), (18, 110))):
        pen.ellipse(x + dx, floor - 80 - h / 2, 18, h / 2, [(70, 130, 80), (90, 150, 90)][k % 2])
    pen.polygon(
        [(x - 40, floor - 90), (x + 40, floor - 90), (x + 30, floor), (x - 30, floor)],
        (200, 120, 80),
    )


def _person(
    pen: _Pen,
    rng: random.Random,
    x: float,
    shoulders: float,
    size: float,
    back: bool = False,
    standing: bool = False,
) -> None:
    """A person as head and shoulders (plus legs when standing), seen from front or back."""
    shirt = rng.choice(CLOTHES)
    skin, hair = rng.choice(SKIN), rng.choice(HAIR)
    if standing:
        pen.rect(
            (x - size * 0.32, shoulders + size * 1.1, x + size * 0.32, shoulders + size * 2.7),
            (60, 64, 76),
            size * 0.1,
        )
    pen.rect(
        (x - size * 0.55, shoulders, x + size * 0.55, shoulders + size * 1.4), shirt, size * 0.4
    )
    head_y = shoulders - size * 0.38
    pen.rect((x - size * 0.12, head_y, x + size * 0.12, shoulders + size * 0.1), skin)
    pen.ellipse(x, head_y, size * 0.3, size * 0.34, hair if back else skin)
    if not back:
        pen.ellipse(x, head_y - size * 0.18, size * 0.31, size * 0.18, hair)


def _table_things(pen: _Pen, rng: random.Random, x: float, top: float, accent: Colour) -> None:
    """What lies on the table in front of one person: a laptop or papers, and a cup."""
    if rng.random() < 0.5:
        pen.rect((x - 30, top - 26, x + 30, top), (70, 74, 84), 3)
        pen.ellipse(x, top - 13, 5, 5, (200, 204, 210))
    else:
        pen.rect((x - 30, top - 6, x + 20, top), WHITE, 2)
    pen.rect((x + 34, top - 18, x + 48, top), _mix(accent, WHITE, 0.2), 3)


def _boardroom(pen: _Pen, rng: random.Random, meeting: _Meeting) -> None:
    """A long table with people on the far side and two seen from behind."""
    _window(pen, 80, meeting)
    _screen(pen, 520, 640, meeting, rng)
    _plant(pen, 1510, FLOOR_Y)
    for k in range(6):
        _person(pen, rng, 390 + k * 165, 500, 80)
    pen.rect((270, 600, 1330, 640), (236, 230, 220), 8)
    pen.rect((270, 636, 1330, 652), (190, 176, 160), 4)
    for k in range(6):
        _table_things(pen, rng, 390 + k * 165, 604, meeting.accent)
    for lx in (300, 1280):
        pen.rect((lx, 652, lx + 20, 760), (150, 136, 120))
    for x in (560, 1060):
        _person(pen, rng, x, 720, 120, back=True)
        pen.rect((x - 86, 830, x + 86, 900), _mix(meeting.accent, (40, 40, 40), 0.3), 16)


def _lecture(pen: _Pen, rng: random.Random, meeting: _Meeting) -> None:
    """Rows of desks facing the screen, seen from behind, and a speaker at a lectern."""
    _window(pen, 1240, meeting)
    _screen(pen, 380, 640, meeting, rng)
    _plant(pen, 90, FLOOR_Y)
    _person(pen, rng, 1110, 330, 64, standing=True)
    pen.rect((1060, 460, 1160, 610), _mix(meeting.accent, (40, 40, 40), 0.2), 6)
    pen.rect((1050, 450, 1170, 466), meeting.accent, 4)
    for row, (y, size, count) in enumerate(((650, 70, 7), (780, 100, 5))):
        # The desk stands in front of its row, so from behind it shows above their shoulders.
        pen.rect((-10, y - size * 0.05, WIDTH + 10, y + size * 0.2), (236, 230, 220), 4)
        pen.rect((-10, y + size * 0.2, WIDTH + 10, y + size * 0.32), (190, 176, 160))
        step = WIDTH / count
        for k in range(count):
            x = step * (k + 0.5) + (step / 4 if row else 0) + rng.uniform(-10, 10)
            _person(pen, rng, x, y + size * 0.25, size, back=True)


def _round_tables(pen: _Pen, rng: random.Random, meeting: _Meeting) -> None:
    """Two round tables with people sitting around them."""
    _window(pen, 80, meeting)
    _screen(pen, 560, 620, meeting, rng)
    _plant(pen, 1510, FLOOR_Y)
    for cx, cy, scale in ((500, 650, 1.0), (1150, 720, 1.15)):
        for k in range(3):
            _person(pen, rng, cx - 150 * scale + k * 150 * scale, cy - 100 * scale, 70 * scale)
        pen.ellipse(cx, cy + 12 * scale, 250 * scale, 58 * scale, (200, 188, 172))
        pen.ellipse(cx, cy, 250 * scale, 58 * scale, (244, 240, 232))
        pen.ellipse(cx, cy - 4 * scale, 34 * scale, 12 * scale, _mix(meeting.accent, WHITE, 0.25))
        for k in (-1, 1):
            _person(pen, rng, cx + k * 160 * scale, cy + 40 * scale, 90 * scale, back=True)


def _workshop(pen: _Pen, rng: random.Random, meeting: _Meeting) -> None:
    """A workshop: sticky notes, a flip chart and one round table to work at."""
    _pinboard(pen, 80, rng)
    _screen(pen, 520, 560, meeting, rng)
    pen.rect((1250, 160, 1490, 500), (250, 250, 246), 4)
    for k in range(5):
        pen.line(
            [(1280, 210 + k * 50), (1280 + 140 + (k * 37) % 60, 210 + k * 50)], meeting.accent, 6
        )
    for lx, rx in ((1262, 1222), (1478, 1518)):
        pen.line([(lx, 500), (rx, 700)], (110, 110, 116), 6)
    cx, cy = 760, 700
    for k in range(4):
        _person(pen, rng, cx - 240 + k * 160, cy - 110, 72)
    pen.ellipse(cx, cy + 12, 340, 72, (200, 188, 172))
    pen.ellipse(cx, cy, 340, 72, (244, 240, 232))
    pen.rect((cx - 90, cy - 30, cx + 40, cy + 20), WHITE, 3)
    pen.rect((cx + 70, cy - 20, cx + 160, cy + 14), _mix(meeting.accent, WHITE, 0.5), 3)
    _person(pen, rng, cx + 240, cy + 60, 100, back=True)
    _person(pen, rng, cx - 240, cy + 70, 100, back=True)


def _panel(pen: _Pen, rng: random.Random, meeting: _Meeting) -> None:
    """A panel on a low stage: speakers at a draped table, the audience in front."""
    _window(pen, 1250, meeting)
    _screen(pen, 420, 640, meeting, rng)
    pen.rect((140, 560, 1460, 640), (150, 120, 92))
    pen.rect((140, 552, 1460, 566), (176, 146, 116))
    for k in range(4):
        _person(pen, rng, 520 + k * 190, 430, 78)
    pen.rect((400, 500, 1320, 600), _mix(meeting.accent, (40, 40, 40), 0.1), 6)
    pen.rect((400, 496, 1320, 508), _mix(meeting.accent, WHITE, 0.4), 4)
    for k in range(4):
        x = 520 + k * 190
        pen.rect((x - 40, 470, x + 40, 496), WHITE, 3)
        pen.rect((x - 26, 480, x + 26, 486), _alpha((60, 60, 60), 150))
    for k in range(6):
        _person(pen, rng, 140 + k * 265 + rng.uniform(-16, 16), 770, 120, back=True)


def _horseshoe(pen: _Pen, rng: random.Random, meeting: _Meeting) -> None:
    """Tables in a horseshoe under bunting in the five towns' colours."""
    for k in range(33):
        x = k * 50

        def sag(at: float) -> float:
            return 40 + 30 * math.sin(math.pi * (at % 400) / 400)

        pen.polygon(
            [(x, sag(x)), (x + 40, sag(x + 40)), (x + 20, sag(x) + 40)], TOWN_COLOURS[k % 5]
        )
    _window(pen, 80, meeting)
    _screen(pen, 540, 600, meeting, rng)
    _plant(pen, 1500, FLOOR_Y)
    for k in range(5):
        _person(pen, rng, 560 + k * 120, 500, 64)
    pen.rect((470, 566, 1150, 598), (236, 230, 220), 6)
    top, bottom = 566.0, 840.0
    for inner0, outer0, inner1, outer1 in ((470, 410, 230, 90), (1150, 1210, 1390, 1530)):
        for t in (0.22, 0.55, 0.88):
            size = 62 * (1 + t * 0.7)
            x = outer0 + (outer1 - outer0) * t
            _person(pen, rng, x, top + (bottom - top) * t - size * 0.75, size)
        pen.polygon(
            [(inner0, top), (outer0, top), (outer1, bottom), (inner1, bottom)], (236, 230, 220)
        )
        pen.polygon(
            [(outer1, bottom), (inner1, bottom), (inner1, bottom + 18), (outer1, bottom + 18)],
            (190, 176, 160),
        )


# --- excursions in Borne ----------------------------------------------------------------


def draw_excursion(key: str) -> bytes:
    """A picture for one of the Borne conference excursions."""
    painters = {
        "sewage-plant": _sewage_plant,
        "water-link": _water_link,
        "waste-site": _waste_site,
    }
    if key not in painters:
        raise ValueError(f"unknown excursion {key!r}; expected one of {', '.join(EXCURSION_KEYS)}")
    return _encode(painters[key](random.Random(key)))


def _sewage_plant(rng: random.Random) -> Image.Image:
    """Round clarifiers with rotating bridges and a rectangular aeration basin."""
    image, pen = _canvas(
        [(0, (120, 170, 214)), (0.3, (210, 228, 236)), (0.34, (140, 176, 110)), (1, (120, 160, 96))]
    )
    _cloud(pen, 300, 90, 50)
    _cloud(pen, 1200, 70, 40, 190)
    for x in range(0, WIDTH, 40):
        _tree(pen, x + rng.uniform(-5, 5), 306, 34 + (x * 3) % 14, (84, 126, 78))
    for cx, cy, r in ((380, 560, 250), (1040, 470, 190)):
        _clarifier(pen, cx, cy, r)
    pen.rect((1150, 640, 1560, 860), (170, 172, 170), 6)
    pen.rect((1166, 656, 1544, 844), (110, 140, 120))
    for _k in range(60):
        bx, by = 1180 + rng.uniform(0, 350), 670 + rng.uniform(0, 160)
        pen.ellipse(bx, by, 5, 4, _alpha(WHITE, 150))
    pen.rect((1260, 300, 1480, 390), (214, 206, 194))
    pen.polygon([(1250, 300), (1365, 250), (1490, 300)], (120, 80, 66))
    return image


def _clarifier(pen: _Pen, cx: float, cy: float, radius: float) -> None:
    """A circular settling tank seen at an angle, with its scraper bridge."""
    ry = radius * 0.42
    pen.ellipse(cx, cy + 18, radius + 10, ry + 10, (150, 152, 150))
    pen.ellipse(cx, cy, radius + 10, ry + 10, (200, 200, 196))
    pen.ellipse(cx, cy, radius, ry, (82, 120, 110))
    pen.ellipse(cx, cy, radius * 0.85, ry * 0.85, (96, 136, 124))
    for k in range(18):
        a = k * math.pi / 9
        pen.line(
            [
                (cx + math.cos(a) * radius * 0.12, cy + math.sin(a) * ry * 0.12),
                (cx + math.cos(a) * radius * 0.96, cy + math.sin(a) * ry * 0.96),
            ],
            _alpha(WHITE, 40),
            2,
        )
    pen.ellipse(cx, cy, radius * 0.1, ry * 0.16, (210, 210, 206))
    pen.line([(cx, cy), (cx + radius, cy - ry * 0.2)], (230, 230, 226), 10)
    pen.line([(cx, cy - 8), (cx + radius, cy - ry * 0.2 - 8)], (90, 96, 100), 3)


def _water_link(rng: random.Random) -> Image.Image:
    """A cross-section: a water main tunnelled under a motorway embankment and a canal."""
    ground = 420
    image, pen = _canvas(
        [(0, (130, 178, 218)), (0.46, (214, 230, 238)), (0.467, (150, 116, 80)), (1, (110, 84, 60))]
    )
    _cloud(pen, 260, 120, 50)
    for x in range(0, WIDTH, 60):
        _tree(pen, x + 20, ground, 48, (90, 130, 80))
    pen.polygon([(120, ground), (260, 300), (640, 300), (780, ground)], (136, 160, 96))
    pen.rect((260, 286, 640, 300), (80, 84, 90))
    for k, x in enumerate((300, 470)):
        _car(pen, x, 286, [(200, 60, 50), (60, 110, 170)][k])
    pen.line([(260, 282), (640, 282)], (200, 200, 200), 3)
    pen.polygon([(900, ground), (980, 470), (1380, 470), (1460, ground)], (90, 140, 180))
    pen.rect((880, ground - 4, 1480, ground + 4), (150, 150, 150))
    for layer, colour in enumerate(((136, 104, 72), (122, 92, 64), (108, 82, 58))):
        pen.rect((0, 560 + layer * 110, WIDTH, 670 + layer * 110), colour)
    pen.polygon(
        [
            (900, ground),
            (980, 470),
            (1380, 470),
            (1460, ground),
            (1470, ground),
            (1390, 480),
            (970, 480),
            (890, ground),
        ],
        (100, 90, 80),
    )
    pipe_y = 620
    pen.rect((40, pipe_y - 34, 1560, pipe_y + 34), (70, 110, 160), 34)
    pen.rect((40, pipe_y - 24, 1560, pipe_y - 12), _alpha(WHITE, 90), 6)
    for x in (80, 1520):
        pen.rect((x - 40, ground, x + 40, pipe_y), (160, 164, 168))
        pen.rect((x - 30, ground, x + 30, pipe_y - 30), (120, 124, 128))
    for k in range(8):
        x = 200 + k * 170
        pen.line([(x, pipe_y - 40), (x, pipe_y + 40)], _alpha((40, 60, 90), 120), 4)
    pen.line([(140, pipe_y), (240, pipe_y)], WHITE, 6)
    pen.polygon([(240, pipe_y - 14), (270, pipe_y), (240, pipe_y + 14)], WHITE)
    return image


def _car(pen: _Pen, x: float, road: float, colour: Colour) -> None:
    """A small car seen from the side."""
    pen.rect((x, road - 26, x + 80, road - 8), colour, 6)
    pen.rect((x + 16, road - 40, x + 62, road - 22), colour, 8)
    pen.rect((x + 22, road - 36, x + 56, road - 26), (200, 226, 240), 3)
    for wx in (x + 18, x + 62):
        pen.ellipse(wx, road - 8, 9, 9, (40, 40, 44))


def _waste_site(rng: random.Random) -> Image.Image:
    """A recycling yard: a row of colour-coded containers below a ramp, and a truck."""
    image, pen = _canvas(
        [
            (0, (124, 174, 216)),
            (0.5, (214, 230, 238)),
            (0.56, (170, 170, 164)),
            (1, (150, 150, 146)),
        ]
    )
    _cloud(pen, 420, 140, 60)
    _cloud(pen, 1260, 110, 48, 200)
    for x in range(0, WIDTH, 44):
        _tree(
            pen,
            x + rng.uniform(-6, 6),
            506,
            60 + (x * 7) % 24,
            rng.choice([(84, 126, 78), (98, 140, 86)]),
        )
    for x in range(0, WIDTH, 24):
        pen.line([(x, 430), (x, 506)], (120, 124, 120), 2)
    pen.line([(0, 440), (WIDTH, 440)], (120, 124, 120), 3)
    pen.polygon([(120, 590), (1480, 590), (1480, 620), (120, 620)], (196, 196, 190))
    colours = [
        (70, 140, 80),
        (60, 110, 180),
        (240, 200, 60),
        (150, 150, 150),
        (190, 80, 60),
        (120, 90, 70),
    ]
    for k, colour in enumerate(colours):
        _container(pen, 150 + k * 225, 760, colour)
    _truck(pen, 1200, 880)
    return image


def _container(pen: _Pen, x: float, ground: float, colour: Colour) -> None:
    """An open skip container with a recycling mark."""
    pen.polygon(
        [(x, ground - 140), (x + 200, ground - 140), (x + 180, ground), (x + 20, ground)], colour
    )
    pen.rect((x - 6, ground - 150, x + 206, ground - 136), _mix(colour, (30, 30, 30), 0.3), 4)
    mark = _mix(colour, WHITE, 0.7)
    cx, cy = x + 100, ground - 70
    for k in range(3):
        a = -math.pi / 2 + k * 2 * math.pi / 3
        b = a + 2 * math.pi / 3 - 0.5
        pen.line(
            [
                (cx + 30 * math.cos(a + 0.25), cy + 30 * math.sin(a + 0.25)),
                (cx + 30 * math.cos(b), cy + 30 * math.sin(b)),
            ],
            mark,
            8,
        )


def _truck(pen: _Pen, x: float, ground: float, colour: Colour = (230, 120, 40)) -> None:
    """A small municipal truck."""
    pen.rect((x, ground - 130, x + 230, ground - 30), colour, 8)
    pen.rect((x + 230, ground - 100, x + 310, ground - 30), _mix(colour, (40, 40, 40), 0.15), 10)
    pen.rect((x + 250, ground - 92, x + 298, ground - 62), (200, 226, 240), 4)
    for wx in (x + 50, x + 180, x + 270):
        pen.ellipse(wx, ground - 24, 24, 24, (40, 40, 44))
        pen.ellipse(wx, ground - 24, 10, 10, (160, 160, 160))
