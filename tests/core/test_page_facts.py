"""A page type owns its facts: its search kind, its JSON-LD, its calendar event, its lists."""

import pytest
from django.test import RequestFactory

import language
from conferences.models import ConferencePage
from pages.models import HomePage, NewsPage, ProjectPage, StandardPage
from partners.models import PartnerTownPage
from tests.conftest import PAGE_TYPES

pytestmark = pytest.mark.django_db


def request_for():
    return RequestFactory().get("/", HTTP_HOST="testserver")


def first_live(model):
    return model.objects.live().order_by("path").first()


def test_every_page_type_names_its_search_kind():
    kinds = {model.__name__: model.search_kind for model in PAGE_TYPES}
    assert kinds["PartnerTownPage"] == "town"
    assert kinds["ConferencePage"] == "conference"
    assert kinds["NewsPage"] == "news"
    assert {kinds[name] for name in ("HomePage", "ProjectPage", "StandardPage")} == {"page"}


@pytest.mark.parametrize(
    ("model", "kind"),
    [
        (HomePage, "Organization"),
        (ProjectPage, "Organization"),
        (PartnerTownPage, "Place"),
        (ConferencePage, "Event"),
        (NewsPage, "NewsArticle"),
    ],
    ids=lambda value: getattr(value, "__name__", value),
)
@pytest.mark.parametrize("code", ["de", "en"])
def test_a_page_type_says_what_it_stands_for_in_json_ld(model, kind, code):
    page = first_live(model)
    with language.override(code):
        (data,) = page.json_ld(request_for())
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == kind


def test_a_page_that_stands_only_for_itself_has_no_json_ld():
    with language.override("de"):
        assert first_live(StandardPage).json_ld(request_for()) == []


def test_a_conference_makes_its_own_calendar_event():
    conference = (
        ConferencePage.objects.live().with_calendar_date().select_related("host_town").first()
    )
    event = conference.ical_event(request_for())
    assert event["summary"] == conference.title
    assert event.decoded("dtstart") == conference.start_date
    assert str(event["uid"]) == f"conference-{conference.pk}@testserver"


def test_fields_of_action_are_the_conferences_with_a_topic():
    topics = ConferencePage.objects.live().fields_of_action()
    assert topics.exists()
    assert all(conference.topic_de for conference in topics)
    assert {conference.kind for conference in topics} == {ConferencePage.Kind.CONFERENCE}
