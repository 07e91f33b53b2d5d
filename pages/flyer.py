"""Two-page A4 PDF flyer for the KlimaPartnerschaft project, built with fpdf2.

``build_flyer`` turns a plain content dict into a printable flyer: page 1 carries a green
header band and the first sections, page 2 the remaining sections followed by the partner
towns, runtime, funding and contact details.

Only the PDF core fonts are used, never font files from the machine, so the same input gives
byte-identical output everywhere. The core fonts cover Windows-1252 (which, unlike latin-1,
includes typographic dashes and quotes); the few letters outside it, such as Lithuanian
ą, č or ė, are replaced with their closest base letter.
"""

from __future__ import annotations

import math
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, datetime

from fpdf import FPDF

PAGE_W = 210.0
PAGE_H = 297.0
MARGIN = 18.0
GUTTER = 8.0
CONTENT_W = PAGE_W - 2 * MARGIN
COL_W = (CONTENT_W - GUTTER) / 2
FOOTER_Y = PAGE_H - 14.0
PAGE2_BAND_H = 14.0
PT = 25.4 / 72  # millimetres per typographic point

GREEN = (29, 91, 58)
GREEN_SOFT = (38, 106, 70)
GREEN_DARK = (20, 68, 43)
MINT = (214, 236, 222)
TINT = (233, 243, 236)
LEAF = (143, 196, 158)
TEXT = (31, 42, 36)
MUTED = (80, 96, 87)
WHITE = (255, 255, 255)

FONT = "helvetica"
BODY_SIZES = [11.5 - 0.25 * i for i in range(21)]  # 11.5 pt down to 6.5 pt
CREATION_DATE = datetime(2014, 6, 30, tzinfo=UTC)
ENCODING = "windows-1252"

LABELS = {
    "de": {"towns": "Die Partnerstädte", "runtime": "Laufzeit", "funding": "Förderung"},
    "en": {"towns": "The partner towns", "runtime": "Duration", "funding": "Funding"},
}

# Characters that Unicode decomposition does not reduce to something Windows-1252 can show.
_REPLACEMENTS = {
    "\u00ad": "",
    "\u200b": "",
    "\u2009": " ",
    "\u202f": " ",
    "\u2010": "-",
    "\u2011": "-",
    "\u2012": "-",
    "\u2015": "\u2014",
    "\u2212": "-",
    "\u2032": "'",
    "\u2033": '"',
    "\u2190": "<-",
    "\u2192": "->",
    "\u2248": "~",
    "\u0141": "L",
    "\u0142": "l",
    "\u0110": "D",
    "\u0111": "d",
}


@dataclass
class _Row:
    """One line of flowing text, measured for a given body size."""

    text: str
    size: float
    style: str
    colour: tuple[int, int, int]
    height: float
    gap: float
    keep_next: bool
    outline: str | None = None


@dataclass
class _Content:
    """The flyer content after cleaning, ready for the core fonts."""

    title: str
    subtitle: str
    sections: list[tuple[str, list[str]]]
    towns: list[tuple[str, str]]
    runtime: str
    funding: str
    contact_heading: str
    contact_lines: list[str]
    url: str
    outline_titles: list[str] = field(default_factory=list)


@dataclass
class _Layout:
    """The chosen body size and the rows of each of the four text columns."""

    size: float
    columns: list[list[_Row]]
    text_top: tuple[float, float]


