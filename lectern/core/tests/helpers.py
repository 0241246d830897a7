"""Small readers of rendered HTML, so tests check what a visitor sees."""

import re
from html import unescape
from html.parser import HTMLParser

from django.utils.html import strip_tags

HEBREW = re.compile(r"[\u0590-\u05FF]")
VOID = {"img", "link", "meta", "input", "br", "source"}


def html(response):
    return response.content.decode()


def between(markup, start, end):
    """The part of ``markup`` from the first ``start`` up to the next ``end`` (both included)."""
    begin = markup.index(start)
    return markup[begin : markup.index(end, begin) + len(end)]


def main(response):
    """The page's own content (without header and footer)."""
    return between(html(response), "<main", "</main>")


def content(response):
    """The page's own content without the breadcrumb."""
    return re.sub(r'<nav class="breadcrumbs".*?</nav>', "", main(response), count=1, flags=re.S)


def header(response):
    return between(html(response), '<header id="header"', "</header>")


def footer(response):
    return between(html(response), '<footer id="footer"', "</footer>")


def text(markup):
    """Visible text, whitespace collapsed."""
    return " ".join(unescape(strip_tags(markup)).split())


class _Elements(HTMLParser):
    def __init__(self, tag):
        super().__init__(convert_charrefs=True)
        self.tag = tag
        self.found = []
        self._open = []

    def handle_starttag(self, tag, attrs):
        if tag == self.tag and tag in VOID:
            self.found.append({"attrs": dict(attrs), "text": ""})
        elif tag == self.tag:
            self._open.append({"attrs": dict(attrs), "text": []})

    def handle_startendtag(self, tag, attrs):
        if tag == self.tag:
            self.found.append({"attrs": dict(attrs), "text": ""})

    def handle_data(self, data):
        for element in self._open:
            element["text"].append(data)

    def handle_endtag(self, tag):
        if tag == self.tag and self._open:
            element = self._open.pop()
            element["text"] = " ".join("".join(element["text"]).split())
            self.found.append(element)


def elements(markup, tag):
    """Every ``tag`` element as ``{"attrs": {...}, "text": "..."}``, in document order of their ends."""
    parser = _Elements(tag)
    parser.feed(markup)
    return parser.found


def links(markup):
    """``[(text, href), …]`` of the links in ``markup``, in order."""
    return [(a["text"], a["attrs"].get("href")) for a in elements(markup, "a")]


def link_to(markup, label):
    """The address of the first link whose text is ``label``."""
    for link_text, href in links(markup):
        if link_text == label:
            return href
    raise AssertionError(f"No link {label!r} in {links(markup)!r}")


def card_titles(markup):
    """Titles of the publication cards, in order."""
    cards = re.findall(r'<article class="card card--publication">.*?</article>', markup, re.S)
    return [text(re.search(r'class="card__title">(.*?)</h\d>', card, re.S).group(1)) for card in cards]
