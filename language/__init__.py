"""The language module: which language is active and which languages the site has.

A plain package (no models), the lowest layer: every other app asks it instead of reading
``LANGUAGES`` or ``get_language()`` itself. This is the part the delivery app needs
(``active``, ``codes``, ``default``, ``override``); fallbacks, translated fields and field text
join it in the same place.
"""

from django.conf import settings
from django.utils import translation


def default():
    """The site's default language ("de")."""
    return settings.LANGUAGE_CODE


def codes():
    """The codes of every language of the site, in the order of ``settings.LANGUAGES``."""
    return tuple(code for code, _name in settings.LANGUAGES)


def active():
    """The active language, always one of ``codes()``: "en-us" is "en", none is the default."""
    code = (translation.get_language() or "").lower()
    known = codes()
    if code in known:
        return code
    base = code.split("-", 1)[0]
    return base if base in known else default()


def override(code):
    """A context manager that makes ``code`` the active language inside it."""
    return translation.override(code)