def build_flyer(content: dict, language: str) -> bytes:
    """Return a two-page A4 PDF flyer for ``content`` written in ``language``.

    Text is shrunk until everything fits on exactly two pages; only if it still does not fit
    at the smallest size is the body text cut off with an ellipsis.
    """
    labels = LABELS["de" if language.lower().startswith("de") else "en"]
    labels = {key: _clean(value) for key, value in labels.items()}
    data = _prepare(content)

    pdf = FPDF(orientation="P", unit="mm", format="A4")
    pdf.core_fonts_encoding = ENCODING
    pdf.set_auto_page_break(False)
    pdf.set_margins(MARGIN, MARGIN, MARGIN)
    pdf.c_margin = 0
    pdf.set_title(str(content.get("title", "")))
    pdf.set_subject(str(content.get("subtitle", "")))
    pdf.set_author("KlimaPartnerschaft")
    pdf.set_creator("KlimaPartnerschaft website")
    pdf.set_lang(language)
    # A fixed date keeps the output, including the file /ID derived from it, reproducible.
    pdf.set_creation_date(CREATION_DATE)

    band_h = _header_band(pdf, data, draw=False)
    layout = _choose_layout(pdf, data, labels, band_h)

    pdf.add_page()
    _header_band(pdf, data, draw=True)
    _draw_columns(pdf, layout.columns[:2], layout.text_top[0])
    _footer(pdf, data.url, 1)

    page_two = {
        _clean(row.outline).casefold() for col in layout.columns[2:] for row in col if row.outline
    }
    if labels["towns"].casefold() in page_two:
        # A section of that name already sits above the towns; a second heading would echo it.
        labels = {**labels, "towns": ""}

    pdf.add_page()
    _page_two_band(pdf, data.title)
    _draw_columns(pdf, layout.columns[2:], layout.text_top[1])
    closing_h = _closing_block(pdf, data, labels, layout.size, 0, draw=False)
    _closing_block(pdf, data, labels, layout.size, FOOTER_Y - 7 - closing_h, draw=True)
    _footer(pdf, data.url, 2)
    return bytes(pdf.output())


# --- text preparation -------------------------------------------------------------------


def _clean(text: object) -> str:
    """Map ``text`` onto characters the core fonts can show, collapsing whitespace."""
    result = []
    for original in unicodedata.normalize("NFC", " ".join(str(text or "").split())):
        char = _REPLACEMENTS.get(original, original)
        if _encodable(char):
            result.append(char)
            continue
        base = "".join(
            part for part in unicodedata.normalize("NFKD", char) if not unicodedata.combining(part)
        )
        result.append(base if base and _encodable(base) else "?")
    return "".join(result)


def _encodable(text: str) -> bool:
    """Tell whether ``text`` survives the core-font encoding."""
    try:
        text.encode(ENCODING)
    except UnicodeEncodeError:
        return False
    return True


def _prepare(content: dict) -> _Content:
    """Clean every field of the content dict, tolerating missing keys."""
    sections = [
        (_clean(heading), [_clean(p) for p in paragraphs if _clean(p)])
        for heading, paragraphs in content.get("sections") or []
    ]
    return _Content(
        title=_clean(content.get("title")),
        subtitle=_clean(content.get("subtitle")),
        sections=sections,
        towns=[(_clean(name), _clean(country)) for name, country in content.get("towns") or []],
        runtime=_clean(content.get("runtime")),
        funding=_clean(content.get("funding")),
        contact_heading=_clean(content.get("contact_heading")),
        contact_lines=[_clean(line) for line in content.get("contact_lines") or [] if line],
        url=_clean(content.get("url")),
        outline_titles=[str(heading) for heading, _ in content.get("sections") or []],
    )


