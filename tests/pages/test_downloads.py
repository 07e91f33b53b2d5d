"""The project flyer and other downloads, in the visitor's language where the file exists."""

import io

import pytest
from bs4 import BeautifulSoup
from pypdf import PdfReader

from pages.models import DownloadItem, DownloadsPage, HomePage
from seed.builders import add_document, add_item
from tests.conftest import url_in

pytestmark = pytest.mark.django_db


def download_links(client, url):
    soup = BeautifulSoup(client.get(url).content, "html.parser")
    return soup.select("a.download__link")


@pytest.mark.parametrize("language", ["de", "en"])
def test_flyer_downloads_as_two_page_pdf_in_each_language(client, language):
    page = DownloadsPage.objects.get()
    flyer = download_links(client, url_in(page, language))[0]
    assert flyer["hreflang"] == language

    response = client.get(flyer["href"])
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    pdf = PdfReader(io.BytesIO(b"".join(response.streaming_content)))
    assert len(pdf.pages) == 2
    text = pdf.pages[0].extract_text()
    assert "KlimaPartnerschaft" in text or "Climate Partnership" in text


def test_home_page_offers_the_flyer(client):
    links = download_links(client, url_in(HomePage.objects.get(), "en"))
    assert [a["hreflang"] for a in links] == ["en"]


def test_missing_english_file_offers_german_and_marks_it(client):
    page = DownloadsPage.objects.get()
    german = add_document("Protokoll", b"%PDF-1.4 minimal", "protokoll.pdf")
    add_item(
        DownloadItem,
        page,
        title={"de": "Protokoll", "en": "Minutes"},
        description={"de": "", "en": ""},
        document={"de": german, "en": None},
    )
    page.save_revision().publish()

    response = client.get(url_in(page, "en"))
    soup = BeautifulSoup(response.content, "html.parser")
    item = next(li for li in soup.select("li.download") if "Minutes" in li.get_text())
    link = item.select_one("a.download__link")
    assert link["href"] == german.url
    assert link["hreflang"] == "de"
    assert "Deutsch" in item.select_one(".download__meta").get_text()
    assert "this is the German version" in item.get_text()


def test_download_shows_type_and_size(client):
    soup = BeautifulSoup(
        client.get(url_in(DownloadsPage.objects.get(), "de")).content, "html.parser"
    )
    meta = soup.select_one(".download__meta").get_text(" ", strip=True)
    assert meta.startswith("PDF,")
    assert "KB" in meta or "Bytes" in meta
