"""What every content app builds on: the abstract base page and index page, document links,
gallery images, the image and rendition models and the site settings.

The image, rendition and settings models were the ``pages`` app's until the code was
reshaped; they keep their tables (``pages_customimage`` ...), so their rows, tags and
permissions stayed where they were (``core/migrations/0001_initial.py``).
"""

import functools
from urllib.parse import urlsplit

from django.conf import settings
from django.core.paginator import Paginator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.images.models import AbstractImage, AbstractRendition, Filter
from wagtail.models import Orderable, Page
from wagtail.query import PageQuerySet
from wagtail.search import index

from core.editing import PageForm
from core.fields import optional_link
from core.tree import public, view_restrictions
from delivery.cache import local_get_many, local_set_many, vary_on_query
from language import (
    active,
    chain,
    codes,
    default,
    is_empty,
    labels,
    localized,
    override,
    shown_in,
    translated_fields,
)
from language import name as language_name


def preview_mode_name(language, own_mode, first):
    """A preview mode: the language, plus the page type's own mode unless it is its first."""
    return language if first else f"{language}:{own_mode}"


class PictureQuerySet(PageQuerySet):
    """Pages listed with their picture: the image and its renditions come in the same reads."""

    def with_picture(self):
        return self.select_related("image").prefetch_related("image__renditions")


class BasePage(Page):
    """What every page of the site shares: a short introduction and translation awareness."""

    # What the site's search calls this kind of page (its filter and headings group by it).
    search_kind = "page"

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

    def json_ld(self, request):
        """schema.org data for this page: a list of objects, empty for a page that stands for
        nothing more than itself.

        Page types that stand for something (an organisation, an event, a place, an article)
        return their object; the page head (``seo``) renders what the page gives.
        """
        return []

    def get_view_restrictions(self):
        # Private sections are rare: the cached page tree knows whether any applies here.
        restrictions = view_restrictions(self)
        return super().get_view_restrictions() if restrictions is None else restrictions

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # The notice on the page tells readers of a translation that they read text of another
        # language, and which ("shown in English", "the German original").
        language = active()
        fallback = language != default()
        shown_by_field = {
            name: shown_in(self, name, language)
            for name in (self.untranslated_fields(language) if fallback else [])
        }
        # Only what a fallback fills: a text in a language outside the chain is not shown.
        untranslated = [name for name, code in shown_by_field.items() if code != language]
        context["untranslated_fields"] = untranslated
        shown = []
        for name in sorted(untranslated, key=lambda name: name != "title"):
            if shown_by_field[name] not in shown:
                shown.append(shown_by_field[name])
        context["fallback_languages"] = shown
        context["fallback_language_names"] = ", ".join(str(labels()[code]) for code in shown)
        context["fallback_is_original"] = shown == [default()]
        return context


class IndexPage(BasePage):
    """A section's list page (news, partner towns, conferences): one per site, listing its
    children of the one page type it allows in ``subpage_types``.

    The template finds the list under ``list_name``; ``listing()`` says how it is ordered
    and what comes with each page.
    """

    max_count = 1
    list_name = "children"
    # Lists that grow with the record come in pages of this many (``paginate``).
    per_page = 10

    class Meta:
        abstract = True

    def children(self, request=None):
        """The live pages below this one, of the type it lists, that the visitor may see."""
        (model,) = self.allowed_subpage_models()
        return public(model.objects.live(), request).child_of(self)

    def listing(self, request):
        return self.children()

    def paginate(self, items, request):
        """The page of ``items`` that the ``page`` parameter asks for, of ``per_page`` items.

        A page number that is not a number gives the first page, one too large the last: a
        visitor who edits the address, or follows an old link to a list that has shrunk, still
        gets a list.
        """
        return Paginator(items, self.per_page).get_page(request.GET.get("page"))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context[self.list_name] = self.listing(request)
        return context


# A paginated list's page number is in its address; each page of it is cached on its own.
vary_on_query("page")


