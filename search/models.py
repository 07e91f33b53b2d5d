"""The per-language search index's table: one entry per live page and language.

Moved here from ``pages``; the table keeps its name (``pages_searchentry``), so an existing
database keeps its entries (search/migrations/0001_initial.py).
"""

from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from language import choices as language_choices


class SearchEntry(models.Model):
    """A live page's text in one language, as the search in that language sees it."""

    class Kind(models.TextChoices):
        TOWN = "town", _("Partner towns")
        CONFERENCE = "conference", _("Conferences")
        NEWS = "news", _("News")
        PAGE = "page", _("Pages")

    page = models.ForeignKey(Page, on_delete=models.CASCADE, related_name="search_entries")
    language = models.CharField(max_length=2, choices=language_choices)
    kind = models.CharField(max_length=12, choices=Kind.choices)
    title = models.CharField(max_length=255)
    text = models.TextField(blank=True)
    # Filled on PostgreSQL only (see search.index.index_page); SQLite matches with icontains.
    search_vector = SearchVectorField(null=True, editable=False)

    class Meta:
        db_table = "pages_searchentry"
        verbose_name = _("search entry")
        verbose_name_plural = _("search entries")
        constraints = [
            models.UniqueConstraint(fields=["page", "language"], name="unique_search_entry")
        ]
        indexes = [GinIndex(fields=["search_vector"], name="search_entry_vector")]

    def __str__(self):
        return f"{self.title} ({self.language})"
