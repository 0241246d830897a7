from django.conf import settings
from django.shortcuts import render

from wagtail.models import Locale

from lectern.core.i18n import active_locale
from lectern.core.pagination import paginate

from . import query
from .forms import SearchForm
from .registry import label_for
from .snippets import highlight

PER_PAGE = 10


def search(request):
    """``/<lang>/search/?q=``: the site's pages in the reader's language that match the query."""
    form = SearchForm(request.GET or None)
    context = {"form": form, "search_query": ""}
    if form.is_bound and form.is_valid() and form.cleaned_data["q"]:
        text = form.cleaned_data["q"]
        terms = query.query_terms(text)
        locale = active_locale()
        models = form.models()
        results = query.find(locale.pk, terms, models, form.cleaned_data["sort"] or "relevance")
        page_of_results = paginate(request, results, PER_PAGE) if results.count() else None
        context.update(
            search_query=text,
            results=page_of_results,
            count=results.count(),
            hits=[hit(page, terms) for page in query.specific_in_order(page_of_results or [])],
            other_languages=other_language_counts(text, terms, models, locale),
            suggestions=[] if results.count() else query.suggestions(locale.pk, text),
        )
    status = 400 if form.is_bound and not form.is_valid() else 200
    return render(request, "search/search.html", context, status=status)


def hit(page, terms):
    sources = [getattr(page, name, "") for name in ("summary", "intro", "role")]
    snippet = next((marked for marked in (highlight(text, terms) for text in sources if text) if marked), None)
    if snippet is None and hasattr(page, "search_source_text"):
        snippet = highlight(page.search_source_text(), terms)
    return {"page": page, "label": label_for(page), "snippet": snippet, "summary": next((s for s in sources if s), "")}


def other_language_counts(text, terms, models, locale):
    """[(language name, code, count)] of the same search in the other languages, where it finds something."""
    others = []
    for code, name in settings.LANGUAGES:
        if code == locale.language_code:
            continue
        other = Locale.objects.filter(language_code=code).first()
        if other is None:
            continue
        count = query.find(other.pk, terms, models).count()
        if count:
            others.append({"code": code, "name": name, "count": count})
    return others
