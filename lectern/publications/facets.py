"""The archive's filters: series, topic (with its sub-topics), author, year or date range,
and language — combined, each with counts, all in the URL.

Each facet counts what the *other* filters leave, so a reader sees how many publications a
click would show. Every count is one aggregate query, whatever the size of the archive.
"""

from dataclasses import dataclass

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


@dataclass(frozen=True)
class Selection:
    """What an archive listing shows, over the listings' narrow rows (``lectern.publications.listing``):
    the publications of one language (all, for None) that meet every condition, each a
    (name, value): ("series", key), ("topic", key: it or a sub-topic), ("author", key),
    ("year", year), ("from", date), ("to", date)."""

    locale_id: int | None
    conditions: tuple

    def without(self, name):
        return Selection(self.locale_id, tuple(c for c in self.conditions if c[0] != name))

    def in_locale(self, locale_id):
        return Selection(locale_id, self.conditions)

    def kept(self):
        """The (filter, key) of ``FacetCount`` rows that hold this selection's counts, or None:
        no condition, or one series, topic or year."""
        if not self.conditions:
            return ("", "")
        if len(self.conditions) == 1 and self.conditions[0][0] in ("series", "topic", "year"):
            name, value = self.conditions[0]
            return (name, str(value))
        return None

    def rows(self):
        """The narrow rows of the matching publications, one per publication: a topic's rows if
        there is a topic (an index range in date order), else the entries."""
        from .listing import ListingAuthor, ListingEntry, ListingTopic

        topics = [value for name, value in self.conditions if name == "topic"]
        rows = ListingTopic.objects.filter(topic_key=topics[0]) if topics else ListingEntry.objects.all()
        if self.locale_id is not None:
            rows = rows.filter(locale_id=self.locale_id)
        lookups = {"series": "series_key", "year": "year", "from": "date__gte", "to": "date__lte"}
        for name, value in self.conditions:
            if name in lookups:
                rows = rows.filter(**{lookups[name]: value})
            elif name == "author":
                rows = rows.filter(page_id__in=ListingAuthor.objects.filter(person_key=value).values("page_id"))
        for key in topics[1:]:
            rows = rows.filter(page_id__in=ListingTopic.objects.filter(topic_key=key).values("page_id"))
        return rows


def selection_for(data, locale, fixed):
    """The Selection of a listing's fixed conditions (``fixed``: (name, value) pairs) narrowed by
    the cleaned filter form ``data``."""
    conditions = list(fixed)
    for name in ("series", "topic", "author"):
        if data.get(name):
            conditions.append((name, data[name].translation_key))
    for name in ("year", "from", "to"):
        if data.get(name):
            conditions.append((name, data[name]))
    return Selection(locale.pk, tuple(conditions))


def kept_counts(wanted, locale_ids):
    """{(selection, facet): [(value, n)]} from ``FacetCount`` for each (selection, facet, limit) in
    ``wanted`` (their selections kept): those without a limit in one query per kept filter (one
    index range each: an OR of them made SQLite read the whole table), each other in one.
    For a selection in every language (None) the value is the language's locale id (of ``locale_ids``)."""
    from .listing import FacetCount

    found = {}
    by_filter = {}
    for selection, facet, limit in wanted:
        if limit is None:
            by_filter.setdefault(selection.kept(), []).append((selection, facet))
    for (name, key), wanted_here in by_filter.items():
        locales = {selection.locale_id for selection, _facet in wanted_here}
        locales = set(locale_ids) if None in locales else locales  # the index starts with the language
        facets = {facet for _selection, facet in wanted_here}
        rows = FacetCount.objects.filter(locale_id__in=locales, filter=name, key=key, facet__in=facets, n__gt=0)
        for locale_id, facet, value, n in rows.values_list("locale_id", "facet", "value", "n"):
            for selection, wanted_facet in wanted_here:
                if wanted_facet == facet and selection.locale_id in (None, locale_id):
                    found.setdefault((selection, facet), []).append(
                        (locale_id if selection.locale_id is None else value, n)
                    )
    for selection, facet, limit in wanted:
        if limit is not None:
            name, key = selection.kept()
            rows = FacetCount.objects.filter(locale_id=selection.locale_id, filter=name, key=key, facet=facet, n__gt=0)
            found[(selection, facet)] = list(rows.order_by("-n", "value").values_list("value", "n")[:limit])
    return found


def live_counts(selection, facet, limit):
    """[(value, n)] of ``facet`` over a selection without kept counts (a narrower one)."""
    from .listing import ListingAuthor, ListingTopic

    rows = selection.rows().order_by()
    if facet == "total":
        if selection.locale_id is None:
            return list(rows.values_list("locale_id").annotate(n=Count("page_id")))
        return [("", rows.count())]
    if facet in ("series", "year"):
        column = "series_key" if facet == "series" else "year"
        counted = rows.filter(**{f"{column}__isnull": False}).values_list(column).annotate(n=Count("page_id"))
    else:
        links, column = (ListingTopic, "topic_key") if facet == "topic" else (ListingAuthor, "person_key")
        counted = links.objects.filter(page_id__in=rows.values("page_id"))
        if facet == "topic":
            counted = counted.filter(direct=True)
        counted = counted.values_list(column).annotate(n=Count("page_id")).order_by("-n", column)[:limit]
    return [(str(value), n) for value, n in counted]


def archive_total(selection):
    """How many publications the selection has: its kept count, else counted over the narrow rows."""
    if selection.kept():
        kept = kept_counts([(selection, "total", None)], [selection.locale_id])
        return sum(n for _value, n in kept.get((selection, "total"), []))
    return live_counts(selection, "total", None)[0][1]