def _wrap(pdf: FPDF, text: str, width: float) -> list[str]:
    """Greedy word wrap in the current font; words wider than a line are split."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}" if current else word
        if pdf.get_string_width(candidate) <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
        rest = word
        while len(rest) > 1 and pdf.get_string_width(rest) > width:
            cut = max(n for n in range(1, len(rest) + 1) if _fits(pdf, rest[:n], width))
            lines.append(rest[:cut])
            rest = rest[cut:]
        current = rest
    if current:
        lines.append(current)
    return lines


def _fits(pdf: FPDF, text: str, width: float) -> bool:
    """Tell whether ``text`` fits in ``width`` (a single character always "fits")."""
    return len(text) == 1 or pdf.get_string_width(text) <= width


def _fit_lines(
    pdf: FPDF, text: str, width: float, sizes: list[float], max_lines: int, style: str = ""
) -> tuple[float, list[str]]:
    """Wrap at the largest size giving at most ``max_lines``, else cut off at the smallest."""
    for size in sizes:
        pdf.set_font(FONT, style, size)
        lines = _wrap(pdf, text, width)
        if len(lines) <= max_lines:
            return size, lines
    return sizes[-1], _ellipsize(pdf, lines[:max_lines], width)


def _ellipsize(pdf: FPDF, lines: list[str], width: float) -> list[str]:
    """End the last line with an ellipsis, shortening it until it fits."""
    if not lines:
        return lines
    last = lines[-1]
    while last and pdf.get_string_width(last + " \u2026") > width:
        last = last[:-1]
    return [*lines[:-1], last.rstrip() + " \u2026"]


def _body_rows(pdf: FPDF, data: _Content, size: float) -> list[_Row]:
    """Measure all sections as rows for the two-column flow at ``size`` points."""
    line_h = size * PT * 1.42
    head_size = size * 1.3
    head_h = head_size * PT * 1.22
    rows: list[_Row] = []
    for index, (heading, paragraphs) in enumerate(data.sections):
        if heading:
            pdf.set_font(FONT, "B", head_size)
            for number, line in enumerate(_wrap(pdf, heading, COL_W)):
                rows.append(
                    _Row(
                        text=line,
                        size=head_size,
                        style="B",
                        colour=GREEN,
                        height=head_h,
                        gap=line_h * 1.1 if number == 0 else 0,
                        # A heading must never end a column on its own.
                        keep_next=True,
                        outline=data.outline_titles[index] if number == 0 else None,
                    )
                )
            if rows and not paragraphs:
                rows[-1].keep_next = False
        pdf.set_font(FONT, "", size)
        for number, paragraph in enumerate(paragraphs):
            lines = _wrap(pdf, paragraph, COL_W)
            for line_no, line in enumerate(lines):
                gap = 0.0
                if line_no == 0:
                    gap = line_h * 0.3 if number == 0 and heading else line_h * 0.5
                # Keep the first two and last two lines of a paragraph together.
                keep = len(lines) > 1 and (line_no == 0 or line_no == len(lines) - 2)
                rows.append(_Row(line, size, "", TEXT, line_h, gap, keep))
    return rows


# --- flowing text into columns ----------------------------------------------------------


def _stack(rows: list[_Row], at_top: bool) -> float:
    """Height of ``rows`` stacked, without the leading gap at a column top."""
    total = sum(row.height + row.gap for row in rows)
    return total - rows[0].gap if rows and at_top else total


def _flow(rows: list[_Row], capacities: list[float]) -> tuple[list[list[_Row]], int]:
    """Fill columns in order; return them and the index of the first row left over."""
    columns: list[list[_Row]] = [[] for _ in capacities]
    col, used, index = 0, 0.0, 0
    while index < len(rows) and col < len(capacities):
        end = index
        while rows[end].keep_next and end + 1 < len(rows):
            end += 1
        chain = rows[index : end + 1]
        need = _stack(chain, at_top=not columns[col])
        if used + need <= capacities[col] + 1e-6:
            columns[col].extend(chain)
            used += need
            index = end + 1
        elif columns[col] or rows[index].height > capacities[col]:
            col, used = col + 1, 0.0
        else:
            # The chain is taller than a whole column, so it has to break somewhere.
            columns[col].append(rows[index])
            used = rows[index].height
            index += 1
    return columns, index


def _balance(rows: list[_Row], capacity: float) -> list[list[_Row]]:
    """Split ``rows`` over two columns of equal height, as short as possible."""
    height = _stack(rows, at_top=True) / 2
    while height < capacity:
        columns, rest = _flow(rows, [height, height])
        if rest == len(rows):
            return columns
        height += 0.5
    return _flow(rows, [capacity, capacity])[0]


def _choose_layout(pdf: FPDF, data: _Content, labels: dict, band_h: float) -> _Layout:
    """Pick the largest body size at which all text fits the two pages."""
    top1 = band_h + 10
    top2 = PAGE2_BAND_H + 10
    cap1 = FOOTER_Y - 6 - top1
    for size in BODY_SIZES:
        rows = _body_rows(pdf, data, size)
        cap2 = FOOTER_Y - 7 - _closing_block(pdf, data, labels, size, 0, draw=False) - 8 - top2
        if cap2 < 0:
            continue
        columns, rest = _flow(rows, [cap1, cap1, cap2, cap2])
        if rest < len(rows):
            continue
        if columns[2] or columns[3]:
            second = columns[2] + columns[3]
            return _Layout(size, columns[:2] + _balance(second, cap2), (top1, top2))
        first, second = _split_sections(rows, cap1, cap2)
        page2 = _balance(second, cap2) if second else [[], []]
        return _Layout(size, _balance(first, cap1) + page2, (top1, top2))
    return _overflow_layout(pdf, data, labels, (top1, top2), cap1)


def _split_sections(rows: list[_Row], cap1: float, cap2: float) -> tuple[list, list]:
    """Move trailing sections to page 2 when page 1 could hold everything.

    The split is chosen so both pages are about equally full, which reads better than a
    crowded page 1 next to a page 2 with no running text at all.
    """
    starts = [i for i, row in enumerate(rows) if row.outline is not None and i > 0]
    best: tuple[float, int] | None = None
    for start in starts:
        first, second = rows[:start], rows[start:]
        if _flow(second, [cap2, cap2])[1] < len(second):
            continue
        fill1 = _stack(first, True) / (2 * cap1)
        fill2 = _stack(second, True) / (2 * cap2)
        score = abs(fill1 - fill2)
        if best is None or score < best[0]:
            best = (score, start)
    if best is None:
        return rows, []
    return rows[: best[1]], rows[best[1] :]


def _overflow_layout(
    pdf: FPDF, data: _Content, labels: dict, tops: tuple[float, float], cap1: float
) -> _Layout:
    """At the smallest size, keep what fits and mark the cut with an ellipsis."""
    size = BODY_SIZES[-1]
    rows = _body_rows(pdf, data, size)
    closing = _closing_block(pdf, data, labels, size, 0, draw=False)
    cap2 = max(0.0, FOOTER_Y - 7 - closing - 8 - tops[1])
    columns, _ = _flow(rows, [cap1, cap1, cap2, cap2])
    for column in reversed(columns):
        if column:
            last = column[-1]
            pdf.set_font(FONT, last.style, last.size)
            last.text = _ellipsize(pdf, [last.text], COL_W)[0]
            break
    return _Layout(size, columns, tops)


def _draw_columns(pdf: FPDF, columns: list[list[_Row]], top: float) -> None:
    """Print the rows of one page's two columns."""
    for number, column in enumerate(columns):
        x = MARGIN + number * (COL_W + GUTTER)
        y = top
        for position, row in enumerate(column):
            if position:
                y += row.gap
            pdf.set_font(FONT, row.style, row.size)
            pdf.set_text_color(*row.colour)
            if row.outline is not None:
                pdf.set_y(y)
                pdf.start_section(row.outline)
            pdf.set_xy(x, y)
            pdf.cell(COL_W, row.height, row.text)
            y += row.height


