"""Plain builder functions for pages, images and documents in both languages.

The bundled content (``load_initial_data``) and the tests both build with these, so what the
tests exercise is what a fresh site holds.
"""

from io import BytesIO

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

LANGUAGES = [code for code, _name in settings.LANGUAGES]


def is_translated(value):
    """A value given per language, as {"de": ..., "en": ...}."""
    return isinstance(value, dict) and set(value) == set(LANGUAGES)


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
            for language in LANGUAGES:
                item = value[language]
                result[f"{name}_{language}"] = stream(item) if isinstance(item, list) else item
        else:
            result[name] = value
    return result


def add_page(parent, model, publish=True, **fields):
    """Create a page below ``parent`` with fields given per language, and publish it."""
    values = localized(fields)
    default = settings.MODELTRANSLATION_DEFAULT_LANGUAGE
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


def add_image(title, data, alt, filename, credit=None):
    """An image from bytes, with its alternative text (and credit) in each language."""
    image = get_image_model()(
        title=title,
        file=ImageFile(BytesIO(data), name=filename),
        **localized({"description": alt, **({"credit": credit} if credit else {})}),
    )
    image.save()
    return image


def add_document(title, data, filename):
    document = get_document_model()(title=title, file=ContentFile(data, name=filename))
    document.save()
    return document
