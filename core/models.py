"""What every content app builds on: the abstract base page, document links and gallery images."""

from urllib.parse import urlsplit

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable, Page
from wagtail.search import index

from core.editing import PageForm
from core.tree import view_restrictions
from language import active, codes, default, fallbacks, is_empty, override, translated_fields
from language import name as language_name


def preview_mode_name(language, own_mode, first):
    """A preview mode: the language, plus the page type's own mode unless it is its first."""
    return language if first else f"{language}:{own_mode}"


class BasePage(Page):
    """What every page of the site shares: a short introduction and translation awareness."""

    # Related rows loaded with the page when it is served (pages.tree, core.tree.home_of).
    route_select_related = ()

    intro = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("One or two sentences shown at the top of the page and in lists."),
    )

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    base_form_class = PageForm

    class Meta:
        abstract = True

    def untranslated_fields(self, language=None):
        """Names of fields empty in ``language`` (the active one by default) but not in another.

        In English such fields fall back to German; in German they show nothing.
        """
        language = language or active()
        others = [code for code in codes() if code != language]
        return [
            name
            for name in translated_fields(type(self))
            if is_empty(getattr(self, f"{name}_{language}", None))
            and any(not is_empty(getattr(self, f"{name}_{other}", None)) for other in others)
        ]

    # Preview: one mode per language, so an editor sees the English draft without switching
    # the admin to English. A page type with modes of its own (the participation form's form
    # and thank-you page) gets each of them per language: "en", "en:landing", ...

    @property
    def preview_modes(self):
        own = super().preview_modes
        return [
            (
                preview_mode_name(code, own_mode, first=index == 0),
                language_name(code) if index == 0 else f"{label} ({language_name(code)})",
            )
            for index, (own_mode, label) in enumerate(own)
            for code in codes()
        ]

    @property
    def default_preview_mode(self):
        # The admin's language: a German editor first sees the German preview.
        return active()

    def make_preview_request(
        self, original_request=None, preview_mode=None, extra_request_attrs=None
    ):
        # The preview is a request to the page's address in that language (/en/…), so the
        # language is active exactly as for a visitor, through every middleware and template.
        language, own_mode = self.split_preview_mode(preview_mode)
        with override(language):
            return super().make_preview_request(original_request, own_mode, extra_request_attrs)

    def _get_dummy_header_url(self, original_request=None):
        # Wagtail renders a preview as a request to the page's full URL, whose scheme it takes
        # from the site's port: https only on port 443. The editor's own request says better
        # how this site is reached (scheme, host and port), so the preview uses it with the
        # page's path; the production settings would otherwise redirect it to https.
        url = super()._get_dummy_header_url(original_request)
        if original_request is None or not url:
            return url
        return original_request.build_absolute_uri(urlsplit(url).path)

    def split_preview_mode(self, preview_mode):
        """(language, the page type's own mode) of a preview mode; unknown parts fall back."""
        own_modes = [mode for mode, _label in super().preview_modes]
        language, _colon, own_mode = (preview_mode or "").partition(":")
        if language not in codes():
            language = default()
        if own_mode not in own_modes:
            own_mode = own_modes[0] if own_modes else ""
        return language, own_mode

    def preview_mode_for(self, language, own_mode):
        """The preview mode that shows ``own_mode`` (e.g. the thank-you page) in ``language``."""
        own_modes = [mode for mode, _label in super().preview_modes]
        first = not own_modes or own_mode == own_modes[0] or own_mode not in own_modes
        return preview_mode_name(language, own_mode, first=first)

    def get_view_restrictions(self):
        # Private sections are rare: the cached page tree knows whether any applies here.
        restrictions = view_restrictions(self)
        return super().get_view_restrictions() if restrictions is None else restrictions

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # The notice on the page tells readers of a translation that they read German text.
        language = active()
        fallback = language != default()
        context["untranslated_fields"] = self.untranslated_fields(language) if fallback else []
        return context


class DocumentLink(Orderable):
    """A document offered for download: one file per language, German standing in for English."""

    title = models.CharField(_("title"), max_length=255)
    description = models.TextField(_("description"), blank=True)
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("document"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [FieldPanel("title"), FieldPanel("description"), FieldPanel("document")]

    class Meta(Orderable.Meta):
        abstract = True

    def __str__(self):
        return self.title

    @property
    def document_language(self):
        """The language of the file that is offered in the active language."""
        language = active()
        for code in (language, *fallbacks(language)):
            if getattr(self, f"document_{code}_id", None):
                return code
        return default()

    @property
    def is_fallback(self):
        return self.document_language != active()

    @property
    def file_type(self):
        return self.document.file_extension.upper()


class GalleryImage(Orderable):
    """An image in a page's gallery, with a caption in each language."""

    image = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        verbose_name=_("image"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    caption = models.CharField(_("caption"), max_length=255, blank=True)

    panels = [FieldPanel("image"), FieldPanel("caption")]

    class Meta(Orderable.Meta):
        abstract = True
        verbose_name = _("image")
        verbose_name_plural = _("images")