def archive_counts(selection, facets, locale_ids):
    """{facet: [(value, n)]} for the listing's ``facets`` (each counted without its own filter) and
    ``languages`` ([(locale id, n)]): kept counts where there are, else counted live."""
    wanted = {facet: selection.without(facet) for facet in facets}
    wanted["languages"] = selection.in_locale(None)
    named = {facet: "total" if facet == "languages" else facet for facet in wanted}
    # A filter has a few dozen topics: read whole with the small facets; authors are thousands.
    kept = kept_counts(
        [
            (chosen, named[facet], FACET_LIMIT if facet == "author" else None)
            for facet, chosen in wanted.items()
            if chosen.kept()
        ],
        locale_ids,
    )
    counts = {}
    for facet, chosen in wanted.items():
        if chosen.kept():
            counts[facet] = kept.get((chosen, named[facet]), [])
        else:
            counts[facet] = live_counts(chosen, named[facet], FACET_LIMIT)
        if facet == "topic":
            counts[facet] = sorted(counts[facet], key=lambda row: (-row[1], row[0]))[:FACET_LIMIT]
    return counts


class ArchiveListing:
    """An archive's publications for Django's Paginator: the count given, a page's keys read from
    the narrow rows in the listing's order, then those publications with what a card shows."""

    def __init__(self, selection, count):
        self.selection = selection
        self.total = count

    def count(self):
        return self.total

    def __len__(self):
        return self.total

    def __getitem__(self, index):
        if not isinstance(index, slice):
            return self[index : index + 1][0]
        return cards(self.selection.rows().order_by("-date", "-page_id").values_list("page_id", flat=True)[index])


def cards(keys):
    """The live publications of ``keys`` (publication ids), in that order, with what a card shows."""
    from .models import PublicationPage

    keys = list(keys)
    found = PublicationPage.objects.live().filter(pk__in=keys).for_listing().order_by().in_bulk() if keys else {}
    return [found[pk] for pk in keys if pk in found]


def archive(request, locale, fixed=()):
    """Context for a filtered, faceted, paginated archive listing of ``locale``'s publications.

    ``fixed`` names the conditions the page itself sets, as (name, page) pairs: a series page
    lists its series, a topic page its topic (with its sub-topics); their facets are not shown.
    The counts are read from the listings' kept counts (no filter, or one series, topic or year)
    or counted over their narrow rows, never over the publications' own rows.
    """
    form = ArchiveFilterForm(request.GET or None, locale=locale)
    data = {}
    if form.is_bound and form.is_valid():
        data = form.cleaned_data
    request.archive_filter_errors = form.errors if form.is_bound else None
    chosen_locale = data.get("language") or locale
    fixed_names = {name for name, _page in fixed}
    selection = selection_for(data, chosen_locale, [(name, page.translation_key) for name, page in fixed])

    def build():
        facets = [name for name in ("series", "topic", "author", "year") if name not in fixed_names]
        codes = dict(Locale.objects.values_list("language_code", "pk"))
        counts = archive_counts(selection, facets, codes.values())
        by_locale = dict(counts["languages"])
        return {
            "facets": facet_links(request, labelled(counts, facets, data, chosen_locale)),
            "languages": [
                {
                    "code": code,
                    "label": name,
                    "count": by_locale.get(codes.get(code), 0),
                    "selected": code == chosen_locale.language_code,
                    "url": _toggle(request, "language", code, code == locale.language_code),
                }
                for code, name in settings.LANGUAGES
            ],
        }

    # The facets are the same on every page of the listing: kept until the next publish. The
    # number of publications is read each time, as the cards are.
    counted = cached_for_address(request, "archive-counts", build)
    return {
        "filter_form": form,
        "filter_errors": [error for errors in form.errors.values() for error in errors] if form.is_bound else [],
        "publications": paginate(request, ArchiveListing(selection, archive_total(selection))),
        "facets": counted["facets"],
        "languages": counted["languages"],
        "chosen_language": chosen_locale.language_code,
        "filters_active": any(data.get(name) for name in ("series", "topic", "author", "year", "from", "to"))
        or chosen_locale != locale,
        "query_without_page": _query_without(request, "page"),
    }


def labelled(counts, facets, data, locale):
    """The facets as ``facet_counts`` gives them: series, topics and authors named by their
    pages in ``locale`` (one query for all), years as they are."""
    keys = {value for facet in ("series", "topic", "author") for value, _n in counts.get(facet, [])}
    pages = {}
    if keys:
        rows = Page.objects.filter(translation_key__in=keys, locale=locale).values_list(
            "translation_key", "slug", "title"
        )
        pages = {str(key): (slug, title) for key, slug, title in rows}
    labels = {"series": _("Series"), "topic": _("Topic"), "author": _("Author"), "year": _("Year")}
    result = []
    for facet in facets:
        if facet == "year":
            years = sorted(((int(value), n) for value, n in counts["year"]), reverse=True)
            options = [(year, year, n, data.get("year") == year) for year, n in years]
        else:
            chosen = data.get(facet)
            chosen_key = str(chosen.translation_key) if chosen is not None else None
            rows = counts[facet]
            if facet == "series":
                rows = sorted(rows, key=lambda row: (-row[1], pages.get(row[0], ("", ""))[1]))
            options = [(*pages[value], n, value == chosen_key) for value, n in rows if value in pages]
        result.append((facet, labels[facet], options))
    return result


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
