"""Uploads that would break a worker get a form error: bad images, huge documents, zip bombs."""

import io
import tracemalloc
import zipfile

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, GroupCollectionPermission

from editorial import roles
from editorial.uploads import content_matches
from flyer.pdf import load_weasyprint

pytestmark = pytest.mark.django_db


@pytest.fixture
def coordinator(client, django_user_model):
    user = django_user_model.objects.create_user("koordination", "k@example.org", "pw")
    group = Group.objects.get(name=roles.COORDINATION)
    # Wagtail checks image uploads against wagtailimages' permissions; the roles grant them
    # separately (issue 10), so grant them here as the coordination's role intends.
    for codename in ("add_image", "choose_image"):
        GroupCollectionPermission.objects.get_or_create(
            group=group,
            collection=Collection.get_first_root_node(),
            permission=Permission.objects.get(
                content_type__app_label="wagtailimages", codename=codename
            ),
        )
    user.groups.add(group)
    client.force_login(user)
    client.raise_request_exception = False
    return client


def gif(frames=1):
    buffer = io.BytesIO()
    images = [Image.new("P", (64, 64), index) for index in range(frames)]
    images[0].save(buffer, "GIF", save_all=True, append_images=images[1:])
    return buffer.getvalue()


MALFORMED_GIFS = {
    "truncated": gif()[: len(gif()) // 2],
    "header only": b"GIF89a\x40\x00\x40\x00\x80\x00\x00" + b"\x00" * 6,
    "animation cut short": gif(frames=3)[:-20],
}


def test_sound_gif_is_accepted(coordinator):
    upload = SimpleUploadedFile("bild.gif", gif(frames=2), "image/gif")
    data = {"title": "Bild", "description_de": "Ein Bild", "file": upload}
    data["collection"] = Collection.get_first_root_node().pk
    response = coordinator.post("/admin/images/add/", data)
    assert response.status_code == 302
    assert get_image_model().objects.get(title="Bild").width == 64


@pytest.fixture
def flyer_printed():
    """WeasyPrint loaded in this process, as in a worker that has rebuilt the flyer."""
    load_weasyprint()


def file_error(response):
    """The error shown at the file field of an admin upload form, or None."""
    soup = BeautifulSoup(response.content, "html.parser")
    field = soup.find(attrs={"data-contentpath": "file"})
    error = field.find(class_="error-message") if field else None
    return error.get_text(strip=True) if error else None


@pytest.mark.parametrize("name", MALFORMED_GIFS)
def test_malformed_gif_gets_a_form_error(coordinator, flyer_printed, name):
    upload = SimpleUploadedFile("bild.gif", MALFORMED_GIFS[name], "image/gif")
    data = {"title": "Bild", "description_de": "Ein Bild", "file": upload}
    data["collection"] = Collection.get_first_root_node().pk
    response = coordinator.post("/admin/images/add/", data, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 200
    assert "not an image or a corrupted image" in file_error(response)
    assert not get_image_model().objects.filter(title="Bild").exists()


@pytest.mark.parametrize("name", MALFORMED_GIFS)
def test_malformed_gif_in_the_multiple_upload_gets_an_error(coordinator, flyer_printed, name):
    upload = SimpleUploadedFile("bild.gif", MALFORMED_GIFS[name], "image/gif")
    response = coordinator.post("/admin/images/multiple/add/", {"files[]": upload})
    assert response.status_code == 200
    assert response.json()["success"] is False
    assert response.json()["error_message"]


def test_document_over_the_limit_is_refused(coordinator):
    before = get_document_model().objects.count()
    size = settings.WAGTAILDOCS_MAX_UPLOAD_SIZE + 1
    upload = SimpleUploadedFile("liste.txt", b"a" * size, "text/plain")
    data = {"title": "Liste", "file": upload, "collection": Collection.get_first_root_node().pk}
    response = coordinator.post("/admin/documents/add/", data)
    assert response.status_code == 200
    assert file_error(response)
    assert get_document_model().objects.count() == before


def zip_bomb(unpacked_mb):
    """An .odt whose first entry unpacks to ``unpacked_mb`` megabytes (a few hundred KB packed)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        with archive.open("mimetype", "w", force_zip64=True) as entry:
            entry.write(b"application/vnd.oasis.opendocument.text")
            chunk = b"\x00" * (1024 * 1024)
            for _megabyte in range(unpacked_mb):
                entry.write(chunk)
    buffer.seek(0)
    return buffer


def test_content_check_reads_a_zip_bomb_bounded():
    upload = zip_bomb(256)
    tracemalloc.start()
    try:
        content_matches("odt", upload)
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 16 * 1024 * 1024


def test_zip_bomb_upload_is_refused(coordinator):
    before = get_document_model().objects.count()
    upload = SimpleUploadedFile("bericht.odt", zip_bomb(64).getvalue(), "application/zip")
    response = coordinator.post("/admin/documents/add/", {"title": "Bericht", "file": upload})
    assert response.status_code == 200
    assert get_document_model().objects.count() == before
