"""StreamField blocks shared by every page type that has a body."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageBlock

from wagtail_footnotes.blocks import RichTextBlockWithFootnotes

INLINE_FEATURES = ["bold", "italic", "link", "document-link", "footnotes"]
PARAGRAPH_FEATURES = [*INLINE_FEATURES, "ol", "ul", "superscript", "subscript"]

TEMPLATE_DIR = "components/streamfield/blocks"


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Text"))
    level = blocks.ChoiceBlock(
        choices=[("h2", _("Section")), ("h3", _("Sub-section")), ("h4", _("Minor heading"))],
        default="h2",
        search_index=False,  # a layout choice, not content
        label=_("Level"),
        help_text=_("The page title is the only top-level heading; start sections at “Section”."),
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        template = f"{TEMPLATE_DIR}/heading_block.html"


class ListBlock(blocks.StructBlock):
    style = blocks.ChoiceBlock(
        choices=[
            ("lettered", _("Lettered (a. b. c.)")),
            ("numbered", _("Numbered (1. 2. 3.)")),
            ("bulleted", _("Bulleted")),
        ],
        default="lettered",
        search_index=False,  # a layout choice, not content
        label=_("Style"),
    )
    items = blocks.ListBlock(
        RichTextBlockWithFootnotes(features=list(INLINE_FEATURES), label=_("Item")),
        label=_("Items"),
    )

    class Meta:
        icon = "list-ol"
        label = _("List")
        template = f"{TEMPLATE_DIR}/list_block.html"


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(required=False, label=_("Attribution"))

    class Meta:
        icon = "openquote"
        label = _("Block quote")
        template = f"{TEMPLATE_DIR}/quote_block.html"


class FigureBlock(blocks.StructBlock):
    image = ImageBlock(label=_("Image"))
    caption = blocks.CharBlock(required=False, label=_("Caption"))
    credit = blocks.CharBlock(
        required=False,
        label=_("Credit"),
        help_text=_("Leave empty to use the credit stored with the image."),
    )

    class Meta:
        icon = "image"
        label = _("Image")
        template = f"{TEMPLATE_DIR}/figure_block.html"


class CaptionedTableBlock(TableBlock):
    class Meta:
        icon = "table"
        label = _("Table")
        template = f"{TEMPLATE_DIR}/table_block.html"


class CaptionedEmbedBlock(blocks.StructBlock):
    embed = EmbedBlock(label=_("Address (URL)"), help_text=_("A YouTube, Vimeo or other oEmbed address."))
    title = blocks.CharBlock(label=_("Title"), help_text=_("Names the embedded frame for screen readers."))

    class Meta:
        icon = "media"
        label = _("Embed")
        template = f"{TEMPLATE_DIR}/embed_block.html"


class BodyBlock(blocks.StreamBlock):
    paragraph = RichTextBlockWithFootnotes(
        features=list(PARAGRAPH_FEATURES),
        icon="pilcrow",
        label=_("Paragraph"),
        template=f"{TEMPLATE_DIR}/paragraph_block.html",
    )
    heading = HeadingBlock()
    list = ListBlock()
    quote = QuoteBlock()
    image = FigureBlock()
    table = CaptionedTableBlock()
    embed = CaptionedEmbedBlock()
