"""The publications index and the cards every listing shows."""

import datetime
import re

from lectern.core.tests.builders import make_publication
from lectern.core.tests.helpers import HEBREW, card_titles, elements, link_to, main, text


def cards(markup):
    return re.findall(r'<article class="card card--publication">.*?</article>', markup, re.S)


def test_index_lists_every_publication_of_its_language_newest_first(client, site):
    assert card_titles(main(client.get("/en/publications/"))) == [
        "Wages and growth",
        "Housing costs",
        "Minimum wage effects",
        "Security outlook",
    ]
    assert card_titles(main(client.get("/he/publications/"))) == [
        "שכר וצמיחה",
        "השפעות שכר המינימום",
        "תחזית ביטחונית",
    ]


def test_index_links_to_each_series(client, site):
    nav = re.search(r'<nav class="series-nav".*?</nav>', main(client.get("/en/publications/")), re.S).group(0)
    assert [(a["text"], a["attrs"]["href"]) for a in elements(nav, "a")] == [
        ("Insight", "/en/publications/insight/"),
        ("Policy Papers", "/en/publications/policy-papers/"),
    ]


def test_card_shows_series_number_date_title_authors_and_summary(client, site):
    card = cards(main(client.get("/en/publications/")))[0]
    assert text(card) == (
        "Insight No. 1 · March 5, 2024 Wages and growth Dana Levi, Guest Writer, Amir Cohen Summary of Wages and growth."
    )
    assert link_to(card, "Wages and growth") == "/en/publications/insight/wages-and-growth/"
    [img] = elements(card, "img")
    assert img["attrs"]["alt"] == ""  # decorative: the title says it all


def test_hebrew_card_names_authors_in_hebrew(client, site):
    card = cards(main(client.get("/he/publications/")))[0]
    assert "דנה לוי, Guest Writer, אמיר כהן" in text(card)
    assert "5 במרץ 2024" in text(card)
    assert link_to(card, "שכר וצמיחה") == "/he/publications/insight/wages-and-growth/"


def test_newest_first_with_ties_broken_by_creation(client, site):
    day = datetime.date(2025, 1, 1)
    make_publication(site.en.papers, "First of the day", number=2, date=day)
    make_publication(site.en.papers, "Second of the day", number=3, date=day)
    assert card_titles(main(client.get("/en/publications/")))[:2] == ["Second of the day", "First of the day"]


def test_index_is_paginated_twelve_to_a_page(client, site):
    for number in range(2, 14):
        make_publication(site.en.papers, f"Paper {number}", number=number, date=datetime.date(2025, 1, number))
    first = main(client.get("/en/publications/"))
    assert len(card_titles(first)) == 12
    assert card_titles(first)[0] == "Paper 13"
    second = main(client.get("/en/publications/", {"page": "2"}))
    assert card_titles(second) == ["Wages and growth", "Housing costs", "Minimum wage effects", "Security outlook"]
    assert "Page 2 of 2" in second


def test_empty_listing_says_so(client, site):
    site.en.security_pub.unpublish()
    assert text(
        re.search(r'<p class="empty">.*?</p>', main(client.get("/en/publications/policy-papers/"))).group(0)
    ) == ("No publications yet.")
    for page in [site.he.wages, site.he.minimum_pub, site.he.security_pub]:
        page.unpublish()
    empty = text(re.search(r'<p class="empty">.*?</p>', main(client.get("/he/publications/"))).group(0))
    assert HEBREW.search(empty)
