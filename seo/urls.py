"""The sitemap, robots.txt and the news feeds (included by klimapartner/urls.py)."""

from django.urls import path

from seo import sitemap
from seo.feeds import NewsFeed

# Outside the language prefix: one sitemap names every language's URLs.
urlpatterns = [
    path("sitemap.xml", sitemap.sitemap, name="sitemap"),
    path("robots.txt", sitemap.robots, name="robots"),
]

# Inside /de/ and /en/: one feed per language.
localized_urlpatterns = [
    path("feed/", NewsFeed(), name="news_feed"),
]
