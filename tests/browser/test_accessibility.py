"""axe-core finds no WCAG 2.1 A/AA violation on any page type, language or screen width."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.browser.conftest import DESKTOP, PHONE, open_page
from tests.conftest import PAGE_TYPES, url_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

AXE = Axe()
WCAG_AA = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["390px", "1280px"])
@pytest.mark.parametrize("language", ["de", "en"])
@pytest.mark.parametrize("model", PAGE_TYPES, ids=lambda m: m.__name__)
def test_page_type_has_no_axe_violations(browser, site, model, language, viewport):
    context, page = open_page(browser, viewport)
    try:
        page.goto(site.url + url_in(model.objects.live().order_by("path").first(), language))
        violations = AXE.run(page, options=WCAG_AA).response["violations"]
    finally:
        context.close()
    assert [(v["id"], [n["target"] for n in v["nodes"]]) for v in violations] == []


@pytest.mark.parametrize("language", ["de", "en"])
def test_open_mobile_menu_has_no_axe_violations(phone, site, language):
    from pages.models import HomePage

    phone.goto(site.url + url_in(HomePage.objects.get(), language))
    phone.locator(".menu-toggle").click()
    violations = AXE.run(phone, options=WCAG_AA).response["violations"]
    assert [v["id"] for v in violations] == []
