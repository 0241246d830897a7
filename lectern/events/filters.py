"""Past events filtered by year and topic, with counts, in the URL (``?year=2024&topic=iran``).

As in the publication archive (``publications/facets.py``): each facet counts what the other
filter leaves, a value that names nothing answers 400 with a message and an unfiltered list.
"""

from django import forms
from django.db.models import Case, Count, When
from django.db.models.functions import ExtractYear
from django.utils.translation import gettext_lazy as _

from lectern.core.pagination import paginate
from lectern.publications.facets import _named, _query_without, _toggle

PER_PAGE = 10


class EventFilterForm(forms.Form):
    year = forms.IntegerField(label=_("Year"), required=False, min_value=1900, max_value=2999)
    topic = forms.SlugField(label=_("Topic"), required=False)

    def __init__(self, *args, locale, **kwargs):
        super().__init__(*args, **kwargs)
        self.locale = locale

    def clean_topic(self):
        from lectern.topics.models import TopicPage

        slug = self.cleaned_data.get("topic")
        if not slug:
            return None
        reader_first = Case(When(locale=self.locale, then=0), default=1)
        topic = TopicPage.objects.live().filter(slug=slug).order_by(reader_first).first()
        if topic is None:
            raise forms.ValidationError(_("There is no topic “%(value)s”."), params={"value": slug[:60]})
        return topic


def filtered(events, data, skip=None):
    if data.get("year") and skip != "year":
        events = events.filter(start__year=data["year"])
    if data.get("topic") and skip != "topic":
        events = events.about_topics(data["topic"].subtree_translation_keys())
    return events


def facets(events, data, locale):
    from .models import EventPage

    years = (
        filtered(events, data, skip="year")
        .annotate(year=ExtractYear("start"))
        .order_by()
        .values("year")
        .annotate(n=Count("pk"))
        .order_by("-year")
    )
    through = EventPage.topics.through
    topics = (
        through.objects.filter(eventpage__in=filtered(events, data, skip="topic").order_by())
        .values("topicpage__translation_key")
        .annotate(n=Count("eventpage", distinct=True))
        .order_by("-n")[:12]
    )
    return [
        ("year", _("Year"), [(r["year"], r["year"], r["n"], data.get("year") == r["year"]) for r in years]),
        ("topic", _("Topic"), _named(topics, "topicpage__translation_key", locale, data.get("topic"))),
    ]


def past_events(request, events, locale):
    """Context for the past-events part of the listing (``events``: the past events, newest first)."""
    form = EventFilterForm(request.GET or None, locale=locale)
    data = form.cleaned_data if form.is_bound and form.is_valid() else {}
    errors = [error for field_errors in form.errors.values() for error in field_errors] if form.is_bound else []
    request.archive_filter_errors = errors or None  # ArchivePageMixin answers 400
    return {
        "past": paginate(request, filtered(events, data).for_listing(), per_page=PER_PAGE),
        "filter_errors": errors,
        "filters_active": bool(data.get("year") or data.get("topic")),
        "facets": [
            {
                "name": name,
                "label": label,
                "options": [
                    {
                        "label": text,
                        "count": count,
                        "selected": selected,
                        "url": _toggle(request, name, value, selected),
                    }
                    for value, text, count, selected in options
                ],
            }
            for name, label, options in facets(events, data, locale)
        ],
        "query_without_page": _query_without(request, "page"),
    }
