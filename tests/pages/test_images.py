"""Images: sized to avoid layout shift, lazy only below the fold, described in each language."""

import pytest
from bs4 import BeautifulSoup

from partners.models import PartnerTownPage
from tests.conftest import PAGE_TYPES, url_in

pytestmark = pytest.mark.django_db


def images(client, page, language="en"):
    html = client.get(url_in(page, language)).content
    return BeautifulSoup(html, "html.parser").select("main img")


@pytest.mark.parametrize("model", PAGE_TYPES, ids=lambda m: m.__name__)
def test_every_image_has_width_and_height(client, model):
    for img in images(client, model.objects.live().order_by("path").first()):
        assert int(img["width"]) > 0 and int(img["height"]) > 0, img


@pytest.mark.parametrize("model", PAGE_TYPES, ids=lambda m: m.__name__)
def test_page_own_first_image_loads_at_once(client, model):
    """The hero or the page's own picture is at the top: never lazy. Cards come lower down."""
    found = images(client, model.objects.live().order_by("path").first())
    own = [img for img in found if "card__image" not in img.get("class", [])]
    if own:
        assert own[0].get("loading") != "lazy"


def test_town_cards_below_the_hero_load_lazily(client):
    from pages.models import HomePage

    cards = [img for img in images(client, HomePage.objects.get()) if "card__image" in img["class"]]
    assert cards and all(img["loading"] == "lazy" for img in cards)


@pytest.mark.parametrize("language", ["de", "en"])
def test_town_image_is_described_in_the_page_language(client, language):
    borne = PartnerTownPage.objects.get(slug_de="borne")
    img = images(client, borne, language)[0]
    assert img["alt"] == getattr(borne.image, f"description_{language}")
    assert img["alt"]


def test_renditions_are_made_whatever_allowed_hosts_says(settings, caplog):
    """The warm-up addresses the site's own host name, even one this machine does not serve."""
    from wagtail.images import get_image_model
    from wagtail.models import Site

    from core.renditions import warm_renditions

    Site.objects.filter(is_default_site=True).update(hostname="klimapartnerschaft.example")
    settings.ALLOWED_HOSTS = ["127.0.0.1"]
    get_image_model().get_rendition_model().objects.all().delete()
    assert warm_renditions() > 0
    assert not [record for record in caplog.records if "Could not prerender" in record.message]
