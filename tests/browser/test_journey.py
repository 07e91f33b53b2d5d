"""A citizen's way through the site, in every language of the site, as a browser sees it."""

import pytest
from playwright.sync_api import expect

import language
from conferences.models import ConferencePage
from pages.models import DownloadsPage, HomePage
from partners.models import PartnerTownPage
from tests.conftest import url_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db]


@pytest.mark.parametrize("code", language.codes())
def test_citizen_finds_a_towns_conference_its_excursion_and_the_flyer(desktop, site, code):
    page = desktop
    borne = PartnerTownPage.objects.get(slug_de="borne")
    conference = ConferencePage.objects.get(host_town=borne)
    downloads = DownloadsPage.objects.get()

    page.goto(site.url + url_in(HomePage.objects.get(), code))
    expect(page.locator("html")).to_have_attribute("lang", code)

    page.locator(".card--town").get_by_role("link", name=borne.title_de).click()
    expect(page).to_have_url(site.url + url_in(borne, code))
    expect(page.get_by_role("heading", level=1)).to_have_text(borne.title_de)

    page.locator(".facts").get_by_role("link", name=getattr(conference, f"title_{code}")).click()
    expect(page).to_have_url(site.url + url_in(conference, code))
    excursion = conference.excursions.first()
    expect(page.locator("#excursions")).to_be_visible()
    expect(page.get_by_role("heading", name=getattr(excursion, f"title_{code}"))).to_be_visible()

    page.locator("#main-nav").get_by_role("link", name=getattr(downloads, f"title_{code}")).click()
    expect(page).to_have_url(site.url + url_in(downloads, code))

    flyer = page.locator(".download__link").first
    with page.expect_response(lambda r: r.url.endswith(".pdf")) as response_info:
        flyer.click()
    response = response_info.value
    assert response.ok
    assert response.headers["content-type"] == "application/pdf"
    assert f"klimapartnerschaft-flyer-{code}" in response.url
    # Chromium shows the PDF in its viewer; fetch the file itself to see what it is.
    assert page.request.get(response.url).body().startswith(b"%PDF-")
