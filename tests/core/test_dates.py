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


# The partners' languages, each as it writes dates (Django's locale formats and month names);
# Lithuanian puts the year first and the month of a day in the genitive.
PARTNER_CASES = [
    (
        (date(2011, 10, 20), date(2011, 10, 21), "day"),
        {
            "nl": "20–21 oktober 2011",
            "pt": "20–21 de Outubro de 2011",
            "lt": "2011 m. spalio 20–21 d.",
        },
    ),
    (
        (date(2014, 6, 30), None, "day"),
        {"nl": "30 juni 2014", "pt": "30 de Junho de 2014", "lt": "2014 m. birželio 30 d."},
    ),
    (
        (date(2014, 6, 30), date(2014, 7, 2), "day"),
        {
            "nl": "30 juni – 2 juli 2014",
            "pt": "30 de Junho – 2 de Julho de 2014",
            "lt": "2014 m. birželio 30 d. – liepos 2 d.",
        },
    ),
    (
        (date(2012, 7, 1), date(2014, 6, 30), "day"),
        {
            "nl": "1 juli 2012 – 30 juni 2014",
            "pt": "1 de Julho de 2012 – 30 de Junho de 2014",
            "lt": "2012 m. liepos 1 d. – 2014 m. birželio 30 d.",
        },
    ),
    (
        (date(2012, 7, 1), None, "month"),
        {"nl": "juli 2012", "pt": "Julho de 2012", "lt": "2012 m. liepa"},
    ),
    ((date(2016, 1, 1), None, "year"), {"nl": "2016", "pt": "2016", "lt": "2016"}),
]


@pytest.mark.parametrize(("args", "expected"), PARTNER_CASES)
@pytest.mark.parametrize("code", ["nl", "pt", "lt"])
def test_format_period_in_the_partners_languages(args, expected, code):
    with translation.override(code):
        assert format_period(*args) == expected[code]