# --- page furniture ---------------------------------------------------------------------


def _header_band(pdf: FPDF, data: _Content, draw: bool) -> float:
    """Page 1 header: title, subtitle and the town motif; returns the band height."""
    title_size, title_lines = _fit_lines(pdf, data.title, CONTENT_W, [28, 25, 22, 20, 18], 3, "B")
    sub_size, sub_lines = _fit_lines(pdf, data.subtitle, CONTENT_W, [14, 13, 12, 11, 10], 3)
    title_h = title_size * PT * 1.15
    sub_h = sub_size * PT * 1.35
    y = 18.0
    title_top = y
    y += title_h * len(title_lines)
    sub_top = y + 3
    y = sub_top + sub_h * len(sub_lines)
    band_h = y + 44
    if not draw:
        return band_h

    pdf.set_fill_color(*GREEN)
    pdf.rect(0, 0, PAGE_W, band_h, style="F")
    _rings(pdf, band_h)
    pdf.set_text_color(*WHITE)
    pdf.set_font(FONT, "B", title_size)
    for number, line in enumerate(title_lines):
        pdf.set_xy(MARGIN, title_top + number * title_h)
        pdf.cell(CONTENT_W, title_h, line)
    pdf.set_text_color(*MINT)
    pdf.set_font(FONT, "", sub_size)
    for number, line in enumerate(sub_lines):
        pdf.set_xy(MARGIN, sub_top + number * sub_h)
        pdf.cell(CONTENT_W, sub_h, line)
    _hills_and_towns(pdf, data.towns, band_h)
    return band_h


