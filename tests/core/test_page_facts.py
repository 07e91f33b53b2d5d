"""A page type owns its facts: its search kind, its JSON-LD, its calendar event, its lists."""

import pytest
from django.test import RequestFactory

import language
from conferences.models import ConferencePage
from pages import structured_data as seo_data
from pages.models import HomePage, NewsPage, ProjectPage, StandardPage
from pages.templatetags.seo_tags import SHARE_IMAGE, page_image
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
    "model", [HomePage, ProjectPage, PartnerTownPage, ConferencePage, NewsPage], ids=str
)
@pytest.mark.parametrize("code", ["de", "en"])
def test_a_page_types_own_json_ld_is_what_search_engines_read_today(model, code):
    """The page type's object says what the head of the page says (``structured_data``)."""
    page = first_live(model)
    request = request_for()
    with language.override(code):
        image = page_image(page, request)
        image_url = request.build_absolute_uri(image.get_rendition(SHARE_IMAGE).url)
        expected = seo_data.for_page(page, request, request.build_absolute_uri, image_url)
        own, web_page = page.json_ld(request)
    assert own == expected
    assert web_page["@type"] == "WebPage"
    assert web_page["inLanguage"] == code


def test_every_page_is_a_web_page_with_its_breadcrumb():
    town = first_live(PartnerTownPage)
    request = request_for()
    with language.override("en"):
        (web_page,) = StandardPage.json_ld(first_live(StandardPage), request)[-1:]
        town_page = town.json_ld(request)[-1]
        town_url = request.build_absolute_uri(town.get_url(request))
    assert web_page["@context"] == "https://schema.org"
    crumbs = town_page["breadcrumb"]["itemListElement"]
    assert [crumb["position"] for crumb in crumbs] == [1, 2, 3]
    assert crumbs[0]["name"] == HomePage.objects.get().title_en
    assert crumbs[-1] == {
        "@type": "ListItem",
        "position": 3,
        "name": town.title_en,
        "item": town_url,
    }


def test_a_page_without_an_object_of_its_own_is_only_a_web_page():
    with language.override("de"):
        data = first_live(StandardPage).json_ld(request_for())
    assert [item["@type"] for item in data] == ["WebPage"]


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
