"""The per-language search index: one entry per live page and language.

Wagtail's search does not know languages (wagtail#1177): German and English text would share
one index, stemmed as English. Each entry here holds only one language's own text (no German
fallback in the English entry), so a page is found in English only for its English words, and
on PostgreSQL its search vector is built with that language's text-search configuration.
"""

import re
from html import unescape

from django.conf import settings
from django.contrib.postgres.search import SearchVector
from django.db import connection, transaction
from django.utils.html import strip_tags
from modeltranslation.translator import NotRegistered, translator
from wagtail.fields import RichTextField
from wagtail.models import Page

from search.models import SearchEntry

LANGUAGES = [code for code, _name in settings.LANGUAGES]
# PostgreSQL's text-search configuration for each language: stemming and stop words.
TEXT_SEARCH_CONFIGS = {"de": "german", "en": "english"}
# Translated fields that are not text a reader searches.
BLOCK_END = re.compile(r"</(?:p|h[1-6]|li|blockquote|div)>|<br\s*/?>", re.IGNORECASE)
NOT_TEXT = {"title", "slug", "url_path", "seo_title", "search_description", "document"}


def search_kind(page):
    """The page's kind for the search's filter, which the page type names (``page.search_kind``).

    MERGE (issue 12): this table of class names is the old ``kind_of``, kept only until the
    page types' own ``search_kind`` lands from the core reshape; then this function goes and
    ``index_page`` reads ``page.search_kind``.
    """
    return {
        "PartnerTownPage": SearchEntry.Kind.TOWN,
        "ConferencePage": SearchEntry.Kind.CONFERENCE,
        "NewsPage": SearchEntry.Kind.NEWS,
    }.get(type(page).__name__, SearchEntry.Kind.PAGE)


# Between two blocks of text (paragraphs, headings, list items, fields) the stored text has a
# line break, so a heading and the sentence after it stay apart in search excerpts.
BLOCK_BREAK = "\n"


def plain_text(value, html=False):
    """Readable text from a field value: plain text, rich text (``html``) or a StreamField."""
    if value is None:
        return ""
    if hasattr(value, "raw_data"):
        return BLOCK_BREAK.join(filter(None, (_stream_text(block) for block in value.raw_data)))
    if html:
        return html_text(str(value))
    return _lines(str(value))


def _lines(text):
    """Whitespace collapsed within each line; empty lines dropped."""
    lines = (" ".join(line.split()) for line in text.splitlines())
    return BLOCK_BREAK.join(line for line in lines if line)


def html_text(html):
    """Text from HTML, with a line break where a paragraph, heading or list item ends."""
    # Line breaks in the HTML source are only spaces; the ends of blocks are the breaks.
    html = BLOCK_END.sub(BLOCK_BREAK, re.sub(r"[\r\n]+", " ", html))
    return _lines(unescape(strip_tags(html)))


def _stream_text(data):
    """The strings in a block's raw data, wherever they are nested; ids and choices left out."""
    if isinstance(data, dict):
        if "type" in data and "value" in data:
            return _stream_text(data["value"])
        return BLOCK_BREAK.join(
            filter(None, (_stream_text(v) for k, v in data.items() if k not in {"language"}))
        )
    if isinstance(data, list | tuple):
        return BLOCK_BREAK.join(filter(None, (_stream_text(item) for item in data)))
    if isinstance(data, str):
        return html_text(data)
    return ""


def _translated_fields(model):
    try:
        return [
            name
            for name in translator.get_options_for_model(model).all_fields
            if name not in NOT_TEXT
        ]
    except NotRegistered:
        return []


def _field_text(obj, name, language):
    field = type(obj)._meta.get_field(f"{name}_{language}")
    return plain_text(getattr(obj, field.attname, None), html=isinstance(field, RichTextField))


def page_text(page, language):
    """All of a page's own text in ``language``: no fallback to German."""
    parts = [_field_text(page, name, language) for name in _translated_fields(type(page))]
    # A conference's excursions are part of what its page says.
    for item in page.excursions.all() if hasattr(page, "excursions") else []:
        parts += [_field_text(item, name, language) for name in _translated_fields(type(item))]
    return "\n".join(part for part in parts if part)


def update_vectors(queryset):
    """Fill the search vectors of ``queryset``'s entries, each with its language's stemming."""
    if connection.vendor != "postgresql":
        return
    for language, config in TEXT_SEARCH_CONFIGS.items():
        queryset.filter(language=language).update(
            search_vector=SearchVector("title", weight="A", config=config)
            + SearchVector("text", weight="B", config=config)
        )


@transaction.atomic
def index_page(page):
    """Bring a page's entries up to date: one per language while it is live, none otherwise."""
    page = page.specific
    if not page.live:
        SearchEntry.objects.filter(page_id=page.pk).delete()
        return
    for language in LANGUAGES:
        title = getattr(page, f"title_{language}", "") or ""
        text = page_text(page, language)
        if not title and not text:
            SearchEntry.objects.filter(page_id=page.pk, language=language).delete()
            continue
        SearchEntry.objects.update_or_create(
            page_id=page.pk,
            language=language,
            defaults={"kind": search_kind(page), "title": title[:255], "text": text},
        )
    update_vectors(SearchEntry.objects.filter(page_id=page.pk))


@transaction.atomic
def rebuild():
    """Index every live page afresh; returns the number of entries."""
    SearchEntry.objects.all().delete()
    for page in Page.objects.live().specific().iterator():
        if page.depth > 1:
            index_page(page)
    return SearchEntry.objects.count()


def on_published(sender, instance, **kwargs):
    index_page(instance)


def on_unpublished(sender, instance, **kwargs):
    # Deleting a page deletes its entries through the foreign key's CASCADE.
    SearchEntry.objects.filter(page_id=instance.pk).delete()
