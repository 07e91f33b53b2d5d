"""Plain builder functions for pages, images and documents in both languages.

The bundled content (``load_initial_data``, seed/loader.py) and the tests both build with
these, so what the tests exercise is what a fresh site holds.
"""

from io import BytesIO

from django.core.exceptions import FieldDoesNotExist
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from wagtail import blocks
from wagtail.admin.rich_text import get_rich_text_editor_widget
from wagtail.documents import get_document_model
from wagtail.fields import RichTextField, StreamField
from wagtail.images import get_image_model

import language

LANGUAGES = list(language.codes())


def is_translated(value):
    """A value given per language, as {"de": ..., "en": ...}; a language left out stays empty."""
    return isinstance(value, dict) and bool(value) and set(value) <= set(LANGUAGES)


def stream(items):
    """A StreamField value from ("heading", "text") / ("paragraph", "<p>..</p>") pairs."""
    return [{"type": kind, "value": value} for kind, value in items]


def localized(fields):
    """Spread per-language values onto the ``<field>_<lang>`` attributes modeltranslation adds.

    Lists of (kind, value) pairs become stream data; everything else is set as it is.
    """
    result = {}
    for name, value in fields.items():
        if is_translated(value):
            for language, item in value.items():
                result[f"{name}_{language}"] = stream(item) if isinstance(item, list) else item
        else:
            result[name] = value
    return result


def editor_html(html, features=None):
    """Rich text as the admin's editor writes it back (``<b>``, block keys, ...).

    Bundled text stored in any other form would show as changed in the compare view after
    its first edit, although nobody touched it.
    """
    widget = get_rich_text_editor_widget(features=features)
    return widget.converter.to_database_format(widget.format_value(html))


def editor_stream(block, value):
    """A stream's JSON data with every rich text in it as the editor writes it back."""
    if isinstance(block, blocks.RichTextBlock):
        return editor_html(value or "", block.features)
    if isinstance(block, blocks.StructBlock) and isinstance(value, dict):
        # Every child the block has, as the editor sends them (empty ones too).
        return {
            name: editor_stream(
                child, value[name] if name in value else child.get_prep_value(child.get_default())
            )
            for name, child in block.child_blocks.items()
        }
    if isinstance(block, blocks.StreamBlock) and isinstance(value, list):
        return [
            {**item, "value": editor_stream(block.child_blocks[item["type"]], item["value"])}
            for item in value
        ]
    if isinstance(block, blocks.ListBlock) and isinstance(value, list):
        return [
            {**item, "value": editor_stream(block.child_block, item["value"])}
            if isinstance(item, dict) and "value" in item
            else editor_stream(block.child_block, item)
            for item in value
        ]
    return value


def in_editor_form(model, values):
    """``values`` with rich text and the rich text in streams as the admin writes them."""
    result = dict(values)
    for name, value in values.items():
        try:
            field = model._meta.get_field(name)
        except FieldDoesNotExist:
            continue
        if isinstance(field, RichTextField) and value:
            result[name] = editor_html(value, field.features)
        elif value == "":
            # What the form keeps of an empty field: "" or, for some translated ones, None.
            formfield = field.formfield()
            result[name] = getattr(formfield, "empty_value", value)
        elif isinstance(field, StreamField) and isinstance(value, list):
            result[name] = editor_stream(field.stream_block, value)
    return result


def add_page(parent, model, publish=True, **fields):
    """Create a page below ``parent`` with fields given per language, and publish it."""
    values = in_editor_form(model, localized(fields))
    default = language.default()
    values.setdefault("title", values.get(f"title_{default}"))
    values.setdefault("slug", values.get(f"slug_{default}"))
    page = model(**values)
    parent.add_child(instance=page)
    revision = page.save_revision()
    if publish:
        revision.publish()
    else:
        page.unpublish()
    return page


def add_item(model, page, **fields):
    """Add an inline item (an excursion, a download, ...) to ``page`` and save it."""
    item = model(page=page, **localized(fields))
    item.save()
    return item


def add_image(title, data, alt, filename, credit=None, collection=None):
    """An image from bytes, with its alternative text (and credit) in each language.

    Without a ``collection`` it goes to the root collection, which only coordinators see.
    """
    image = get_image_model()(
        title=title,
        file=ImageFile(BytesIO(data), name=filename),
        **localized({"description": alt, **({"credit": credit} if credit else {})}),
        **({"collection": collection} if collection else {}),
    )
    image.save()
    return image


def add_document(title, data, filename, collection=None):
    document = get_document_model()(
        title=title,
        file=ContentFile(data, name=filename),
        **({"collection": collection} if collection else {}),
    )
    document.save()
    return document
