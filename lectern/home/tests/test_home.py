"""The home page: editors' picks and the latest publications."""

import datetime
import re

from lectern.core.tests.builders import make_publication
from lectern.core.tests.helpers import card_titles, elements, html, main, text
from lectern.home.models import FeaturedItem


def featured(response):
    section = re.search(r'<section class="featured".*?</section>', main(response), re.S)
    if not section:
        return []
    return [h["text"] for h in elements(section.group(0), "h3")]


def latest(response):
    return card_titles(re.search(r'<section class="latest".*?</section>', main(response), re.S).group(0))


def test_home_shows_institute_name_tagline_and_intro(client, site):
    markup = main(client.get("/en/"))
    assert elements(markup, "h1")[0]["text"] == "Institute for Policy Studies"
    assert "Research for better policy" in text(markup)
    assert "<title>Institute for Policy Studies | IPS</title>" in html(client.get("/en/"))


def test_home_has_no_breadcrumb(client, site):
    assert 'class="breadcrumbs"' not in main(client.get("/en/"))


def test_latest_publications_newest_first(client, site):
    assert latest(client.get("/en/")) == [
        "Wages and growth",
        "Housing costs",
        "Minimum wage effects",
        "Security outlook",
    ]


def test_latest_shows_at_most_six(client, site):
    for number in range(2, 10):
        make_publication(site.en.papers, f"Paper {number}", number=number, date=datetime.date(2025, 1, number))
    assert latest(client.get("/en/")) == [f"Paper {number}" for number in range(9, 3, -1)]


def test_featured_items_come_first_in_editor_order(client, site):
    FeaturedItem.objects.create(home=site.en.home, page=site.en.security_pub, sort_order=1)
    response = client.get("/en/")
    assert featured(response) == ["Labour futures", "Security outlook"]
    # A featured publication is not repeated among the latest.
    assert "Security outlook" not in latest(response)


def test_featured_project_card_links_and_summarises(client, site):
    section = re.search(r'<section class="featured".*?</section>', main(client.get("/en/")), re.S).group(0)
    assert elements(section, "a")[0]["attrs"]["href"] == "/en/projects/labour-futures/"
    assert "How work changes." in text(section)


def test_hebrew_home_shows_the_hebrew_translation_of_a_pick(client, site):
    FeaturedItem.objects.create(home=site.he.home, page=site.en.wages, sort_order=0)
    response = client.get("/he/")
    # The pick points to the English page; the Hebrew home shows its Hebrew translation.
    assert featured(response) == ["שכר וצמיחה"]
    assert "שכר וצמיחה" not in latest(response)


def test_hebrew_home_lists_hebrew_publications(client, site):
    response = client.get("/he/")
    assert elements(main(response), "h1")[0]["text"] == "המכון למחקרי מדיניות"
    assert latest(response) == ["שכר וצמיחה", "השפעות שכר המינימום", "תחזית ביטחונית"]


def test_unpublished_featured_page_is_left_out(client, site):
    site.en.project.unpublish()
    assert featured(client.get("/en/")) == []
    assert 'class="featured"' not in main(client.get("/en/"))


def test_home_without_publications(client, site):
    for name in ["en.wages", "en.housing_pub", "en.minimum_pub", "en.security_pub"]:
        getattr(site.en, name.split(".")[1]).unpublish()
    assert "No publications yet." in text(main(client.get("/en/")))
