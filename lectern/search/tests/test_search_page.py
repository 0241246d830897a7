"""The search page as a reader uses it, in English and Hebrew."""

import re

from django.core.management import call_command

import pytest

from lectern.core.tests.builders import make_publication, paragraph
from lectern.core.tests.helpers import html, main, text


def titles(response):
    return [text(t) for t in re.findall(r'<h3 class="card__title"><a [^>]*>(.*?)</a></h3>', main(response), re.S)]


@pytest.fixture
def indexed(site):
    """The test site with a few searchable publications, indexed as `make run` indexes."""
    make_publication(
        site.en.insight,
        "Sanctions and Their Limits",
        number=40,
        summary="Economic sanctions on Tehran have widened, with mixed results.",
        body=[paragraph("<p>The sanctions regime now covers shipping and banking.</p>")],
    )
    make_publication(
        site.he.insight,
        "הצפון אחרי המלחמה",
        number=41,
        summary="הערכה של המצב בגבול הצפון.",
        body=[paragraph("<p>צה״ל ממשיך לפעול נגד ארגון חזבאללה בלבנון, והחות׳ים ממשיכים לירות.</p>")],
    )
    make_publication(
        site.he.insight,
        "מבט על הגבול",
        number=42,
        summary="סקירה קצרה.",
        body=[paragraph("<p>ההסכם עם לבנון ומעמדו של וחזבאללה אחרי הפסקת האש.</p>")],
    )
    call_command("update_index", verbosity=0)
    return site


def test_finds_publications_with_type_meta_snippet_and_count(client, indexed):
    response = client.get("/en/search/?q=sanction")
    assert response.status_code == 200
    body = main(response)
    assert titles(response)[0] == "Sanctions and Their Limits"
    assert "1 result for “sanction”" in text(body)
    assert '<p class="search-hit__type">Publication</p>' in body
    assert "Insight No. 40" in text(body)
    assert "<mark>sanctions</mark>" in body.lower()


def test_hebrew_prefixed_words_are_found_and_exact_forms_rank_first(client, indexed):
    response = client.get("/he/search/?q=חזבאללה")
    assert response.status_code == 200
    found = titles(response)
    assert found[:2] == ["הצפון אחרי המלחמה", "מבט על הגבול"]  # "חזבאללה" as written ranks above "וחזבאללה"
    assert '<html lang="he" dir="rtl"' in html(response)
    assert "<mark>וחזבאללה</mark>" in main(response)


def test_geresh_written_either_way_finds_the_same_pages(client, indexed):
    ascii_quote = titles(client.get("/he/search/?q=החות'ים"))
    hebrew_geresh = titles(client.get("/he/search/?q=החות׳ים"))
    assert ascii_quote == hebrew_geresh == ["הצפון אחרי המלחמה"]


def test_results_stay_in_the_page_language_with_a_link_to_the_other(client, indexed):
    response = client.get("/he/search/?q=sanctions")
    assert titles(response) == []
    body = main(response)
    assert "/en/search/?q=sanctions" in body  # the English results are one click away
    assert "Sanctions and Their Limits" not in body


def test_type_filter_and_date_sort(client, indexed):
    people = client.get("/en/search/?q=dana&type=people.personpage")
    assert titles(people) == ["Dana Levi"]
    by_date = client.get("/en/search/?q=insight&sort=date&type=publications.publicationpage")
    assert by_date.status_code == 200


def test_no_match_says_so_and_suggests_close_spellings(client, indexed):
    response = client.get("/en/search/?q=sanctoins")
    body = text(main(response))
    assert "Nothing matches your search." in body
    assert "Did you mean:" in body and "sanctions" in body


@pytest.mark.parametrize(
    ("query", "status"),
    [
        ("q=" + "x" * 500, 400),
        ("q=iran&type=bogus", 400),
        ("q=iran&sort=sideways", 400),
        ("q=sanctions&page=abc", 404),
        ("q=sanctions&page=99", 404),
        ("q=%00", 400),  # Django refuses null characters in form input, with a message
        ("q=%1f%7f%0a", 200),
        ("q=' OR 1=1 --", 200),
        ('q="unbalanced', 200),
        ("q=NEAR(a b) AND * ^", 200),
        ("q=איראן Iran 伊朗", 200),
        ("q=a&q=b", 200),
    ],
)
def test_bad_input_gets_a_clear_answer_never_a_500(client, indexed, query, status):
    assert client.get(f"/en/search/?{query}").status_code == status


def test_search_page_queries_do_not_grow_with_results(client, indexed, django_assert_max_num_queries):
    client.get("/en/search/?q=sanction")  # warm the menus
    with django_assert_max_num_queries(20):
        client.get("/en/search/?q=sanction")


def test_publication_filters_narrow_the_search(client, indexed):
    everything = set(titles(client.get("/en/search/?q=wages")))
    assert {"Wages and growth", "Minimum wage effects", "Minimum wage"} <= everything  # the last one is a topic
    assert titles(client.get("/en/search/?q=wages&year=2024")) == ["Wages and growth"]
    assert titles(client.get("/en/search/?q=wages&topic=minimum-wage")) == ["Minimum wage effects"]
    # Filters are publication filters: people and topics drop out of the results.
    assert "Dana Levi" not in titles(client.get("/en/search/?q=dana&series=insight"))


def test_an_unknown_filter_value_is_a_clear_400(client, indexed):
    response = client.get("/en/search/?q=wages&series=nope")
    assert response.status_code == 400
    assert "There is no series “nope”." in text(main(response))
