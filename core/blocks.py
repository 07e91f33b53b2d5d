"""The one block library: every StreamField on the site is built from these blocks."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageBlock

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul"]

QUOTE_LANGUAGES = [
    ("", _("Same as the page")),
    ("de", _("German")),
    ("en", _("English")),
    ("nl", _("Dutch")),
    ("pt", _("Portuguese")),
    ("lt", _("Lithuanian")),
]


class HeadingBlock(blocks.CharBlock):
    """A section heading (h2) inside the page body."""

    class Meta:
        icon = "title"
        template = "components/blocks/heading_block.html"
        label = _("Heading")
        form_classname = "title"
        preview_value = "Gemeinsam für ein besseres Klima"
        description = _("A heading that starts a new section of the text.")


class ParagraphBlock(blocks.RichTextBlock):
    """Running text with links, lists and emphasis."""

    def __init__(self, **kwargs):
        kwargs.setdefault("features", RICH_TEXT_FEATURES)
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        template = "components/blocks/paragraph_block.html"
        label = _("Paragraph")
        preview_value = "<p>Voneinander lernen, miteinander Lösungen suchen.</p>"
        description = _("Text with links, lists and emphasis.")


class FigureBlock(blocks.StructBlock):
    """An image with its alternative text (or marked decorative) and an optional caption."""

    image = ImageBlock(label=_("Image"))
    caption = blocks.CharBlock(required=False, label=_("Caption"))

    class Meta:
        icon = "image"
        template = "components/blocks/figure_block.html"
        label = _("Image")
        description = _("An image with alternative text and an optional caption.")


class QuoteBlock(blocks.StructBlock):
    """A quotation; its language is marked so screen readers pronounce it right."""

    text = blocks.TextBlock(label=_("Quotation"))
    attribution = blocks.CharBlock(required=False, label=_("Attribution"))
    language = blocks.ChoiceBlock(
        choices=QUOTE_LANGUAGES,
        required=False,
        label=_("Language of the quotation"),
        help_text=_("Choose the language if the quotation is not in the page's language."),
    )

    class Meta:
        icon = "openquote"
        template = "components/blocks/quote_block.html"
        label = _("Quotation")
        preview_value = {"text": "Gemeinsam für ein besseres Klima", "attribution": ""}
        description = _("A quotation with its source and language.")


class ProgrammeItemBlock(blocks.StructBlock):
    """One item of a conference programme: when, what, and who."""

    day = blocks.CharBlock(required=False, label=_("Day"), help_text=_("For example: Day 1"))
    time = blocks.CharBlock(required=False, label=_("Time"), help_text=_("For example: 9:30"))
    title = blocks.CharBlock(label=_("Title"))
    description = blocks.RichTextBlock(
        required=False, features=RICH_TEXT_FEATURES, label=_("Description")
    )

    class Meta:
        icon = "time"
        template = "components/blocks/programme_item_block.html"
        label = _("Programme item")
        preview_value = {"day": "1", "time": "9:30", "title": "Begrüßung"}
        description = _("One point of the programme with its time.")


class BodyBlock(blocks.StreamBlock):
    """The body of every content page."""

    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    figure = FigureBlock()
    quote = QuoteBlock()


class ProgrammeBlock(blocks.StreamBlock):
    """A conference programme: its items, with headings between days if wanted."""

    heading = HeadingBlock()
    item = ProgrammeItemBlock()
