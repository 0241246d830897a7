"""RSS and Atom feeds: all publications, a series, a topic, an author, in both languages.

Every feed is read with feedparser, as a feed reader would, and must parse cleanly (no bozo).
"""

import calendar
import datetime
from html import unescape

from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import PageViewRestriction

import feedparser
import pytest

from lectern.core.tests.builders import add_many_publications, fast_builds, make_publication, translate
from lectern.core.tests.helpers import HEBREW, elements, html
from lectern.feeds.feeds import FEED_LENGTH

FORMATS = ["rss", "atom"]
CONTENT_TYPES = {"rss": "application/rss+xml; charset=utf-8", "atom": "application/atom+xml; charset=utf-8"}

# Every feed of the test site, with the titles of its items, newest first.
EXPECTED = {
    "/en/feeds/publications": ["Wages and growth", "Housing costs", "Minimum wage effects", "Security outlook"],
    "/he/feeds/publications": ["שכר וצמיחה", "השפעות שכר המינימום", "תחזית ביטחונית"],
    "/en/feeds/series/insight": ["Wages and growth", "Housing costs", "Minimum wage effects"],
    "/he/feeds/series/insight": ["שכר וצמיחה", "השפעות שכר המינימום"],
    "/en/feeds/series/policy-papers": ["Security outlook"],
    "/he/feeds/series/policy-papers": ["תחזית ביטחונית"],
    # A topic's feed holds the publications of its sub-topics too (labour market, minimum wage, housing).
    "/en/feeds/topics/economy": ["Wages and growth", "Housing costs", "Minimum wage effects"],
    "/he/feeds/topics/economy": ["שכר וצמיחה", "השפעות שכר המינימום"],
    "/en/feeds/topics/security": ["Wages and growth", "Security outlook"],
    "/he/feeds/topics/minimum-wage": ["השפעות שכר המינימום"],
    "/en/feeds/people/dana-levi": ["Wages and growth", "Minimum wage effects"],
    "/he/feeds/people/dana-levi": ["שכר וצמיחה", "השפעות שכר המינימום"],
    "/en/feeds/people/amir-cohen": ["Wages and growth", "Housing costs"],
    "/he/feeds/people/amir-cohen": ["שכר וצמיחה"],
}


def read(client, url):
    """The parsed feed at ``url``, which must answer 200 and parse cleanly."""
    response = client.get(url)
    assert response.status_code == 200, url
    parsed = feedparser.parse(response.content)
    assert parsed.bozo == 0, f"{url}: {parsed.get('bozo_exception')!r}"
    return parsed


def entry(parsed, title):
    return next(item for item in parsed.entries if item.title == title)


# --- every feed ----------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("base", list(EXPECTED))
def test_feed_parses_and_lists_its_publications_newest_first(client, site, base, fmt):
    url = f"{base}.{fmt}"
    response = client.get(url)
    assert response["Content-Type"] == CONTENT_TYPES[fmt]
    parsed = read(client, url)
    assert parsed.version == ("rss20" if fmt == "rss" else "atom10")
    assert [item.title for item in parsed.entries] == EXPECTED[base]
    language = base[1:3]
    assert parsed.feed.language == language
    if language == "he":
        assert HEBREW.search(parsed.feed.title)
        assert all(HEBREW.search(item.title) for item in parsed.entries)
    for item in parsed.entries:
        assert item.link.startswith(f"http://testserver/{language}/publications/")
        assert item.published_parsed and item.summary and item.get("tags")


