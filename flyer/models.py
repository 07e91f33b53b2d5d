"""Which Wagtail documents hold the flyer, one per site and language."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.documents import get_document_model_string

from language import choices as language_choices


class FlyerFile(models.Model):
    """A document whose file is the site's flyer in one language, rebuilt when its text changes.

    The document stays an ordinary Wagtail document (listed in the admin, linked from the
    downloads page with its type, size and language); only its file is written anew, under the
    same name, so its address never changes.
    """

    site = models.ForeignKey("wagtailcore.Site", on_delete=models.CASCADE, related_name="+")
    language = models.CharField(_("language"), max_length=8, choices=language_choices)
    document = models.OneToOneField(
        get_document_model_string(), on_delete=models.CASCADE, related_name="flyer_file"
    )
    fingerprint = models.CharField(
        _("fingerprint of the printed text"), max_length=64, blank=True, editable=False
    )
    built_at = models.DateTimeField(_("built at"), null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("flyer file")
        verbose_name_plural = _("flyer files")
        constraints = [
            models.UniqueConstraint(fields=["site", "language"], name="one_flyer_per_language")
        ]

    def __str__(self):
        return f"{self.site} ({self.language}): {self.document}"
