"""Images and documents in the admin, as the coordination and a town's team work with them.

Images carry their alt text in both languages; downloads offer a file per language. The
coordination manages every collection; a town's team adds, edits and chooses in its own
town's collection and chooses from the shared one.
"""

from io import BytesIO

import pytest
from bs4 import BeautifulSoup
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection
from wagtail.test.utils.form_data import querydict_from_html

from pages.models import DownloadsPage, NewsPage
from tests.admin_forms import edit_form_data
from tests.conftest import url_in

pytestmark = pytest.mark.django_db


def photo(name="foto.jpg"):
    buffer = BytesIO()
    Image.new("RGB", (320, 200), (40, 120, 80)).save(buffer, "JPEG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/jpeg")


def upload_image(client, title, **fields):
    return client.post(
        "/admin/images/add/",
        {
            "title": title,
            "file": photo(),
            "description_de": f"{title}, Beschreibung",
            "description_en": f"{title}, description",
            **fields,
        },
    )


def collection(name):
    return Collection.objects.get(name=name)


def test_image_edit_form_shows_the_alt_text_in_both_languages(coordinator_client):
    image = get_image_model().objects.get(title="Trakai")
    soup = BeautifulSoup(
        coordinator_client.get(f"/admin/images/{image.pk}/").content, "html.parser"
    )
    for language in ("de", "en"):
        field = soup.find(attrs={"name": f"description_{language}"})
        assert field is not None, language
        assert getattr(image, f"description_{language}") in (field.get("value") or field.text)


def test_english_alt_text_edited_in_the_admin_is_used_on_english_pages(coordinator_client):
    image = get_image_model().objects.get(title="Trakai")
    url = f"/admin/images/{image.pk}/"
    html = coordinator_client.get(url).content.decode()
    forms = BeautifulSoup(html, "html.parser").find_all("form")
    index = next(i for i, form in enumerate(forms) if form.find(attrs={"name": "description_en"}))
    data = querydict_from_html(html, form_index=index)
    data["description_en"] = "Drawing: Trakai Island Castle seen from the lake shore."
    assert coordinator_client.post(url, data).status_code == 302

    image.refresh_from_db()
    assert image.description_de.startswith("Zeichnung")
    from partners.models import PartnerTownPage

    trakai = PartnerTownPage.objects.get(slug_de="trakai")
    english = coordinator_client.get(url_in(trakai, "en")).content.decode()
    assert 'alt="Drawing: Trakai Island Castle seen from the lake shore."' in english
    german = coordinator_client.get(url_in(trakai, "de")).content.decode()
    assert f'alt="{image.description_de}"' in german


def test_coordinator_uploads_an_image_and_puts_it_on_a_news_article(coordinator_client):
    response = upload_image(
        coordinator_client, "Projektstart", collection=collection("Gemeinsam").pk
    )
    assert response.status_code == 302
    image = get_image_model().objects.get(title="Projektstart")
    assert image.description_en == "Projektstart, description"

    article = NewsPage.objects.get(slug_de="projektstart")
    url, data = edit_form_data(coordinator_client, article)
    data["image"] = str(image.pk)
    data["action-publish"] = "publish"
    assert coordinator_client.post(url, data).status_code == 302
    english = coordinator_client.get(url_in(article, "en")).content.decode()
    assert 'alt="Projektstart, description"' in english


def test_coordinator_chooses_among_collections_named_in_german(coordinator_client):
    soup = BeautifulSoup(coordinator_client.get("/admin/images/add/").content, "html.parser")
    options = [o.get_text(strip=True) for o in soup.select("select[name=collection] option")]
    assert options[0] == "Oberste Ebene (nur Koordination)"
    assert {"Gemeinsam", "Borne", "Trakai"} <= set(options)
    assert "Root" not in options


def test_coordinator_chooser_offers_uploading(coordinator_client):
    html = coordinator_client.get("/admin/images/chooser/").json()["html"]
    assert 'name="image-chooser-upload-file"' in html


def test_town_editor_uploads_into_its_towns_collection(borne_client):
    # A single collection to add to: Wagtail does not ask, it files the image there.
    response = upload_image(borne_client, "Wasserwerk Borne")
    assert response.status_code == 302
    image = get_image_model().objects.get(title="Wasserwerk Borne")
    assert image.collection == collection("Borne")


def test_town_editor_cannot_upload_into_another_towns_collection(borne_client):
    bernburg = collection("Bernburg")
    upload_image(borne_client, "Untergeschoben", collection=bernburg.pk)
    assert not get_image_model().objects.filter(collection=bernburg, title="Untergeschoben")
    add_form = borne_client.get("/admin/images/add/").content.decode()
    assert f'value="{bernburg.pk}"' not in add_form


def test_town_editor_chooses_from_its_town_and_the_shared_collection(borne_client):
    html = borne_client.get("/admin/images/chooser/").json()["html"]
    titles = {a.get_text(strip=True) for a in BeautifulSoup(html, "html.parser").select("h2, a")}
    assert "Borne" in " ".join(titles)
    assert "Startseite" in html  # the shared collection's home page picture
    assert "Trakai" not in html
    assert 'name="image-chooser-upload-file"' in html


def test_town_editor_edits_its_towns_images_not_another_towns(borne_client):
    own = get_image_model().objects.get(title="Borne")
    other = get_image_model().objects.get(title="Trakai")
    assert borne_client.get(f"/admin/images/{own.pk}/").status_code == 200
    assert borne_client.get(f"/admin/images/{other.pk}/").status_code in (302, 403)


def test_town_editor_uploads_a_document_into_its_towns_collection(borne_client):
    response = borne_client.post(
        "/admin/documents/add/",
        {
            "title": "Programm Borne",
            "file": SimpleUploadedFile("programm.txt", b"Programm der Konferenz", "text/plain"),
        },
    )
    assert response.status_code == 302
    document = get_document_model().objects.get(title="Programm Borne")
    assert document.collection == collection("Borne")


def test_bundled_pictures_are_in_their_towns_collections():
    images = get_image_model().objects.select_related("collection")
    assert images.get(title="Borne").collection.name == "Borne"
    assert images.get(title="Kläranlage Hengelo").collection.name == "Borne"
    assert images.get(title="Startseite").collection.name == "Gemeinsam"


def test_download_inline_offers_a_document_chooser_per_language(coordinator_client):
    page = DownloadsPage.objects.get()
    html = coordinator_client.get(f"/admin/pages/{page.pk}/edit/").content
    soup = BeautifulSoup(html, "html.parser")
    flyer = page.downloads.get()
    for language in ("de", "en"):
        chooser = soup.find("input", attrs={"name": f"downloads-0-document_{language}"})
        assert chooser is not None, language
        assert chooser["value"] == str(getattr(flyer, f"document_{language}_id"))


def test_english_document_chosen_in_the_admin_is_offered_on_the_english_page(coordinator_client):
    page = DownloadsPage.objects.get()
    flyer = page.downloads.get()
    other = get_document_model().objects.exclude(pk=flyer.document_en_id).first()
    url, data = edit_form_data(coordinator_client, page)
    data["downloads-0-document_en"] = str(other.pk)
    data["action-publish"] = "publish"
    assert coordinator_client.post(url, data).status_code == 302

    flyer = page.downloads.get()
    assert flyer.document_en_id == other.pk
    english = coordinator_client.get(url_in(page, "en")).content.decode()
    assert other.url in english
