"""The archive's filters: combinable, counted, in the URL, and never a 500."""

import re

import pytest

from lectern.core.tests.helpers import card_titles, main, text


def facet(response, heading):
    """{label: (count, selected)} of one facet in the sidebar."""
    body = main(response)
    block = re.search(rf'<h3 class="facet__heading">{heading}</h3>\s*<ul class="facet">(.*?)</ul>', body, re.S)
    options = {}
    for attrs, label, count in re.findall(
        r"<a ([^>]*)>(.*?) <span class=\"facet__count\">\((\d+)\)</span></a>", block.group(1)
    ):
        options[text(label)] = (int(count), "is-selected" in attrs)
    return options


def count(response):
    return int(re.search(r'archive__count" role="status">(\d+)', main(response)).group(1))


def test_unfiltered_archive_counts_every_facet(client, site):
    response = client.get("/en/publications/")
    assert response.status_code == 200
    assert count(response) == 4
    assert facet(response, "Series") == {"Insight": (3, False), "Policy Papers": (1, False)}
    assert facet(response, "Year") == {"2024": (2, False), "2023": (2, False)}
    assert facet(response, "Author")["Dana Levi"] == (2, False)
    assert facet(response, "Language") == {"English": (4, True), "Hebrew": (3, False)}


def test_filters_combine_and_each_facet_counts_what_the_others_leave(client, site):
    response = client.get("/en/publications/?series=insight&year=2024")
    assert card_titles(main(response)) == ["Wages and growth", "Housing costs"]
    # The series facet ignores its own filter: it shows what choosing another series would give.
    assert facet(response, "Series") == {"Insight": (2, True)}
    assert facet(response, "Year") == {"2024": (2, True), "2023": (1, False)}


def test_a_topic_filter_includes_its_sub_topics(client, site):
    response = client.get("/en/publications/?topic=economy")
    assert card_titles(main(response)) == ["Wages and growth", "Housing costs", "Minimum wage effects"]


def test_author_and_date_range(client, site):
    assert card_titles(main(client.get("/en/publications/?author=dana-levi"))) == [
        "Wages and growth",
        "Minimum wage effects",
    ]
    response = client.get("/en/publications/?from=2023-11-01&to=2024-02-01")
    assert card_titles(main(response)) == ["Housing costs", "Minimum wage effects"]


def test_language_filter_lists_the_other_languages_publications(client, site):
    response = client.get("/en/publications/?language=he")
    titles = card_titles(main(response))
    assert len(titles) == 3 and all(re.search("[\u0590-\u05ff]", title) for title in titles)
    assert "/he/publications/insight/wages-and-growth/" in main(response)


def test_series_and_topic_pages_filter_within_themselves(client, site):
    series = client.get("/en/publications/insight/?author=amir-cohen")
    assert card_titles(main(series)) == ["Wages and growth", "Housing costs"]
    assert "Series</h3>" not in main(series)  # the page itself is the series
    topic = client.get("/en/topics/economy/?year=2023")
    assert card_titles(main(topic)) == ["Minimum wage effects"]


def test_pagination_keeps_the_filters(client, site):
    from lectern.core.tests.builders import add_many_publications

    add_many_publications(site.en.insight, count=14, people=[site.en.dana], topics=[site.en.housing], start=100)
    response = client.get("/en/publications/?series=insight")
    assert 'href="?series=insight&amp;page=2"' in main(response)
    assert client.get("/en/publications/?series=insight&page=2").status_code == 200


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("series=nope", "There is no series “nope”."),
        ("topic=nope", "There is no topic “nope”."),
        ("author=nobody", "There is no author “nobody”."),
        ("year=abc", "Enter a whole number."),
        ("year=99999999999999999999", "Ensure this value is less than or equal to 2999."),
        ("from=2024-13-45", "Enter a valid date."),
        ("from=2024-02-01&to=2024-01-01", "The end date is before the start date."),
        ("language=fr", "Select a valid choice. fr is not one of the available choices."),
        ("series=%3Cscript%3E", "Enter a valid “slug”"),
    ],
)
def test_bad_filter_values_get_a_clear_message_and_a_usable_page(client, site, query, message):
    response = client.get(f"/en/publications/?{query}")
    assert response.status_code == 400
    assert message in text(main(response))
    assert count(response) == 4  # the listing still works, unfiltered


def test_archive_queries_stay_flat_with_many_publications(client, site, django_assert_max_num_queries):
    from lectern.core.tests.builders import add_many_publications

    url = "/en/publications/?topic=economy&author=dana-levi&year=2024"
    client.get(url)
    with django_assert_max_num_queries(30) as few:
        client.get(url)
    add_many_publications(site.en.insight, count=30, people=[site.en.dana], topics=[site.en.labour], start=200)
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get(url)


def test_counts_are_kept_until_the_next_publish(client, site, django_assert_max_num_queries):
    import datetime

    from lectern.core.tests.builders import make_publication

    first = client.get("/en/publications/?page=1")
    assert facet(first, "Year") == {"2024": (2, False), "2023": (2, False)}
    # Another page of the same listing reuses the counts (one query fewer per facet).
    with django_assert_max_num_queries(30) as again:
        assert facet(client.get("/en/publications/"), "Year") == {"2024": (2, False), "2023": (2, False)}
    assert not any("COUNT(" in query["sql"] and "GROUP BY" in query["sql"] for query in again.captured_queries)

    page = make_publication(site.en.insight, "A new year", number=90, date=datetime.date(2025, 2, 3))
    page.save_revision().publish()  # as an editor publishes: the cached counts are retired
    assert facet(client.get("/en/publications/"), "Year") == {
        "2025": (1, False),
        "2024": (2, False),
        "2023": (2, False),
    }