@pytest.mark.parametrize("fmt", FORMATS)
def test_feed_titles_and_links_in_english(client, site, fmt):
    parsed = read(client, f"/en/feeds/series/insight.{fmt}")
    assert parsed.feed.title == "Insight – Institute for Policy Studies"
    assert parsed.feed.link == "http://testserver/en/publications/insight/"
    self_link = next(link.href for link in parsed.feed.links if link.rel == "self")
    assert self_link == f"http://testserver/en/feeds/series/insight.{fmt}"
    titles = {
        "/en/feeds/publications": "Publications – Institute for Policy Studies",
        "/en/feeds/topics/economy": "Publications on Economy – Institute for Policy Studies",
        "/en/feeds/people/dana-levi": "Publications by Dana Levi – Institute for Policy Studies",
    }
    for base, title in titles.items():
        assert read(client, f"{base}.{fmt}").feed.title == title
    assert read(client, f"/en/feeds/topics/economy.{fmt}").feed.link == "http://testserver/en/topics/economy/"
    assert read(client, f"/en/feeds/people/dana-levi.{fmt}").feed.link == "http://testserver/en/team/dana-levi/"
    assert read(client, f"/en/feeds/publications.{fmt}").feed.link == "http://testserver/en/publications/"


@pytest.mark.parametrize("fmt", FORMATS)
def test_feed_titles_and_links_in_hebrew(client, site, fmt):
    parsed = read(client, f"/he/feeds/people/dana-levi.{fmt}")
    assert parsed.feed.title == "פרסומים מאת דנה לוי – המכון למחקרי מדיניות"
    assert parsed.feed.link == "http://testserver/he/team/dana-levi/"
    assert HEBREW.search(parsed.feed.get("subtitle") or parsed.feed.get("description"))
    parsed = read(client, f"/he/feeds/publications.{fmt}")
    assert parsed.feed.title == "פרסומים – המכון למחקרי מדיניות"
    assert parsed.feed.link == "http://testserver/he/publications/"
    assert read(client, f"/he/feeds/topics/economy.{fmt}").feed.title == "פרסומים בנושא כלכלה – המכון למחקרי מדיניות"


# --- what an item carries --------------------------------------------------------------------------


def test_rss_item_names_all_authors_in_order(client, site):
    wages = entry(read(client, "/en/feeds/publications.rss"), "Wages and growth")
    assert wages.author == "Dana Levi, Guest Writer, Amir Cohen"
    he_wages = entry(read(client, "/he/feeds/publications.rss"), "שכר וצמיחה")
    assert he_wages.author == "דנה לוי, Guest Writer, אמיר כהן"


def test_atom_entry_has_one_author_element_per_author(client, site):
    wages = entry(read(client, "/en/feeds/publications.atom"), "Wages and growth")
    assert [author.name for author in wages.authors] == ["Dana Levi", "Guest Writer", "Amir Cohen"]
    he_wages = entry(read(client, "/he/feeds/publications.atom"), "שכר וצמיחה")
    assert [author.name for author in he_wages.authors] == ["דנה לוי", "Guest Writer", "אמיר כהן"]
    security = entry(read(client, "/en/feeds/publications.atom"), "Security outlook")
    assert [author.name for author in security.authors] == ["Guest Writer"]


def test_atom_feed_names_the_institute_as_its_author(client, site):
    assert read(client, "/en/feeds/publications.atom").feed.author == "Institute for Policy Studies"


@pytest.mark.parametrize("fmt", FORMATS)
def test_categories_are_the_topics_in_the_feed_language(client, site, fmt):
    wages = entry(read(client, f"/en/feeds/publications.{fmt}"), "Wages and growth")
    assert sorted(tag.term for tag in wages.tags) == ["Labour market", "Security"]
    he_wages = entry(read(client, f"/he/feeds/publications.{fmt}"), "שכר וצמיחה")
    assert sorted(tag.term for tag in he_wages.tags) == sorted(["שוק העבודה", "ביטחון"])


def test_a_draft_topic_is_no_category(client, site):
    site.en.security.unpublish()
    wages = entry(read(client, "/en/feeds/publications.rss"), "Wages and growth")
    assert [tag.term for tag in wages.tags] == ["Labour market"]


