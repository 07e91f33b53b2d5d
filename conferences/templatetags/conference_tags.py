"""Template filters for lists of conferences."""

from django import template

register = template.Library()


@register.filter
def documented(conferences):
    """The conferences with something recorded beyond host and kind (a date or a topic)."""
    return [conference for conference in conferences if conference.is_documented]


@register.filter
def undocumented(conferences):
    """The conferences of which only the host town and the kind are known."""
    return [conference for conference in conferences if not conference.is_documented]
