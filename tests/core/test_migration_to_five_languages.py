"""A database of the two-language site (German and English) migrates to five languages with every
text kept.

The code just before Dutch, Portuguese and Lithuanian arrived (the parent of the commit that
added ``pages/migrations/0011_languages_nl_pt_lt.py``, looked up in the history, so a rewritten
hash cannot lose it) migrates a fresh PostgreSQL database and stores pages in it with texts in
German and English: Wagtail's own columns (title, slug, SEO title, search description), a page's
own fields, an image's text and the site settings. Then this code's ``migrate`` runs: the texts
are all still there, the new languages' columns exist and are empty, and each page has an
address in the new languages (its German slug below its parent), so it is served there with the
fallback text.
"""

import json
import shutil
import subprocess

import pytest

from tests.core.test_migration_from_206c222 import REPO, code_at, manage, scratch_database

__all__ = ["scratch_database"]

LANGUAGES_MIGRATION = "pages/migrations/0011_languages_nl_pt_lt.py"


def commit_before_five_languages():
    """The commit before the one that added the new languages' migration."""
    added = subprocess.run(
        [shutil.which("git"), "log", "--diff-filter=A", "--format=%H", "--", LANGUAGES_MIGRATION],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    assert added, f"{LANGUAGES_MIGRATION} has no commit in this clone's history"
    return f"{added[-1]}^"


STORE = """
import io, json
from PIL import Image as Picture
from django.core.files.images import ImageFile
from wagtail.images import get_image_model
from wagtail.models import Page, Site
from core.models import SiteSettings
from pages.models import HomePage, StandardPage

data = io.BytesIO()
Picture.new("RGB", (40, 30), "green").save(data, "PNG")
image = get_image_model()(
    title="Burg Trakai", file=ImageFile(data, name="trakai.png"),
    description_de="Die Inselburg", description_en="The island castle",
)
image.save()
home = Page.get_first_root_node().add_child(instance=HomePage(
    title="Start", title_de="Start", title_en="Home", slug="start", slug_de="start",
    slug_en="home", intro_de="Willkommen", intro_en="Welcome", hero_image=image,
    seo_title_de="Startseite", seo_title_en="Home page",
    search_description_de="Die Partnerschaft", search_description_en="The partnership",
))
site = Site.objects.get(is_default_site=True)
site.root_page = home
site.save()
page = home.add_child(instance=StandardPage(
    title="Impressum", title_de="Impressum", title_en="Legal notice", slug="impressum",
    slug_de="impressum", slug_en="legal-notice", intro_de="Verantwortlich", intro_en="Responsible",
))
page.save_revision().publish()
SiteSettings.objects.create(site=site, funding_note_de="Gefördert", funding_note_en="Funded")
print(json.dumps({"home": home.pk, "page": page.pk}))
"""

READ = """
import json
from django.db import connection
from django.test import Client
from wagtail.images import get_image_model
from wagtail.models import Page
from core.models import SiteSettings
from pages.models import HomePage, StandardPage

home = HomePage.objects.get()
page = StandardPage.objects.get()
image = get_image_model().objects.get()
columns = {c.name for c in connection.introspection.get_table_description(
    connection.cursor(), "wagtailcore_page")}
client = Client()
served = {}
for code in ("nl", "pt", "lt"):
    response = client.get(f"/{code}/impressum/")
    served[code] = [response.status_code, response.content.decode().count('lang="en"') > 0]
raw = Page.objects.filter(pk=page.pk).values(
    "url_path_de", "url_path_en", "url_path_nl", "url_path_pt", "url_path_lt",
    "title_nl", "slug_nl").get()
print(json.dumps({
    "page_texts": [page.title_de, page.title_en, page.slug_de, page.slug_en,
                   page.intro_de, page.intro_en],
    "home_texts": [home.title_de, home.title_en, home.seo_title_de, home.seo_title_en,
                   home.search_description_de, home.search_description_en,
                   home.intro_de, home.intro_en],
    "image": [image.description_de, image.description_en],
    "funding_note": [SiteSettings.objects.get().funding_note_de,
                     SiteSettings.objects.get().funding_note_en],
    "new_columns": sorted(c for c in columns if c.endswith(("_nl", "_pt", "_lt"))),
    "new_texts": [page.intro_nl, page.intro_pt, page.intro_lt, raw["title_nl"], raw["slug_nl"]],
    "url_paths": [raw[f"url_path_{code}"] for code in ("de", "en", "nl", "pt", "lt")],
    "served": served,
}))
"""


@pytest.fixture
def two_language_code(tmp_path):
    return code_at(commit_before_five_languages(), tmp_path / "two-languages")


def test_a_two_language_database_keeps_every_text(two_language_code, scratch_database):
    env = scratch_database
    manage(two_language_code, env, "migrate", "--no-input", "-v", "0")
    manage(two_language_code, env, "shell", "-c", STORE)

    manage(REPO, env, "migrate", "--no-input", "-v", "0")
    found = json.loads(manage(REPO, env, "shell", "-c", READ).strip().splitlines()[-1])

    assert found["page_texts"] == [
        "Impressum",
        "Legal notice",
        "impressum",
        "legal-notice",
        "Verantwortlich",
        "Responsible",
    ]
    assert found["home_texts"] == [
        "Start",
        "Home",
        "Startseite",
        "Home page",
        "Die Partnerschaft",
        "The partnership",
        "Willkommen",
        "Welcome",
    ]
    assert found["image"] == ["Die Inselburg", "The island castle"]
    assert found["funding_note"] == ["Gefördert", "Funded"]
    # Wagtail's Page columns for the new languages, added by migrate (sync_page_translation_fields).
    for name in ("title", "slug", "url_path", "seo_title", "search_description"):
        assert {f"{name}_nl", f"{name}_pt", f"{name}_lt"} <= set(found["new_columns"])
    assert not any(found["new_texts"])
    # Each new language's address: the German slug below the parent's address in it, built
    # as wagtail-modeltranslation builds the German one.
    german, english, *new = found["url_paths"]
    assert german.endswith("start/impressum/") and english.endswith("home/legal-notice/")
    assert new == [german, german, german]
    # Served there, with the English text standing in (marked lang="en").
    assert found["served"] == {"nl": [200, True], "pt": [200, True], "lt": [200, True]}
