"""What a killed worker leaves behind is found and removed; nothing a row points to is touched."""

import os
import time
from io import StringIO
from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.management import call_command
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

pytestmark = pytest.mark.django_db

DAY = 24 * 3600


def age(path, seconds):
    then = time.time() - seconds
    os.utime(path, (then, then))


@pytest.fixture
def leftovers():
    """An upload's file without its row, a rendition and an image without theirs, a temporary
    upload: what kill -9 in the middle of an upload leaves."""
    names = [
        default_storage.save("documents/bericht-2013.pdf", ContentFile(b"%PDF-1.7 " * 1000)),
        default_storage.save("original_images/ohne-zeile.png", ContentFile(b"\x89PNG")),
        default_storage.save("images/ohne-zeile.max-165x165.png", ContentFile(b"\x89PNG")),
    ]
    for name in names:
        age(default_storage.path(name), DAY)
    temporary = Path(settings.FILE_UPLOAD_TEMP_DIR) / "tmpk1ll3d.upload.pdf"
    temporary.write_bytes(b"%PDF-1.7 half an upload")
    age(temporary, DAY)
    yield [*names, str(temporary)]
    for name in names:
        default_storage.delete(name)
    temporary.unlink(missing_ok=True)


def run(*args):
    out = StringIO()
    call_command("orphaned_files", *args, stdout=out)
    return out.getvalue()


def referenced_paths():
    paths = [document.file.path for document in get_document_model().objects.all()]
    for image in get_image_model().objects.prefetch_related("renditions"):
        paths.append(image.file.path)
        paths.extend(rendition.file.path for rendition in image.renditions.all())
    return paths


def test_orphans_are_listed_and_nothing_else(leftovers):
    output = run()
    for name in leftovers:
        assert name in output
    assert "Found 4 orphaned files" in output
    assert all(Path(default_storage.path(name)).exists() for name in leftovers[:3])


def test_delete_removes_the_orphans_and_keeps_every_referenced_file(leftovers):
    kept = referenced_paths()
    assert kept
    for path in kept:
        age(path, DAY)
    assert "Removed 4 orphaned files" in run("--delete")
    assert not any(default_storage.exists(name) for name in leftovers[:3])
    assert not Path(leftovers[3]).exists()
    assert all(Path(path).exists() for path in kept)
    assert "Found 0 orphaned files" in run()


def test_recent_files_are_left_alone(leftovers):
    """An upload in progress has no row yet either."""
    fresh = default_storage.save("documents/wird-hochgeladen.pdf", ContentFile(b"%PDF"))
    try:
        assert fresh not in run("--delete")
        assert default_storage.exists(fresh)
    finally:
        default_storage.delete(fresh)
