"""Run the search test collection against the current database and score it.

The collection (``queries.json``) is a list of reader queries over the demo publications
(``manage.py load_demo``, then ``manage.py update_index``)::

    {"id": "he-01", "language": "he", "query": "חזבאללה", "kind": "prefixed",
     "relevant": ["hezbollah-after-the-war", ...]}

``relevant`` lists the slugs of the publications, in the query's language, that must come
back, judged from their texts: for a name or a term, every publication that mentions it; for
a topic, every publication about it. Kinds:

* ``exact``: the query quotes words of the relevant publications as they are written.
* ``prefixed`` (Hebrew): in at least one relevant publication a word of the query appears only
  with one-letter prefixes (ו ה ב כ ל מ ש), e.g. "חזבאללה" where the text says "לחזבאללה".
* ``geresh`` (Hebrew): the query writes geresh or gershayim differently from the text
  (the Hebrew ׳ ״ for the text's ' ", or none at all).
* ``inflected``: another inflection than the text's ("sanction" for "sanctions").
* ``spelling`` (English): American spelling for the texts' British one ("defense", "program").
* ``topic``: words describing the subject rather than quoting the text.

Each query runs as the site search runs it (``query_terms``, then ``find``) in its language,
restricted to publications, and its first ten results are scored:

* recall@10: the fraction of the relevant publications found among the first ten;
* reciprocal rank: 1 / the rank of the first relevant publication, 0 if none is in the first ten;

both averaged over queries (MRR is the mean reciprocal rank), per language and per kind, with
the latency of each search (``time.perf_counter`` around terms, search and the first ten results).
"""

import json
import math
import statistics
import time
from dataclasses import dataclass
from pathlib import Path

QUERIES = Path(__file__).with_name("queries.json")
TOP = 10
LANGUAGES = ("en", "he")
KINDS = ("exact", "prefixed", "geresh", "inflected", "spelling", "topic")
PREFIX_LETTERS = frozenset("והבכלמש")
MAX_PREFIX = 3


def load_queries(path=QUERIES):
    with open(path, encoding="utf-8") as file:
        return json.load(file)


@dataclass
class Outcome:
    """One query of the collection and what the search returned for it."""

    query: dict
    found: list  # slugs of the first TOP publications, best first
    seconds: float

    @property
    def relevant(self):
        return self.query["relevant"]

    @property
    def recall(self):
        return len(set(self.relevant) & set(self.found)) / len(self.relevant)

    @property
    def reciprocal_rank(self):
        for rank, slug in enumerate(self.found, start=1):
            if slug in self.relevant:
                return 1 / rank
        return 0.0

    @property
    def missing(self):
        return [slug for slug in self.relevant if slug not in self.found]


@dataclass
class Summary:
    queries: int
    recall: float
    mrr: float
    median_ms: float
    p95_ms: float


def percentile(values, fraction):
    """The nearest-rank percentile of ``values`` (``fraction`` 0.95 for p95)."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(fraction * len(ordered)) - 1)]


def summarize(outcomes):
    seconds = [outcome.seconds for outcome in outcomes]
    return Summary(
        queries=len(outcomes),
        recall=statistics.fmean(outcome.recall for outcome in outcomes),
        mrr=statistics.fmean(outcome.reciprocal_rank for outcome in outcomes),
        median_ms=statistics.median(seconds) * 1000,
        p95_ms=percentile(seconds, 0.95) * 1000,
    )


def locales():
    from wagtail.models import Locale

    return {locale.language_code: locale for locale in Locale.objects.filter(language_code__in=LANGUAGES)}


def search(text, locale, top=TOP):
    """The slugs of the first ``top`` publications the site search returns for ``text`` in ``locale``,
    and the seconds the search took."""
    from lectern.publications.models import PublicationPage
    from lectern.search.query import find, query_terms

    started = time.perf_counter()
    terms = query_terms(text)
    slugs = [page.slug for page in find(locale.pk, terms, models=[PublicationPage])[:top]]
    return slugs, time.perf_counter() - started


def run(queries=None, top=TOP, repeat=1):
    """An ``Outcome`` per query; a query's time is the median of ``repeat`` runs (after one untimed warm-up search)."""
    queries = load_queries() if queries is None else queries
    by_language = locales()
    if queries:
        search(queries[0]["query"], by_language[queries[0]["language"]], top)
    outcomes = []
    for query in queries:
        timings = []
        for _ in range(repeat):
            found, seconds = search(query["query"], by_language[query["language"]], top)
            timings.append(seconds)
        outcomes.append(Outcome(query, found, statistics.median(timings)))
    return outcomes


