"""Template tags for navigation, the language switch and translation fallbacks."""

from django import template
from django.conf import settings
from django.utils import translation
from django.utils.html import format_html
from wagtail.models import Site

from pages.models import is_empty

register = template.Library()

# Each language's name in that language, so a reader finds their own (WCAG 3.1.2).
LANGUAGE_NAMES = {"de": "Deutsch", "en": "English"}


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


@register.inclusion_tag("components/main_menu.html", takes_context=True)
def main_menu(context):
    request = context["request"]
    current = context.get("page")
    root = site_root(request)
    items = []
    if root is not None:
        for child in root.get_children().live().public().in_menu():
            items.append(
                {
                    "title": child.title,
                    "url": child.get_url(request),
                    "current": current is not None and current.pk == child.pk,
                    "ancestor": current is not None
                    and current.pk != child.pk
                    and current.path.startswith(child.path),
                }
            )
    return {"items": items, "request": request}


@register.inclusion_tag("components/language_switch.html", takes_context=True)
def language_switch(context):
    """Links to the same page in every language, built from the page's own translated slugs.

    Django's translate_url cannot know a page's slug in another language, so the link comes
    from the page itself. Views without a page pass ``alternate_urls``; anything else (a 404)
    links to the other language's home page.
    """
    request = context["request"]
    page = context.get("page")
    alternates = context.get("alternate_urls") or {}
    current_language = translation.get_language()
    links = []
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            if page is not None and getattr(page, "pk", None):
                url = page.get_url(request)
            elif code in alternates:
                url = alternates[code]
            else:
                root = site_root(request)
                url = root.get_url(request) if root else f"/{code}/"
        links.append(
            {
                "code": code,
                "name": LANGUAGE_NAMES.get(code, code),
                "url": url,
                "current": code == current_language,
            }
        )
    return {"links": links}


@register.simple_tag(takes_context=True)
def fallback_lang(context, obj, field_name):
    """``lang="de"`` when ``obj.field_name`` is shown in German in place of the active language.

    Screen readers then read the German text with German pronunciation (WCAG 3.1.2).
    """
    language = (translation.get_language() or "")[:2]
    default = settings.MODELTRANSLATION_DEFAULT_LANGUAGE
    if language == default:
        return ""
    if is_empty(getattr(obj, f"{field_name}_{language}", None)) and not is_empty(
        getattr(obj, f"{field_name}_{default}", None)
    ):
        return format_html(' lang="{}"', default)
    return ""


@register.filter
def language_name(code):
    return LANGUAGE_NAMES.get(code, code)