def _rings(pdf: FPDF, band_h: float) -> None:
    """Faint concentric rings in the top corner, a quiet nod to a rising sun."""
    pdf.set_draw_color(*GREEN_SOFT)
    pdf.set_line_width(0.7)
    for radius in (16, 26, 36):
        if 6 + radius < band_h - 30:
            pdf.circle(PAGE_W - 14, 6, radius, style="D")


def _crest(x: float, base: float, amplitude: float, phase: float) -> float:
    """Height of a gentle, deterministic hill line at ``x``."""
    return base + amplitude * math.sin(x / 34 + phase) + amplitude * 0.5 * math.sin(x / 13 + phase)


def _hills_and_towns(pdf: FPDF, towns: list[tuple[str, str]], band_h: float) -> None:
    """Two layers of hills with the partner towns as connected circles above them."""
    for base, amplitude, phase, colour in (
        (band_h - 16, 3.5, 0.6, GREEN_SOFT),
        (band_h - 8, 2.5, 2.4, GREEN_DARK),
    ):
        points = [(x, _crest(x, base, amplitude, phase)) for x in range(0, int(PAGE_W) + 3, 3)]
        pdf.set_fill_color(*colour)
        pdf.polygon([*points, (PAGE_W, band_h), (0, band_h)], style="F")

    count = len(towns) or 5
    step = CONTENT_W / count
    nodes = [
        (MARGIN + step * (i + 0.5), band_h - 30 + 3.5 * math.sin(i * 1.9)) for i in range(count)
    ]
    pdf.set_draw_color(*LEAF)
    pdf.set_line_width(0.6)
    pdf.polyline(nodes)
    for number, (x, y) in enumerate(nodes):
        pdf.set_fill_color(*WHITE)
        pdf.circle(x, y, 2.6, style="F")
        pdf.set_fill_color(*GREEN)
        pdf.circle(x, y, 1.1, style="F")
        if number < len(towns):
            _centred(pdf, towns[number][0], x, y + 4.2, step - 2, 8.5, "B", WHITE)


def _centred(
    pdf: FPDF, text: str, x: float, y: float, width: float, size: float, style: str, colour
) -> None:
    """One centred line, shrunk (down to 6 pt) rather than wrapped to fit ``width``."""
    pdf.set_font(FONT, style, size)
    while size > 6 and pdf.get_string_width(text) > width:
        size -= 0.25
        pdf.set_font(FONT, style, size)
    if pdf.get_string_width(text) > width:
        text = _ellipsize(pdf, [text], width)[0]
    pdf.set_text_color(*colour)
    pdf.set_xy(x - width / 2, y)
    pdf.cell(width, size * PT * 1.3, text, align="C")


