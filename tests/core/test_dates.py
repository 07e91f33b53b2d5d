"""Dates as precise as they are known, written the way each language writes them."""

from datetime import date

import pytest
from django.utils import translation

from core.dates import DatePrecision, format_period

CASES = [
    ((date(2011, 10, 20), date(2011, 10, 21), "day"), "20.–21. Oktober 2011", "20–21 October 2011"),
    ((date(2014, 6, 30), None, "day"), "30. Juni 2014", "30 June 2014"),
    (
        (date(2012, 7, 1), date(2014, 6, 30), "day"),
        "1. Juli 2012 – 30. Juni 2014",
        "1 July 2012 – 30 June 2014",
    ),
    (
        (date(2014, 6, 30), date(2014, 7, 2), "day"),
        "30. Juni – 2. Juli 2014",
        "30 June – 2 July 2014",
    ),
    ((date(2013, 10, 1), None, "month"), "Oktober 2013", "October 2013"),
    ((date(2016, 1, 1), None, "year"), "2016", "2016"),
    ((None, None, "day"), "", ""),
]


@pytest.mark.parametrize(("args", "german", "english"), CASES)
def test_format_period_in_both_languages(args, german, english):
    with translation.override("de"):
        assert format_period(*args) == german
    with translation.override("en"):
        assert format_period(*args) == english


def test_precision_choices_cover_day_month_year():
    assert set(DatePrecision.values) == {"day", "month", "year"}
