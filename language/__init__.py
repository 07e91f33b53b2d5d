"""The language module: the one place that knows the site's languages.

It answers "which language is active", "which languages exist and how they fall back",
"which fields of this model are translated" and "what text does this field hold". Everything
else asks it: nothing outside this package reads ``get_language()`` or ``settings.LANGUAGES``
or invents a fallback of its own, so adding a language to ``LANGUAGES`` changes no
other Python code (see README, "Adding a language").

A package without models: it imports only Django and django-modeltranslation. It is an app
only for its ``migrate`` command (``management/commands/migrate.py``), which fills the pages'
addresses in a newly added language.
"""

import re
from html import unescape

from django.conf import settings
from django.utils import translation
from django.utils.html import strip_tags
from modeltranslation.translator import NotRegistered, translator

# Translated fields that are no text a reader sees as the page's content: the address and
# the search-engine snippets. Left out of translation checks and of the searchable text.
NOT_CONTENT = frozenset({"slug", "url_path", "seo_title", "search_description"})

# Between two blocks of text (paragraphs, headings, list items) the text has a line break,
# so a heading and the sentence after it stay apart.
BLOCK_BREAK = "\n"
BLOCK_END = re.compile(r"</(?:p|h[1-6]|li|blockquote|div)>|<br\s*/?>", re.IGNORECASE)


def default():
    """The site's default language ("de"): the one every text exists in."""
    return settings.LANGUAGE_CODE


def codes():
    """The codes of the site's languages, in the order of ``settings.LANGUAGES``."""
    return tuple(code for code, _name in settings.LANGUAGES)


def _normalised(code):
    code = (code or "").lower().replace("_", "-")
    if code in codes():
        return code
    base = code.split("-", 1)[0]
    return base if base in codes() else None


def active():
    """The active language, always one of ``codes()`` ("en-us" is "en"; none is the default)."""
    return _normalised(translation.get_language()) or default()


# Own names where Django's differ from what the language's readers look for in a switch:
# Django names Lithuanian with the adverb "Lietuviškai" ("in Lithuanian"); Lithuanian sites
# and the partners write "Lietuvių" (kalba).
OWN_NAMES = {"lt": "Lietuvių"}


def name(code):
    """A language's name in that language ("Deutsch", "English"), as language pickers show it:
    with a capital letter, as an item of a list starts ("Français", not Django's "français")."""
    own = OWN_NAMES.get(code) or translation.get_language_info(code)["name_local"]
    return own[:1].upper() + own[1:]


def names():
    """{code: the language's own name} for every language of the site."""
    return {code: name(code) for code in codes()}


def labels():
    """{code: the language's name in the active language}, for sentences and lists in the admin.

    The names are lazy translations ("Englisch" in a German admin, "English" in an English
    one), as ``settings.LANGUAGES`` holds them; ``names()`` gives each language's own name.
    """
    return dict(settings.LANGUAGES)


def choices():
    """The languages as a model field's ``choices``: (code, name in the active language).

    Pass the function itself (``choices=language.choices``): a migration then records the
    function, not today's list, so a language added to the settings needs no migration.
    """
    return list(settings.LANGUAGES)


def from_path(path):
    """The language of a path inside a language prefix ("/en/news/" -> "en"), else None.

    For code that runs before the request's language is activated (the page cache).
    """
    code = path.split("/", 2)[1] if path.startswith("/") and path.count("/") >= 2 else ""
    return code if code in codes() else None


def fallbacks(code):
    """The languages whose text stands in when ``code`` has none, in order ("en" -> ("de",))."""
    setting = getattr(settings, "MODELTRANSLATION_FALLBACK_LANGUAGES", (default(),))
    if isinstance(setting, dict):
        chain = setting.get(code, setting.get("default", ()))
    else:
        chain = setting
    return tuple(other for other in chain if other != code)


def chain(code=None):
    """The languages to read a text in for ``code`` (the active one by default), in order:
    the language itself, then its fallbacks ("nl" -> ("nl", "en", "de"))."""
    code = code or active()
    return (code, *fallbacks(code))


def shown_in(obj, name, code=None):
    """The language whose text ``obj.<name>`` shows in ``code`` (the active language by
    default): ``code`` itself where it has text, else the first of its fallbacks that has;
    ``code`` when none has any."""
    code = code or active()
    for other in chain(code):
        if not is_empty(getattr(obj, f"{name}_{other}", None)):
            return other
    return code


def localized(name):
    """The names of a translated field's columns, one per language: ("title_de", "title_en")."""
    return tuple(f"{name}_{code}" for code in codes())


def override(code):
    """Make ``code`` the active language inside a ``with`` block."""
    return translation.override(code)


def translated_fields(model):
    """The names of ``model``'s translated fields that hold its content, in the model's field
    order (the same in every process: modeltranslation keeps them in a set).

    The address and search-engine fields (``NOT_CONTENT``) are left out; an unregistered
    model has none.
    """
    try:
        names = translator.get_options_for_model(model).all_fields
    except NotRegistered:
        return ()
    order = {field.name: position for position, field in enumerate(model._meta.get_fields())}
    content = (name for name in names if name not in NOT_CONTENT)
    return tuple(sorted(content, key=lambda name: (order.get(name, len(order)), name)))


def is_empty(value):
    """Whether a translated value counts as missing (None, "", or an empty stream)."""
    if value is None:
        return True
    if hasattr(value, "raw_data"):
        return len(value) == 0
    return str(value).strip() == ""


def field_text(value, html=False):
    """Readable text of a field value: plain text, rich text (``html``) or a StreamField.

    Markup, block ids and choices are dropped; a line break separates blocks and lines,
    whitespace within a line is collapsed.
    """
    if value is None:
        return ""
    if hasattr(value, "raw_data"):
        return BLOCK_BREAK.join(filter(None, (_stream_text(block) for block in value.raw_data)))
    if html:
        return html_text(str(value))
    return _lines(str(value))


def html_text(html):
    """Text from HTML, with a line break where a paragraph, heading or list item ends."""
    # Line breaks in the HTML source are only spaces; the ends of blocks are the breaks.
    html = BLOCK_END.sub(BLOCK_BREAK, re.sub(r"[\r\n]+", " ", html))
    return _lines(unescape(strip_tags(html)))


def _lines(text):
    """Whitespace collapsed within each line; empty lines dropped."""
    lines = (" ".join(line.split()) for line in text.splitlines())
    return BLOCK_BREAK.join(line for line in lines if line)


def _stream_text(data):
    """The strings in a block's raw data, wherever they are nested; ids and choices left out."""
    if isinstance(data, dict):
        if "type" in data and "value" in data:
            return _stream_text(data["value"])
        return BLOCK_BREAK.join(
            filter(None, (_stream_text(v) for k, v in data.items() if k != "language"))
        )
    if isinstance(data, list | tuple):
        return BLOCK_BREAK.join(filter(None, (_stream_text(item) for item in data)))
    if isinstance(data, str):
        return html_text(data)
    return ""
