"""The search form's address, for the header of every page and the search page itself."""

from django import template

from language import active
from search.views import search_url

register = template.Library()


@register.simple_tag
def search_action():
    """The search's address in the active language: /de/suche/ or /en/search/."""
    return search_url(active())
