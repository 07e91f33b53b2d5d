"""The parts of schema.org data (JSON-LD) that every page type builds its own on.

Each page type says what it is in ``json_ld(request)``: the home, project, news, partner town
and conference pages give their object (Organization, NewsArticle, Place, Event); other pages
give none. The helpers here are the values they share: the partnership as an organisation,
the picture that stands for a page, absolute addresses, and leaving out what is empty.
Rendering the data into the page's head is SEO's job.
"""

from django.templatetags.static import static

from core.tree import home_of

CONTEXT = "https://schema.org"
# The project's full name where the home page gives none in its SEO title (which is the full
# name in each language, falling back as every text does).
PROJECT_NAME = "KlimaPartnerschaft – Städtepartner übernehmen Klimaverantwortung"
# 1.91:1, the size Open Graph and Twitter cards show best.
SHARE_IMAGE = "fill-1200x630|format-jpeg|jpegquality-80"


def without_empty(data):
    """``data`` without the keys whose value is empty (schema.org wants them left out)."""
    return {key: value for key, value in data.items() if value not in (None, "", [], {})}


def absolute_url(page, request):
    url = page.get_url(request)
    return request.build_absolute_uri(url) if url else None


def home_url(page, request):
    home = home_of(page, request)
    return request.build_absolute_uri(home.get_url(request) if home else "/")


def share_image(page, request=None):
    """The picture that stands for ``page``: its own, else the home page's hero image."""
    image = getattr(page, "image", None) or getattr(page, "hero_image", None)
    if image is None:
        home = home_of(page, request)
        image = home.hero_image if home is not None else None
    return image


def share_image_url(page, request):
    """The address of the picture that stands for ``page`` (see ``share_image``), or None."""
    image = share_image(page, request)
    if image is None:
        return None
    return request.build_absolute_uri(image.get_rendition(SHARE_IMAGE).url)


def project_name(page, request):
    """The project's full name in the active language: the home page's SEO title."""
    home = home_of(page, request)
    return (getattr(home, "seo_title", "") or "").strip() or PROJECT_NAME


def organization(page, request, coordinator=None):
    """The partnership itself; ``coordinator`` (the project page) adds who coordinates it."""
    data = {
        "@type": "Organization",
        "name": project_name(page, request),
        "alternateName": "KlimaPartnerschaft",
        "url": home_url(page, request),
        "logo": request.build_absolute_uri(static("img/logo.svg")),
    }
    if coordinator is not None and coordinator.coordinator_name:
        address = {
            "@type": "PostalAddress",
            "streetAddress": coordinator.coordinator_street,
            "postalCode": coordinator.coordinator_postcode,
            "addressLocality": coordinator.coordinator_city,
            "addressCountry": coordinator.coordinator_country,
        }
        data["parentOrganization"] = without_empty(
            {
                "@type": "Organization",
                "name": coordinator.coordinator_name,
                "telephone": coordinator.coordinator_phone,
                "address": without_empty(address),
            }
        )
    return without_empty(data)


def with_context(data):
    return {"@context": CONTEXT, **without_empty(data)}
