"""A sixth language is a line in LANGUAGES: routing, the switch, search, the sitemap and the
translation status follow with no other change to the Python code.

The test follows the README's "Adding a language" on a copy of the code: it adds French to
``LANGUAGES`` in ``klimapartner/settings/base.py`` (and nothing else), runs ``makemigrations``
and ``migrate`` on a database of its own, loads the bundled content (which has no French file,
so French stays empty and falls back to German) and asks the site.
"""

import json
import shutil
import subprocess

import pytest

from tests.core.test_migration_from_206c222 import REPO, manage, scratch_database

__all__ = ["scratch_database"]

SETTINGS = "klimapartner/settings/base.py"
LAST_LANGUAGE = '    ("lt", _("Lithuanian")),\n'

CHECK = """
import json
from bs4 import BeautifulSoup
from django.contrib.auth.models import User
from django.test import Client
import language
from editorial.reports import pages_needing_translation
from pages.models import ProjectPage

client = Client()
project = ProjectPage.objects.get()
with language.override("fr"):
    url = project.get_url()
page = client.get(url)
soup = BeautifulSoup(page.content, "html.parser")
switch = [(a["hreflang"], a.get_text(strip=True))
          for a in soup.select("nav.language-switch a")]
search_url = soup.select_one("form.site-search")["action"]
search = client.get(search_url, {"q": "Klimapartnerschaft"})
search_page = BeautifulSoup(search.content, "html.parser")
results = search_page.select(".search-result__title a")
sitemap = client.get("/sitemap.xml").content.decode()
root = client.get("/", headers={"accept-language": "fr-FR,fr;q=0.9"})
boss = User.objects.create_superuser("chef", "chef@example.org", "pw")
missing = {state.page.pk: sorted(state.missing) for state in pages_needing_translation(boss)}
print(json.dumps({
    "codes": list(language.codes()),
    "url": url,
    "status": page.status_code,
    "lang": soup.html["lang"],
    "h1_lang": soup.h1.get("lang"),
    "switch": switch,
    "search_url": search_url,
    "search_status": search.status_code,
    "search_results": len(results),
    "search_lang": search_page.html["lang"] if search_page.html else search.get("Location"),
    "sitemap_has_fr": url in sitemap and 'hreflang="fr"' in sitemap,
    "root": root.get("Location"),
    "report_project": missing.get(project.pk, []),
}))
"""


def copy_of_the_code(target):
    """The project's files (tracked and new, as git lists them) without the environment."""
    listed = subprocess.run(
        [shutil.which("git"), "ls-files", "--cached", "--others", "--exclude-standard", "-z"],
        cwd=REPO,
        capture_output=True,
        check=True,
    ).stdout.decode()
    for name in filter(None, listed.split("\0")):
        source = REPO / name
        if source.is_file() and not name.startswith(".venv"):
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)
    # The compiled interface translations are built, not tracked.
    for compiled in (REPO / "locale").glob("*/LC_MESSAGES/*.mo"):
        shutil.copy2(compiled, target / compiled.relative_to(REPO))
    return target


@pytest.fixture
def six_languages(tmp_path):
    code = copy_of_the_code(tmp_path / "six-languages")
    settings = code / SETTINGS
    text = settings.read_text()
    assert text.count(LAST_LANGUAGE) == 1
    settings.write_text(text.replace(LAST_LANGUAGE, LAST_LANGUAGE + '    ("fr", _("French")),\n'))
    return code


def test_a_sixth_language_needs_only_the_setting(six_languages, scratch_database):
    env = scratch_database
    made = manage(six_languages, env, "makemigrations", "--no-input")
    assert "_fr" in made
    manage(six_languages, env, "migrate", "--no-input", "-v", "0")
    manage(six_languages, env, "load_initial_data", "-v", "0")
    found = json.loads(manage(six_languages, env, "shell", "-c", CHECK).strip().splitlines()[-1])

    assert found["codes"] == ["de", "en", "nl", "pt", "lt", "fr"]
    # Routing: the page has a French address (the German slugs) and is served in French,
    # its text falling back to German, marked.
    assert found["url"] == "/fr/projekt/"
    assert (found["status"], found["lang"], found["h1_lang"]) == (200, "fr", "de")
    # The switch names French in French, beside the others.
    assert found["switch"][-1] == ["fr", "Français"]
    assert [code for code, _name in found["switch"]] == found["codes"]
    # Search: its own address in the header (/fr/suche/ until locale/fr names it), in French
    # (no French text yet, so no results).
    assert found["search_url"].startswith("/fr/")
    assert (found["search_status"], found["search_lang"]) == (200, "fr")
    assert found["search_results"] == 0
    assert found["sitemap_has_fr"]
    assert found["root"] == "/fr/"
    # Translation status: every page is missing its French text.
    assert "fr" in found["report_project"]
