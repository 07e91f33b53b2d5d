"""The page's schema.org data (JSON-LD) as it goes into the page head.

Each page type says what it is (``page.json_ld(request)``); this module only serialises it
with json.dumps, ``<``, ``>`` and ``&`` escaped as ``\\u003c`` etc., so no text from the
content can close the script element it sits in.
"""

import json

from django.utils.safestring import mark_safe

JSON_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def to_json(data):
    """JSON for a <script type="application/ld+json"> element, safe inside HTML."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=False).translate(JSON_ESCAPES)
    return mark_safe(text)  # noqa: S308 - the three characters that matter in HTML are escaped


def rendered(objects):
    """The script's content for a page's JSON-LD objects: one object as itself, several as a
    list (JSON-LD allows both at the top level); None when there are none."""
    if not objects:
        return None
    return to_json(objects[0] if len(objects) == 1 else objects)
