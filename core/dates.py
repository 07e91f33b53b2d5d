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


# A day and a range of days, per language: (the day, (start, between, end) within one month,
# (start, between, end) within one year). "20. Oktober 2011", "20.–22. Oktober 2011",
# "30. September – 2. Oktober 2011"; Lithuanian writes the year first and the month in the
# genitive (E): "2011 m. spalio 20–22 d.". Other ranges and other languages: Django's
# DATE_FORMAT for that language at both ends.
DAY_FORMATS = {
    "de": ("j. F Y", ("j.", "–", "j. F Y"), ("j. F", " – ", "j. F Y")),
    "en": ("j F Y", ("j", "–", "j F Y"), ("j F", " – ", "j F Y")),
    "nl": ("j F Y", ("j", "–", "j F Y"), ("j F", " – ", "j F Y")),
    "pt": (
        r"j \d\e F \d\e Y",
        ("j", "–", r"j \d\e F \d\e Y"),
        (r"j \d\e F", " – ", r"j \d\e F \d\e Y"),
    ),
    "lt": (
        r"Y \m. E j \d.",
        (r"Y \m. E j", "–", r"j \d."),
        (r"Y \m. E j \d.", " – ", r"E j \d."),
    ),
}


def _range(start, end, formats):
    first, between, last = formats
    return f"{date_format(start, first)}{between}{date_format(end, last)}"


def format_period(start, end=None, precision=DatePrecision.DAY):
    """A readable date or date range in the active language, as precise as what is known."""
    if start is None:
        return ""
    if precision == DatePrecision.YEAR:
        return date_format(start, "Y")
    if precision == DatePrecision.MONTH:
        # "Oktober 2011", "October 2011", "2011 m. spalis": the language's own order.
        return date_format(start, "YEAR_MONTH_FORMAT")
    day = "DATE_FORMAT"
    same_month = same_year = any_range = (day, " – ", day)
    if language.active() in DAY_FORMATS:
        day, same_month, same_year = DAY_FORMATS[language.active()]
        any_range = (day, " – ", day)
    if end is None or end == start:
        return date_format(start, day)
    if (start.year, start.month) == (end.year, end.month):
        return _range(start, end, same_month)
    if start.year == end.year:
        return _range(start, end, same_year)
    return _range(start, end, any_range)


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
