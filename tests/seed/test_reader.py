"""The bundled content's data files: what a translator adds is read, a mistake is named."""

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
    assert list(content.texts) == ["de", "en"]
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
    for language in ("de", "en"):
        with open(reader.CONTENT / f"{language}.toml", "rb") as file:
            texts[language] = set(keys(tomllib.load(file)))
    assert texts["de"] == texts["en"]


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
    (content_dir / "en.toml").unlink()
    content = reader.read(content_dir, images)
    assert list(content.texts) == ["de"]
    assert content.missing == ["en"]


def test_the_default_language_file_is_required(files):
    content_dir, images = files
    (content_dir / "de.toml").unlink()
    with pytest.raises(reader.ContentError, match=r"de\.toml is missing.*default language \(de\)"):
        reader.read(content_dir, images)


def test_a_file_for_a_language_the_site_does_not_have_is_not_read(files):
    content_dir, images = files
    (content_dir / "nl.toml").write_text('[pages.project]\ntitle = "Het project"\nbdoy = 1\n')
    content = reader.read(content_dir, images)
    assert "nl" not in content.texts


def test_a_mistyped_field_is_named_with_its_file_and_place(files):
    content_dir, images = files
    edit(content_dir / "en.toml", 'partners_note = "', 'partners_nots = "')
    with pytest.raises(reader.ContentError) as error:
        reader.read(content_dir, images)
    message = str(error.value)
    assert message.startswith(f"{content_dir / 'en.toml'}: [pages.project] ")
    assert "ProjectPage has no translated field 'partners_nots'" in message


def test_an_id_that_site_toml_does_not_have_is_named(files):
    content_dir, images = files
    edit(content_dir / "en.toml", "[pages.towns]", "[pages.town]")
    with pytest.raises(reader.ContentError, match=r"\[pages\.town\] site\.toml has no such id"):
        reader.read(content_dir, images)


def test_a_broken_file_is_named_with_its_line(files):
    content_dir, images = files
    edit(content_dir / "en.toml", 'title = "The project"', 'title = "The project')
    with pytest.raises(reader.ContentError, match=r"en\.toml: .*line \d+"):
        reader.read(content_dir, images)


def test_rich_text_with_a_tag_the_editor_drops_is_refused(files):
    """A heading inside a paragraph block would silently become a plain paragraph."""
    content_dir, images = files
    edit(
        content_dir / "en.toml",
        "<p>Climate protection is",
        "<h3>Climate</h3><p>Climate protection is",
    )
    with pytest.raises(reader.ContentError, match=r"\[pages\.project\.body\.2\] uses <h3>"):
        reader.read(content_dir, images)


def test_rich_text_with_a_tag_left_open_is_refused(files):
    content_dir, images = files
    edit(content_dir / "de.toml", "<strong>Abfall und Wasser</strong>", "<strong>Abfall und Wasser")
    with pytest.raises(reader.ContentError, match=r"conference-borne-2013\.body\.1\] the HTML"):
        reader.read(content_dir, images)


def test_a_block_type_the_field_does_not_have_is_named(files):
    content_dir, images = files
    edit(content_dir / "en.toml", 'type = "heading"', 'type = "headline"')
    with pytest.raises(reader.ContentError, match=r"\[pages\.project\.body\.1\] `type` must be"):
        reader.read(content_dir, images)


def test_the_default_language_must_title_every_page(files):
    content_dir, images = files
    edit(content_dir / "de.toml", 'title = "Partnerstädte"\n', "")
    with pytest.raises(reader.ContentError, match=r"\[pages\.towns\] needs its title"):
        reader.read(content_dir, images)


def test_a_picture_without_a_credit_is_refused(files):
    content_dir, images = files
    edit(images / "credits.toml", '["trakai.jpg"]', '["trakai-old.jpg"]')
    with pytest.raises(reader.ContentError, match=r"trakai\.jpg has no `credit`"):
        reader.read(content_dir, images)


def test_a_page_below_a_parent_that_comes_later_is_refused(files):
    content_dir, images = files
    edit(content_dir / "site.toml", 'parent = "towns"', 'parent = "news"')
    with pytest.raises(reader.ContentError, match=r"\[pages\.bernburg\] `parent`: no page 'news'"):
        reader.read(content_dir, images)


def test_a_translated_field_in_site_toml_is_refused(files):
    content_dir, images = files
    edit(content_dir / "site.toml", 'kind = "workshop"', 'kind = "workshop"\ntopic = "Gründung"')
    with pytest.raises(reader.ContentError, match=r"'topic' differs by language"):
        reader.read(content_dir, images)