def _page_two_band(pdf: FPDF, title: str) -> None:
    """Draw a slim band on page 2 that repeats the title."""
    pdf.set_fill_color(*GREEN)
    pdf.rect(0, 0, PAGE_W, PAGE2_BAND_H, style="F")
    pdf.set_fill_color(*LEAF)
    pdf.rect(0, PAGE2_BAND_H, PAGE_W, 1.2, style="F")
    pdf.set_font(FONT, "B", 9)
    pdf.set_text_color(*WHITE)
    pdf.set_xy(MARGIN, 0)
    pdf.cell(CONTENT_W, PAGE2_BAND_H, _ellipsize_line(pdf, title, CONTENT_W))


def _ellipsize_line(pdf: FPDF, text: str, width: float) -> str:
    """Return ``text`` unchanged if it fits, else shortened with an ellipsis."""
    return text if pdf.get_string_width(text) <= width else _ellipsize(pdf, [text], width)[0]


def _footer(pdf: FPDF, url: str, page: int) -> None:
    """Rule, web address and page number at the foot of a page."""
    pdf.set_draw_color(*LEAF)
    pdf.set_line_width(0.4)
    pdf.line(MARGIN, FOOTER_Y, PAGE_W - MARGIN, FOOTER_Y)
    pdf.set_font(FONT, "", 8)
    pdf.set_text_color(*MUTED)
    pdf.set_xy(MARGIN, FOOTER_Y + 2)
    pdf.cell(CONTENT_W - 20, 5, _ellipsize_line(pdf, url, CONTENT_W - 20), link=_link(url))
    pdf.set_xy(PAGE_W - MARGIN - 20, FOOTER_Y + 2)
    pdf.cell(20, 5, f"{page} / 2", align="R")


def _link(url: str) -> str:
    """Return a clickable target for ``url``, which may be given without a scheme."""
    if not url:
        return ""
    return url if "://" in url else f"https://{url}"


def _closing_block(
    pdf: FPDF, data: _Content, labels: dict, size: float, top: float, draw: bool
) -> float:
    """Towns, runtime/funding boxes and contact box; measure (and draw) from ``top``."""
    y = top
    if data.towns:
        y = _towns_row(pdf, data.towns, labels["towns"], size, y, draw) + 7
    boxes = [(labels["runtime"], data.runtime), (labels["funding"], data.funding)]
    boxes = [(label, value) for label, value in boxes if value]
    if boxes:
        y = _info_boxes(pdf, boxes, size, y, draw) + 6
    y = _contact_box(pdf, data, size, y, draw)
    return y - top


def _towns_row(
    pdf: FPDF, towns: list[tuple[str, str]], label: str, size: float, top: float, draw: bool
) -> float:
    """Heading plus the towns as connected circles with name and country beneath."""
    head_size = size * 1.3
    head_h = head_size * PT * 1.22 if label else 0.0
    if draw and label:
        pdf.set_font(FONT, "B", head_size)
        pdf.set_text_color(*GREEN)
        pdf.set_xy(MARGIN, top)
        pdf.cell(CONTENT_W, head_h, label)
    node_y = top + head_h + (6 if label else 4)
    step = CONTENT_W / len(towns)
    xs = [MARGIN + step * (i + 0.5) for i in range(len(towns))]
    if draw:
        pdf.set_draw_color(*LEAF)
        pdf.set_line_width(0.8)
        pdf.line(xs[0], node_y, xs[-1], node_y)
        for x in xs:
            pdf.set_fill_color(*GREEN)
            pdf.circle(x, node_y, 3.2, style="F")
            pdf.set_fill_color(*WHITE)
            pdf.circle(x, node_y, 1.3, style="F")
    name_size = min(size * 0.98, 9.5)
    country_size = min(size * 0.88, 8.5)
    bottom = node_y
    for x, (name, country) in zip(xs, towns, strict=True):
        y = node_y + 5.5
        for text, font_size, style, colour in (
            (name, name_size, "B", TEXT),
            (country, country_size, "", MUTED),
        ):
            pdf.set_font(FONT, style, font_size)
            line_h = font_size * PT * 1.3
            for line in _wrap(pdf, text, step - 3):
                if draw:
                    pdf.set_text_color(*colour)
                    pdf.set_xy(x - step / 2, y)
                    pdf.cell(step, line_h, line, align="C")
                y += line_h
        bottom = max(bottom, y)
    return bottom


