"""/sitemap.xml with every live page in every language, and /robots.txt that names it.

Wagtail's contrib sitemap lists one URL per page; here each page has a URL per language, and
each entry names its alternates (an hreflang per language, and x-default for the default
language) as search engines expect.
"""

from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.views.decorators.http import require_GET
from wagtail.models import Page, Site

import language
from core.tree import public


def live_pages(request):
    site = Site.find_for_request(request)
    if site is None:
        return Page.objects.none()
    return (
        public(Page.objects.live())
        .descendant_of(site.root_page, inclusive=True)
        .order_by("path")
        .only("pk", "path", "depth", "last_published_at", *language.localized("url_path"))
    )


@require_GET
def sitemap(request):
    pages = list(live_pages(request))
    urls = {}
    # One language at a time: Wagtail's site root paths are cached per language.
    codes = language.codes()
    for code in codes:
        with language.override(code):
            for page in pages:
                url = page.get_url(request)
                if url:
                    urls.setdefault(page.pk, {})[code] = request.build_absolute_uri(url)
    default = language.default()
    entries = []
    for page in pages:
        alternates = urls.get(page.pk, {})
        links = [(code, alternates[code]) for code in codes if code in alternates]
        if default in alternates:
            links.append(("x-default", alternates[default]))
        for _code, url in [link for link in links if link[0] != "x-default"]:
            entries.append({"loc": url, "lastmod": page.last_published_at, "alternates": links})
    return TemplateResponse(
        request,
        "seo/sitemap.xml",
        {"entries": entries},
        content_type="application/xml; charset=utf-8",
    )


@require_GET
def robots(request):
    with language.override(language.default()):
        admin = reverse("wagtailadmin_home")
    lines = [
        "User-agent: *",
        f"Disallow: {admin}",
        "",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")
