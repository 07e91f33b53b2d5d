"""Admin strings of Wagtail and wagtail-modeltranslation that German editors saw in English.

Nothing imports this module: it only lists the strings for ``make makemessages``, so their
German stays in ``locale/de/LC_MESSAGES/django.po``, which Django reads before the packages'
own catalogues (``LOCALE_PATHS``). Found by opening the admin in German and in English as a
coordinator and a town editor and comparing what stayed the same.
"""

from django.utils.translation import gettext_noop

PACKAGE_STRINGS = [
    # wagtail-modeltranslation: a clashing slug in either language (no German of its own).
    gettext_noop("This slug is already in use"),
    # Wagtail: the account page's heading over language and time zone ("Locale" in German).
    gettext_noop("Locale"),
    # Wagtail: labels for screen readers that its German leaves in English.
    gettext_noop("Breadcrumb"),
    gettext_noop("Actions"),
    gettext_noop("Dashboard"),
]
