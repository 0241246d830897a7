"""Running a site search: one language, chosen page types, by relevance or by date."""

import difflib

from django.core.cache import cache
from django.db.models import F

from wagtail.models import Page

from lectern.core.cache import shared_key

from .analysis import analyze_query, tokens
from .ranking import RankedResults, ranked_results_class
from .registry import SEARCHABLE

STOP_WORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "are",
        "as",
        "at",
        "be",
        "by",
        "for",
        "from",
        "in",
        "is",
        "it",
        "of",
        "on",
        "or",
        "the",
        "to",
        "with",
        "של",
        "על",
        "את",
        "עם",
        "זה",
        "גם",
        "או",
    ]
)


def query_terms(text):
    """Analysed terms of a query, without words that carry no meaning on their own."""
    terms = analyze_query(text)
    meaningful = [term for term in terms if term not in STOP_WORDS]
    return meaningful or terms


def search_pages(locale_id, terms, models=None, sort="relevance", operator="and", within=None, pools=None):
    """``within(locale_id)``, if given, returns the ids the search is limited to. ``pools``: a dict
    shared by the searches of one request, so that they rank the same query once."""
    models = models or list(SEARCHABLE)
    pages = Page.objects.live().public().filter(locale_id=locale_id).type(*models)
    if within is not None:
        pages = pages.filter(pk__in=within(locale_id))
    by_date = sort == "date"
    if by_date:
        # Publications by their publication date, other pages by when they were first published.
        pages = pages.order_by(
            F("publicationpage__publication_date").desc(nulls_last=True), F("first_published_at").desc()
        )
    ranked = ranked_results_class()
    if ranked is not None:
        order_by = pages.query.order_by if by_date else None
        # Filters leave few pages among the index's best matches: those searches rank every match.
        return ranked(pages, models, terms, operator, order_by=order_by, exact=within is not None, pools=pools)
    return pages.search(" ".join(terms), operator=operator, order_by_relevance=not by_date)


def find(locale_id, terms, models=None, sort="relevance", within=None, pools=None):
    """All words must match; if that finds nothing, any word may."""
    results = search_pages(locale_id, terms, models, sort, within=within, pools=pools)
    if len(terms) > 1 and not results.count():
        results = search_pages(locale_id, terms, models, sort, operator="or", within=within, pools=pools)
    return results


def count_hint(results):
    """(a count of the matching pages, whether more may match) without probing every match: for a
    hint such as the same search's count in another language."""
    if isinstance(results, RankedResults) and not results.exact and results.order_by is None:
        ids, complete = results.pooled()
        if complete or len(ids) > results.limit:
            return min(len(ids), results.limit), len(ids) > results.limit
        if ids:
            return len(ids), True  # matches beyond the index's best may be pages of this language too
        # The index's best are all other pages: count this language's own (up to the limit), not none.
        return results.bounded_count(), results.more
    return results.count(), getattr(results, "more", False)


def more_than(results, number):
    """Whether more than ``number`` pages match (our ranking counts only up to its limit)."""
    return results.count() > number or getattr(results, "more", False)


def best_ids(results, limit):
    """The ids of the ``limit`` best results, without loading the pages (on SQLite)."""
    if isinstance(results, RankedResults):
        return results.ids(0, limit)
    return [page.pk for page in results[:limit]]


def specific_in_order(pages):
    """The specific pages of a result page, in order, with publications' listing data prefetched."""
    from lectern.publications.models import PublicationPage, prefetch_for_listing

    ids = [page.pk for page in pages]
    by_id = {page.pk: page for page in Page.objects.filter(pk__in=ids).specific()}
    ordered = [by_id[pk] for pk in ids if pk in by_id]
    prefetch_for_listing(page for page in ordered if isinstance(page, PublicationPage))
    return ordered


def vocabulary(locale_id):
    """Distinct words of the titles in one language, for spelling suggestions (cached until the next publish)."""
    key = shared_key("search-vocabulary", locale_id)
    words = cache.get(key)
    if words is None:
        titles = Page.objects.live().filter(locale_id=locale_id, depth__gt=2).values_list("title", flat=True)[:20_000]
        words = sorted({word for title in titles for word in tokens(title) if len(word) > 2})
        cache.set(key, words)
    return words


def suggestions(locale_id, text, limit=3):
    """Close spellings of the query's words among words the site uses."""
    words = vocabulary(locale_id)
    known = set(words)
    suggested = []
    for word in tokens(text):
        if word in known:
            continue
        suggested.extend(difflib.get_close_matches(word, words, n=limit, cutoff=0.75))
    return list(dict.fromkeys(suggested))[:limit]
