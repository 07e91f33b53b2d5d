"""The accessibility statement: bundled in both languages, linked in every page's footer."""

import pytest
from bs4 import BeautifulSoup

from core.models import SiteSettings
from pages.models import HomePage, StandardPage
from tests.conftest import url_in

pytestmark = pytest.mark.django_db


def statement():
    return StandardPage.objects.get(slug_de="barrierefreiheit")


def test_statement_is_the_site_settings_accessibility_page():
    assert SiteSettings.objects.get().accessibility_page.specific == statement()


@pytest.mark.parametrize(
    ("language", "title"),
    [("de", "Erklärung zur Barrierefreiheit"), ("en", "Accessibility statement")],
)
def test_footer_links_to_the_statement_in_the_page_language(client, language, title):
    html = client.get(url_in(HomePage.objects.get(), language)).content
    footer = BeautifulSoup(html, "html.parser").select_one("footer nav")
    link = footer.find("a", string=title)
    assert link["href"] == url_in(statement(), language)


@pytest.mark.parametrize(("language", "phone"), [("de", "Telefon"), ("en", "Phone")])
def test_statement_tells_how_to_report_a_barrier_by_post_and_phone(client, language, phone):
    html = client.get(url_in(statement(), language)).content.decode()
    assert "Hovesaatstr. 6, 48432 Rheine" in html
    assert f"{phone}: +49 5971 990-101" in html
    assert "mailto:" not in html
