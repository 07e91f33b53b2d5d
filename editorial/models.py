"""What the editors' tools keep: each page's translation status.

Moved here from ``pages``; the table keeps its name (``pages_translationstatus``), so an
existing database keeps every row (editorial/migrations/0001_initial.py).
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from core.fields import optional_link


class TranslationStatus(models.Model):
    """When each language's text of a page last changed, recorded whenever the page is published.

    ``digests`` holds a fingerprint of each language's text (``field_digests`` one per field),
    so a publish that leaves a language untouched keeps its date; ``outdated`` maps a language
    to the newer one it has not followed yet, with the fields that changed; ``incomplete``
    lists the languages with empty fields (see ``editorial.translation_status``).
    """

    page = models.OneToOneField(
        "wagtailcore.Page",
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="translation_status",
    )
    changed_at = models.JSONField(_("last change per language"), default=dict)
    digests = models.JSONField(_("text fingerprint per language"), default=dict)
    field_digests = models.JSONField(_("text fingerprint per language and field"), default=dict)
    outdated = models.JSONField(_("outdated languages"), default=dict)
    incomplete = models.JSONField(_("incomplete languages"), default=list)
    last_revision = optional_link("wagtailcore.Revision", _("last published revision"))

    class Meta:
        db_table = "pages_translationstatus"
        verbose_name = _("translation status")
        verbose_name_plural = _("translation statuses")

    def __str__(self):
        return f"{self.page_id}: {self.changed_at}"
