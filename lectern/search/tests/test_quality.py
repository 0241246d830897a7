"""Search quality on the demo institute: the test collection (lectern/search/evaluation/queries.json)
keeps its recall@10 and MRR above minimums.

Measured on the demo with scripts/search_quality.py (67 queries):

    language kind       queries recall@10    MRR
    en       all             31     0.941  1.000
    he       all             36     0.944  0.958
    he       prefixed        20     1.000  1.000

The minimums below are these figures minus 0.05 (the issue sets 0.9 for Hebrew prefixed forms).
Raise them when the search gets better; lower them only with a reason.
"""

import io
from types import SimpleNamespace

from django.core.management import call_command

import pytest

from lectern.search.evaluation import measure

MIN_PREFIXED_RECALL = 0.9
MINIMUMS = {  # language: (recall@10, MRR)
    "en": (0.89, 0.95),
    "he": (0.89, 0.90),
}


@pytest.fixture(scope="module")
def evaluation(django_db_setup, django_db_blocker):
    """The demo institute loaded and indexed once for the module, the collection run against it,
    and everything rolled back when the module ends."""
    from lectern.core.tests.builders import built_for_module, fast_builds

    def build():
        with fast_builds():  # no index update per saved page: update_index builds it once below
            call_command("load_demo", "--no-admin", stdout=io.StringIO())
        call_command("update_index", stdout=io.StringIO())
        queries = measure.load_queries()
        return SimpleNamespace(
            queries=queries, problems=measure.collection_problems(queries), outcomes=measure.run(queries)
        )

    yield from built_for_module(django_db_blocker, build)


def explain(outcomes):
    return "\n".join(["", *measure.table(outcomes), "", *measure.misses(outcomes)])


def test_the_collection_is_large_enough():
    queries = measure.load_queries()
    hebrew = [query for query in queries if query["language"] == "he"]
    assert len(queries) >= 40
    assert len(hebrew) >= 20
    assert sum(query["kind"] == "prefixed" for query in hebrew) >= 10


def test_every_query_is_valid_against_the_demo(evaluation):
    """Relevant slugs exist in the query's language, and prefixed queries really need prefix analysis."""
    assert evaluation.problems == []


def test_hebrew_prefixed_forms_are_found(evaluation):
    prefixed = [o for o in evaluation.outcomes if o.query["language"] == "he" and o.query["kind"] == "prefixed"]
    assert measure.summarize(prefixed).recall >= MIN_PREFIXED_RECALL, explain(prefixed)


@pytest.mark.parametrize("language", sorted(MINIMUMS))
def test_recall_and_mrr_per_language(evaluation, language):
    outcomes = [o for o in evaluation.outcomes if o.query["language"] == language]
    summary = measure.summarize(outcomes)
    min_recall, min_mrr = MINIMUMS[language]
    assert summary.recall >= min_recall, explain(outcomes)
    assert summary.mrr >= min_mrr, explain(outcomes)


def test_scores_are_computed_from_the_first_results():
    query = {"id": "x", "language": "en", "query": "x", "kind": "exact", "relevant": ["a", "b"]}
    outcome = measure.Outcome(query, found=["c", "b", "d"], seconds=0.002)
    assert outcome.recall == 0.5
    assert outcome.reciprocal_rank == 0.5
    assert outcome.missing == ["a"]
    nothing = measure.Outcome(query, found=[], seconds=0.004)
    summary = measure.summarize([outcome, nothing])
    assert (summary.queries, summary.recall, summary.mrr) == (2, 0.25, 0.25)
    assert summary.median_ms == pytest.approx(3.0)
    assert summary.p95_ms == pytest.approx(4.0)


def test_prefix_check():
    assert measure.only_with_prefixes("חזבאללה", {"וחזבאללה", "סוריה"})
    assert not measure.only_with_prefixes("חזבאללה", {"חזבאללה", "וחזבאללה"})
    assert not measure.only_with_prefixes("סוריה", {"בסוריהו", "אסוריה"})