def report(outcomes):
    """{(language, kind): Summary}: kind "all" for a whole language, ("all", "all") for the whole collection.

    Ordered for printing: each language, its total first, then its kinds; the collection last.
    """
    groups = {}
    for outcome in outcomes:
        language, kind = outcome.query["language"], outcome.query["kind"]
        for key in ((language, "all"), (language, kind), ("all", "all")):
            groups.setdefault(key, []).append(outcome)
    languages = [*LANGUAGES, "all"]
    kinds = ["all", *KINDS]

    def order(key):
        language, kind = key
        return (
            languages.index(language) if language in languages else len(languages),
            kinds.index(kind) if kind in kinds else len(kinds),
            key,
        )

    return {key: summarize(groups[key]) for key in sorted(groups, key=order)}


def table(outcomes):
    """The report as lines of text."""
    lines = [f"{'language':8} {'kind':10} {'queries':>7} {'recall@10':>9} {'MRR':>6} {'median ms':>9} {'p95 ms':>7}"]
    for (language, kind), row in report(outcomes).items():
        lines.append(
            f"{language:8} {kind:10} {row.queries:>7} {row.recall:>9.3f} {row.mrr:>6.3f} "
            f"{row.median_ms:>9.1f} {row.p95_ms:>7.1f}"
        )
    return lines


def misses(outcomes):
    """Lines describing each query that left a relevant publication out of its first results."""
    lines = []
    for outcome in outcomes:
        if not outcome.missing:
            continue
        query = outcome.query
        lines.append(
            f"{query['id']} [{query['language']} {query['kind']}] {query['query']!r}: "
            f"recall {outcome.recall:.2f}, RR {outcome.reciprocal_rank:.2f}, {len(outcome.found)} result(s)"
        )
        lines.append(f"    missing: {', '.join(outcome.missing)}")
        found = [
            f"{rank}. {slug}{' *' if slug in outcome.relevant else ''}" for rank, slug in enumerate(outcome.found, 1)
        ]
        lines.append(f"    returned: {'; '.join(found) or '(nothing)'}")
    return lines


def details(outcomes):
    """A line per query: its recall, reciprocal rank, latency and the ranks of its relevant publications."""
    lines = []
    for outcome in outcomes:
        query = outcome.query
        ranks = [outcome.found.index(slug) + 1 if slug in outcome.found else "-" for slug in outcome.relevant]
        lines.append(
            f"{query['id']:6} {query['kind']:9} {outcome.recall:4.2f} {outcome.reciprocal_rank:4.2f} "
            f"{outcome.seconds * 1000:6.1f} ms  ranks {ranks} of {len(outcome.found)}  {query['query']}"
        )
    return lines


def only_with_prefixes(word, words):
    """Whether ``word`` occurs among ``words`` only with one to three prefix letters before it."""
    if word in words:
        return False
    for candidate in words:
        prefix = candidate[: len(candidate) - len(word)]
        if (
            candidate.endswith(word)
            and 1 <= len(prefix) <= MAX_PREFIX
            and all(letter in PREFIX_LETTERS for letter in prefix)
        ):
            return True
    return False


def own_text(page):
    """A publication's own words (title, summary, body), without the topic names the index adds."""
    from lectern.search.registry import field_text

    return " ".join([page.title, field_text(page, "summary"), field_text(page, "body")])


def collection_problems(queries=None):
    """What is wrong with the collection, checked against the publications in the database (an empty list if nothing).

    Every query needs a unique id, a known language and kind, one to three words and relevant
    slugs of live publications in its language; a "prefixed" query needs a relevant publication
    whose text has one of the query's words only with prefixes.
    """
    from lectern.publications.models import PublicationPage
    from lectern.search.analysis import tokens

    queries = load_queries() if queries is None else queries
    problems = []
    pages = {
        (page.locale.language_code, page.slug): page
        for page in PublicationPage.objects.live().select_related("locale").filter(locale__language_code__in=LANGUAGES)
    }
    seen = set()
    for query in queries:
        name = query.get("id", repr(query))
        missing_keys = {"id", "language", "query", "kind", "relevant"} - set(query)
        if missing_keys:
            problems.append(f"{name}: missing {', '.join(sorted(missing_keys))}")
            continue
        if name in seen:
            problems.append(f"{name}: duplicate id")
        seen.add(name)
        language, kind, relevant = query["language"], query["kind"], query["relevant"]
        if language not in LANGUAGES:
            problems.append(f"{name}: unknown language {language!r}")
        if kind not in KINDS:
            problems.append(f"{name}: unknown kind {kind!r}")
        if not 1 <= len(query["query"].split()) <= 3:
            problems.append(f"{name}: a query has one to three words")
        if not relevant or len(set(relevant)) != len(relevant):
            problems.append(f"{name}: relevant must be a non-empty list without repeats")
        absent = [slug for slug in relevant if (language, slug) not in pages]
        problems.extend(f"{name}: no live {language} publication {slug!r}" for slug in absent)
        if kind == "prefixed" and not absent:
            words = tokens(query["query"])
            if not any(
                only_with_prefixes(word, set(tokens(own_text(pages[language, slug]))))
                for slug in relevant
                for word in words
            ):
                problems.append(f"{name}: no relevant publication has a word of {query['query']!r} only with prefixes")
    return problems
