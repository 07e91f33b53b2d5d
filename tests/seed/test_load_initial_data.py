"""The bundled content: complete in both languages, and loading it twice changes nothing."""

import shutil

import pytest
from bs4 import BeautifulSoup
from django.core.management import CommandError, call_command
from wagtail.documents.models import Document
from wagtail.images import get_image_model
from wagtail.models import Page, Revision

from conferences.models import ConferencePage
from pages.models import HomePage, ProjectPage
from partners.models import PartnerTownPage
from seed import loader, reader
from tests.conftest import PAGE_TYPES

pytestmark = pytest.mark.django_db


def snapshot():
    pages = Page.objects.order_by("path").values_list(
        "path", "title_de", "title_en", "slug_de", "slug_en", "url_path_de", "url_path_en", "live"
    )
    return {
        "pages": list(pages),
        "revisions": Revision.objects.count(),
        "images": get_image_model().objects.count(),
        "documents": Document.objects.count(),
    }


def test_loading_twice_changes_nothing(capsys):
    before = snapshot()
    call_command("load_initial_data")
    assert "nothing was changed" in capsys.readouterr().out
    assert snapshot() == before


def test_five_partner_towns_with_countries():
    towns = {town.title_de: town.country for town in PartnerTownPage.objects.live()}
    assert towns == {
        "Bernburg (Saale)": "DE",
        "Borne": "NL",
        "Leiria": "PT",
        "Rheine": "DE",
        "Trakai": "LT",
    }


def test_every_page_has_both_languages():
    for page in Page.objects.filter(depth__gt=1).specific():
        assert page.title_de and page.title_en, page
        assert page.slug_de and page.slug_en, page
        assert page.untranslated_fields("en") == [], page


def test_borne_conference_has_known_topic_and_three_excursions():
    borne = ConferencePage.objects.get(host_town__slug_de="borne")
    assert borne.topic_de == "Abfall und Wasser"
    assert borne.excursions.count() == 3
    assert "Hengelo" in " ".join(e.places_de + e.title_de for e in borne.excursions.all())


def test_workshop_and_closing_conference_frame_the_timeline():
    kinds = list(ConferencePage.objects.order_by("path").values_list("kind", flat=True))
    assert kinds[0] == ConferencePage.Kind.WORKSHOP
    assert kinds[-1] == ConferencePage.Kind.CLOSING
    assert kinds.count(ConferencePage.Kind.CONFERENCE) == 4


def test_home_is_the_default_sites_root():
    from wagtail.models import Site

    assert Site.objects.get(is_default_site=True).root_page.specific == HomePage.objects.get()


@pytest.mark.parametrize("model", PAGE_TYPES, ids=lambda m: m.__name__)
def test_first_edit_of_a_bundled_page_changes_no_field_nobody_touched(coordinator_client, model):
    """The compare view after saving a bundled page unchanged lists no field as changed."""
    from tests.admin_forms import edit_form_data

    page = model.objects.order_by("path").first()
    bundled = page.get_latest_revision()
    url, data = edit_form_data(coordinator_client, page)
    assert coordinator_client.post(url, data).status_code == 302
    saved = type(page).objects.get(pk=page.pk).get_latest_revision()
    assert saved.pk != bundled.pk

    response = coordinator_client.get(
        f"/admin/pages/{page.pk}/revisions/compare/{bundled.pk}...{saved.pk}/"
    )
    soup = BeautifulSoup(response.content, "html.parser")
    changed = [row.find(["th", "td"]).get_text(" ", strip=True) for row in soup.select("tbody tr")]
    assert changed == ["Diese beiden Versionen sind identisch."], changed


def test_the_pictures_are_the_committed_files():
    """What the site shows is seed/images/, byte for byte (no picture is drawn at load)."""
    content = reader.read()
    files = {spec["title"]: spec["file"] for spec in content.site["images"].values()}
    images = get_image_model().objects.filter(title__in=files)
    assert images.count() == len(files) == 15
    for image in images:
        with image.open_file() as stored:
            assert stored.read() == (reader.IMAGES / files[image.title]).read_bytes(), image.title
        assert (image.credit_de, image.credit_en) == (
            "Illustration, für diese Website gezeichnet",
            "Illustration made for this website",
        )


def test_a_language_without_texts_stays_empty_and_the_site_shows_german(client, tmp_path):
    """A language of the site with no file in seed/content/ falls back to the German text."""
    shutil.copytree(reader.CONTENT, tmp_path / "content")
    (tmp_path / "content" / "en.toml").unlink()
    HomePage.objects.get().delete()

    assert loader.load(reader.read(tmp_path / "content"))

    home = HomePage.objects.get()
    assert (home.title_de, home.guiding_idea_de) == (
        "KlimaPartnerschaft",
        "Gemeinsam für ein besseres Klima",
    )
    assert not home.title_en and not home.guiding_idea_en
    project = ProjectPage.objects.get()
    assert project.slug_de == "projekt" and not project.slug_en
    html = client.get("/en/").content.decode()
    assert '<html lang="en">' in html
    assert '<p class="hero__kicker" lang="de">Gemeinsam für ein besseres Klima</p>' in html


def test_a_mistake_in_a_file_stops_the_command_before_anything_is_written(tmp_path, monkeypatch):
    shutil.copytree(reader.CONTENT, tmp_path / "content")
    path = tmp_path / "content" / "en.toml"
    path.write_text(path.read_text().replace("[pages.towns]", "[pages.town]"))
    monkeypatch.setattr(reader, "CONTENT", tmp_path / "content")
    HomePage.objects.get().delete()

    with pytest.raises(CommandError, match=r"en\.toml: \[pages\.town\] site\.toml has no such id"):
        call_command("load_initial_data")
    assert not Page.objects.filter(depth__gt=1).exists()
