"""Post a page's admin edit form as a browser would: what the HTML holds, plus its streams.

StreamFields are drawn by JavaScript from JSON, so they are not in the HTML form; this rebuilds
their form data from the page's current value, block ids included, so an edit changes only what
the test changes.
"""

from bs4 import BeautifulSoup
from wagtail import blocks
from wagtail.fields import StreamField
from wagtail.test.utils.form_data import nested_form_data, querydict_from_html, rich_text

import language


def block_form_value(block, value):
    if isinstance(block, blocks.RichTextBlock):
        return rich_text(value.source if value else "")
    if isinstance(block, blocks.StructBlock):
        return {
            name: block_form_value(child, value.get(name))
            for name, child in block.child_blocks.items()
        }
    if hasattr(value, "pk"):
        return str(value.pk)
    return "" if value is None else str(value)


def stream_form_data(stream_value):
    data = {"count": str(len(stream_value))}
    for index, child in enumerate(stream_value):
        data[str(index)] = {
            "type": child.block_type,
            "value": block_form_value(child.block, child.value),
            "id": child.id or "",
            "deleted": "",
            "order": str(index),
        }
    return data


def edit_form_data(client, page):
    """The edit form's data for ``page`` (its latest revision), ready to change and post."""
    url = f"/admin/pages/{page.pk}/edit/"
    response = client.get(url)
    assert response.status_code == 200, response.status_code
    return url, edit_form_data_from_html(response.content.decode(), page)


def edit_form_data_from_html(html, page):
    """The same from the edit page's HTML, however it was fetched (a real server too)."""
    data = querydict_from_html(html, form_id="page-edit-form")
    # A ticked box without a value attribute sends "on", as browsers do (Wagtail's helper
    # sends "", which Django reads as unticked).
    form = BeautifulSoup(html, "html.parser").find("form", id="page-edit-form")
    for box in form.find_all("input", type="checkbox", checked=True):
        if box.get("name") and box.get("value") is None:
            data.setlist(box["name"], ["on"])
    current = page.get_latest_revision_as_object()
    streams = {
        field.name: stream_form_data(getattr(current, field.name))
        for field in current._meta.get_fields()
        if isinstance(field, StreamField)
        and field.name.endswith(tuple(f"_{code}" for code in language.codes()))
    }
    data.update(nested_form_data(streams))
    return data
