"""The map of the partner towns, drawn on the server."""

from django import template

from partners.europe_map import europe_map

register = template.Library()


@register.inclusion_tag("components/europe_map.html", takes_context=True)
def partner_map(context, towns):
    """An SVG map of Europe with one linked marker per town in ``towns``."""
    return {"map": europe_map(list(towns)), "request": context.get("request")}
