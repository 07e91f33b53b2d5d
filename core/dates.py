"""Dates that are known only to the month or the year, as the project's history often is."""

from django.db import models
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

import language


class DatePrecision(models.TextChoices):
    DAY = "day", _("Exact day")
    MONTH = "month", _("Month only")
    YEAR = "year", _("Year only")


def precision_field(help_text):
    """How precisely a page's date is known; the exact day unless the editors say otherwise."""
    return models.CharField(
        _("date precision"),
        max_length=5,
        choices=DatePrecision.choices,
        default=DatePrecision.DAY,
        help_text=help_text,
    )


# German and European English: "20. Oktober 2011" / "20 October 2011".
DAY_FORMATS = {"de": ("j.", "j. F Y"), "en": ("j", "j F Y")}


def format_period(start, end=None, precision=DatePrecision.DAY):
    """A readable date or date range in the active language, as precise as what is known."""
    if start is None:
        return ""
    if precision == DatePrecision.YEAR:
        return date_format(start, "Y")
    if precision == DatePrecision.MONTH:
        return date_format(start, "F Y")
    short, full = DAY_FORMATS.get(language.active(), DAY_FORMATS["en"])
    if end is None or end == start:
        return date_format(start, full)
    if (start.year, start.month) == (end.year, end.month):
        return f"{date_format(start, short)}–{date_format(end, full)}"
    if start.year == end.year:
        return f"{date_format(start, full[:-2])} – {date_format(end, full)}"
    return f"{date_format(start, full)} – {date_format(end, full)}"


def iso_date(value, precision=DatePrecision.DAY):
    """An ISO 8601 date only as precise as it is known: 2013-10-01, 2013-10 or 2013.

    For machines (``<time datetime>``, JSON-LD), which must not learn a day nobody knows.
    """
    if value is None:
        return None
    if precision == DatePrecision.YEAR:
        return f"{value:%Y}"
    if precision == DatePrecision.MONTH:
        return f"{value:%Y-%m}"
    return value.isoformat()
