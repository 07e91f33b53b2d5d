"""What search engines and link previews read: sitemap, robots.txt, head links, JSON-LD."""

import json
import xml.etree.ElementTree as ET
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup

import language
from conferences.models import ConferencePage
from pages.models import HomePage, NewsIndexPage, NewsPage, ProjectPage, StandardPage
from partners.models import PartnerTownPage
from seed.builders import add_page
from tests.conftest import PAGE_TYPES, url_in

pytestmark = pytest.mark.django_db

NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9", "xhtml": "http://www.w3.org/1999/xhtml"}
BASE = "http://testserver"
LANGUAGES = ["de", "en", "nl", "pt", "lt"]


def first_live(model):
    return model.objects.live().order_by("path").first()


def head_of(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser").head


def json_ld(client, url):
    scripts = head_of(client, url).select('script[type="application/ld+json"]')
    assert len(scripts) == 1
    return json.loads(scripts[0].string)


def sitemap_entries(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    root = ET.fromstring(response.content)  # noqa: S314 - the site's own output
    return {
        url.findtext("sm:loc", namespaces=NS): {
            link.get("hreflang"): link.get("href")
            for link in url.findall("xhtml:link", NS)
            if link.get("rel") == "alternate"
        }
        for url in root.findall("sm:url", NS)
    }


def test_sitemap_lists_every_live_page_in_every_language(client):
    entries = sitemap_entries(client)
    pages = HomePage.objects.get().get_descendants(inclusive=True).live()
    for page in pages:
        for code in LANGUAGES:
            assert BASE + url_in(page, code) in entries


def test_sitemap_leaves_out_unpublished_pages(client):
    draft = add_page(
        HomePage.objects.get(),
        StandardPage,
        publish=False,
        title={"de": "Entwurf", "en": "Draft"},
        slug={"de": "entwurf", "en": "draft"},
    )
    entries = sitemap_entries(client)
    assert BASE + url_in(draft, "de") not in entries
    assert BASE + url_in(draft, "en") not in entries


def test_sitemap_entries_name_their_alternates(client):
    project = ProjectPage.objects.get()
    urls = {code: BASE + url_in(project, code) for code in language.codes()}
    entries = sitemap_entries(client)
    expected = {**urls, "x-default": urls["de"]}
    for url in urls.values():
        assert entries[url] == expected


def test_sitemap_urls_are_absolute_on_the_requests_host(client):
    entries = sitemap_entries(client.__class__(HTTP_HOST="localhost"))
    assert entries
    for loc in entries:
        parts = urlsplit(loc)
        assert (parts.scheme, parts.netloc) == ("http", "localhost")


def test_robots_txt_names_the_sitemap_and_keeps_out_of_admin(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    lines = response.content.decode().splitlines()
    assert "Disallow: /admin/" in lines
    assert f"Sitemap: {BASE}/sitemap.xml" in lines


@pytest.mark.parametrize("model", PAGE_TYPES, ids=lambda m: m.__name__)
@pytest.mark.parametrize("code", LANGUAGES)
def test_head_links_alternates_canonical_and_description(client, model, code):
    page = first_live(model)
    head = head_of(client, url_in(page, code))
    alternates = {
        link["hreflang"]: link["href"] for link in head.select('link[rel="alternate"][hreflang]')
    }
    urls = {other: BASE + url_in(page, other) for other in LANGUAGES}
    assert alternates == {**urls, "x-default": urls["de"]}
    assert head.select_one('link[rel="canonical"]')["href"] == urls[code]
    assert head.select_one('meta[name="description"]')["content"].strip()


OG_LOCALES = {"de": "de_DE", "en": "en_GB", "nl": "nl_NL", "pt": "pt_PT", "lt": "lt_LT"}


@pytest.mark.parametrize("code", LANGUAGES)
def test_head_has_open_graph_and_twitter_card_with_absolute_image(client, code):
    town = first_live(PartnerTownPage)
    head = head_of(client, url_in(town, code))
    og = {m["property"]: m["content"] for m in head.select("meta[property]")}
    assert og["og:title"] == getattr(town, f"title_{code}")
    assert og["og:url"] == BASE + url_in(town, code)
    assert og["og:locale"] == OG_LOCALES[code]
    assert [m["content"] for m in head.select('meta[property="og:locale:alternate"]')] == [
        OG_LOCALES[other] for other in LANGUAGES if other != code
    ]
    image = og["og:image"]
    assert image.startswith(BASE + "/media/images/")
    assert client.get(urlsplit(image).path).status_code == 200
    assert og["og:image:alt"] == getattr(town.image, f"description_{code}")
    twitter = {m["name"]: m["content"] for m in head.select("meta[name^='twitter:']")}
    assert twitter["twitter:card"] == "summary_large_image"
    assert twitter["twitter:image"] == image


def test_page_without_image_shares_the_home_pages_picture(client):
    head = head_of(client, url_in(ProjectPage.objects.get(), "en"))
    assert head.select_one('meta[property="og:image"]')["content"].startswith(BASE + "/media/")


def test_news_article_is_an_open_graph_article(client):
    head = head_of(client, url_in(first_live(NewsPage), "en"))
    assert head.select_one('meta[property="og:type"]')["content"] == "article"


@pytest.mark.parametrize("model", [HomePage, ProjectPage], ids=lambda m: m.__name__)
def test_home_and_project_describe_the_organization(client, model):
    data = json_ld(client, url_in(model.objects.get(), "en"))
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "Organization"
    assert data["url"] == BASE + "/en/"
    assert data["parentOrganization"]["name"] == "TAT Technik Arbeit Transfer gGmbH"


def test_town_is_a_place_with_coordinates(client):
    town = first_live(PartnerTownPage)
    data = json_ld(client, url_in(town, "de"))
    assert data["@type"] == "Place"
    assert data["name"] == town.title_de
    assert data["geo"] == {
        "@type": "GeoCoordinates",
        "latitude": float(town.latitude),
        "longitude": float(town.longitude),
    }
    assert data["address"]["addressCountry"] == town.country


def test_conference_with_known_days_is_an_event_with_dates(client):
    workshop = ConferencePage.objects.get(kind=ConferencePage.Kind.WORKSHOP)
    data = json_ld(client, url_in(workshop, "en"))
    assert data["@type"] == "Event"
    assert data["name"] == workshop.title_en
    assert (data["startDate"], data["endDate"]) == ("2011-10-20", "2011-10-21")
    assert data["location"]["@type"] == "Place"
    assert data["location"]["name"] == workshop.host_town.title_en
    assert data["location"]["geo"]["latitude"] == float(workshop.host_town.latitude)
    assert data["organizer"]["@type"] == "Organization"


def test_conference_known_to_the_month_gives_only_the_month(client):
    borne = ConferencePage.objects.get(slug_de="konferenz-borne-2013")
    data = json_ld(client, url_in(borne, "de"))
    assert data["startDate"] == "2013-10"
    assert "endDate" not in data


def test_conference_without_date_has_no_dates(client):
    bernburg = ConferencePage.objects.get(slug_de="konferenz-bernburg")
    data = json_ld(client, url_in(bernburg, "de"))
    assert data["@type"] == "Event"
    assert "startDate" not in data and "endDate" not in data


def test_news_is_a_news_article(client):
    article = first_live(NewsPage)
    data = json_ld(client, url_in(article, "en"))
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == article.title_en
    assert data["inLanguage"] == "en"
    assert data["publisher"]["@type"] == "Organization"


def test_json_ld_cannot_be_broken_out_of(client):
    hostile = "</script><script>alert(1)</script> & <!--"
    article = add_page(
        NewsIndexPage.objects.get(),
        NewsPage,
        date=NewsPage.objects.first().date,
        title={"de": hostile, "en": hostile},
        slug={"de": "feindlich", "en": "hostile"},
    )
    response = client.get(url_in(article, "en"))
    html = response.content.decode()
    script = html.split('<script type="application/ld+json">', 1)[1].split("</script>", 1)[0]
    assert "<" not in script and ">" not in script and "&" not in script
    assert json.loads(script)["headline"] == hostile
    assert "<script>alert(1)</script>" not in html


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_organization_is_named_in_each_language(client, code):
    home = HomePage.objects.get()
    data = json_ld(client, url_in(home, code))
    assert data["name"] == getattr(home, f"seo_title_{code}")
    assert data["url"] == BASE + f"/{code}/"


@pytest.mark.parametrize("code", LANGUAGES)
def test_json_ld_names_the_language_of_an_event_and_an_article(client, code):
    workshop = ConferencePage.objects.get(kind=ConferencePage.Kind.WORKSHOP)
    event = json_ld(client, url_in(workshop, code))
    assert (event["name"], event["inLanguage"]) == (getattr(workshop, f"title_{code}"), code)
    article = first_live(NewsPage)
    data = json_ld(client, url_in(article, code))
    assert (data["headline"], data["inLanguage"]) == (getattr(article, f"title_{code}"), code)
