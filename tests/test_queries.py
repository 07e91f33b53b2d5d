"""Every page type renders in a fixed number of queries, however much content the site holds.

Each test renders a page once (menus, footer and renditions warm up as on a running site),
counts the queries of the next request, grows the content tenfold with the bundled builders,
and expects the same count.
"""

from io import BytesIO

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from PIL import Image
from wagtail.images import get_image_model

from conferences.models import (
    ConferenceDocument,
    ConferenceImage,
    ConferenceIndexPage,
    ConferencePage,
)
from pages.models import DownloadItem, DownloadsPage, HomePage, NewsIndexPage, NewsPage
from partners.models import PartnerTownImage, PartnerTownIndexPage, PartnerTownPage
from seed.builders import add_document, add_image, add_item, add_page
from tests.conftest import PAGE_TYPES, url_in

pytestmark = pytest.mark.django_db


def jpeg(seed):
    buffer = BytesIO()
    Image.new("RGB", (320, 180), (seed * 37 % 255, seed * 91 % 255, 120)).save(buffer, "JPEG")
    return buffer.getvalue()


def new_image(n):
    return add_image(f"Bild {n}", jpeg(n), {"de": f"Bild {n}", "en": f"Picture {n}"}, f"b{n}.jpg")


def new_document(n):
    return add_document(f"Dokument {n}", b"%PDF-1.4\n% test\n", f"dokument-{n}.pdf")


def translated(text):
    return {"de": f"{text} (de)", "en": f"{text} (en)"}


def grow(rounds):
    """Add ``rounds`` times five towns, conferences and news, with images and documents.

    The first town and conference get ``rounds`` * 5 gallery images and documents.
    """
    home = HomePage.objects.get()
    town_index = PartnerTownIndexPage.objects.get()
    towns = list(PartnerTownPage.objects.order_by("path")[:5])
    conference_index = ConferencePage.objects.first().get_parent()
    news_index = NewsIndexPage.objects.get()
    downloads = DownloadsPage.objects.get()
    first_town = towns[0]
    first_conference = ConferencePage.objects.order_by("path").first()
    n = PartnerTownPage.objects.count() * 10
    for _round in range(rounds):
        for town in list(towns):
            n += 1
            add_page(
                town_index,
                PartnerTownPage,
                image=new_image(n),
                country=town.country,
                latitude=town.latitude,
                longitude=town.longitude,
                title=translated(f"Stadt {n}"),
                slug={"de": f"stadt-{n}", "en": f"town-{n}"},
            )
            add_page(
                conference_index,
                ConferencePage,
                image=new_image(n + 1000),
                host_town=first_town,
                kind=ConferencePage.Kind.CONFERENCE,
                topic=translated(f"Thema {n}"),
                title=translated(f"Konferenz {n}"),
                slug={"de": f"konferenz-{n}", "en": f"conference-{n}"},
            )
            add_page(
                news_index,
                NewsPage,
                image=new_image(n + 2000),
                date=first_conference.start_date or "2012-01-01",
                title=translated(f"Nachricht {n}"),
                slug={"de": f"nachricht-{n}", "en": f"news-{n}"},
            )
            add_item(
                DownloadItem,
                downloads,
                title=translated(f"Download {n}"),
                document={"de": new_document(n), "en": new_document(n + 3000)},
                featured=True,
            )
            add_item(
                ConferenceDocument,
                first_conference,
                title=translated(f"Protokoll {n}"),
                document={"de": new_document(n + 4000), "en": new_document(n + 5000)},
            )
            add_item(ConferenceImage, first_conference, image=new_image(n + 6000), caption=f"{n}")
            add_item(PartnerTownImage, first_town, image=new_image(n + 7000), caption=f"{n}")
    for page in (downloads, first_conference, first_town, home):
        page.save_revision().publish()


def sample_page(model):
    """The page of a type that collects the grown content (first town, first conference)."""
    return model.objects.live().order_by("path").first()


def queries_for(client, url):
    client.get(url)  # warm: menus, footer, renditions
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    return len(context.captured_queries)


def list_urls(language):
    """The pages of the bounded lists beyond the first: the conference index's second page and
    the first town's conferences (the grown content is all hers)."""
    index = url_in(ConferenceIndexPage.objects.get(), language)
    town = sample_page(PartnerTownPage)
    return [f"{index}?page=2", f"{index}?town={town.pk}", f"{index}?town={town.pk}&page=2"]


def query_counts(client):
    urls = [
        url
        for language in ("de", "en")
        for url in [
            *(url_in(sample_page(model), language) for model in PAGE_TYPES),
            *list_urls(language),
        ]
    ]
    return {url: queries_for(client, url) for url in urls}


def test_query_count_of_every_page_type_does_not_grow_with_content(client):
    """Ten times the added towns, conferences, news, images and documents: the same counts,
    for every page type and for the conference index's further and filtered pages.

    One test for all page types, as growing the site takes a while. Every list gets content
    first (a gallery with no image skips its rendition query), then ten times as much.
    """
    grow(1)
    before = query_counts(client)
    grow(9)
    after = query_counts(client)
    grown = {url: (before[url], count) for url, count in after.items() if count != before[url]}
    assert grown == {}, f"queries (before, after) of pages whose count grew: {grown}"


@pytest.mark.parametrize("model", PAGE_TYPES, ids=lambda model: model.__name__)
def test_page_renders_in_few_queries(client, model):
    """A warm page reads its own content only: routes, menus, footer, private sections and the
    lists every visitor sees come from the cache (1 to 4 queries for the bundled pages)."""
    assert queries_for(client, url_in(sample_page(model), "de")) <= 5


def test_bundled_renditions_exist_before_the_first_visit(client):
    """load_initial_data rendered every page, so a visit generates no rendition."""
    renditions = get_image_model().get_rendition_model().objects
    before = renditions.count()
    assert before > 0
    for model in PAGE_TYPES:
        for page in model.objects.live():
            for language in ("de", "en"):
                assert client.get(url_in(page, language)).status_code == 200
    assert renditions.count() == before


def test_visit_writes_nothing_to_the_database(client):
    url = url_in(sample_page(PartnerTownPage), "en")
    with CaptureQueriesContext(connection) as context:
        client.get(url)
    writes = [q["sql"] for q in context.captured_queries if not q["sql"].startswith("SELECT")]
    assert writes == []
