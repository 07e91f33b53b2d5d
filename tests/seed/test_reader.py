"""The bundled content's data files: what a translator adds is read, a mistake is named."""

import re
import shutil
import tomllib

import pytest

from seed import reader


@pytest.fixture
def files(tmp_path):
    """A copy of seed/content/ and seed/images/ to change; returns (content, images)."""
    content, images = tmp_path / "content", tmp_path / "images"
    shutil.copytree(reader.CONTENT, content)
    shutil.copytree(reader.IMAGES, images)
    return content, images


def edit(path, old, new):
    text = path.read_text()
    assert old in text
    path.write_text(text.replace(old, new, 1))


def test_the_bundled_files_are_read_in_every_language_of_the_site():
    content = reader.read()
    assert list(content.texts) == ["de", "en", "nl", "pt", "lt"]
    assert content.missing == []


def test_the_english_file_has_every_text_the_german_one_has():
    """en.toml is where a new language starts: it must leave nothing out."""

    def keys(table, path=()):
        for key, value in table.items():
            if isinstance(value, dict):
                yield from keys(value, (*path, key))
            elif isinstance(value, list):
                yield (*path, key, tuple(block["type"] for block in value))
            else:
                yield (*path, key)

    texts = {}
    for language in ("de", "en", "nl", "pt", "lt"):
        with open(reader.CONTENT / f"{language}.toml", "rb") as file:
            texts[language] = set(keys(tomllib.load(file)))
    assert texts["de"] == texts["en"]
    # The partners' languages carry every text too (the bundled content in every language).
    for language in ("nl", "pt", "lt"):
        assert texts[language] == texts["de"], language


def test_every_picture_file_has_its_credit_and_its_place_on_the_site():
    content = reader.read()
    files = {path.name for path in reader.IMAGES.glob("*.jpg")}
    used = {spec["file"] for spec in content.site["images"].values()}
    assert files == set(content.credits) == used
    for credit in content.credits.values():
        assert credit["source"] == "Illustration made for this website"
        assert credit["depicts"]


def test_a_language_without_a_file_stays_empty(files):
    content_dir, images = files
    (content_dir / "pt.toml").unlink()
    content = reader.read(content_dir, images)
    assert list(content.texts) == ["de", "en", "nl", "lt"]
    assert content.missing == ["pt"]


def test_the_default_language_file_is_required(files):
    content_dir, images = files
    (content_dir / "de.toml").unlink()
    with pytest.raises(reader.ContentError, match=r"de\.toml is missing.*default language \(de\)"):
        reader.read(content_dir, images)


def test_a_file_for_a_language_the_site_does_not_have_is_not_read(files):
    content_dir, images = files
    (content_dir / "fr.toml").write_text('[pages.project]\ntitle = "Le projet"\nbdoy = 1\n')
    content = reader.read(content_dir, images)
    assert "fr" not in content.texts


# A mistake in a file, and how the loader names it (file, place, what is wrong).
MISTAKES = [
    pytest.param(
        "en.toml",
        'partners_note = "',
        'partners_nots = "',
        r"\[pages\.project\] ProjectPage has no translated field 'partners_nots'",
        id="a-mistyped-field",
    ),
    pytest.param(
        "en.toml",
        "[pages.towns]",
        "[pages.town]",
        r"\[pages\.town\] site\.toml has no such id",
        id="an-id-site-toml-does-not-have",
    ),
    pytest.param(
        "en.toml",
        'title = "The project"',
        'title = "The project',
        r": .*line \d+",
        id="a-broken-file-with-its-line",
    ),
    pytest.param(
        "en.toml",
        "<p>Climate protection is",
        "<h3>Climate</h3><p>Climate protection is",
        r"\[pages\.project\.body\.2\] uses <h3>, which this text does not keep",
        # A heading inside a paragraph block would silently become a plain paragraph.
        id="rich-text-with-a-tag-the-editor-drops",
    ),
    pytest.param(
        "de.toml",
        "<strong>Abfall und Wasser</strong>",
        "<strong>Abfall und Wasser",
        r"\[pages\.conference-borne-2013\.body\.1\] the HTML cannot be read",
        id="rich-text-with-a-tag-left-open",
    ),
    pytest.param(
        "en.toml",
        'type = "heading"',
        'type = "headline"',
        r"\[pages\.project\.body\.1\] `type` must be one of heading, paragraph",
        id="a-block-type-the-field-does-not-have",
    ),
    pytest.param(
        "de.toml",
        'title = "Partnerstädte"\n',
        "",
        r"\[pages\.towns\] needs its title in the default language",
        id="a-page-without-its-german-title",
    ),
    pytest.param(
        "site.toml",
        'parent = "towns"',
        'parent = "news"',
        r"\[pages\.bernburg\] `parent`: no page 'news' comes before it",
        id="a-page-below-a-parent-that-comes-later",
    ),
    pytest.param(
        "site.toml",
        'kind = "workshop"',
        'kind = "workshop"\ntopic = "Gründung"',
        r"\[pages\.workshop-rheine-2011\] 'topic' differs by language",
        id="a-translated-field-in-site-toml",
    ),
]


@pytest.mark.parametrize(("name", "old", "new", "message"), MISTAKES)
def test_a_mistake_is_named_with_its_file_and_place(files, name, old, new, message):
    content_dir, images = files
    edit(content_dir / name, old, new)
    with pytest.raises(reader.ContentError) as error:
        reader.read(content_dir, images)
    assert str(error.value).startswith(f"{content_dir / name}: ")
    assert re.search(message, str(error.value)), str(error.value)


def test_a_picture_without_a_credit_is_refused(files):
    content_dir, images = files
    edit(images / "credits.toml", '["trakai.jpg"]', '["trakai-old.jpg"]')
    with pytest.raises(reader.ContentError, match=r"trakai\.jpg has no `credit`"):
        reader.read(content_dir, images)
