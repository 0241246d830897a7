"""Blocks of an event page: the programme (sessions with times and speakers) and its recordings."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.blocks import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock


class SessionSpeakerBlock(blocks.StructBlock):
    """A person of the institute, or a guest by name and affiliation (as publication authors are)."""

    person = blocks.PageChooserBlock(page_type="people.PersonPage", required=False, label=_("Person"))
    name = blocks.CharBlock(required=False, max_length=200, label=_("Guest's name"))
    affiliation = blocks.CharBlock(required=False, max_length=200, label=_("Guest's affiliation"))

    class Meta:
        icon = "user"
        label = _("Speaker")

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("person")) == bool((value.get("name") or "").strip()):
            raise StructBlockValidationError(
                block_errors={"name": ValidationError(_("Choose a person of the institute or type a guest's name."))}
            )
        return value


class SessionBlock(blocks.StructBlock):
    """One item of the programme. Times are the institute's local time on the session's day."""

    day = blocks.DateBlock(
        required=False, label=_("Day"), help_text=_("Leave empty for the event's first day (multi-day events).")
    )
    start = blocks.TimeBlock(label=_("Starts"))
    end = blocks.TimeBlock(required=False, label=_("Ends"))
    title = blocks.CharBlock(max_length=300, label=_("Title"))
    description = blocks.TextBlock(required=False, label=_("Description"))
    speakers = blocks.ListBlock(SessionSpeakerBlock(), default=[], label=_("Speakers"))

    class Meta:
        icon = "time"
        label = _("Session")


class RecordingBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=300, label=_("Title"))
    video = EmbedBlock(label=_("Video address"), help_text=_("e.g. a YouTube or Vimeo address."))

    class Meta:
        icon = "media"
        label = _("Recording")


class EventDocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(
        required=False, max_length=300, label=_("Title"), help_text=_("Defaults to the document's.")
    )

    class Meta:
        icon = "doc-full"
        label = _("Document")
