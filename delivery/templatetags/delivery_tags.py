"""``{% shared_html %}``: a part of a page that every visitor sees alike, rendered once.

    {% load delivery_tags %}
    {% shared_html "home-lists" page.pk %} ... {% end_shared_html %}

What the block renders is kept per generation and language (``delivery.cache.fragment``), in
the process and in the shared cache, under its name and the values after it: name there
everything the block shows that is not the same for every visitor of a language (a page, a
page number). A block must not show anything personal (forms with a CSRF token, the user).
Previews render it afresh, as the draft may differ from what was published.

A block with many variants (a page of a long list) ends with ``in_cache_only``: it is kept in
the shared cache alone, so a process does not grow with the length of the record.
"""

from django import template
from django.utils.safestring import mark_safe

from delivery.cache import fragment

register = template.Library()


class SharedHtmlNode(template.Node):
    def __init__(self, nodelist, name, parts, local):
        self.nodelist, self.name, self.parts, self.local = nodelist, name, parts, local

    def render(self, context):
        request = context.get("request")
        if request is None or getattr(request, "is_preview", False):
            return self.nodelist.render(context)
        parts = [part.resolve(context) for part in self.parts]
        html = fragment(
            request,
            f"html:{self.name.resolve(context)}",
            lambda: str(self.nodelist.render(context)),
            *parts,
            local=self.local,
        )
        return mark_safe(html)  # noqa: S308 - the block's own rendering, escaped as it was


@register.tag
def shared_html(parser, token):
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError("shared_html needs a name")
    local = bits[-1] != "in_cache_only"
    if not local:
        bits = bits[:-1]
    nodelist = parser.parse(("end_shared_html",))
    parser.delete_first_token()
    return SharedHtmlNode(
        nodelist,
        parser.compile_filter(bits[1]),
        [parser.compile_filter(b) for b in bits[2:]],
        local,
    )
