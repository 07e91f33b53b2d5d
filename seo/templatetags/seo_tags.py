"""The head of every page: canonical and hreflang links, Open Graph, JSON-LD, feeds."""

from django import template
from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django.utils.text import Truncator

from core.tree import home_of
from pages.models import NewsPage
from seo import structured_data

register = template.Library()

LANGUAGES = [code for code, _name in settings.LANGUAGES]
OG_LOCALES = {"de": "de_DE", "en": "en_GB"}
# 1.91:1, the size Open Graph and Twitter cards show best.
SHARE_IMAGE = "fill-1200x630|format-jpeg|jpegquality-80"


def page_image(page, request=None):
    """The picture that stands for a page: its own, else the home page's hero image."""
    image = getattr(page, "image", None) or getattr(page, "hero_image", None)
    if image is None:
        home = home_of(page, request)
        image = home.hero_image if home else None
    return image


def description_of(page):
    if page.search_description:
        return page.search_description
    if getattr(page, "intro", ""):
        return Truncator(page.intro).chars(155)
    return ""


def feed_url(language):
    with translation.override(language):
        return reverse("news_feed")


@register.inclusion_tag("seo/seo_head.html", takes_context=True)
def seo_head(context):
    request = context.get("request")
    if request is None:
        return {}
    language = (translation.get_language() or settings.LANGUAGE_CODE)[:2]
    page = context.get("page")
    result = {
        "language": language,
        "og_locale": OG_LOCALES.get(language, language),
        "og_locale_alternates": [OG_LOCALES[code] for code in LANGUAGES if code != language],
        "feed_url": request.build_absolute_uri(feed_url(language)),
        "noindex": context.get("noindex", False),
    }
    if page is not None and getattr(page, "pk", None):
        alternates = {}
        for code in LANGUAGES:
            with translation.override(code):
                url = page.get_url(request)
            if url:
                alternates[code] = request.build_absolute_uri(url)
        image = page_image(page, request)
        image_url = image_alt = None
        if image is not None:
            rendition = image.get_rendition(SHARE_IMAGE)
            image_url = request.build_absolute_uri(rendition.url)
            image_alt = image.description
            result.update(image_width=rendition.width, image_height=rendition.height)
        json_ld = structured_data.page_json_ld(page, request, image_url)
        result.update(
            canonical=alternates.get(language),
            title=page.seo_title or page.title,
            description=description_of(page),
            og_type="article" if isinstance(page, NewsPage) else "website",
            image_url=image_url,
            image_alt=image_alt,
            json_ld=structured_data.rendered(json_ld),
        )
    else:
        alternates = {
            code: request.build_absolute_uri(url)
            for code, url in (context.get("alternate_urls") or {}).items()
        }
        result["canonical"] = context.get("canonical_url") or (
            alternates.get(language) if alternates else None
        )
    if alternates:
        result["alternates"] = [
            (code, alternates[code]) for code in LANGUAGES if code in alternates
        ]
        default = settings.MODELTRANSLATION_DEFAULT_LANGUAGE
        if default in alternates:
            result["alternates"].append(("x-default", alternates[default]))
    return result
