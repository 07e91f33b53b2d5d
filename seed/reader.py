"""The bundled content's data files, read and checked before anything is built.

``seed/content/site.toml`` holds what is the same in every language (the page tree, dates,
coordinates, which picture goes where), ``seed/content/<language>.toml`` one language's texts
under the same ids, ``seed/images/`` the pictures with ``credits.toml`` (what each shows, its
credit). ``seed/content/README.md`` describes the format for translators.

A language of the site (``settings.LANGUAGES``) without a file stays empty, and the site shows
the default language's text instead; the default language's file is required. A mistake in a
file is reported with the file and the place in it, before anything is written.
"""

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.db import models
from modeltranslation.manager import get_translatable_fields_for_model
from wagtail import blocks
from wagtail.documents import get_document_model
from wagtail.fields import RichTextField, StreamField
from wagtail.images import get_image_model
from wagtail.models import Page

import language
from core.models import SiteSettings
from seed.builders import editor_html

SEED = Path(__file__).resolve().parent
CONTENT = SEED / "content"
IMAGES = SEED / "images"

SITE_SECTIONS = {"site", "settings", "documents", "images", "pages"}
TEXT_SECTIONS = {"settings", "credits", "documents", "images", "pages"}
# The tags each rich-text feature keeps; the editor drops any other tag (or its formatting).
FEATURE_TAGS = {
    "bold": {"strong", "b"},
    "italic": {"em", "i"},
    "link": {"a"},
    "document-link": {"a"},
    "ol": {"ol", "li"},
    "ul": {"ul", "li"},
    "h2": {"h2"},
    "h3": {"h3"},
    "h4": {"h4"},
    "hr": {"hr"},
    "superscript": {"sup"},
    "subscript": {"sub"},
    "strikethrough": {"s"},
    "code": {"code"},
    "blockquote": {"blockquote"},
}
TAG = re.compile(r"<\s*/?\s*([a-zA-Z][a-zA-Z0-9]*)")
# The one kind of bundled document: the flyer, which the site builds itself (flyer/).
DOCUMENT_BUILDERS = {"flyer"}


class ContentError(Exception):
    """A data file that cannot be loaded as it is; the message names the file and the place."""


def default_language():
    return language.default()


def languages():
    return list(language.codes())


@dataclass
class Content:
    """The checked data: ``texts`` holds one file per language of the site that has one."""

    site: dict
    texts: dict
    credits: dict
    images: Path
    missing: list = field(default_factory=list)

    def root(self):
        """(id, spec) of the page without a parent: the site's home page."""
        return next((key, spec) for key, spec in self.site["pages"].items() if "parent" not in spec)


def read(content=None, images=None):
    """Read and check every data file; raises ContentError naming the first mistake."""
    content, images = content or CONTENT, images or IMAGES
    site = _toml(content / "site.toml")
    credits = _toml(images / "credits.toml")
    texts, missing = {}, []
    for code in languages():
        path = content / f"{code}.toml"
        if path.exists():
            texts[code] = _toml(path)
        elif code == default_language():
            raise ContentError(
                f"{_shown(path)} is missing: the texts of the default language ({code}) "
                "are required."
            )
        else:
            missing.append(code)
    result = Content(site=site, texts=texts, credits=credits, images=images, missing=missing)
    _check_site(result, _shown(content / "site.toml"))
    for code, data in texts.items():
        _check_texts(result, code, data, _shown(content / f"{code}.toml"))
    return result


def translated_fields(model):
    return set(get_translatable_fields_for_model(model) or ())


def _toml(path):
    try:
        with open(path, "rb") as file:
            return tomllib.load(file)
    except FileNotFoundError as error:
        raise ContentError(f"{_shown(path)} is missing.") from error
    except tomllib.TOMLDecodeError as error:
        raise ContentError(f"{_shown(path)}: {error}") from error


def _shown(path):
    try:
        return str(path.relative_to(settings.BASE_DIR))
    except ValueError:
        return str(path)


def _fail(where, path, problem):
    raise ContentError(f"{where}: [{'.'.join(path)}] {problem}")


def _unknown(where, path, keys, known):
    extra = sorted(set(keys) - set(known))
    if extra:
        _fail(where, path, f"unknown: {', '.join(extra)} (known: {', '.join(sorted(known))})")


# --- site.toml ---------------------------------------------------------------------------------


