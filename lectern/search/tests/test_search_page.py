"""The search page as a reader uses it, in English and Hebrew."""

import re

from django.core.cache import cache
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
    # Of these, the publication facets take 8: matches counted, the best ids, the series, topic,
    # author and year counts, and the topics' and authors' names.
    with django_assert_max_num_queries(21):
        client.get("/en/search/?q=sanction")


def test_publication_filters_narrow_the_search(client, indexed):
    everything = set(titles(client.get("/en/search/?q=wages")))
    assert {"Wages and growth", "Minimum wage effects", "Minimum wage"} <= everything  # the last one is a topic
    assert titles(client.get("/en/search/?q=wages&year=2024")) == ["Wages and growth"]
    assert titles(client.get("/en/search/?q=wages&topic=minimum-wage")) == ["Minimum wage effects"]
    # Filters are publication filters: people and topics drop out of the results.
    assert "Dana Levi" not in titles(client.get("/en/search/?q=dana&series=insight"))


def facets(response):
    """{facet heading: [(option, count, selected, address)]} of the search page's refinements."""
    aside = re.search(r'<aside class="archive__filters".*?</aside>', main(response), re.S)
    if aside is None:
        return {}
    found = {}
    for heading, items in re.findall(
        r'<h3 class="facet__heading">(.*?)</h3>\s*<ul class="facet">(.*?)</ul>', aside.group(0), re.S
    ):
        found[heading] = [
            (text(label), int(count), "aria-current" in attrs, href.replace("&amp;", "&"))
            for href, attrs, label, count in re.findall(
                r'<a href="([^"]*)"([^>]*)>(.*?) <span class="facet__count">\((\d+)\)</span></a>', items, re.S
            )
        ]
    return found


def test_matching_publications_are_counted_by_series_topic_author_and_year(client, indexed):
    found = facets(client.get("/en/search/?q=wages"))
    assert ("Insight", 2, False, "?q=wages&series=insight") in found["Series"]
    assert ("2024", 2, False, "?q=wages&year=2024") not in found["Year"]  # one in 2024, one in another year
    assert sum(count for _, count, _, _ in found["Year"]) == 2
    assert ("Minimum wage", 1, False, "?q=wages&topic=minimum-wage") in found["Topic"]
    assert found["Author"] == [
        ("Dana Levi", 2, False, "?q=wages&author=dana-levi"),
        ("Amir Cohen", 1, False, "?q=wages&author=amir-cohen"),
    ]


def test_a_chosen_facet_is_marked_narrows_the_results_and_keeps_the_query(client, indexed):
    response = client.get("/en/search/?q=wages&topic=minimum-wage")
    assert titles(response) == ["Minimum wage effects"]
    found = facets(response)
    assert ("Minimum wage", 1, True, "?q=wages") in found["Topic"]  # selected: its link removes it
    # Other facets count what the chosen topic leaves.
    assert [(label, count) for label, count, _, _ in found["Series"]] == [("Insight", 1)]


def test_a_broad_query_counts_among_its_best_matches_and_says_so(client, indexed, monkeypatch):
    from lectern.search import views

    everything = client.get("/en/search/?q=wages")
    assert "most relevant" not in main(everything)
    total = re.search(r"\d+ results for", text(main(everything))).group(0)
    monkeypatch.setattr(views, "FACET_SCOPE", 1)
    cache.clear()  # facets are cached until the next publish
    response = client.get("/en/search/?q=wages")
    assert "Counted among the most relevant publication." in text(main(response))
    assert sum(count for _, count, _, _ in facets(response)["Year"]) == 1
    assert total in text(main(response))  # the total still counts every match


def test_no_publication_facets_without_publications(client, indexed):
    assert facets(client.get("/en/search/?q=dana&type=people")) == {}
    assert facets(client.get("/en/search/?q=nothingmatchesthis")) == {}


def test_an_unknown_filter_value_is_a_clear_400(client, indexed):
    response = client.get("/en/search/?q=wages&series=nope")
    assert response.status_code == 400
    assert "There is no series “nope”." in text(main(response))


@pytest.mark.parametrize(
    ("path", "heading", "note"),
    [
        ("/en/search/?q=wages", "More than 1 results for “wages”", "The 1 most relevant are listed"),
        ("/he/search/?q=שכר", "יותר מ-1 תוצאות עבור „שכר”", "מוצגות 1 התוצאות הרלוונטיות ביותר"),
    ],
)
def test_a_count_beyond_the_limit_says_more_than(client, indexed, monkeypatch, path, heading, note):
    from lectern.search import ranking

    monkeypatch.setattr(ranking, "RESULT_LIMIT", 1)
    response = client.get(path)
    assert response.status_code == 200
    body = text(main(response))
    assert heading in body and note in body
    assert len(titles(response)) == 1
    assert client.get(f"{path}&page=2").status_code == 404  # only the listed results have pages