def _info_boxes(
    pdf: FPDF, boxes: list[tuple[str, str]], size: float, top: float, draw: bool
) -> float:
    """Tinted boxes side by side, each with a small caps label and its value."""
    pad = 4.5
    width = (CONTENT_W - 6 * (len(boxes) - 1)) / len(boxes)
    label_size = max(6.5, size * 0.78)
    label_h = label_size * PT * 1.4
    value_h = size * PT * 1.4
    pdf.set_font(FONT, "", size)
    wrapped = [_wrap(pdf, value, width - 2 * pad - 2) for _, value in boxes]
    height = 2 * pad + label_h + 1 + value_h * max(len(lines) for lines in wrapped)
    if not draw:
        return top + height
    for number, ((label, _), lines) in enumerate(zip(boxes, wrapped, strict=True)):
        x = MARGIN + number * (width + 6)
        pdf.set_fill_color(*TINT)
        pdf.rect(x, top, width, height, style="F")
        pdf.set_fill_color(*GREEN)
        pdf.rect(x, top, 1.6, height, style="F")
        pdf.set_font(FONT, "B", label_size)
        pdf.set_char_spacing(0.6)
        pdf.set_text_color(*GREEN)
        pdf.set_xy(x + pad + 2, top + pad)
        pdf.cell(width - 2 * pad - 2, label_h, label.upper())
        pdf.set_char_spacing(0)
        pdf.set_font(FONT, "", size)
        pdf.set_text_color(*TEXT)
        for line_no, line in enumerate(lines):
            pdf.set_xy(x + pad + 2, top + pad + label_h + 1 + line_no * value_h)
            pdf.cell(width - 2 * pad - 2, value_h, line)
    return top + height


def _contact_box(pdf: FPDF, data: _Content, size: float, top: float, draw: bool) -> float:
    """Green box with the contact heading, lines and the web address."""
    pad = 6.0
    inner = CONTENT_W - 2 * pad
    # Each entry: text, font size, style, colour, link target, extra space below.
    entries: list[tuple[str, float, str, tuple[int, int, int], str, float]] = []
    groups = [(data.contact_heading, size * 1.2, "B", WHITE, "")]
    groups += [(line, size, "", WHITE, "") for line in data.contact_lines]
    groups.append((data.url, size, "B", MINT, _link(data.url)))
    for number, (text, font_size, style, colour, link) in enumerate(groups):
        pdf.set_font(FONT, style, font_size)
        lines = _wrap(pdf, text, inner)
        for line_no, line in enumerate(lines):
            after = 1.8 if number == 0 and line_no == len(lines) - 1 else 0.0
            entries.append((line, font_size, style, colour, link, after))
    if not entries:
        return top
    heights = [entry[1] * PT * 1.4 + entry[5] for entry in entries]
    height = 2 * pad + sum(heights)
    if not draw:
        return top + height
    pdf.set_fill_color(*GREEN)
    pdf.rect(MARGIN, top, CONTENT_W, height, style="F", round_corners=True, corner_radius=2.5)
    y = top + pad
    for (text, font_size, style, colour, link, after), line_h in zip(entries, heights, strict=True):
        pdf.set_font(FONT, style, font_size)
        pdf.set_text_color(*colour)
        pdf.set_xy(MARGIN + pad, y)
        pdf.cell(inner, line_h - after, text, link=link)
        y += line_h
    return top + height
