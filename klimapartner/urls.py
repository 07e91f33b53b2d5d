from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from delivery import urls as delivery_urls
from pages import tree
from search import urls as search_urls
from seo import urls as seo_urls

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    *delivery_urls.urlpatterns,
    # Sitemap and robots.txt: one for every language.
    *seo_urls.urlpatterns,
]
# Search and feeds, before Wagtail's catch-all page URLs.
urlpatterns += i18n_patterns(
    *search_urls.localized_urlpatterns,
    *seo_urls.localized_urlpatterns,
    prefix_default_language=True,
)

# Every public page carries its language: /de/... and /en/...; "/" redirects by Accept-Language.
# Wagtail's own page URLs, with pages found through the cached page tree (pages/tree.py).
page_urlpatterns = [
    *(pattern for pattern in wagtail_urls.urlpatterns if pattern.name != "wagtail_serve"),
    re_path(wagtail_urls.serve_pattern, tree.serve, name="wagtail_serve"),
]
urlpatterns += i18n_patterns(path("", include(page_urlpatterns)), prefix_default_language=True)

# A lost database connection answers with a friendly 503 page (delivery/errors.py).
handler500 = "delivery.errors.handler500"
