"""Uploaded documents are checked by content as well as by name, images by whether they load.

Wagtail already limits the extension (WAGTAILDOCS_EXTENSIONS), the size
(WAGTAILDOCS_MAX_UPLOAD_SIZE) and checks images by content (WAGTAILIMAGES_EXTENSIONS, no SVG,
so no active content from an image). The document form makes a document's first bytes agree
with its extension: a PDF starts like a PDF, an Office or OpenDocument file is a ZIP archive,
and text or CSV is text, not a renamed program. Inside an archive only the table of contents
and a few bytes are read, however far an entry would unpack. The image form turns an image
that the image library cannot read (truncated, malformed) into a form error.
"""

import zipfile

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm

ZIP_FORMATS = {"docx", "xlsx", "pptx", "odt", "ods", "odp"}
OPEN_DOCUMENT_TYPES = {
    "odt": b"application/vnd.oasis.opendocument.text",
    "ods": b"application/vnd.oasis.opendocument.spreadsheet",
    "odp": b"application/vnd.oasis.opendocument.presentation",
}
OFFICE_PARTS = {"docx": "word/", "xlsx": "xl/", "pptx": "ppt/"}
TEXT_FORMATS = {"txt", "csv"}


def content_matches(extension, upload):
    """Whether the uploaded file's content is what its extension says."""
    upload.seek(0)
    head = upload.read(2048)
    upload.seek(0)
    if extension == "pdf":
        return head.lstrip()[:5] == b"%PDF-"
    if extension in ZIP_FORMATS:
        if not head.startswith(b"PK\x03\x04"):
            return False
        try:
            with zipfile.ZipFile(upload) as archive:
                names = archive.namelist()
                if extension in OPEN_DOCUMENT_TYPES:
                    expected = OPEN_DOCUMENT_TYPES[extension]
                    # Read no more than the expected type: the entry may unpack to gigabytes.
                    with archive.open("mimetype") as entry:
                        return entry.read(len(expected) + 2).strip() == expected
                return "[Content_Types].xml" in names and any(
                    name.startswith(OFFICE_PARTS[extension]) for name in names
                )
        except (zipfile.BadZipFile, KeyError, NotImplementedError, OSError, EOFError):
            return False
        finally:
            upload.seek(0)
    if extension in TEXT_FORMATS:
        if b"\x00" in head:
            return False
        try:
            head.decode("utf-8")
        except UnicodeDecodeError as error:
            # A multi-byte character cut off at the end of the sample is still text.
            return error.start >= len(head) - 3
        return True
    return False


class CheckedDocumentForm(BaseDocumentForm):
    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if upload and hasattr(upload, "read") and getattr(upload, "name", ""):
            extension = upload.name.rsplit(".", 1)[-1].lower()
            if not content_matches(extension, upload):
                raise ValidationError(
                    _("The file's content does not match its type (.%(extension)s)."),
                    params={"extension": extension},
                    code="content_mismatch",
                )
        return upload


class CheckedImageField(WagtailImageField):
    """Wagtail's image field; an image the library cannot read is a form error, not a 500."""

    def to_python(self, data):
        try:
            return super().to_python(data)
        except ValidationError:
            raise
        except Exception as error:  # noqa: BLE001 - any failure to decode untrusted bytes
            raise ValidationError(
                self.error_messages["invalid_image"], code="invalid_image"
            ) from error


class CheckedImageForm(BaseImageForm):
    file = CheckedImageField(label=_("File"))
