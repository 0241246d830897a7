"""Lectern's one-query ranking (SQLite and PostgreSQL) gives what Wagtail's backend gives, in fewer,
cheaper queries."""

from django.core.management import call_command
from django.db import connection
from django.db.models import F
from django.test.utils import CaptureQueriesContext

from wagtail.models import Page

import pytest

from lectern.core.tests.builders import make_image, make_publication, paragraph
from lectern.images.models import LecternImage
from lectern.people.models import PersonPage
from lectern.publications.models import PublicationPage
from lectern.search.analysis import analyze_query
from lectern.search.ranking import match_expression, ranked_results_class, tsquery_expression

pytestmark = pytest.mark.skipif(
    connection.vendor not in ("sqlite", "postgresql"), reason="Wagtail's own search for this database"
)

TEXTS = [
    ("Gas and power in the east", "Gas fields, gas exports and the power grid."),
    ("Gas exports", "Exports of gas to Egypt and Jordan."),
    ("The northern border", "Hezbollah, gas platforms and deterrence on the border."),
    ("Deterrence in the south", "Deterrence against Hamas and the gas rigs offshore."),
    ("Water and peace", "Water agreements with Jordan; no gas at all, only water."),
]


@pytest.fixture
def ranked(db):
    """The ranking class for this database."""
    return ranked_results_class()


@pytest.fixture
def indexed(site):
    for number, (title, summary) in enumerate(TEXTS, start=60):
        make_publication(site.en.insight, title, number=number, summary=summary, body=[paragraph(f"<p>{summary}</p>")])
    call_command("update_index", verbosity=0)
    return site


def candidates(site, models=(PublicationPage,)):
    return Page.objects.live().public().filter(locale_id=site.en.home.locale_id).type(*models)


@pytest.mark.parametrize("query", ["gas", "gas exports", "deterrence", "jordan water", "hezbollah gas", "nothing-here"])
@pytest.mark.parametrize("operator", ["and", "or"])
def test_same_results_and_order_as_wagtails_backend(indexed, query, operator, ranked):
    terms = analyze_query(query)
    models = [PublicationPage, PersonPage]
    pages = candidates(indexed, models)
    ours = ranked(pages, models, terms, operator)
    wagtails = pages.search(" ".join(terms), operator=operator)

    assert ours.count() == wagtails.count()
    assert [page.pk for page in ours[0:20]] == [page.pk for page in wagtails[0:20]]
    assert [page.pk for page in ours[1:3]] == [page.pk for page in wagtails[1:3]]


def test_by_date_keeps_the_given_order(indexed, ranked):
    pages = candidates(indexed).order_by(F("publicationpage__publication_date").desc(), F("first_published_at").desc())
    ours = ranked(pages, [PublicationPage], ["gas"], order_by=pages.query.order_by)
    expected = list(pages.filter(publicationpage__summary__icontains="gas").values_list("pk", flat=True))
    assert [page.pk for page in ours[0:10]] == expected
    assert ours.count() == len(expected) == 5


def test_by_date_lists_only_the_searched_page_types(indexed, ranked):
    """An image's index entry has an object id too: one equal to a page's key lists no page."""
    other = candidates(indexed).exclude(publicationpage__summary__icontains="gas").first()
    image = make_image(title="Gas rig at dawn")
    LecternImage.objects.filter(pk=image.pk).update(id=other.pk)  # the same key as a page that does not match
    call_command("update_index", verbosity=0)
    pages = candidates(indexed).order_by(F("publicationpage__publication_date").desc(), F("first_published_at").desc())
    ours = ranked(pages, [PublicationPage], ["gas"], order_by=pages.query.order_by)
    listed = [page.pk for page in ours[0:10]]
    assert other.pk not in listed
    assert len(listed) == ours.count() == 5


def test_filters_on_the_candidates_apply(indexed, ranked):
    only = PublicationPage.objects.filter(title__startswith="Gas").values("pk")
    ours = ranked(candidates(indexed).filter(pk__in=only), [PublicationPage], ["gas"])
    assert sorted(page.title for page in ours) == ["Gas and power in the east", "Gas exports"]


