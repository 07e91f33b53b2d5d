"""Uploaded documents are checked by content as well as by name.

Wagtail already limits the extension (WAGTAILDOCS_EXTENSIONS) and checks images by content
(WAGTAILIMAGES_EXTENSIONS, no SVG, so no active content from an image). This form makes a
document's first bytes agree with its extension: a PDF starts like a PDF, an Office or
OpenDocument file is a ZIP archive, and text or CSV is text, not a renamed program.
"""

import zipfile

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.documents.forms import BaseDocumentForm

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
                    return archive.read("mimetype").strip() == OPEN_DOCUMENT_TYPES[extension]
                return "[Content_Types].xml" in names and any(
                    name.startswith(OFFICE_PARTS[extension]) for name in names
                )
        except (zipfile.BadZipFile, KeyError):
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
