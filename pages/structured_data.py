"""schema.org data (JSON-LD) for the page types: Organization, Event, Place, NewsArticle.

Built as Python dicts; the page head renders them (seo.structured_data.to_json).
"""

from django.templatetags.static import static
from django.utils import translation

from core.dates import iso_date
from core.tree import home_of
from delivery.cache import cached_rows

PROJECT_NAME = {
    "de": "KlimaPartnerschaft – Städtepartner übernehmen Klimaverantwortung",
    "en": "Climate Partnership – twin towns take on climate responsibility",
}


def _language():
    return (translation.get_language() or "de")[:2]


def organization(home_url, logo_url=None, project=None):
    """The partnership itself, coordinated by TAT in Rheine."""
    data = {
        "@type": "Organization",
        "name": PROJECT_NAME.get(_language(), PROJECT_NAME["de"]),
        "alternateName": "KlimaPartnerschaft",
        "url": home_url,
    }
    if logo_url:
        data["logo"] = logo_url
    if project is not None and project.coordinator_name:
        address = {
            "@type": "PostalAddress",
            "streetAddress": project.coordinator_street,
            "postalCode": project.coordinator_postcode,
            "addressLocality": project.coordinator_city,
            "addressCountry": project.coordinator_country,
        }
        data["parentOrganization"] = _without_empty(
            {
                "@type": "Organization",
                "name": project.coordinator_name,
                "telephone": project.coordinator_phone,
                "address": _without_empty(address),
            }
        )
    return _without_empty(data)


def place(town, url=None, image_url=None):
    data = {
        "@type": "Place",
        "name": town.title,
        "url": url,
        "image": image_url,
        "description": town.intro or None,
        "address": {"@type": "PostalAddress", "addressCountry": town.country},
        "geo": {
            "@type": "GeoCoordinates",
            "latitude": float(town.latitude),
            "longitude": float(town.longitude),
        },
        "sameAs": town.website or None,
    }
    return _without_empty(data)


def event(conference, url, organizer, town_url=None, image_url=None):
    data = {
        "@type": "Event",
        "name": conference.title,
        "url": url,
        "description": conference.intro or None,
        "image": image_url,
        "inLanguage": _language(),
        "organizer": organizer,
        "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
    }
    # Dates only as far as they are known; none at all when they are not.
    if conference.start_date:
        data["startDate"] = iso_date(conference.start_date, conference.date_precision)
        if conference.end_date:
            data["endDate"] = iso_date(conference.end_date, conference.date_precision)
    if conference.host_town:
        data["location"] = place(conference.host_town, url=town_url)
    return _without_empty(data)


def news_article(article, url, publisher, image_url=None):
    data = {
        "@type": "NewsArticle",
        "headline": article.title[:110],
        "url": url,
        "mainEntityOfPage": url,
        "description": article.intro or None,
        "datePublished": iso_date(article.date, article.date_precision),
        "inLanguage": _language(),
        "image": image_url,
        "publisher": publisher,
        "author": publisher,
    }
    return _without_empty(data)


def _without_empty(data):
    return {key: value for key, value in data.items() if value not in (None, "", [], {})}


def for_page(page, request, absolute, image_url=None):
    """The JSON-LD object for ``page`` (a specific page), or None for page types without one."""
    from conferences.models import ConferencePage
    from pages.models import HomePage, NewsPage, ProjectPage
    from partners.models import PartnerTownPage

    home = home_of(page, request)
    home_url = absolute(home.get_url(request)) if home else absolute("/")
    logo_url = absolute(static("img/logo.svg"))
    org = organization(home_url, logo_url)
    if isinstance(page, HomePage | ProjectPage):
        project = page if isinstance(page, ProjectPage) else _project(request)
        data = organization(home_url, logo_url, project)
        data["description"] = page.intro or None
    elif isinstance(page, PartnerTownPage):
        data = place(page, url=absolute(page.get_url(request)), image_url=image_url)
    elif isinstance(page, ConferencePage):
        town = page.host_town
        town_url = absolute(town.get_url(request)) if town else None
        data = event(page, absolute(page.get_url(request)), org, town_url, image_url)
    elif isinstance(page, NewsPage):
        data = news_article(page, absolute(page.get_url(request)), org, image_url)
    else:
        return None
    return {"@context": "https://schema.org", **_without_empty(data)}


def _project(request):
    """The project page, whose coordination the organisation names; read once per generation."""
    from pages.models import ProjectPage

    rows = cached_rows(request, "project", lambda: ProjectPage.objects.live()[:1])
    return rows[0] if rows else None