def test_the_index_ranks_its_matches_alone_then_its_best_are_read(indexed, ranked):
    pools = {}
    ours = ranked(candidates(indexed), [PublicationPage], ["gas"], pools=pools)
    with CaptureQueriesContext(connection) as queries:
        ours.count()
        ours[0:2]
    fts = [q["sql"] for q in queries.captured_queries if "indexentry" in q["sql"]]
    assert len(fts) == 2  # the pool holds every match: it gives the count too
    pool, entries = fts
    assert "wagtailcore_page" not in pool and "LIMIT" in pool  # no page is read while ranking every match
    assert "wagtailcore_page" not in entries  # the pool's entries, then their pages by key
    # Another search of the same words in the request (the other language, the facets) reuses them.
    other = ranked(
        candidates(indexed, (PublicationPage, PersonPage)), [PublicationPage, PersonPage], ["gas"], pools=pools
    )
    with CaptureQueriesContext(connection) as queries:
        assert other.count() == 5
    assert not [q for q in queries.captured_queries if "indexentry" in q["sql"]]


def test_a_broad_query_is_listed_and_counted_up_to_a_limit(indexed, ranked, monkeypatch):
    from lectern.search import ranking

    everything = [page.pk for page in ranked(candidates(indexed), [PublicationPage], ["gas"])]
    assert len(everything) == 5
    monkeypatch.setattr(ranking, "POOL", 3)  # the index's best 3 of 5 matches are ranked
    ours = ranked(candidates(indexed), [PublicationPage], ["gas"], limit=2)
    assert ours.count() == 2 and ours.more
    assert len(ours[0:10]) == 2 and {page.pk for page in ours[0:10]} <= set(everything)
    narrow = ranked(candidates(indexed), [PublicationPage], ["gas"], limit=10)
    assert narrow.count() == 5 and not narrow.more  # counted beyond the pool, up to the limit
    assert len(narrow[0:10]) == 5  # fewer candidates in the pool than matches: every match is ranked


def test_a_count_hint_counts_matches_the_index_ranked_below_its_best(indexed, ranked, monkeypatch):
    """The index's best entries may all be other pages (another language's): the hint then counts."""
    from lectern.search import ranking
    from lectern.search.query import count_hint

    monkeypatch.setattr(ranking, "POOL", 1)
    [best], complete = ranked(candidates(indexed), [PublicationPage], ["gas"]).pooled()  # the index's best entry
    assert not complete
    others = ranked(candidates(indexed).exclude(pk=best), [PublicationPage], ["gas"])
    assert others.pooled() == ([], False)  # the pool holds only the excluded page
    assert count_hint(others) == (4, False)


def test_filters_that_leave_few_of_the_indexs_best_still_find_every_match(indexed, ranked, monkeypatch):
    from lectern.search import ranking

    monkeypatch.setattr(ranking, "POOL", 1)
    only = PublicationPage.objects.filter(title__startswith="Gas").values("pk")
    ours = ranked(candidates(indexed).filter(pk__in=only), [PublicationPage], ["gas"])
    assert sorted(page.title for page in ours) == ["Gas and power in the east", "Gas exports"]


def test_reader_input_cannot_change_the_query():
    assert match_expression(['ga"s', "x) OR (y"], "and") == '{title body} : ("ga""s" AND "x) OR (y")'
    assert match_expression(["a", "b"], "or") == '{title body} : ("a" OR "b")'
    assert tsquery_expression(["it's", "a\\b", "x)|(y"], "and") == "'it''s' & 'a\\\\b' & 'x)|(y'"
    assert tsquery_expression(["a", "b"], "or") == "'a' | 'b'"


def test_no_terms_match_nothing(indexed, ranked):
    ours = ranked(candidates(indexed), [PublicationPage], [])
    assert ours.count() == 0
    assert ours[0:10] == []


def test_used_on_sqlite_and_postgresql(ranked):
    assert ranked is not None
    assert connection.vendor in ("sqlite", "postgresql")
