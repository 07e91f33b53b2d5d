"""The language module: the one place that knows the site's languages."""

from types import SimpleNamespace

from django.test import override_settings
from django.utils import translation
from wagtail.blocks import StreamValue

import language
from core.blocks import BodyBlock
from pages.models import NewsPage


def test_the_active_language_is_one_of_the_sites_languages():
    with translation.override("en-us"):
        assert language.active() == "en"
    with translation.override("fr"):
        assert language.active() == language.default() == "de"
    with translation.override(None):
        assert language.active() == "de"


def test_codes_and_names_come_from_the_settings():
    assert language.codes() == ("de", "en", "nl", "pt", "lt")
    assert language.names() == {
        "de": "Deutsch",
        "en": "English",
        "nl": "Nederlands",
        "pt": "Português",
        "lt": "Lietuvių",
    }


def test_a_language_added_to_the_settings_is_known_everywhere():
    with override_settings(LANGUAGES=[("de", "German"), ("en", "English"), ("fr", "French")]):
        assert language.codes() == ("de", "en", "fr")
        with translation.override("fr"):
            assert language.active() == "fr"


def test_english_falls_back_to_german():
    assert language.fallbacks("en") == ("de",)
    assert language.fallbacks("de") == ()


def test_the_partners_languages_fall_back_to_english_then_german():
    for code in ("nl", "pt", "lt"):
        assert language.fallbacks(code) == ("en", "de")
        assert language.chain(code) == (code, "en", "de")


def test_a_language_without_fallbacks_of_its_own_falls_back_to_german():
    assert language.fallbacks("fr") == ("de",)


def test_a_text_is_shown_in_the_first_language_of_the_chain_that_has_it():
    page = SimpleNamespace(title_de="Klima", title_en="Climate", title_nl="", title_lt="")
    assert language.shown_in(page, "title", "nl") == "en"
    page.title_en = ""
    assert language.shown_in(page, "title", "nl") == "de"
    page.title_nl = "Klimaat"
    assert language.shown_in(page, "title", "nl") == "nl"


def test_override_makes_a_language_active():
    with language.override("en"):
        assert language.active() == "en"


def test_translated_fields_leave_out_address_and_search_engine_fields():
    fields = language.translated_fields(NewsPage)
    assert {"title", "intro", "body"} <= set(fields)
    assert not {"slug", "url_path", "seo_title", "search_description"} & set(fields)


def test_field_text_of_rich_text_keeps_blocks_apart():
    assert language.field_text("<p>Eins  zwei</p><p>drei &amp; vier</p>", html=True) == (
        "Eins zwei\ndrei & vier"
    )


def test_field_text_of_a_stream_leaves_out_ids_and_choices():
    stream = StreamValue(
        BodyBlock(),
        [
            {"type": "heading", "value": "Klima", "id": "a1"},
            {"type": "quote", "value": {"text": "Gemeinsam", "language": "de"}, "id": "b2"},
        ],
        is_lazy=True,
    )
    assert language.field_text(stream) == "Klima\nGemeinsam"


def test_empty_values_count_as_missing():
    assert language.is_empty(None)
    assert language.is_empty("  ")
    assert not language.is_empty("Text")


def test_a_translated_fields_columns_are_named_per_language():
    assert language.localized("title") == (
        "title_de",
        "title_en",
        "title_nl",
        "title_pt",
        "title_lt",
    )


def test_labels_name_each_language_in_the_interface_language():
    with language.override("de"):
        assert {code: str(label) for code, label in language.labels().items()} == {
            "de": "Deutsch",
            "en": "Englisch",
            "nl": "Niederländisch",
            "pt": "Portugiesisch",
            "lt": "Litauisch",
        }
    with language.override("en"):
        assert str(language.labels()["de"]) == "German"


def test_choices_are_the_languages_with_their_labels():
    with override_settings(LANGUAGES=[("de", "German"), ("en", "English"), ("nl", "Dutch")]):
        assert [code for code, _label in language.choices()] == ["de", "en", "nl"]


def test_the_language_of_a_path_is_its_prefix():
    assert language.from_path("/en/news/") == "en"
    assert language.from_path("/de/") == "de"
    assert language.from_path("/en") is None
    assert language.from_path("/admin/pages/") is None
    assert language.from_path("/") is None


def test_translated_fields_come_in_the_models_field_order():
    """The same order in every process (modeltranslation keeps the names in a set)."""
    names = language.translated_fields(NewsPage)
    positions = [
        [field.name for field in NewsPage._meta.get_fields()].index(name) for name in names
    ]
    assert positions == sorted(positions)
    assert "title" in names and "body" in names
