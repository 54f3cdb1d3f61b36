"""StreamField blocks for press releases.

Quotes are data, not styled text: a ``QuoteBlock`` keeps the words, the
speaker, their title, their organization and city as separate fields, so the
site can render an AP-style attribution, index each quote for search, and
link to it by a stable anchor.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.forms.utils import ErrorList
from django.utils.functional import cached_property

from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock

PARAGRAPH_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul"]


def quote_anchor(block_id: str | None) -> str:
    """The fragment id of a quote, stable across revisions of its release."""
    return f"quote-{(block_id or '')[:8]}" if block_id else ""


def quote_paragraphs(text: str) -> list[str]:
    """Split a quote into paragraphs at blank lines."""
    return [p.strip() for p in text.replace("\r\n", "\n").split("\n\n") if p.strip()]


class QuoteStructValue(blocks.StructValue):
    """Display logic for a quote: who said it, for which organization."""

    @cached_property
    def organization_display(self) -> str:
        organization = self.get("organization")
        if organization is not None:
            return organization.name
        return self.get("organization_name") or ""

    @cached_property
    def paragraphs(self) -> list[str]:
        return quote_paragraphs(self.get("text") or "")

    def attribution(self) -> str:
        """AP-style attribution: "Fred Tsao, senior policy counsel at ICIRR"."""
        return attribution_text(
            self.get("speaker_name", ""),
            self.get("speaker_title", ""),
            self.organization_display,
            self.get("city", ""),
        )


def attribution_text(speaker: str, title: str, organization: str, city: str) -> str:
    """Plain-text attribution used on pages, in feeds and in copied quotes."""
    parts = speaker.strip()
    if title.strip() and organization.strip():
        parts += f", {title.strip()} at {organization.strip()}"
    elif title.strip():
        parts += f", {title.strip()}"
    elif organization.strip():
        parts += f" of {organization.strip()}"
    if city.strip():
        parts += f" in {city.strip()}"
    return parts


class QuoteBlock(blocks.StructBlock):
    """A quote from a named spokesperson, the heart of a release."""

    text = blocks.TextBlock(
        rows=5,
        help_text="The words exactly as said, without quotation marks. Separate "
        "paragraphs with a blank line.",
    )
    speaker_name = blocks.CharBlock(
        max_length=120, help_text="Full name, e.g. “Marisol Vega”."
    )
    speaker_title = blocks.CharBlock(
        required=False,
        max_length=160,
        help_text="Lowercase AP-style title, e.g. “executive director”.",
    )
    organization = SnippetChooserBlock(
        "newsroom.Organization",
        required=False,
        help_text="The speaker's organization from the registry.",
    )
    organization_name = blocks.CharBlock(
        required=False,
        max_length=200,
        help_text="Only for a speaker whose organization is not in the registry.",
    )
    city = blocks.CharBlock(
        required=False, max_length=100, help_text="Optional, e.g. “Chicago”."
    )

    class Meta:
        icon = "openquote"
        template = "components/streamfield/quote_block.html"
        label = "Quote"
        label_format = "{speaker_name}: {text}"
        value_class = QuoteStructValue
        form_classname = "quote-block struct-block"
        description = "A quote from a spokesperson, with their organization."
        preview_value = {
            "text": "Every family in this state deserves a fair hearing, and "
            "today's vote brings that promise closer.",
            "speaker_name": "Marisol Vega",
            "speaker_title": "executive director",
            "organization_name": "Example Immigrant Justice Network",
            "city": "Chicago",
        }

    def clean(self, value):
        value = super().clean(value)
        if not value.get("organization") and not value.get("organization_name"):
            message = "Choose an organization from the registry or type its name."
            raise blocks.StructBlockValidationError(
                block_errors={
                    "organization": ErrorList([ValidationError(message)]),
                    "organization_name": ErrorList([ValidationError(message)]),
                }
            )
        return value

    def get_searchable_content(self, value):
        content = super().get_searchable_content(value)
        organization = value.get("organization")
        if organization is not None:
            content += [organization.name, organization.short_name]
        return [item for item in content if item]


class HeadingBlock(blocks.StructBlock):
    """A subheading that structures a long release."""

    text = blocks.CharBlock(max_length=160)
    level = blocks.ChoiceBlock(
        choices=[("h2", "Heading 2"), ("h3", "Heading 3")],
        default="h2",
        help_text="Use Heading 2 for sections and Heading 3 inside them.",
    )

    class Meta:
        icon = "title"
        template = "components/streamfield/heading_block.html"
        label_format = "{text}"
        description = "A section heading."
        preview_value = {"text": "What the ordinance changes", "level": "h2"}


class ImageBlock(blocks.StructBlock):
    """A photo with its caption and credit."""

    image = ImageChooserBlock()
    caption = blocks.CharBlock(required=False, max_length=250)
    credit = blocks.CharBlock(
        required=False,
        max_length=200,
        help_text="Overrides the credit stored with the image.",
    )

    class Meta:
        icon = "image"
        template = "components/streamfield/image_block.html"
        label_format = "{caption}"
        description = "A photo with caption and credit."


class CallToActionValue(blocks.StructValue):
    def href(self) -> str:
        if self.get("document"):
            return self["document"].url
        if self.get("page"):
            return self["page"].url or ""
        return self.get("url") or ""


class CallToActionBlock(blocks.StructBlock):
    """A prominent link, such as "Read the full letter"."""

    label = blocks.CharBlock(max_length=80, help_text="e.g. “Read the full letter”.")
    description = blocks.CharBlock(
        required=False,
        max_length=200,
        help_text="e.g. “Signed by 173 organizations from 31 states”.",
    )
    document = DocumentChooserBlock(required=False)
    page = blocks.PageChooserBlock(required=False)
    url = blocks.URLBlock(required=False, label="URL")

    class Meta:
        icon = "link"
        template = "components/streamfield/cta_block.html"
        value_class = CallToActionValue
        label_format = "{label}"
        description = "A link to a letter, report or document."
        preview_value = {
            "label": "Read the full letter",
            "description": "Signed by 173 organizations from 31 states",
            "url": "https://letter.example.org/",
        }

    def clean(self, value):
        value = super().clean(value)
        targets = [t for t in ("document", "page", "url") if value.get(t)]
        if len(targets) != 1:
            message = "Link to exactly one of a document, a page or a URL."
            raise blocks.StructBlockValidationError(
                block_errors={
                    t: ErrorList([ValidationError(message)])
                    for t in ("document", "page", "url")
                }
            )
        return value


class SectionBreakBlock(blocks.StaticBlock):
    """A visual break between parts of a release."""

    class Meta:
        icon = "horizontalrule"
        template = "components/streamfield/section_break_block.html"
        admin_text = "A section break (***)."
        label = "Section break"
        description = "Separates parts of the release."

    def get_preview_value(self):
        return None


class ReleaseBodyBlock(blocks.StreamBlock):
    """The body of a press release."""

    paragraph = blocks.RichTextBlock(
        features=PARAGRAPH_FEATURES,
        template="components/streamfield/paragraph_block.html",
        icon="pilcrow",
        preview_value="<p>Advocates gathered at the statehouse on Tuesday.</p>",
        description="A paragraph of text.",
    )
    heading = HeadingBlock()
    quote = QuoteBlock()
    image = ImageBlock()
    call_to_action = CallToActionBlock()
    embed = EmbedBlock(
        icon="media",
        template="components/streamfield/embed_block.html",
        description="A video or post from a supported provider.",
        help_text="Paste a YouTube or Vimeo link.",
    )
    section_break = SectionBreakBlock()