def _check_site(content, where):
    site = content.site
    _unknown(where, [], site, SITE_SECTIONS)
    if not isinstance(site.get("site", {}).get("name"), str):
        _fail(where, ["site"], "needs the site's `name`.")
    for key, spec in site.get("documents", {}).items():
        if spec.get("built_by") not in DOCUMENT_BUILDERS:
            _fail(where, ["documents", key], 'only `built_by = "flyer"` is supported.')
    for key, spec in site.get("images", {}).items():
        path = ["images", key]
        _unknown(where, path, spec, {"file", "title", "town"})
        if not (isinstance(spec.get("file"), str) and isinstance(spec.get("title"), str)):
            _fail(where, path, "needs `file` and `title`.")
        if not (content.images / spec["file"]).is_file():
            _fail(where, path, f"{_shown(content.images / spec['file'])} does not exist.")
        if not isinstance(content.credits.get(spec["file"], {}).get("credit"), str):
            _fail(where, path, f"{spec['file']} has no `credit` in seed/images/credits.toml.")
        if "town" in spec and spec["town"] not in site.get("pages", {}):
            _fail(where, path, f"`town`: there is no page {spec['town']!r}.")
    roots = [key for key, spec in site.get("pages", {}).items() if "parent" not in spec]
    if len(roots) != 1:
        _fail(where, ["pages"], f"needs exactly one page without a parent (has {roots}).")
    seen = set()
    for key, spec in site["pages"].items():
        path = ["pages", key]
        model = _page_model(where, path, spec.get("type"))
        if "parent" in spec and spec["parent"] not in seen:
            _fail(where, path, f"`parent`: no page {spec['parent']!r} comes before it.")
        seen.add(key)
        _check_fields(content, where, path, model, spec, seen, {"type", "parent"})
    _check_fields(content, where, ["settings"], SiteSettings, site.get("settings", {}), seen, ())


def _page_model(where, path, label):
    try:
        model = apps.get_model(label or "")
    except (LookupError, ValueError):
        model = None
    if model is None or not issubclass(model, Page):
        _fail(where, path, f"`type`: {label!r} is not a page type (app.Model).")
    return model


def _check_fields(content, where, path, model, spec, pages, skip):
    """Fields that are the same in every language, and the items below a page."""
    translated = translated_fields(model)
    for name, value in spec.items():
        if name in skip:
            continue
        if isinstance(value, dict):
            _check_items(content, where, [*path, name], model, name, value, pages)
            continue
        try:
            model_field = model._meta.get_field(name)
        except models.FieldDoesNotExist:
            _fail(where, path, f"{model.__name__} has no field {name!r}.")
        if name in translated and not isinstance(model_field, models.ForeignKey):
            _fail(where, path, f"{name!r} differs by language: it belongs in the language files.")
        if isinstance(model_field, models.ForeignKey):
            _check_reference(content, where, path, name, model_field.related_model, value, pages)


def _check_reference(content, where, path, name, target, value, pages):
    if issubclass(target, Page):
        known, kind = pages, "page"
    elif target is get_image_model():
        known, kind = content.site.get("images", {}), "picture"
    elif target is get_document_model():
        known, kind = content.site.get("documents", {}), "document"
    else:
        _fail(where, path, f"{name!r} cannot be given here.")
    if value not in known:
        _fail(where, path, f"{name!r}: there is no {kind} {value!r} (before this one).")


def _check_items(content, where, path, model, relation, items, pages):
    try:
        related = model._meta.get_field(relation)
    except models.FieldDoesNotExist:
        related = None
    if related is None or not related.one_to_many:
        _fail(where, path, f"{model.__name__} has no list of items {relation!r}.")
    for key, spec in items.items():
        if not isinstance(spec, dict):
            _fail(where, path, f"{key!r} must be an item table ([{'.'.join([*path, key])}]).")
        _check_fields(content, where, [*path, key], related.related_model, spec, pages, ())


# --- <language>.toml ---------------------------------------------------------------------------


def _check_texts(content, language, data, where):
    site = content.site
    _unknown(where, [], data, TEXT_SECTIONS)
    _check_text_table(where, ["settings"], SiteSettings, data.get("settings", {}))
    used = {credit["credit"] for credit in content.credits.values()}
    _unknown(where, ["credits"], data.get("credits", {}), used)
    for key, table in _tables(where, ["documents"], data, site.get("documents", {})):
        _unknown(where, ["documents", key], table, {"title"})
    for key, table in _tables(where, ["images"], data, site.get("images", {})):
        _check_text_table(where, ["images", key], get_image_model(), table)
    for key, table in _tables(where, ["pages"], data, site["pages"]):
        spec = site["pages"][key]
        model = apps.get_model(spec["type"])
        _check_text_table(where, ["pages", key], model, table, spec)
    if language == default_language():
        _check_required(content, data, where)


