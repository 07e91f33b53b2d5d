"""Views beside Wagtail's page tree: search, news feed (per language), sitemap and robots.txt."""

from django.urls import path

from pages import search, sitemap
from pages.feeds import NewsFeed

# Outside the language prefix: one sitemap names both languages' URLs.
urlpatterns = [
    path("sitemap.xml", sitemap.sitemap, name="sitemap"),
    path("robots.txt", sitemap.robots, name="robots"),
]

# Inside /de/ and /en/. The search has one path per language (its name, search_<language>,
# tells them apart); the wrong one redirects to the right one.
localized_urlpatterns = [
    path("suche/", search.search, name="search_de"),
    path("search/", search.search, name="search_en"),
    path("feed/", NewsFeed(), name="news_feed"),
]
