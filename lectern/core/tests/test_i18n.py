"""The two languages: page direction, alternates for search engines, the language switch."""

import re

import pytest

from lectern.core.i18n import localize_pages
from lectern.core.tests.helpers import HEBREW, elements, header, html, main, text


def html_tag(response):
    return re.search(r"<html[^>]*>", html(response)).group(0)


def alternates(response):
    return {
        link["attrs"]["hreflang"]: link["attrs"]["href"]
        for link in elements(html(response), "link")
        if link["attrs"].get("rel") == "alternate"
    }


def language_switch(response):
    switch = re.search(r'<ul class="language-switch".*?</ul>', html(response), re.S).group(0)
    return [(a["attrs"]["hreflang"], a["attrs"]["href"], a["attrs"].get("title")) for a in elements(switch, "a")]


@pytest.mark.parametrize(
    "url",
    [
        "/he/",
        "/he/publications/",
        "/he/publications/insight/wages-and-growth/",
        "/he/topics/minimum-wage/",
        "/he/team/dana-levi/",
        "/he/contact/",
    ],
)
def test_hebrew_pages_are_right_to_left(client, site, url):
    tag = html_tag(client.get(url))
    assert 'lang="he"' in tag
    assert 'dir="rtl"' in tag


@pytest.mark.parametrize(
    "url",
    [
        "/en/",
        "/en/publications/",
        "/en/publications/insight/wages-and-growth/",
        "/en/topics/minimum-wage/",
        "/en/team/dana-levi/",
        "/en/contact/",
    ],
)
def test_english_pages_are_left_to_right(client, site, url):
    tag = html_tag(client.get(url))
    assert 'lang="en"' in tag
    assert 'dir="ltr"' in tag


def test_hebrew_browser_gets_english_page_in_english(he_client, site):
    """The address decides the language, not the browser."""
    assert 'lang="en"' in html_tag(he_client.get("/en/publications/"))


@pytest.mark.parametrize(
    "url", ["/en/publications/insight/wages-and-growth/", "/he/publications/insight/wages-and-growth/"]
)
def test_translated_page_names_both_language_versions(client, site, url):
    assert alternates(client.get(url)) == {
        "en": "http://testserver/en/publications/insight/wages-and-growth/",
        "he": "http://testserver/he/publications/insight/wages-and-growth/",
    }


def test_home_pages_name_each_other(client, site):
    assert alternates(client.get("/he/")) == {"en": "http://testserver/en/", "he": "http://testserver/he/"}


def test_untranslated_page_names_only_its_own_language(client, site):
    assert alternates(client.get("/en/publications/insight/housing-costs/")) == {
        "en": "http://testserver/en/publications/insight/housing-costs/"
    }


def test_language_switch_leads_to_the_translation(client, site):
    assert language_switch(client.get("/en/topics/minimum-wage/")) == [("he", "/he/topics/minimum-wage/", None)]
    assert language_switch(client.get("/he/team/dana-levi/")) == [("en", "/en/team/dana-levi/", None)]


def test_language_switch_leads_to_the_other_home_without_a_translation(client, site):
    [(code, href, title)] = language_switch(client.get("/en/publications/insight/housing-costs/"))
    assert (code, href) == ("he", "/he/")
    assert title  # tells the reader why they land on the home page


def test_language_switch_names_languages_in_their_own_language(client, site):
    switch = re.search(r'<ul class="language-switch".*?</ul>', html(client.get("/en/")), re.S).group(0)
    assert text(switch) == "עברית"
    switch = re.search(r'<ul class="language-switch".*?</ul>', html(client.get("/he/")), re.S).group(0)
    assert text(switch) == "English"


def test_publication_offers_reading_it_in_the_other_language(client, site):
    translation_links = [
        a
        for a in elements(main(client.get("/en/publications/insight/wages-and-growth/")), "a")
        if a["attrs"].get("hreflang")
    ]
    assert [(a["attrs"]["href"], a["text"]) for a in translation_links] == [
        ("/he/publications/insight/wages-and-growth/", "לקריאה בעברית")
    ]


def test_header_shows_the_institute_in_the_page_language(client, site):
    english = client.get("/en/about/")
    assert "Institute for Policy Studies" in text(header(english))
    assert "<title>About us | IPS</title>" in html(english)
    hebrew = client.get("/he/about/")
    assert "המכון למחקרי מדיניות" in text(header(hebrew))
    assert "<title>אודות | ממ״מ</title>" in html(hebrew)


def test_links_on_a_hebrew_page_stay_in_hebrew(client, site):
    """Authors and topics were linked to the English pages; readers still get the Hebrew ones."""
    body = main(client.get("/he/publications/insight/wages-and-growth/"))
    local = [a["attrs"]["href"] for a in elements(body, "a") if "hreflang" not in a["attrs"]]
    assert "/he/team/dana-levi/" in local
    assert "/he/topics/labour-market/" in local
    assert not [href for href in local if href.startswith("/en/")]
    assert HEBREW.search(text(body))


def test_localize_pages_maps_to_live_translations_in_one_query(site, django_assert_num_queries):
    en_topics = [site.en.labour, site.en.housing, site.en.security]
    hebrew, english = site.locale.he, site.locale.en
    with django_assert_num_queries(1):
        localized = localize_pages(en_topics, hebrew)
    # Housing has no Hebrew translation: the English page stands in.
    assert [page.title for page in localized] == ["שוק העבודה", "Housing", "ביטחון"]
    with django_assert_num_queries(0):
        assert localize_pages(en_topics, english) == en_topics
