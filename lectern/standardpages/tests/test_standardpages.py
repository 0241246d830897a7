"""About, its sub-pages, and the contact page."""

import re

from lectern.core.tests.builders import add_page
from lectern.core.tests.helpers import content, elements, main, text
from lectern.standardpages.models import StandardPage


def subpages(response):
    nav = re.search(r'<nav class="subpages".*?</nav>', main(response), re.S)
    return [(a["text"], a["attrs"]["href"]) for a in elements(nav.group(0), "a")] if nav else []


def test_about_page_shows_intro_and_lists_its_sub_pages(client, site):
    response = client.get("/en/about/")
    assert "Who we are." in text(main(response))
    assert subpages(response) == [("History", "/en/about/history/")]


def test_sub_pages_hidden_from_menus_or_unpublished_are_not_listed(client, site):
    add_page(site.en.about, StandardPage(title="Hidden", slug="hidden", show_in_menus=False))
    add_page(site.en.about, StandardPage(title="Draft", slug="draft", show_in_menus=True), live=False)
    assert subpages(client.get("/en/about/")) == [("History", "/en/about/history/")]


def test_nested_page_breadcrumb(client, site):
    crumbs = re.search(r'<nav class="breadcrumbs".*?</nav>', main(client.get("/en/about/history/")), re.S).group(0)
    assert [(a["text"], a["attrs"]["href"]) for a in elements(crumbs, "a")] == [
        ("Home", "/en/"),
        ("About us", "/en/about/"),
    ]


def test_body_blocks_render(client, site):
    about = site.en.about
    about.body = [
        ("heading", {"text": "Our mission", "level": "h3"}),
        ("paragraph", "<p>We <b>inform</b> policy.</p>"),
        ("quote", {"quote": "Knowledge is power.", "attribution": "F. Bacon"}),
    ]
    about.save_revision().publish()
    markup = content(client.get("/en/about/"))
    assert '<h3 class="block-heading">Our mission</h3>' in markup
    assert "<p>We <b>inform</b> policy.</p>" in markup
    assert "— F. Bacon" in text(markup)


def test_contact_page_shows_the_institute_contact_details(client, site):
    markup = content(client.get("/en/contact/"))
    card = re.search(r'<address class="contact-card">.*?</address>', markup, re.S).group(0)
    assert "1 Research Road<br>Jerusalem" in card
    assert '<a href="tel:025550100" dir="ltr">02-555-0100</a>' in card
    assert '<a href="mailto:info@example.org">info@example.org</a>' in card
    assert "Fax" not in text(card)  # no fax number given


def test_hebrew_contact_page(client, site):
    markup = content(client.get("/he/contact/"))
    assert "רחוב המחקר 1<br>ירושלים" in markup
    # Phone numbers stay left-to-right inside the right-to-left page.
    assert 'dir="ltr">02-555-0100</a>' in markup
