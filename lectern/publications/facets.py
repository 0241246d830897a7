"""The archive's filters: series, topic (with its sub-topics), author, year or date range,
and language — combined, each with counts, all in the URL.

Each facet counts what the *other* filters leave, so a reader sees how many publications a
click would show. Every count is one aggregate query, whatever the size of the archive.
"""

from django import forms
from django.conf import settings
from django.db.models import Case, Count, When
from django.db.models.functions import ExtractYear
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale, Page

from lectern.core.cache import cached_for_address
from lectern.core.pagination import paginate

FACET_LIMIT = 12


class ArchiveFilterForm(forms.Form):
    series = forms.SlugField(label=_("Series"), required=False)
    topic = forms.SlugField(label=_("Topic"), required=False)
    author = forms.SlugField(label=_("Author"), required=False)
    year = forms.IntegerField(label=_("Year"), required=False, min_value=1900, max_value=2999)
    language = forms.ChoiceField(label=_("Language"), required=False, choices=settings.LANGUAGES)

    def __init__(self, *args, locale, **kwargs):
        super().__init__(*args, **kwargs)
        # "from" and "to" are Python keywords: added here so the URL can read ?from=…&to=…
        self.fields["from"] = forms.DateField(
            label=_("From"), required=False, widget=forms.DateInput(attrs={"type": "date"})
        )
        self.fields["to"] = forms.DateField(
            label=_("To"), required=False, widget=forms.DateInput(attrs={"type": "date"})
        )
        self.locale = locale

    def clean_language(self):
        code = self.cleaned_data.get("language")
        return Locale.objects.filter(language_code=code).first() if code else self.locale

    def clean_series(self):
        from .models import SeriesPage

        return self._page(SeriesPage, "series", _("There is no series “%(value)s”."))

    def clean_topic(self):
        from lectern.topics.models import TopicPage

        return self._page(TopicPage, "topic", _("There is no topic “%(value)s”."))

    def clean_author(self):
        from lectern.people.models import PersonPage

        return self._page(PersonPage, "author", _("There is no author “%(value)s”."))

    def _page(self, model, name, message):
        slug = self.cleaned_data.get(name)
        if not slug:
            return None
        # A slug is the same in every language: prefer the reader's.
        reader_first = Case(When(locale=self.locale, then=0), default=1)
        page = model.objects.live().filter(slug=slug).order_by(reader_first).first()
        if page is None:
            raise forms.ValidationError(message, params={"value": slug[:60]})
        return page

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("from"), cleaned.get("to")
        if start and end and start > end:
            self.add_error("to", _("The end date is before the start date."))
        return cleaned


class ArchivePageMixin:
    """For pages with an archive listing: a filter value in the URL that names nothing, or is
    malformed, is answered with 400 and the page says which (the listing stays usable)."""

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        if getattr(request, "archive_filter_errors", None):
            response.status_code = 400
        return response


def filtered(publications, data, skip=None):
    """``publications`` narrowed by every filter in ``data`` except ``skip``."""
    if data.get("series") and skip != "series":
        publications = publications.filter(series__slug=data["series"].slug)
    if data.get("topic") and skip != "topic":
        publications = publications.about_topics(data["topic"].subtree_translation_keys())
    if data.get("author") and skip != "author":
        publications = publications.by_person(data["author"].translation_key)
    if data.get("year") and skip != "year":
        publications = publications.filter(publication_date__year=data["year"])
    if data.get("from"):
        publications = publications.filter(publication_date__gte=data["from"])
    if data.get("to"):
        publications = publications.filter(publication_date__lte=data["to"])
    return publications


