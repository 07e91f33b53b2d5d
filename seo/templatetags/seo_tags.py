"""The head of every page: canonical and hreflang links, Open Graph, JSON-LD, feeds."""

from django import template
from django.urls import reverse
from django.utils.text import Truncator

import language
from core.structured_data import SHARE_IMAGE, share_image
from pages.models import NewsPage
from seo import structured_data

register = template.Library()

# Open Graph names a locale with its country: the partner towns' own ("en_GB" for the European
# English the site writes). Another language is named by its code alone ("fr").
OG_LOCALES = {"de": "de_DE", "en": "en_GB", "nl": "nl_NL", "pt": "pt_PT", "lt": "lt_LT"}


def og_locale(code):
    return OG_LOCALES.get(code, code)


def description_of(page):
    if page.search_description:
        return page.search_description
    if getattr(page, "intro", ""):
        return Truncator(page.intro).chars(155)
    return ""


def feed_url(code):
    with language.override(code):
        return reverse("news_feed")


@register.inclusion_tag("seo/seo_head.html", takes_context=True)
def seo_head(context):
    request = context.get("request")
    if request is None:
        return {}
    active = language.active()
    page = context.get("page")
    result = {
        "language": active,
        "og_locale": og_locale(active),
        "og_locale_alternates": [og_locale(code) for code in language.codes() if code != active],
        "feed_url": request.build_absolute_uri(feed_url(active)),
        "noindex": context.get("noindex", False),
    }
    if page is not None and getattr(page, "pk", None):
        alternates = {}
        for code in language.codes():
            with language.override(code):
                url = page.get_url(request)
            if url:
                alternates[code] = request.build_absolute_uri(url)
        image = share_image(page, request)
        image_url = image_alt = None
        if image is not None:
            rendition = image.get_rendition(SHARE_IMAGE)
            image_url = request.build_absolute_uri(rendition.url)
            image_alt = image.description
            result.update(image_width=rendition.width, image_height=rendition.height)
        result.update(
            canonical=alternates.get(active),
            title=page.seo_title or page.title,
            description=description_of(page),
            og_type="article" if isinstance(page, NewsPage) else "website",
            image_url=image_url,
            image_alt=image_alt,
            json_ld=structured_data.rendered(page.json_ld(request)),
        )
    else:
        alternates = {
            code: request.build_absolute_uri(url)
            for code, url in (context.get("alternate_urls") or {}).items()
        }
        result["canonical"] = context.get("canonical_url") or (
            alternates.get(active) if alternates else None
        )
    if alternates:
        result["alternates"] = [
            (code, alternates[code]) for code in language.codes() if code in alternates
        ]
        default = language.default()
        if default in alternates:
            result["alternates"].append(("x-default", alternates[default]))
    return result