def _tables(where, path, data, known):
    """(id, table) of a section, each id one that site.toml has."""
    section = data.get(path[-1], {})
    for key, table in section.items():
        if key not in known:
            _fail(where, [*path, key], "site.toml has no such id.")
        if not isinstance(table, dict):
            _fail(where, [*path, key], "must be a table.")
        yield key, table


def _check_text_table(where, path, model, table, spec=None):
    translated = translated_fields(model)
    for name, value in table.items():
        if isinstance(value, dict):
            items = (spec or {}).get(name)
            if not isinstance(items, dict):
                _fail(where, [*path, name], "site.toml has no such list of items.")
            item_model = model._meta.get_field(name).related_model
            for key, item in _tables(where, [*path, name], table, items):
                _check_text_table(where, [*path, name, key], item_model, item, items[key])
            continue
        if name not in translated:
            _fail(
                where,
                path,
                f"{model.__name__} has no translated field {name!r} "
                f"(translated: {', '.join(sorted(translated))}).",
            )
        model_field = model._meta.get_field(name)
        if isinstance(model_field, StreamField):
            _check_stream(where, [*path, name], model_field.stream_block, value)
        elif not isinstance(value, str):
            _fail(where, path, f"{name!r} must be a text in quotes.")
        elif isinstance(model_field, RichTextField):
            _check_rich_text(where, [*path, name], value, model_field.features)


def _check_stream(where, path, stream_block, items):
    if not isinstance(items, list):
        _fail(where, path, f"is a list of blocks: write each as [[{'.'.join(path)}]].")
    for number, item in enumerate(items, start=1):
        here = [*path, str(number)]
        kind = item.get("type") if isinstance(item, dict) else None
        block = stream_block.child_blocks.get(kind)
        if block is None:
            _fail(where, here, f"`type` must be one of {', '.join(stream_block.child_blocks)}.")
        if isinstance(block, blocks.StructBlock):
            _unknown(where, here, set(item) - {"type"}, block.child_blocks)
            for name, child in block.child_blocks.items():
                if name in item and not isinstance(item[name], str):
                    _fail(where, here, f"{name!r} must be a text in quotes.")
                if name in item and isinstance(child, blocks.RichTextBlock):
                    _check_rich_text(where, [*here, name], item[name], child.features)
        else:
            _unknown(where, here, set(item) - {"type"}, {"value"})
            if not isinstance(item.get("value"), str):
                _fail(where, here, "needs its `value`, a text in quotes.")
            if isinstance(block, blocks.RichTextBlock):
                _check_rich_text(where, here, item["value"], block.features)


def _check_rich_text(where, path, html, features):
    """Only tags the editor keeps, well formed: what is loaded is what an editor sees."""
    if features is not None:
        allowed = {"p", "br"}.union(*(FEATURE_TAGS.get(feature, ()) for feature in features))
        dropped = sorted({tag.lower() for tag in TAG.findall(html)} - allowed)
        if dropped:
            _fail(
                where,
                path,
                f"uses <{'>, <'.join(dropped)}>, which this text does not keep "
                f"(it may use <{'>, <'.join(sorted(allowed))}>).",
            )
    try:
        editor_html(html, features)
    except Exception as error:  # Wagtail's HTML reader asserts on tags that do not match.
        _fail(where, path, f"the HTML cannot be read ({error}).")


def _check_required(content, data, where):
    """What the default language must give: every page's title and slug, every alt text."""
    for key in content.site["pages"]:
        table = data.get("pages", {}).get(key, {})
        for name in ("title", "slug"):
            if not table.get(name):
                _fail(where, ["pages", key], f"needs its {name} in the default language.")
    for key, spec in content.site.get("images", {}).items():
        if not data.get("images", {}).get(key, {}).get("description"):
            _fail(where, ["images", key], "needs its `description` (the alternative text).")
        credit = content.credits[spec["file"]]["credit"]
        if not data.get("credits", {}).get(credit):
            _fail(where, ["credits"], f"needs the credit line {credit!r}.")
    for key in content.site.get("documents", {}):
        if not data.get("documents", {}).get(key, {}).get("title"):
            _fail(where, ["documents", key], "needs its `title` in the default language.")
