"""The language switch, the mobile menu and keyboard-only use, in a real browser."""

import pytest
from playwright.sync_api import expect

import language
from pages.models import HomePage
from tests.conftest import PAGE_TYPES, url_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db]


def first_live(model):
    return model.objects.live().order_by("path").first()


@pytest.mark.parametrize("model", PAGE_TYPES, ids=lambda m: m.__name__)
def test_language_switch_leads_through_every_language_to_the_same_page(desktop, site, model):
    """German -> English -> Dutch -> Portuguese -> Lithuanian -> German, by the languages' own
    names, always on the same page."""
    page = first_live(model)
    desktop.goto(site.url + url_in(page, language.default()))
    codes = language.codes()
    for code in [*codes[1:], codes[0]]:
        desktop.locator(".language-switch").get_by_role("link", name=language.name(code)).click()
        expect(desktop).to_have_url(site.url + url_in(page, code))
        expect(desktop.locator("html")).to_have_attribute("lang", code)


@pytest.fixture
def english_home_on_phone(phone, site):
    phone.goto(site.url + url_in(HomePage.objects.get(), "en"))
    return phone


def test_mobile_menu_is_closed_at_first(english_home_on_phone):
    page = english_home_on_phone
    expect(page.get_by_role("button", name="Menu")).to_have_attribute("aria-expanded", "false")
    expect(page.locator("#main-nav")).to_be_hidden()


def test_mobile_menu_opens_and_closes_by_click(english_home_on_phone):
    page = english_home_on_phone
    toggle = page.get_by_role("button", name="Menu")
    toggle.click()
    expect(toggle).to_have_attribute("aria-expanded", "true")
    expect(page.locator("#main-nav")).to_be_visible()
    toggle.click()
    expect(toggle).to_have_attribute("aria-expanded", "false")
    expect(page.locator("#main-nav")).to_be_hidden()


def test_mobile_menu_opens_by_touch(browser, site):
    context = browser.new_context(viewport={"width": 390, "height": 844}, has_touch=True)
    page = context.new_page()
    page.goto(site.url + url_in(HomePage.objects.get(), "en"))
    page.get_by_role("button", name="Menu").tap()
    expect(page.locator("#main-nav")).to_be_visible()
    context.close()


@pytest.mark.parametrize("key", ["Enter", "Space"])
def test_mobile_menu_opens_by_keyboard(english_home_on_phone, key):
    page = english_home_on_phone
    toggle = page.get_by_role("button", name="Menu")
    toggle.focus()
    page.keyboard.press(key)
    expect(page.locator("#main-nav")).to_be_visible()
    page.keyboard.press("Tab")
    expect(page.locator("#main-nav a").first).to_be_focused()


def test_escape_closes_the_mobile_menu_and_returns_focus(english_home_on_phone):
    page = english_home_on_phone
    toggle = page.get_by_role("button", name="Menu")
    toggle.click()
    page.locator("#main-nav a").first.focus()
    page.keyboard.press("Escape")
    expect(page.locator("#main-nav")).to_be_hidden()
    expect(toggle).to_have_attribute("aria-expanded", "false")
    expect(toggle).to_be_focused()


def test_mobile_menu_links_lead_to_their_pages(english_home_on_phone, site):
    page = english_home_on_phone
    page.get_by_role("button", name="Menu").click()
    page.locator("#main-nav").get_by_role("link", name="Partner towns").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Partner towns")


def test_skip_link_is_the_first_tab_stop_and_visible(desktop, site):
    desktop.goto(site.url + url_in(HomePage.objects.get(), "en"))
    desktop.keyboard.press("Tab")
    skip = desktop.get_by_role("link", name="Skip to content")
    expect(skip).to_be_focused()
    expect(skip).to_be_in_viewport()


def test_skip_link_moves_focus_to_the_main_content(desktop, site):
    desktop.goto(site.url + url_in(HomePage.objects.get(), "en"))
    desktop.keyboard.press("Tab")
    desktop.keyboard.press("Enter")
    expect(desktop.locator("main")).to_be_focused()
    desktop.keyboard.press("Tab")
    focused_in_main = desktop.evaluate(
        "document.querySelector('main').contains(document.activeElement)"
    )
    assert focused_in_main


def test_keyboard_focus_is_visible_on_links(desktop, site):
    desktop.goto(site.url + url_in(HomePage.objects.get(), "en"))
    for _ in range(3):
        desktop.keyboard.press("Tab")
    outline = desktop.evaluate(
        "(() => { const s = getComputedStyle(document.activeElement);"
        " return [s.outlineStyle, parseFloat(s.outlineWidth)]; })()"
    )
    assert outline[0] != "none" and outline[1] >= 2


def test_every_map_marker_is_reached_by_keyboard(desktop, site):
    desktop.goto(site.url + url_in(HomePage.objects.get(), "en"))
    markers = desktop.locator(".europe-map a")
    expect(markers).to_have_count(5)
    markers.first.focus()
    expect(markers.first).to_be_focused()
    desktop.keyboard.press("Tab")
    expect(markers.nth(1)).to_be_focused()
