"""The layout fits the narrowest phone: nothing wider than a 320 px screen."""

import pytest

import language
from tests.browser.conftest import open_page
from tests.conftest import PAGE_TYPES, url_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db]


@pytest.mark.parametrize("code", language.codes())
@pytest.mark.parametrize("model", PAGE_TYPES, ids=lambda m: m.__name__)
def test_page_type_needs_no_sideways_scrolling_at_320px(browser, site, model, code):
    context, page = open_page(browser, {"width": 320, "height": 640})
    try:
        page.goto(site.url + url_in(model.objects.live().order_by("path").first(), code))
        width = page.evaluate("document.documentElement.scrollWidth")
    finally:
        context.close()
    assert width <= 320


@pytest.mark.parametrize("slug", ["borne", "konferenz-borne-2013"])
def test_on_a_phone_the_key_facts_come_before_the_pictures(browser, site, slug):
    from conferences.models import ConferencePage
    from partners.models import PartnerTownPage

    model = PartnerTownPage if slug == "borne" else ConferencePage
    context, page = open_page(browser, {"width": 390, "height": 844})
    try:
        page.goto(site.url + url_in(model.objects.get(slug_de=slug), "de"))
        facts = page.locator("aside.facts").bounding_box()
        picture = page.locator("main figure img").first.bounding_box()
    finally:
        context.close()
    assert facts["y"] + facts["height"] <= picture["y"]


def test_on_a_desktop_the_facts_stand_beside_the_text(browser, site):
    from partners.models import PartnerTownPage

    context, page = open_page(browser, {"width": 1280, "height": 900})
    try:
        page.goto(site.url + url_in(PartnerTownPage.objects.get(slug_de="borne"), "de"))
        facts = page.locator("aside.facts").bounding_box()
        picture = page.locator("main figure img").first.bounding_box()
    finally:
        context.close()
    assert facts["x"] > picture["x"] + picture["width"]
    assert abs(facts["y"] - picture["y"]) < 40


@pytest.mark.parametrize("width", [390, 1280])
def test_map_uses_the_width_it_is_given(browser, site, width):
    from pages.models import HomePage

    context, page = open_page(browser, {"width": width, "height": 900})
    try:
        page.goto(site.url + url_in(HomePage.objects.get(), "en"))
        svg = page.locator(".europe-map svg").bounding_box()
        container = page.locator("#towns-title").evaluate(
            "heading => heading.parentElement.getBoundingClientRect().width"
        )
    finally:
        context.close()
    assert svg["width"] >= container - 1
