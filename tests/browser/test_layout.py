"""The layout fits the narrowest phone: nothing wider than a 320 px screen."""

import pytest

from tests.browser.conftest import open_page
from tests.conftest import PAGE_TYPES, url_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db]


@pytest.mark.parametrize("language", ["de", "en"])
@pytest.mark.parametrize("model", PAGE_TYPES, ids=lambda m: m.__name__)
def test_page_type_needs_no_sideways_scrolling_at_320px(browser, site, model, language):
    context, page = open_page(browser, {"width": 320, "height": 640})
    try:
        page.goto(site.url + url_in(model.objects.live().order_by("path").first(), language))
        width = page.evaluate("document.documentElement.scrollWidth")
    finally:
        context.close()
    assert width <= 320
