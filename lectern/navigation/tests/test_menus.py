"""Header and footer menus: what readers see, and that edits show at once despite the cache."""

import re

from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from wagtail.models import PageViewRestriction

from lectern.core.tests.builders import menu_item
from lectern.core.tests.helpers import elements, footer, header
from lectern.navigation.models import Menu
from lectern.navigation.templatetags.navigation_tags import menu_items


def nav(response):
    markup = re.search(r'<nav class="site-nav".*?</nav>', header(response), re.S).group(0)
    return [(a["text"], a["attrs"]["href"]) for a in elements(markup, "a")]


def footer_nav(response):
    return [
        (a["text"], a["attrs"]["href"]) for a in elements(footer(response), "a") if a["attrs"]["href"].startswith("/")
    ]


def group_labels(response):
    return [s["text"] for s in elements(header(response), "summary") if s["text"] != "Menu"]


def test_header_menu_in_english(client, site):
    response = client.get("/en/")
    assert nav(response) == [
        ("Publications", "/en/publications/"),
        ("Insight", "/en/publications/insight/"),  # the series, listed automatically
        ("Policy Papers", "/en/publications/policy-papers/"),
        ("Topics", "/en/topics/"),
        ("Our team", "/en/team/"),
        ("About us", "/en/about/"),
        ("Contact", "/en/contact/"),
        ("Blog", "https://example.org/blog"),
    ]
    assert group_labels(response) == ["Publications", "About us"]


def test_unpublished_page_is_left_out_of_the_menu(client, site):
    assert "Events" not in [label for label, _href in nav(client.get("/en/"))]


def test_header_menu_in_hebrew_leads_to_hebrew_pages(client, site):
    entries = nav(client.get("/he/"))
    assert ("פרסומים", "/he/publications/") in entries
    assert ("מבט", "/he/publications/insight/") in entries
    assert ("צור קשר", "/he/contact/") in entries
    assert not [href for _label, href in entries if href.startswith("/en/")]


def test_footer_menu(client, site):
    assert footer_nav(client.get("/en/about/")) == [("Contact", "/en/contact/"), ("About us", "/en/about/")]
    assert footer_nav(client.get("/he/about/")) == [("צור קשר", "/he/contact/"), ("אודות", "/he/about/")]


def test_missing_page_is_left_out(client, site):
    site.en.contact.delete()
    site.he.contact.delete()
    assert "Contact" not in [label for label, _href in nav(client.get("/en/"))]
    assert footer_nav(client.get("/en/")) == [("About us", "/en/about/")]


def test_private_page_is_left_out(client, site):
    client.get("/en/")  # the menu is cached now
    PageViewRestriction.objects.create(page=site.en.about, restriction_type="password", password="secret")
    labels = [label for label, _href in nav(client.get("/en/"))]
    assert "About us" not in labels
    # A top-level entry that is gone takes its sub-menu with it.
    assert "Contact" not in labels


def test_page_missing_in_the_menu_language_falls_back_to_the_linked_page(site):
    """An entry pointing to an English-only page keeps it in the Hebrew menu rather than a dead link."""
    he_header = site.he.header
    he_header.items = [menu_item(site.en.housing)]
    he_header.save()
    with translation.override("he"):
        assert menu_items("header") == [{"label": "Housing", "url": "/en/topics/housing/", "children": []}]


def test_menu_is_cached_between_requests(client, site):
    client.get("/en/")
    # A change that sends no signal is not seen: the menu comes from the cache.
    Menu.objects.filter(pk=site.pk("en.header")).update(items=[])
    assert nav(client.get("/en/"))
    with CaptureQueriesContext(connection) as queries:
        client.get("/en/about/")
    assert not [q for q in queries.captured_queries if "navigation_menu" in q["sql"]]


def test_saving_a_menu_shows_the_change_on_the_next_request(client, site):
    assert ("Our team", "/en/team/") in nav(client.get("/en/"))
    menu = site.en.header
    menu.items = [menu_item(site.en.team, label="People"), menu_item(site.en.contact)]
    menu.save()
    assert nav(client.get("/en/")) == [("People", "/en/team/"), ("Contact", "/en/contact/")]


def test_publishing_a_page_shows_it_in_the_menu_on_the_next_request(client, site):
    assert "Events" not in [label for label, _href in nav(client.get("/en/"))]
    site.en.events.save_revision().publish()
    assert ("Events", "/en/events/") in nav(client.get("/en/"))


def test_publishing_a_new_title_renames_the_entry(client, site):
    client.get("/en/topics/")
    topics = site.en.topics
    topics.title = "Research topics"
    topics.save_revision().publish()
    assert ("Research topics", "/en/topics/") in nav(client.get("/en/topics/"))


def test_publishing_a_new_series_lists_it_under_publications(client, site):
    from lectern.publications.models import SeriesPage

    client.get("/en/")
    series = SeriesPage(title="Working Papers", slug="working-papers", show_in_menus=True, live=False)
    site.en.publications.add_child(instance=series)
    assert "Working Papers" not in [label for label, _href in nav(client.get("/en/"))]
    series.save_revision().publish()
    assert ("Working Papers", "/en/publications/working-papers/") in nav(client.get("/en/"))


def test_unpublishing_a_page_removes_it_on_the_next_request(client, site):
    assert ("Topics", "/en/topics/") in nav(client.get("/en/"))
    site.en.topics.unpublish()
    assert "Topics" not in [label for label, _href in nav(client.get("/en/"))]


def test_menu_without_entries_renders_no_navigation(client, site):
    Menu.objects.filter(location="header").delete()
    cache.clear()
    assert 'class="site-nav"' not in header(client.get("/en/"))


def test_menu_str_names_location_and_language(site):
    assert str(site.en.header) == "Header (English)"
