"""Template tags for navigation, the language switch and translation fallbacks."""

from urllib.parse import urlencode

from django import template
from django.utils.formats import date_format
from django.utils.html import format_html
from wagtail.models import Site

import language
from core.dates import iso_date as _iso_date
from core.tree import public
from delivery.cache import fragment
from pages.models import ProjectPage

register = template.Library()


def site_root(request):
    """The site's home page, looked up once per request."""
    if not hasattr(request, "_klima_site_root"):
        site = Site.find_for_request(request)
        request._klima_site_root = site.root_page if site else None
    return request._klima_site_root


@register.simple_tag(takes_context=True)
def home_page(context):
    request = context.get("request")
    return site_root(request) if request else None


def _menu_items(request, root):
    return [
        {"pk": child.pk, "path": child.path, "title": child.title, "url": child.get_url(request)}
        for child in public(root.get_children().live()).in_menu()
    ]


@register.simple_tag(takes_context=True)
def menu_links(context):
    """The home page's children shown in menus: title and URL, once per language and generation."""
    request = context.get("request")
    root = site_root(request) if request else None
    if root is None:
        return []
    return fragment(request, "menu", lambda: _menu_items(request, root), root.pk, local=True)


@register.inclusion_tag("components/main_menu.html", takes_context=True)
def main_menu(context):
    """The home page's children shown in menus, built once per language and site generation."""
    request = context["request"]
    current = context.get("page")
    items = []
    for item in menu_links(context):
        items.append(
            {
                **item,
                "current": current is not None and current.pk == item["pk"],
                "ancestor": current is not None
                and current.pk != item["pk"]
                and getattr(current, "path", "").startswith(item["path"]),
            }
        )
    return {"items": items, "request": request}


def _footer(request, site):
    from core.models import SiteSettings

    site_settings = SiteSettings.for_site(site)
    links = []
    for name in ("imprint_page", "privacy_page", "accessibility_page"):
        page = getattr(site_settings, name)
        if page is not None and page.live:
            links.append({"title": page.title, "url": page.get_url(request)})
    default, active = language.default(), language.active()
    return {
        "funding_note": site_settings.funding_note,
        f"funding_note_{default}": getattr(site_settings, f"funding_note_{default}", ""),
        f"funding_note_{active}": getattr(site_settings, f"funding_note_{active}", ""),
        "links": links,
    }


class _Values(dict):
    """A cached dict that templates and ``fallback_lang`` read like an object."""

    __getattr__ = dict.get


@register.simple_tag(takes_context=True)
def site_footer(context):
    """The footer: funding note and legal pages, cached per language and generation."""
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    if site is None:
        return _Values(links=[])
    footer = fragment(request, "footer", lambda: _footer(request, site), site.pk, local=True)
    return _Values(footer)


@register.simple_tag(takes_context=True)
def parent_url(context, page):
    """The address of the page above ``page``: its own address less the last part.

    A page's URL is its parents' slugs and its own, so no query is needed for the parent.
    """
    url = page.get_url(context.get("request"))
    return url.rstrip("/").rsplit("/", 1)[0] + "/" if url else ""


def preview_url(request, page, language):
    """The address of this preview in ``language``, relative to the preview being shown."""
    query = {"mode": page.preview_mode_for(language, getattr(request, "preview_mode", ""))}
    if getattr(request, "in_preview_panel", False):
        query["in_preview_panel"] = "true"
    return "?" + urlencode(query)


@register.inclusion_tag("components/language_switch.html", takes_context=True)
def language_switch(context):
    """Links to the same page in every language, built from the page's own translated slugs.

    Django's translate_url cannot know a page's slug in another language, so the link comes
    from the page itself. Views without a page pass ``alternate_urls``; anything else (a 404)
    links to the other language's home page. In a preview, the links stay in the draft: they
    lead to the preview in the other language.
    """
    request = context["request"]
    page = context.get("page")
    alternates = context.get("alternate_urls") or {}
    current_language = language.active()
    links = []
    for code in language.codes():
        with language.override(code):
            if getattr(request, "is_preview", False) and hasattr(page, "preview_mode_for"):
                url = preview_url(request, page, code)
            elif page is not None and getattr(page, "pk", None):
                url = page.get_url(request)
            elif code in alternates:
                url = alternates[code]
            else:
                root = site_root(request)
                url = root.get_url(request) if root else f"/{code}/"
        links.append(
            {
                "code": code,
                "name": language.name(code),
                "url": url,
                "current": code == current_language,
            }
        )
    return {"links": links}


@register.simple_tag(takes_context=True)
def fallback_lang(context, obj, field_name):
    """``lang="en"`` when ``obj.field_name`` is shown in another language (its fallback, English
    or German) in place of the active one.

    Screen readers then read the text with that language's pronunciation (WCAG 3.1.2).
    """
    active = language.active()
    shown = language.shown_in(obj, field_name, active)
    return format_html(' lang="{}"', shown) if shown != active else ""


@register.filter
def language_name(code):
    return language.name(code)


@register.filter
def language_label(code):
    """A language's name in the active language ("Engels" on a Dutch page)."""
    return language.labels().get(code, code)


@register.simple_tag(takes_context=True)
def project_period(context):
    """The project's runtime to the month ("Juli 2012 – Juni 2014"), or "" when not given.

    Read from the project page once per language and cache generation.
    """
    request = context.get("request")

    def build():
        project = public(ProjectPage.objects.live()).only("runtime_start", "runtime_end").first()
        if project is None or not project.runtime_start or not project.runtime_end:
            return ""
        return " – ".join(
            date_format(value, "YEAR_MONTH_FORMAT")
            for value in (project.runtime_start, project.runtime_end)
        )

    return fragment(request, "project-period", build, local=True)


@register.filter
def iso_date(value, precision):
    """``{{ article.date|iso_date:article.date_precision }}``: "2016", "2013-10" or a day."""
    return _iso_date(value, precision) or ""
