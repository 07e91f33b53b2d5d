"""How the edit form presents the two languages and the inline lists.

- ``PageForm``: the English title is optional (English readers see the German one until it is
  written), so it must not look required: Wagtail's title placeholder ends in "*" for every
  title field, whatever the field says. And a clashing slug is explained in the editor's
  language: wagtail-modeltranslation words it in the slug's language (English for slug_en).
- ``ItemsPanel``: an inline list headed in the plural ("Exkursionen") whose items are named in
  the singular ("Exkursion 1"); Wagtail names both with the list's heading.
"""

from django.core.exceptions import ValidationError
from django.utils.functional import cached_property
from django.utils.text import capfirst
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import InlinePanel, MultiFieldPanel

import language

SLUG_IN_USE = "This slug is already in use"


class PageForm(WagtailAdminPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for code in language.codes():
            field = self.fields.get(f"title_{code}")
            if field is not None and not field.required:
                field.widget.attrs.setdefault("placeholder", _("Page title (optional)"))

    def add_error(self, field, error):
        if (
            field
            and field.startswith("slug_")
            and set(getattr(error, "messages", [])) & (slug_in_use_in_every_language())
        ):
            # Lazy: the package adds the error with the slug's language active.
            error = ValidationError(_(SLUG_IN_USE), code="slug_in_use")
        super().add_error(field, error)


def slug_in_use_in_every_language():
    """wagtail-modeltranslation's message about a clashing slug, in each language."""
    messages = set()
    for code in language.codes():
        with language.override(code):
            messages.add(gettext(SLUG_IN_USE))
    return messages


class ItemsPanel(InlinePanel):
    """An ``InlinePanel`` whose items are headed with the item's name (its ``label``)."""

    @cached_property
    def child_edit_handler(self):
        heading = capfirst(self.label) if self.label else self.heading
        panel = MultiFieldPanel(self.panel_definitions, heading=heading)
        return panel.bind_to_model(self.db_field.related_model)
