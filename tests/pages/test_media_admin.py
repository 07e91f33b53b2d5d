"""Images carry alt text in both languages, downloads a file per language, both in the admin."""

import pytest
from bs4 import BeautifulSoup
from wagtail.images import get_image_model
from wagtail.test.utils.form_data import querydict_from_html

from pages.models import DownloadsPage
from tests.admin_forms import edit_form_data
from tests.conftest import url_in

pytestmark = pytest.mark.django_db


def test_image_edit_form_shows_the_alt_text_in_both_languages(admin_client):
    image = get_image_model().objects.get(title="Trakai")
    soup = BeautifulSoup(admin_client.get(f"/admin/images/{image.pk}/").content, "html.parser")
    for language in ("de", "en"):
        field = soup.find(attrs={"name": f"description_{language}"})
        assert field is not None, language
        assert getattr(image, f"description_{language}") in (field.get("value") or field.text)


def test_english_alt_text_edited_in_the_admin_is_used_on_english_pages(admin_client):
    image = get_image_model().objects.get(title="Trakai")
    url = f"/admin/images/{image.pk}/"
    html = admin_client.get(url).content.decode()
    forms = BeautifulSoup(html, "html.parser").find_all("form")
    index = next(i for i, form in enumerate(forms) if form.find(attrs={"name": "description_en"}))
    data = querydict_from_html(html, form_index=index)
    data["description_en"] = "Drawing: Trakai Island Castle seen from the lake shore."
    assert admin_client.post(url, data).status_code == 302

    image.refresh_from_db()
    assert image.description_de.startswith("Zeichnung")
    from partners.models import PartnerTownPage

    trakai = PartnerTownPage.objects.get(slug_de="trakai")
    english = admin_client.get(url_in(trakai, "en")).content.decode()
    assert 'alt="Drawing: Trakai Island Castle seen from the lake shore."' in english
    german = admin_client.get(url_in(trakai, "de")).content.decode()
    assert f'alt="{image.description_de}"' in german


def test_download_inline_offers_a_document_chooser_per_language(admin_client):
    page = DownloadsPage.objects.get()
    soup = BeautifulSoup(admin_client.get(f"/admin/pages/{page.pk}/edit/").content, "html.parser")
    flyer = page.downloads.get()
    for language in ("de", "en"):
        chooser = soup.find("input", attrs={"name": f"downloads-0-document_{language}"})
        assert chooser is not None, language
        assert chooser["value"] == str(getattr(flyer, f"document_{language}_id"))


def test_english_document_chosen_in_the_admin_is_offered_on_the_english_page(admin_client):
    from wagtail.documents import get_document_model

    page = DownloadsPage.objects.get()
    flyer = page.downloads.get()
    other = get_document_model().objects.exclude(pk=flyer.document_en_id).first()
    url, data = edit_form_data(admin_client, page)
    data["downloads-0-document_en"] = str(other.pk)
    data["action-publish"] = "publish"
    assert admin_client.post(url, data).status_code == 302

    flyer = page.downloads.get()
    assert flyer.document_en_id == other.pk
    english = admin_client.get(url_in(page, "en")).content.decode()
    assert other.url in english
