"""The map of the partner towns, drawn on the server."""

from django import template
from django.template.loader import render_to_string

import language
from pages.cache import fragment
from partners.europe_map import europe_map

register = template.Library()


@register.simple_tag(takes_context=True)
def partner_map(context, towns):
    """An SVG map of Europe with one linked marker per town in ``towns``.

    The same for every visitor: drawn once per language and generation (pages.cache).
    """
    request = context.get("request")
    towns = list(towns)

    def draw():
        from partners.models import Country

        names = {code: str(label) for code, label in Country.choices}
        return render_to_string(
            "components/europe_map.html", {"map": europe_map(towns, names)}, request=request
        )

    return fragment(
        request,
        "map",
        draw,
        language.active(),
        *(town.pk for town in towns),
        local=True,
    )
