"""The per-language search index: one entry per live page and language.

Wagtail's search does not know languages (wagtail#1177): German and English text would share
one index, stemmed as English. Each entry here holds only one language's own text (no German
fallback in the English entry), so a page is found in English only for its English words, and
on PostgreSQL its search vector is built with that language's text-search configuration.
"""

from django.contrib.postgres.search import SearchVector
from django.db import connection, transaction
from wagtail.fields import RichTextField
from wagtail.models import Page

import language
from search.models import SearchEntry

# PostgreSQL's text-search configuration for each language: stemming and stop words. A
# language without one here (Lithuanian) is indexed and searched with "simple_unaccent"
# (search/migrations/0003): no stemming and no stop words, diacritics folded ("paieška" =
# "paieska"); the search's prefix matching ("konferencij" finds "konferencijos") stands in for
# the stemming.
TEXT_SEARCH_CONFIGS = {
    "de": "german",
    "en": "english",
    "nl": "dutch",
    "pt": "portuguese",
}
FALLBACK_CONFIG = "simple_unaccent"
# Translated content fields the entry's text leaves out: the title is an entry's own column,
# and a document link's value is the document's id.
NOT_TEXT = frozenset({"title", "document"})


def text_search_config(code):
    """PostgreSQL's text-search configuration for the language ``code``."""
    return TEXT_SEARCH_CONFIGS.get(code, FALLBACK_CONFIG)


def _text_fields(model):
    return [name for name in language.translated_fields(model) if name not in NOT_TEXT]


def _field_text(obj, name, code):
    field = type(obj)._meta.get_field(f"{name}_{code}")
    value = getattr(obj, field.attname, None)
    return language.field_text(value, html=isinstance(field, RichTextField))


def page_text(page, code):
    """All of a page's own text in the language ``code``: no fallback to German."""
    parts = [_field_text(page, name, code) for name in _text_fields(type(page))]
    # A conference's excursions are part of what its page says.
    for item in page.excursions.all() if hasattr(page, "excursions") else []:
        parts += [_field_text(item, name, code) for name in _text_fields(type(item))]
    return "\n".join(part for part in parts if part)


def update_vectors(queryset):
    """Fill the search vectors of ``queryset``'s entries, each with its language's stemming."""
    if connection.vendor != "postgresql":
        return
    for code in language.codes():
        config = text_search_config(code)
        queryset.filter(language=code).update(
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
    for code in language.codes():
        title = getattr(page, f"title_{code}", "") or ""
        text = page_text(page, code)
        if not title and not text:
            SearchEntry.objects.filter(page_id=page.pk, language=code).delete()
            continue
        SearchEntry.objects.update_or_create(
            page_id=page.pk,
            language=code,
            defaults={"kind": page.search_kind, "title": title[:255], "text": text},
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
