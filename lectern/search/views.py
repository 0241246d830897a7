from django.conf import settings
from django.shortcuts import render
from django.utils.formats import number_format

from wagtail.models import Locale, Page

from lectern.core.cache import cached_for_address
from lectern.core.i18n import active_locale
from lectern.core.pagination import paginate
from lectern.publications.facets import ArchiveFilterForm, facet_counts, facet_links, filtered
from lectern.publications.models import PublicationPage

from . import query, ranking
from .forms import SearchForm
from .registry import label_for
from .snippets import highlight

PER_PAGE = 10
FACET_SCOPE = 1000  # facets count at most this many of the best-matching publications


def search(request):
    """``/<lang>/search/?q=``: the site's pages in the reader's language that match the query,
    optionally narrowed by the archive's filters (series, topic, author, year, dates)."""
    locale = active_locale()
    form = SearchForm(request.GET or None)
    filters = PublicationFilterForm(request.GET or None, locale=locale)
    context = {"form": form, "filters": filters, "search_query": "", **filter_choices(locale)}
    valid = form.is_bound and form.is_valid() and filters.is_valid()
    if valid and form.cleaned_data["q"]:
        text = form.cleaned_data["q"]
        terms = query.query_terms(text)
        models, within = form.models(), None
        if filters.active():
            # Publication filters: the search runs over the publications they leave.
            models, within = [PublicationPage], filters.publications
        pools = {}  # the index's best matches for each query, shared by the results and the facets
        sort = form.cleaned_data["sort"] or "relevance"
        results = query.find(locale.pk, terms, models, sort, within=within, pools=pools)
        # Counted up to a limit: a broad query says "more than 1,000" rather than count 100,000 matches.
        count = results.count()
        page_of_results = paginate(request, results, PER_PAGE) if count else None
        context.update(
            search_query=text,
            results=page_of_results,
            count=count,
            more=getattr(results, "more", False),
            result_limit=number_format(ranking.RESULT_LIMIT, force_grouping=True),
            hits=[hit(page, terms) for page in query.specific_in_order(page_of_results or [])],
            other_languages=other_language_counts(results, terms, models, locale, filters, pools),
            suggestions=[] if count else query.suggestions(locale.pk, text),
        )
        if count and PublicationPage in models:
            # Readers repeat popular searches, and every results page of one search shares its facets.
            context.update(
                cached_for_address(
                    request, "search-facets", lambda: publication_facets(request, locale, terms, filters, pools)
                )
            )
    status = 400 if form.is_bound and not valid else 200
    return render(request, "search/search.html", context, status=status)


class PublicationFilterForm(ArchiveFilterForm):
    """The archive's filters, for the search page (whose language is the page's own)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        del self.fields["language"]

    def active(self):
        return any(self.cleaned_data.get(name) for name in ("series", "topic", "author", "year", "from", "to"))

    def publications(self, locale_id):
        return filtered(PublicationPage.objects.live().in_locale(locale_id), self.cleaned_data).values("pk")


def publication_facets(request, locale, terms, filters, pools=None):
    """Series, topic, author and year counts among the publications that match the query, each
    counting what the other filters leave (as on the archive listing).

    A broad query can match most of a large archive: the counts then cover its most relevant
    ``FACET_SCOPE`` publications (the page says so), which keeps them a few small queries.
    """
    matches = query.find(locale.pk, terms, [PublicationPage], pools=pools)
    ids = query.best_ids(matches, FACET_SCOPE)
    # The ids are live publications in this language already: their keys alone make SQLite start from them.
    publications = PublicationPage.objects.filter(pk__in=ids)
    facets = facet_links(request, facet_counts(publications, filters.cleaned_data, locale, fixed=()))
    partial = query.more_than(matches, FACET_SCOPE)
    return {"facets": facets, "facets_partial": partial, "facet_scope": FACET_SCOPE}


def filter_choices(locale):
    """The series and topics offered as filters, in the page's language (two small queries)."""
    from lectern.publications.models import SeriesPage
    from lectern.topics.models import TopicPage

    def pages(model):
        # From the few pages of the type: joined the other way, SQLite reads every page of the
        # language first (0.1 s each at 100,000 publications).
        return Page.objects.live().filter(locale=locale, pk__in=model.objects.values("pk")).order_by("path")

    return {
        "series_choices": pages(SeriesPage).values_list("slug", "title"),
        "topic_choices": pages(TopicPage).values_list("slug", "title", "depth"),
    }


def hit(page, terms):
    sources = [getattr(page, name, "") for name in ("summary", "intro", "role")]
    snippet = next((marked for marked in (highlight(text, terms) for text in sources if text) if marked), None)
    if snippet is None and hasattr(page, "search_source_text"):
        snippet = highlight(page.search_source_text(), terms)
    return {"page": page, "label": label_for(page), "snippet": snippet, "summary": next((s for s in sources if s), "")}


def other_language_counts(results, terms, models, locale, filters, pools):
    """[{language name, code, count, at_least}] of the same search (the same words, all or any) in the
    other languages, where it finds something; counted among the index's best matches, which this
    page's search has already found, so it costs no second pass over every match."""
    others = []
    operator = getattr(results, "operator", "and")
    for code, name in settings.LANGUAGES:
        if code == locale.language_code:
            continue
        other = Locale.objects.filter(language_code=code).first()
        if other is None:
            continue
        within = filters.publications if filters.active() else None
        found = query.search_pages(other.pk, terms, models, operator=operator, within=within, pools=pools)
        count, at_least = query.count_hint(found)
        if count:
            others.append({"code": code, "name": name, "count": count, "at_least": at_least})
    return others