def facet_counts(publications, data, locale, fixed):
    """[(facet name, label, [(value, label, count, selected)])] for the filter sidebar."""
    from .models import PublicationAuthor, PublicationPage

    facets = []
    if "series" not in fixed:
        rows = (
            filtered(publications, data, skip="series")
            .values("series__slug", "series__title")
            .annotate(n=Count("pk"))
            .order_by("-n", "series__title")
        )
        chosen = data.get("series")
        facets.append(
            (
                "series",
                _("Series"),
                [
                    (
                        r["series__slug"],
                        r["series__title"],
                        r["n"],
                        chosen is not None and chosen.slug == r["series__slug"],
                    )
                    for r in rows
                    if r["series__slug"]
                ],
            )
        )
    if "topic" not in fixed:
        through = PublicationPage.topics.through
        rows = (
            through.objects.filter(publicationpage__in=filtered(publications, data, skip="topic"))
            .values("topicpage__translation_key")
            .annotate(n=Count("publicationpage", distinct=True))
            .order_by("-n")[:FACET_LIMIT]
        )
        facets.append(("topic", _("Topic"), _named(rows, "topicpage__translation_key", locale, data.get("topic"))))
    if "author" not in fixed:
        rows = (
            PublicationAuthor.objects.filter(
                publication__in=filtered(publications, data, skip="author"), person__isnull=False
            )
            .values("person__translation_key")
            .annotate(n=Count("publication", distinct=True))
            .order_by("-n")[:FACET_LIMIT]
        )
        facets.append(("author", _("Author"), _named(rows, "person__translation_key", locale, data.get("author"))))
    rows = (
        filtered(publications, data, skip="year")
        .annotate(year=ExtractYear("publication_date"))
        .values("year")
        .annotate(n=Count("pk"))
        .order_by("-year")
    )
    facets.append(("year", _("Year"), [(r["year"], r["year"], r["n"], data.get("year") == r["year"]) for r in rows]))
    return facets


def _named(rows, key, locale, chosen):
    """Facet rows keyed by translation key, labelled with the page's title in ``locale`` (one query)."""
    rows = list(rows)
    pages = {
        p.translation_key: p for p in Page.objects.filter(translation_key__in=[r[key] for r in rows], locale=locale)
    }
    chosen_key = chosen.translation_key if chosen is not None else None
    return [(pages[r[key]].slug, pages[r[key]].title, r["n"], r[key] == chosen_key) for r in rows if r[key] in pages]


def language_counts(all_languages, data):
    rows = filtered(all_languages, data).order_by().values("locale__language_code").annotate(n=Count("pk"))
    counts = {r["locale__language_code"]: r["n"] for r in rows}
    return [(code, name, counts.get(code, 0)) for code, name in settings.LANGUAGES]


def archive(request, publications_in, locale, fixed=()):
    """Context for a filtered, faceted, paginated archive listing.

    ``publications_in(locale)`` gives the listing's publications in one language (a whole
    archive, a series, a topic), or in every language when ``locale`` is None; ``fixed``
    names the facets the page itself already fixes.
    """
    form = ArchiveFilterForm(request.GET or None, locale=locale)
    data = {}
    if form.is_bound and form.is_valid():
        data = form.cleaned_data
    request.archive_filter_errors = form.errors if form.is_bound else None
    chosen_locale = data.get("language") or locale
    publications = publications_in(chosen_locale)
    listing = filtered(publications, data).paged_listing()
    return {
        "filter_form": form,
        "filter_errors": [error for errors in form.errors.values() for error in errors] if form.is_bound else [],
        "publications": paginate(request, listing),
        # The counts are the same on every page of the listing: kept until the next publish.
        **cached_for_address(
            request,
            "archive-facets",
            lambda: {
                "facets": facet_links(request, facet_counts(publications, data, chosen_locale, fixed)),
                "languages": [
                    {
                        "code": code,
                        "label": name,
                        "count": count,
                        "selected": code == chosen_locale.language_code,
                        "url": _toggle(request, "language", code, code == locale.language_code),
                    }
                    for code, name, count in language_counts(publications_in(None), data)
                ],
            },
        ),
        "chosen_language": chosen_locale.language_code,
        "filters_active": any(data.get(name) for name in ("series", "topic", "author", "year", "from", "to"))
        or chosen_locale != locale,
        "query_without_page": _query_without(request, "page"),
    }


def facet_links(request, facets):
    """``facet_counts`` as the templates show them: each option with its count and the address
    that selects it (or, if selected, removes it) while keeping the rest of the query."""
    return [
        {
            "name": name,
            "label": label,
            "options": [
                {"label": text, "count": count, "selected": selected, "url": _toggle(request, name, value, selected)}
                for value, text, count, selected in options
            ],
        }
        for name, label, options in facets
    ]


def _toggle(request, name, value, selected):
    """The address of this listing with ``name=value`` set (or removed if already selected)."""
    query = request.GET.copy()
    query.pop("page", None)
    if selected:
        query.pop(name, None)
    else:
        query[name] = value
    return f"?{query.urlencode()}" if query else "?"


def _query_without(request, *names):
    query = request.GET.copy()
    for name in names:
        query.pop(name, None)
    return query.urlencode()
