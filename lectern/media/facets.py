"""Filters of the media listings: type (several may be chosen), person, topic and year, all in
the address, each with counts of what the other filters leave — the archive's approach
(``lectern.publications.facets``) applied to media items. Every count is one aggregate query.
"""

from django import forms
from django.db.models import Case, Count, When
from django.db.models.functions import ExtractYear
from django.utils.translation import gettext_lazy as _

from wagtail.models import Page

from lectern.core.pagination import paginate

from .models import Kind, MediaItemPage, with_people

FACET_LIMIT = 12


class MediaFilterForm(forms.Form):
    type = forms.MultipleChoiceField(label=_("Type"), required=False, choices=Kind.choices)
    person = forms.SlugField(label=_("Person"), required=False)
    topic = forms.SlugField(label=_("Topic"), required=False)
    year = forms.IntegerField(label=_("Year"), required=False, min_value=1900, max_value=2999)

    def __init__(self, *args, locale, **kwargs):
        super().__init__(*args, **kwargs)
        self.locale = locale

    def clean_person(self):
        from lectern.people.models import PersonPage

        return self._page(PersonPage, "person", _("There is no person “%(value)s”."))

    def clean_topic(self):
        from lectern.topics.models import TopicPage

        return self._page(TopicPage, "topic", _("There is no topic “%(value)s”."))

    def _page(self, model, name, message):
        slug = self.cleaned_data.get(name)
        if not slug:
            return None
        reader_first = Case(When(locale=self.locale, then=0), default=1)  # a slug is shared by both languages
        page = model.objects.live().filter(slug=slug).order_by(reader_first).first()
        if page is None:
            raise forms.ValidationError(message, params={"value": slug[:60]})
        return page


def filtered(items, data, skip=None):
    """``items`` narrowed by every filter in ``data`` except ``skip``."""
    if data.get("type") and skip != "type":
        items = items.filter(kind__in=data["type"])
    if data.get("person") and skip != "person":
        items = items.involving(data["person"].translation_key)
    if data.get("topic") and skip != "topic":
        items = items.about_topics(data["topic"].subtree_translation_keys())
    if data.get("year") and skip != "year":
        items = items.filter(date__year=data["year"])
    return items


def facet_counts(items, data, locale):
    """[(name, label, [(value, label, count, selected)], several allowed)] for the filter sidebar."""
    facets = []
    rows = filtered(items, data, skip="type").order_by().values("kind").annotate(n=Count("pk"))
    counts = {row["kind"]: row["n"] for row in rows}
    chosen = set(data.get("type") or ())
    kinds = [(kind.value, kind.label, counts[kind.value], kind.value in chosen) for kind in Kind if kind in counts]
    facets.append(("type", _("Type"), kinds, True))
    for name, label, relation, key in (
        ("person", _("Person"), MediaItemPage.people.through, "personpage__translation_key"),
        ("topic", _("Topic"), MediaItemPage.topics.through, "topicpage__translation_key"),
    ):
        rows = (
            relation.objects.filter(mediaitempage__in=filtered(items, data, skip=name))
            .values(key)
            .annotate(n=Count("mediaitempage", distinct=True))
            .order_by("-n", key)[:FACET_LIMIT]
        )
        facets.append((name, label, titled(rows, key, locale, data.get(name)), False))
    rows = (
        filtered(items, data, skip="year")
        .annotate(year=ExtractYear("date"))
        .values("year")
        .annotate(n=Count("pk"))
        .order_by("-year")
    )
    facets.append(
        ("year", _("Year"), [(r["year"], r["year"], r["n"], data.get("year") == r["year"]) for r in rows], False)
    )
    return facets


def titled(rows, key, locale, chosen):
    """Facet rows keyed by translation key, labelled with the live page's title in ``locale`` (one query)."""
    rows = list(rows)
    pages = {
        page.translation_key: page
        for page in Page.objects.live().filter(translation_key__in=[row[key] for row in rows], locale=locale)
    }
    chosen_key = chosen.translation_key if chosen is not None else None
    return [
        (pages[row[key]].slug, pages[row[key]].title, row["n"], row[key] == chosen_key)
        for row in rows
        if row[key] in pages
    ]


def media_listing(request, items, locale):
    """Context for a filtered, faceted, paginated listing of ``items`` (media items of one language)."""
    form = MediaFilterForm(request.GET or None, locale=locale)
    data = form.cleaned_data if form.is_bound and form.is_valid() else {}
    request.archive_filter_errors = form.errors if form.is_bound else None  # a 400 (ArchivePageMixin)
    page = paginate(request, filtered(items, data).for_listing())
    page.object_list = with_people(page.object_list, locale.pk)
    return {
        "filter_errors": [error for errors in form.errors.values() for error in errors] if form.is_bound else [],
        "items": page,
        "facets": [
            {
                "name": name,
                "label": label,
                "options": [
                    {
                        "value": value,
                        "label": text,
                        "count": count,
                        "selected": selected,
                        "url": toggle(request, name, value, selected, several),
                    }
                    for value, text, count, selected in options
                ],
            }
            for name, label, options, several in facet_counts(items, data, locale)
            # One choice is no choice: a section holding only videos needs no type filter.
            if len(options) > 1 or any(option[3] for option in options)
        ],
        "filters_active": any(data.get(name) for name in ("type", "person", "topic", "year")),
        "query_without_page": query_without(request, "page"),
    }


def toggle(request, name, value, selected, several=False):
    """This listing's address with ``name=value`` added (or removed if already chosen)."""
    query = request.GET.copy()
    query.pop("page", None)
    value = str(value)
    if several:
        values = [v for v in query.getlist(name) if v != value]
        query.setlist(name, values if selected else [*values, value])
    elif selected:
        query.pop(name, None)
    else:
        query[name] = value
    return f"?{query.urlencode()}" if query else "?"


def query_without(request, *names):
    query = request.GET.copy()
    for name in names:
        query.pop(name, None)
    return query.urlencode()
