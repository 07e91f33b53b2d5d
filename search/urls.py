"""The search's addresses, one inside each language's prefix (included by klimapartner/urls.py).

One path per language, named search_<language>, with the search's name in that language
("suche/", "search/", "zoeken/", ...) from the interface translation (``msgctxt "URL"``); the
wrong one redirects to the right one. A language added to ``LANGUAGES`` gets its path here.
"""

from django.urls import path
from django.utils.translation import pgettext

import language
from search import views


def slug(code):
    """The search's path segment in the language ``code``: "suche/" in German."""
    with language.override(code):
        return pgettext("URL", "search") + "/"


localized_urlpatterns = [
    path(slug(code), views.search, name=f"search_{code}") for code in language.codes()
]
