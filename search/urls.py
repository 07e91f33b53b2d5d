"""The search's addresses, inside /de/ and /en/ (included by klimapartner/urls.py).

One path per language (its name, search_<language>, tells them apart); the wrong one
redirects to the right one.
"""

from django.urls import path

from search import views

localized_urlpatterns = [
    path("suche/", views.search, name="search_de"),
    path("search/", views.search, name="search_en"),
]