class DocumentLink(Orderable):
    """A document offered for download: one file per language; where a language has none, the
    file of its fallback (English, then German) stands in."""

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
        for code in chain():
            if getattr(self, f"document_{code}_id", None):
                return code
        return default()

    @property
    def is_fallback(self):
        return self.document_language != active()

    @property
    def fallback_is_original(self):
        """Whether the file offered in place of the active language's is the German original."""
        return self.is_fallback and self.document_language == default()

    @classmethod
    def documents(cls):
        """The document of each language, to ``select_related`` with the links."""
        return localized("document")

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


class CustomImage(AbstractImage):
    """Wagtail's image, with the alternative text (``description``) and the credit in both
    languages."""

    credit = models.CharField(
        _("credit"),
        max_length=255,
        blank=True,
        help_text=_(
            "Shown under the picture: who made it, and whether it is a photograph or an "
            "illustration, e.g. “Illustration made for this website”."
        ),
    )

    admin_form_fields = (
        "title",
        "file",
        *localized("description"),
        *localized("credit"),
        "collection",
        "tags",
        "focal_point_x",
        "focal_point_y",
        "focal_point_width",
        "focal_point_height",
    )

    class Meta(AbstractImage.Meta):
        db_table = "pages_customimage"  # the table from before the image moved to core
        verbose_name = _("image")
        verbose_name_plural = _("images")

    # Wagtail parses a filter spec anew for every image tag, and writes every rendition it
    # found in the cache back to the cache. Both cost more than the rest of an image tag, on
    # every page view; here a spec is parsed once per process and the cache is only read.

    def get_renditions(self, *filters):
        return super().get_renditions(*map(parsed_filter, filters))

    def get_rendition(self, filter):
        return next(iter(self.get_renditions(filter).values()))

    def find_existing_renditions(self, *filters):
        # In order: this process (for the current generation), the shared cache, the database.
        if self._get_prefetched_renditions() is not None:
            return super().find_existing_renditions(*filters)
        rendition_model = self.get_rendition_model()
        keys = {
            rendition_model.construct_cache_key(self, spec.get_cache_key(self), spec.spec): spec
            for spec in filters
        }
        known = local_get_many(keys)
        missing_keys = [key for key in keys if key not in known]
        if missing_keys:
            cached = rendition_model.cache_backend.get_many(missing_keys)
            local_set_many(cached)
            known.update(cached)
        found = {}
        for key, rendition in known.items():
            rendition.image = self
            rendition._from_cache = True  # not to be written back
            found[keys[key]] = rendition
        missing = [spec for spec in filters if spec not in found]
        if missing:
            found.update(super().find_existing_renditions(*missing))
        return found


@functools.lru_cache(maxsize=256)
def _filter_for(spec):
    return Filter(spec=spec)


def parsed_filter(spec):
    """One parsed ``Filter`` per spec for the whole process (a filter is only its spec).

    Wagtail's image tags make new ``Filter`` objects on every render; they are swapped too.
    """
    if isinstance(spec, str):
        return _filter_for(spec)
    if type(spec) is Filter and "operations" not in spec.__dict__:
        return _filter_for(spec.spec)
    return spec


class CustomRendition(AbstractRendition):
    image = models.ForeignKey(CustomImage, related_name="renditions", on_delete=models.CASCADE)

    class Meta:
        db_table = "pages_customrendition"
        unique_together = (("image", "filter_spec", "focal_point_key"),)


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    """What every page's footer shows: the funding note and the legal pages."""

    funding_note = models.TextField(_("funding note"), blank=True)
    imprint_page = optional_link("wagtailcore.Page", _("legal notice"))
    privacy_page = optional_link("wagtailcore.Page", _("privacy statement"))
    accessibility_page = optional_link("wagtailcore.Page", _("accessibility statement"))

    panels = [
        FieldPanel("funding_note"),
        FieldPanel("imprint_page"),
        FieldPanel("privacy_page"),
        FieldPanel("accessibility_page"),
    ]

    class Meta:
        db_table = "pages_sitesettings"
        verbose_name = _("site settings")
