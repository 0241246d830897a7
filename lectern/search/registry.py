"""Which page types the site search covers. Adding one is one line on its class:

@searchable(_("Event"), fields=["summary", "body"])
class EventPage(Page): ...
"""

import re

from django.db.models import Field

from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from .analysis import analyze_document

SEARCHABLE = {}


def searchable(label, *, fields=(), extra_text=None):
    """Register a page type for the site search and index its text through Lectern's analysis.

    ``fields``: names of the text, rich-text or StreamField fields to analyse besides the title.
    ``extra_text``: an optional method name returning more text (e.g. author names).
    """

    def register(cls):
        cls.search_analyzed_fields = tuple(fields)
        cls.search_extra_text = extra_text
        cls.search_source_text = search_source_text
        cls.search_analyzed = search_analyzed
        cls.search_fields = [*cls.search_fields, index.SearchField("search_analyzed")]
        SEARCHABLE[cls] = label
        return cls

    return register


FOOTNOTE_MARKER = re.compile(r"\[[0-9a-f]{6,}\]")  # wagtail-footnotes' reference text in rich text


def field_text(page, name):
    field = page._meta.get_field(name)
    value = getattr(page, name)
    if isinstance(field, StreamField | RichTextField):
        return FOOTNOTE_MARKER.sub(" ", " ".join(field.get_searchable_content(value)))
    if isinstance(field, Field):
        return str(value or "")
    return ""


def search_source_text(self):
    """The page's searchable text as written (snippets are cut from it)."""
    parts = [self.title, *(field_text(self, name) for name in self.search_analyzed_fields)]
    if self.search_extra_text:
        parts.append(getattr(self, self.search_extra_text)())
    return " ".join(part for part in parts if part)


def search_analyzed(self):
    return analyze_document(self.search_source_text())


def label_for(page):
    return SEARCHABLE.get(type(page), "")
