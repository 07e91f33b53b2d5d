"""Documents in a private collection are reachable only through Wagtail's document view."""

import pytest
from django.core.files.base import ContentFile
from django.test import Client
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction

pytestmark = pytest.mark.django_db


@pytest.fixture
def private_document():
    collection = Collection.get_first_root_node().add_child(name="Intern")
    restriction = CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.LOGIN
    )
    document = get_document_model()(title="Protokoll", collection=collection)
    document.file.save("protokoll-intern.txt", ContentFile(b"Nur intern."), save=True)
    yield document
    document.file.delete(save=False)
    restriction.delete()


def test_private_document_asks_for_a_login(private_document):
    response = Client().get(private_document.url)
    assert response.status_code == 302
    assert "login" in response["Location"]


def test_private_document_file_is_not_served_from_the_media_folder(private_document):
    assert private_document.file.name.startswith("documents/")
    response = Client().get(f"/media/{private_document.file.name}")
    assert response.status_code == 404
    assert b"Nur intern." not in b"".join(
        getattr(response, "streaming_content", [response.content])
    )


def test_no_document_is_served_from_the_media_folder():
    for document in get_document_model().objects.all():
        assert Client().get(f"/media/{document.file.name}").status_code == 404
        for detour in ("/", "images/../", "./"):
            assert Client().get(f"/media/{detour}{document.file.name}").status_code == 404