@pytest.mark.parametrize(
    ("fmt", "winter", "summer"),
    [
        ("rss", "Tue, 05 Mar 2024 00:00:00 +0200", "Thu, 01 Jun 2023 00:00:00 +0300"),
        ("atom", "2024-03-05T00:00:00+02:00", "2023-06-01T00:00:00+03:00"),
    ],
)
def test_dates_are_the_publication_date_at_the_institute_with_its_offset(client, site, fmt, winter, summer):
    parsed = read(client, f"/en/feeds/publications.{fmt}")
    wages = entry(parsed, "Wages and growth")
    assert wages.published == winter
    # Midnight in Jerusalem (UTC+2 in winter, +3 in summer, daylight saving time) is the evening before in UTC.
    assert calendar.timegm(wages.published_parsed) == calendar.timegm((2024, 3, 4, 22, 0, 0))
    security = entry(parsed, "Security outlook")
    assert security.published == summer
    assert calendar.timegm(security.published_parsed) == calendar.timegm((2023, 5, 31, 21, 0, 0))


def test_atom_entries_and_feed_carry_an_updated_date(client, site):
    parsed = read(client, "/en/feeds/publications.atom")
    assert parsed.feed.updated == "2024-03-05T00:00:00+02:00"
    assert all(item.updated for item in parsed.entries)


def test_rss_feed_has_a_last_build_date(client, site):
    response = client.get("/en/feeds/publications.rss")
    assert "<lastBuildDate>Tue, 05 Mar 2024 00:00:00 +0200</lastBuildDate>" in html(response)


def test_republishing_later_updates_the_atom_entry_not_its_publication_date(client, site):
    page = site.en.housing_pub
    page.save_revision().publish()
    housing = entry(read(client, "/en/feeds/publications.atom"), "Housing costs")
    assert housing.published == "2024-01-10T00:00:00+02:00"
    assert housing.updated_parsed > housing.published_parsed


@pytest.mark.parametrize("fmt", FORMATS)
def test_summary_is_whole_and_escaped(client, site, fmt):
    summary = "Research & development <costs> grow. " + "A long sentence about wages. " * 40
    make_publication(site.en.papers, "Long summary", number=7, date=datetime.date(2024, 6, 1), summary=summary)
    item = entry(read(client, f"/en/feeds/publications.{fmt}"), "Long summary")
    assert unescape(item.summary) == summary.strip()


def test_guids_are_unique_and_differ_between_languages(client, site):
    en = read(client, "/en/feeds/publications.rss").entries
    he = read(client, "/he/feeds/publications.rss").entries
    guids = [item.id for item in en + he]
    assert len(set(guids)) == len(guids) == 7
    assert all(guid.startswith("urn:uuid:") for guid in guids)
    assert not any(item.guidislink for item in en)
    atom = read(client, "/en/feeds/publications.atom").entries
    assert [item.id for item in atom] == [item.id for item in en]


def test_guid_stays_when_the_address_changes(client, site):
    before = entry(read(client, "/en/feeds/publications.rss"), "Housing costs").id
    page = site.en.housing_pub
    page.slug = "the-cost-of-housing"
    page.save()
    after = entry(read(client, "/en/feeds/publications.rss"), "Housing costs")
    assert after.link == "http://testserver/en/publications/insight/the-cost-of-housing/"
    assert after.id == before


# --- what a feed leaves out ------------------------------------------------------------------------


def test_drafts_are_left_out(client, site):
    site.en.housing_pub.unpublish()
    titles = [item.title for item in read(client, "/en/feeds/publications.rss").entries]
    assert "Housing costs" not in titles


def test_private_publications_are_left_out_and_private_series_have_no_feed(client, site):
    PageViewRestriction.objects.create(page=site.en.insight, restriction_type="password", password="secret")
    assert [item.title for item in read(client, "/en/feeds/publications.rss").entries] == ["Security outlook"]
    assert client.get("/en/feeds/series/insight.rss").status_code == 404
    assert len(read(client, "/he/feeds/publications.rss").entries) == 3


def test_a_feed_holds_the_latest_fifty(client, site):
    with fast_builds():
        add_many_publications(
            site.en.papers,
            count=FEED_LENGTH + 5,
            people=[site.en.amir],
            topics=[],
            start=100,
            first_date=datetime.date(2025, 1, 1),
        )
    entries = read(client, "/en/feeds/publications.rss").entries
    assert len(entries) == FEED_LENGTH
    assert entries[0].title == f"Bulk paper policy-papers {100 + FEED_LENGTH + 4}"
    assert entries[-1].title == "Bulk paper policy-papers 105"


