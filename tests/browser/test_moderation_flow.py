"""In Chromium: a town editor's English text goes through the coordination's approval to /en/."""

import pytest
from django.contrib.auth.models import Group
from playwright.sync_api import expect
from wagtail.models import WorkflowState

from editorial import roles
from partners.models import PartnerTownPage
from tests.conftest import url_in

# Chromium comes from the shared ``browser`` fixture (tests/browser/conftest.py).
pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

NEW_INTRO = "Bernburg (Saale) lies on the river Saale, below its castle on the hill."


def make_user(django_user_model, username, group, language=""):
    from wagtail.users.models import UserProfile

    user = django_user_model.objects.create_user(username, f"{username}@example.org", "secret-pw")
    user.groups.add(Group.objects.get(name=group))
    if language:
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = language
        profile.save()
    return user


def log_in(page, base_url, username):
    page.goto(f"{base_url}/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", "secret-pw")
    page.locator("form button[type=submit]").click()
    page.wait_for_url(f"{base_url}/admin/")


def choose_action(page, selector):
    """Click an action of the edit form's footer, opening its "more actions" menu if needed."""
    action = page.locator(f"footer {selector}").first
    if not action.is_visible():
        page.locator("footer .w-dropdown__toggle").click()
    action.click()


def report_titles(page, base_url):
    page.goto(f"{base_url}/admin/reports/translations/")
    return page.locator("tbody tr td:first-child").all_inner_texts()


def test_town_editor_change_is_approved_by_coordination_and_goes_live(
    live_server, browser, django_user_model
):
    bernburg = PartnerTownPage.objects.get(slug_de="bernburg")
    bernburg.intro_en = ""
    bernburg.save_revision().publish()
    make_user(django_user_model, "redaktion-bernburg", "Redaktion Bernburg", language="en")
    make_user(django_user_model, "koordination", roles.COORDINATION)
    base = live_server.url

    editor = browser.new_context().new_page()
    log_in(editor, base, "redaktion-bernburg")
    assert any("Bernburg" in title for title in report_titles(editor, base))

    editor.goto(f"{base}/admin/pages/{bernburg.pk}/edit/")
    editor.fill("textarea[name=intro_en]", NEW_INTRO)
    choose_action(editor, "button[name=action-submit]")
    expect(editor.locator(".messages")).to_contain_text("submitted")
    # Not live before the coordination approves.
    editor.goto(base + url_in(bernburg, "en"))
    expect(editor.locator(".lead")).not_to_have_text(NEW_INTRO)
    editor.context.close()

    coordinator = browser.new_context().new_page()
    log_in(coordinator, base, "koordination")
    coordinator.goto(f"{base}/admin/pages/{bernburg.pk}/edit/")
    choose_action(coordinator, "button[data-workflow-action-name=approve]")
    # Approving from the edit view saves the page and approves it in one step.
    expect(coordinator.locator(".messages .success")).to_be_visible()

    assert WorkflowState.objects.get(object_id=str(bernburg.pk)).status == "approved"
    coordinator.goto(base + url_in(bernburg, "en"))
    expect(coordinator.locator(".lead")).to_have_text(NEW_INTRO)
    assert not any("Bernburg" in title for title in report_titles(coordinator, base))
    coordinator.context.close()
