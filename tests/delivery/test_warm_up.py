"""A new worker renders a page of every type before its first visitor (delivery.warm_up)."""

import logging

import pytest
from django.core.handlers.wsgi import WSGIHandler

import language
from delivery import warm_up
from tests.conftest import PAGE_TYPES

# It closes the database connections when done, as a worker's start must: so it commits.
pytestmark = pytest.mark.django_db(transaction=True)


def test_a_page_of_every_type_and_every_language_home_is_rendered(caplog):
    with caplog.at_level(logging.INFO, logger="delivery.warm_up"):
        warm_up.warm_up(WSGIHandler())
    record = next(r for r in caplog.records if r.name == "delivery.warm_up")
    count, _ms, statuses = record.args
    assert count == len(PAGE_TYPES) + len(language.codes()) - 1
    assert set(statuses) == {200}


def test_it_can_be_switched_off(settings, caplog):
    settings.WARM_UP = False
    with caplog.at_level(logging.INFO, logger="delivery.warm_up"):
        warm_up.warm_up(WSGIHandler())
    assert not caplog.records
