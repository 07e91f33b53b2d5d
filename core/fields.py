"""Model fields the content apps declare alike.

A page's picture, a host town, the legal pages of the site settings: links that the editors
may leave empty, and that empty themselves when what they point to is deleted, so deleting an
image or a page never takes another page with it.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


def optional_link(to, verbose_name, related_name="+"):
    """A link to a row of ``to`` that may be empty, and is emptied when that row is deleted."""
    return models.ForeignKey(
        to,
        verbose_name=verbose_name,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name=related_name,
    )


def optional_image(verbose_name=None):
    """A picture that the editors may leave out, called "image" unless it has a name of its own."""
    return optional_link(settings.WAGTAILIMAGES_IMAGE_MODEL, verbose_name or _("image"))