@pytest.mark.parametrize(
    "url",
    [
        "/en/feeds/series/no-such-series.rss",
        "/he/feeds/series/no-such-series.atom",
        "/en/feeds/topics/no-such-topic.rss",
        "/he/feeds/topics/no-such-topic.atom",
        "/en/feeds/people/no-such-person.rss",
        "/he/feeds/people/no-such-person.atom",
        "/en/feeds/people/draft-person.rss",  # a draft
        "/he/feeds/topics/housing.rss",  # English only
        "/en/feeds/series/wages-and-growth.rss",  # a publication, not a series
        "/en/feeds/topics/insight.atom",  # a series, not a topic
        "/en/feeds/publications.json",
    ],
)
def test_unknown_feeds_are_not_found(client, site, url):
    assert client.get(url).status_code == 404


# --- autodiscovery ---------------------------------------------------------------------------------


def feed_links(response):
    return [
        link["attrs"]
        for link in elements(html(response), "link")
        if link["attrs"].get("rel") == "alternate" and link["attrs"].get("type", "").endswith("+xml")
    ]


@pytest.mark.parametrize(
    ("page", "feed"),
    [
        ("/en/publications/", "/en/feeds/publications"),
        ("/he/publications/", "/he/feeds/publications"),
        ("/en/publications/insight/", "/en/feeds/series/insight"),
        ("/he/publications/policy-papers/", "/he/feeds/series/policy-papers"),
        ("/en/topics/economy/", "/en/feeds/topics/economy"),
        ("/he/topics/minimum-wage/", "/he/feeds/topics/minimum-wage"),
        ("/en/team/dana-levi/", "/en/feeds/people/dana-levi"),
        ("/he/team/amir-cohen/", "/he/feeds/people/amir-cohen"),
    ],
)
def test_pages_announce_their_feeds(client, site, page, feed):
    links = feed_links(client.get(page))
    assert [(link["type"], link["href"]) for link in links] == [
        ("application/rss+xml", f"{feed}.rss"),
        ("application/atom+xml", f"{feed}.atom"),
    ]
    for link, label in zip(links, ["RSS", "Atom"], strict=True):
        parsed = read(client, link["href"])
        assert link["title"] == f"{parsed.feed.title} ({label})"
        assert parsed.entries


@pytest.mark.parametrize(
    "page", ["/en/", "/he/", "/en/publications/insight/wages-and-growth/", "/en/team/", "/en/about/", "/en/topics/"]
)
def test_other_pages_announce_no_feed(client, site, page):
    assert feed_links(client.get(page)) == []


# --- cost ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "/en/feeds/publications.rss",
        "/he/feeds/publications.atom",
        "/en/feeds/series/insight.atom",
        "/en/feeds/topics/economy.rss",
        "/he/feeds/topics/economy.rss",
        "/en/feeds/people/dana-levi.rss",
        "/he/feeds/people/dana-levi.atom",
    ],
)
def test_feed_queries_do_not_grow_with_the_archive(client, site, url, django_assert_max_num_queries):
    cache.clear()
    with CaptureQueriesContext(connection) as few:
        assert client.get(url).status_code == 200
    with CaptureQueriesContext(connection) as few_warm:
        client.get(url)

    with fast_builds():
        bulk = add_many_publications(
            site.en.insight,
            count=30,
            people=[site.en.dana, site.en.amir, "Guest Author"],
            topics=[site.en.labour, site.en.minimum_wage, site.en.security],
            start=10,
            first_date=datetime.date(2025, 1, 1),
        )
        for page in bulk:
            translate(page, site.locale.he, title=f"מאמר {page.number}")

    cache.clear()
    with django_assert_max_num_queries(len(few), info=f"{url}, cold, many items"):
        response = client.get(url)
    with django_assert_max_num_queries(len(few_warm), info=f"{url}, warm, many items"):
        client.get(url)
    parsed = feedparser.parse(response.content)
    assert parsed.bozo == 0
    assert len(parsed.entries) > 30
    assert len(few_warm) <= 12, [query["sql"] for query in few_warm.captured_queries]
