"""/sitemap.xml with every live page in both languages, and /robots.txt that names it.

Wagtail's contrib sitemap lists one URL per page; here each page has a URL per language, and
each entry names its alternates (hreflang de, en and x-default) as search engines expect.
"""

from django.conf import settings
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from django.views.decorators.http import require_GET
from wagtail.models import Page, Site

from core.tree import public

LANGUAGES = [code for code, _name in settings.LANGUAGES]


def live_pages(request):
    site = Site.find_for_request(request)
    if site is None:
        return Page.objects.none()
    return (
        public(Page.objects.live())
        .descendant_of(site.root_page, inclusive=True)
        .order_by("path")
        .only("pk", "path", "depth", "last_published_at", *[f"url_path_{c}" for c in LANGUAGES])
    )


@require_GET
def sitemap(request):
    pages = list(live_pages(request))
    urls = {}
    # One language at a time: Wagtail's site root paths are cached per language.
    for code in LANGUAGES:
        with translation.override(code):
            for page in pages:
                url = page.get_url(request)
                if url:
                    urls.setdefault(page.pk, {})[code] = request.build_absolute_uri(url)
    default = settings.MODELTRANSLATION_DEFAULT_LANGUAGE
    entries = []
    for page in pages:
        alternates = urls.get(page.pk, {})
        links = [(code, alternates[code]) for code in LANGUAGES if code in alternates]
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
    with translation.override(settings.LANGUAGE_CODE):
        admin = reverse("wagtailadmin_home")
    lines = [
        "User-agent: *",
        f"Disallow: {admin}",
        "",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")
