"""In Chromium: an editor's user bar on a public page works under the site's security policy."""

import pytest
from playwright.sync_api import expect

from partners.models import PartnerTownPage
from tests.browser.test_moderation_flow import log_in
from tests.conftest import url_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_editor_opens_the_user_bar_and_goes_to_the_edit_view(
    live_server, browser, django_user_model
):
    django_user_model.objects.create_superuser("chefredaktion", "c@example.org", "secret-pw")
    town = PartnerTownPage.objects.get(slug_de="borne")
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(15_000)
    refused = []
    page.on(
        "console",
        lambda message: (
            refused.append(message.text) if "Content Security Policy" in message.text else None
        ),
    )
    try:
        log_in(page, live_server.url, "chefredaktion")
        page.goto(live_server.url + url_in(town, "en"))
        trigger = page.locator("wagtail-userbar #wagtail-userbar-trigger")
        expect(trigger).to_be_visible()
        trigger.click()
        edit = page.locator("wagtail-userbar #wagtail-userbar-items a[href$='/edit/']")
        expect(edit).to_be_visible()
        edit.click()
        page.wait_for_url(f"{live_server.url}/admin/pages/{town.pk}/edit/")
        assert refused == [], "\n".join(refused)
    finally:
        context.close()
