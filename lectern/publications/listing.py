"""A narrow copy of what archive listings filter, sort and count on, kept in step with publishing.

A publication's row in ``wagtailcore_page`` and ``publications_publicationpage`` is kilobytes
(title, paths, the body's JSON): filtering, sorting and counting 100,000 of them took 0.5-1 s a
listing. Here each live publication has one narrow row (``ListingEntry``: language, series,
date), a row per topic it is about, its topics' ancestors included (``ListingTopic``: a topic's
page lists its sub-topics' publications, so that is one index range), and a row per author
(``ListingAuthor``). ``FacetCount`` holds the counts a listing shows for no filter and for one
series, topic or year, per language: a listing reads them instead of counting. Narrower
selections (an author, two filters, a date range) are counted over the narrow rows.

Every row is derived from the database state of a publication (``state_of``) by ``refresh``, run
when a publication is saved (which publishing, unpublishing and copying do), moved or deleted,
and when a topic or person it points to is moved or deleted; ``refresh`` writes only the
difference between the stored and the current state, and the counts are changed by increments
(so two publishes at once add up). ``rebuild`` makes everything again from scratch (bulk builds,
``manage.py rebuild_listings``).
"""

from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import reduce
from operator import or_

from django.db import connection, models, transaction
from django.db.models import F, Q

from wagtail.models import Page

# The filters whose counts are kept ("" is no filter) and the facets counted ("total" is the number
# of publications). A facet is never counted under a filter of its own kind: a facet shows what a
# click on it would give, with its own filter left out.
KEPT_FILTERS = ("", "series", "topic", "year")
FACETS = ("total", "series", "topic", "author", "year")
CHUNK = 500


class ListingEntry(models.Model):
    """One live publication: what every listing filters and sorts on."""

    page = models.OneToOneField(
        "publications.PublicationPage",
        primary_key=True,
        on_delete=models.DO_NOTHING,  # removed by ``refresh`` (the counts must be taken down with it)
        db_constraint=False,
        related_name="+",
    )
    locale_id = models.IntegerField()
    series_key = models.UUIDField(null=True)
    date = models.DateField()
    year = models.IntegerField()

    class Meta:
        indexes = [
            models.Index(fields=["locale_id", "-date", "-page"], name="listing_locale_date"),
            models.Index(fields=["locale_id", "series_key", "-date", "-page"], name="listing_series_date"),
            models.Index(fields=["locale_id", "year", "-date", "-page"], name="listing_year_date"),
        ]

    def __str__(self):
        return f"publication {self.page_id}"


class ListingTopic(models.Model):
    """A publication under a topic: tagged with it (``direct``) or with one of its sub-topics."""

    page = models.ForeignKey(
        "publications.PublicationPage", on_delete=models.DO_NOTHING, db_constraint=False, related_name="+"
    )
    topic_key = models.UUIDField()
    direct = models.BooleanField()
    locale_id = models.IntegerField()
    series_key = models.UUIDField(null=True)
    date = models.DateField()
    year = models.IntegerField()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["page", "topic_key"], name="listing_topic_unique")]
        indexes = [
            models.Index(fields=["topic_key", "locale_id", "-date", "-page"], name="listing_topic_date"),
            models.Index(fields=["topic_key", "locale_id", "year", "-date", "-page"], name="listing_topic_year"),
        ]

    def __str__(self):
        return f"publication {self.page_id} under topic {self.topic_key}"


class ListingAuthor(models.Model):
    """A publication by a person of the institute (by the person's translation key)."""

    page = models.ForeignKey(
        "publications.PublicationPage", on_delete=models.DO_NOTHING, db_constraint=False, related_name="+"
    )
    person_key = models.UUIDField()
    locale_id = models.IntegerField()
    date = models.DateField()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["page", "person_key"], name="listing_author_unique")]
        indexes = [models.Index(fields=["person_key", "locale_id", "-date", "-page"], name="listing_author_date")]

    def __str__(self):
        return f"publication {self.page_id} by {self.person_key}"


class FacetCount(models.Model):
    """How many live publications in a language match ``filter=key`` (``""`` for none) and have
    ``facet=value`` (``total``: all of them)."""

    locale_id = models.IntegerField()
    filter = models.CharField(max_length=8)
    key = models.CharField(max_length=36)
    facet = models.CharField(max_length=8)
    value = models.CharField(max_length=36)
    n = models.IntegerField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["locale_id", "filter", "key", "facet", "value"], name="facet_count_unique")
        ]
        indexes = [models.Index(fields=["locale_id", "filter", "key", "facet", "-n"], name="facet_count_top")]

    def __str__(self):
        return f"{self.filter}={self.key} {self.facet}={self.value}: {self.n}"


@dataclass(frozen=True)
class State:
    """What the listings need of one live publication."""

    locale_id: int
    series_key: str | None
    date: object
    topics: frozenset  # topic keys tagged and their ancestors'
    direct_topics: frozenset
    authors: frozenset  # people's translation keys

    @property
    def year(self):
        return self.date.year

    def filters(self):
        """The (filter, key) of the kept counts this publication is counted under."""
        series = [("series", str(self.series_key))] if self.series_key else []
        topics = [("topic", str(key)) for key in sorted(self.topics)]
        return [("", ""), *series, *topics, ("year", str(self.year))]

    def facet_values(self):
        """The (facet, value) it is counted as."""
        series = [("series", str(self.series_key))] if self.series_key else []
        topics = [("topic", str(key)) for key in sorted(self.direct_topics)]
        authors = [("author", str(key)) for key in sorted(self.authors)]
        return [("total", ""), *series, *topics, *authors, ("year", str(self.year))]

    def contributions(self):
        """The ``FacetCount`` rows this publication adds one to: (locale, filter, key, facet, value),
        a facet never under a filter of its own kind."""
        values = self.facet_values()
        return [
            (self.locale_id, name, key, facet, value)
            for name, key in self.filters()
            for facet, value in values
            if facet != name
        ]


def state_of(page_ids):
    """{page id: State} of the live publications among ``page_ids``, read from the database (a
    page object in memory may hold an unpublished draft), in a fixed number of queries."""
    from lectern.publications.models import PublicationAuthor, PublicationPage
    from lectern.topics.models import TopicPage

    rows = PublicationPage.objects.filter(pk__in=page_ids, live=True).values_list(
        "pk", "locale_id", "series__translation_key", "publication_date"
    )
    if not rows:
        return {}
    rows = list(rows)
    found = [row[0] for row in rows]
    links = PublicationPage.topics.through.objects.filter(publicationpage_id__in=found).values_list(
        "publicationpage_id", "topicpage__translation_key", "topicpage__path"
    )
    links = list(links)
    # Each tagged topic's ancestors, through the tree's paths (a topic page's path starts with its parents').
    steplen = Page.steplen
    prefixes = {path[:end] for _pk, _key, path in links for end in range(steplen, len(path), steplen)}
    above = dict(TopicPage.objects.filter(path__in=prefixes).values_list("path", "translation_key"))
    topics, direct = defaultdict(set), defaultdict(set)
    for pk, key, path in links:
        direct[pk].add(key)
        topics[pk].add(key)
        topics[pk].update(above[path[:end]] for end in range(steplen, len(path), steplen) if path[:end] in above)
    authors = defaultdict(set)
    people = PublicationAuthor.objects.filter(publication_id__in=found, person__isnull=False).values_list(
        "publication_id", "person__translation_key"
    )
    for pk, key in people:
        authors[pk].add(key)
    return {
        pk: State(locale_id, series_key, date, frozenset(topics[pk]), frozenset(direct[pk]), frozenset(authors[pk]))
        for pk, locale_id, series_key, date in rows
    }


def stored_state_of(page_ids):
    """{page id: State} as the narrow rows have it now."""
    entries = ListingEntry.objects.filter(page_id__in=page_ids).values_list(
        "page_id", "locale_id", "series_key", "date"
    )
    entries = list(entries)
    if not entries:
        return {}
    topics, direct, authors = defaultdict(set), defaultdict(set), defaultdict(set)
    for pk, key, is_direct in ListingTopic.objects.filter(page_id__in=page_ids).values_list(
        "page_id", "topic_key", "direct"
    ):
        topics[pk].add(key)
        if is_direct:
            direct[pk].add(key)
    for pk, key in ListingAuthor.objects.filter(page_id__in=page_ids).values_list("page_id", "person_key"):
        authors[pk].add(key)
    return {
        pk: State(locale_id, series_key, date, frozenset(topics[pk]), frozenset(direct[pk]), frozenset(authors[pk]))
        for pk, locale_id, series_key, date in entries
    }


def narrow_rows(pk, state):
    entry = ListingEntry(
        page_id=pk, locale_id=state.locale_id, series_key=state.series_key, date=state.date, year=state.year
    )
    topics = [
        ListingTopic(
            page_id=pk,
            topic_key=key,
            direct=key in state.direct_topics,
            locale_id=state.locale_id,
            series_key=state.series_key,
            date=state.date,
            year=state.year,
        )
        for key in state.topics
    ]
    authors = [
        ListingAuthor(page_id=pk, person_key=key, locale_id=state.locale_id, date=state.date) for key in state.authors
    ]
    return entry, topics, authors


def refresh(page_ids, *, removed=False):
    """Bring the narrow rows and counts of these publications in step with the database (or,
    ``removed``, take them out: pages about to be deleted)."""
    page_ids = list(page_ids)
    for start in range(0, len(page_ids), CHUNK):
        _refresh(page_ids[start : start + CHUNK], removed)


@transaction.atomic
def _refresh(page_ids, removed):
    # The pages' rows are locked first (PostgreSQL; SQLite has one writer at a time), so two
    # refreshes of one publication (a publish and a scheduled unpublish) read each other's result.
    list(Page.objects.select_for_update().filter(pk__in=page_ids).order_by("pk").values_list("pk", flat=True))
    now = {} if removed else state_of(page_ids)
    before = stored_state_of(page_ids)
    changed = [pk for pk in page_ids if now.get(pk) != before.get(pk)]
    if not changed:
        return
    ListingEntry.objects.filter(page_id__in=changed).delete()
    ListingTopic.objects.filter(page_id__in=changed).delete()
    ListingAuthor.objects.filter(page_id__in=changed).delete()
    entries, topics, authors = [], [], []
    delta = Counter()
    for pk in changed:
        if pk in before:
            delta.subtract(before[pk].contributions())
        if pk in now:
            delta.update(now[pk].contributions())
            entry, topic_rows, author_rows = narrow_rows(pk, now[pk])
            entries.append(entry)
            topics += topic_rows
            authors += author_rows
    ListingEntry.objects.bulk_create(entries)
    ListingTopic.objects.bulk_create(topics)
    ListingAuthor.objects.bulk_create(authors)
    add_to_counts({row: n for row, n in delta.items() if n})


def _matching(rows):
    fields = ("locale_id", "filter", "key", "facet", "value")
    return reduce(or_, (Q(**dict(zip(fields, row, strict=True))) for row in rows))


def add_to_counts(delta):
    """Add ``delta`` ({row: change}) to the counts: rows made at 0 if missing (a concurrent
    publish may make the same row: ignored), then changed by increments.

    A row that falls to 0 is kept (readers skip it): deleted, it could take a concurrent publish's
    increment with it. Rows are made, then locked, in one order, so two publishes that change the
    same counts (2019 -> 2020 and 2020 -> 2019) wait for each other instead of deadlocking."""
    if not delta:
        return
    rows = sorted(delta, key=lambda row: tuple(str(value) for value in row))
    FacetCount.objects.bulk_create(
        [
            FacetCount(locale_id=locale_id, filter=name, key=key, facet=facet, value=value, n=0)
            for locale_id, name, key, facet, value in rows
        ],
        ignore_conflicts=True,
    )
    ids = []
    for start in range(0, len(rows), 100):
        ids += FacetCount.objects.filter(_matching(rows[start : start + 100])).values_list("pk", flat=True)
    list(FacetCount.objects.select_for_update().filter(pk__in=ids).order_by("pk").values_list("pk", flat=True))
    by_change = defaultdict(list)
    for row in rows:
        by_change[delta[row]].append(row)
    for change, changed in by_change.items():
        for start in range(0, len(changed), 100):
            FacetCount.objects.filter(_matching(changed[start : start + 100])).update(n=F("n") + change)


def rebuild(log=None):
    """Make every narrow row and count again from the live publications (bulk builds, repairs).

    Rows are written with the cursor's ``executemany`` (model instances and ``bulk_create`` took
    three minutes for 150,000 publications), and the counts are added up per filter."""
    from lectern.publications.models import PublicationPage

    def insert(model, columns, rows):
        table, quote = model._meta.db_table, connection.ops.quote_name
        names, marks = ", ".join(map(quote, columns)), ", ".join(["%s"] * len(columns))
        sql = f"INSERT INTO {quote(table)} ({names}) VALUES ({marks})"  # noqa: S608 (the models' own names)
        with connection.cursor() as cursor:
            for start in range(0, len(rows), 5000):
                cursor.executemany(sql, rows[start : start + 5000])

    uuid = ListingEntry._meta.get_field("series_key")

    def key(value):
        return uuid.get_db_prep_value(value, connection)

    day = connection.ops.adapt_datefield_value
    with transaction.atomic():
        for model in (ListingEntry, ListingTopic, ListingAuthor, FacetCount):
            model.objects.all().delete()
        ids = list(PublicationPage.objects.filter(live=True).order_by("pk").values_list("pk", flat=True))
        counts = defaultdict(Counter)
        for start in range(0, len(ids), 2000):
            entries, topics, authors = [], [], []
            for pk, state in state_of(ids[start : start + 2000]).items():
                locale_id, series_key, date, year = state.locale_id, key(state.series_key), day(state.date), state.year
                entries.append((pk, locale_id, series_key, date, year))
                topics += [
                    (pk, key(topic), topic in state.direct_topics, locale_id, series_key, date, year)
                    for topic in state.topics
                ]
                authors += [(pk, key(person), locale_id, date) for person in state.authors]
                # As ``contributions()``, grouped by filter: one Counter update per filter.
                values = state.facet_values()
                leaving_out = {name: [value for value in values if value[0] != name] for name in KEPT_FILTERS}
                for name, filter_key in state.filters():
                    counts[(state.locale_id, name, filter_key)].update(leaving_out[name])
            insert(ListingEntry, ["page_id", "locale_id", "series_key", "date", "year"], entries)
            insert(
                ListingTopic,
                ["page_id", "topic_key", "direct", "locale_id", "series_key", "date", "year"],
                topics,
            )
            insert(ListingAuthor, ["page_id", "person_key", "locale_id", "date"], authors)
        insert(
            FacetCount,
            ["locale_id", "filter", "key", "facet", "value", "n"],
            [
                (locale_id, name, filter_key, facet, value, n)
                for (locale_id, name, filter_key), counted in counts.items()
                for (facet, value), n in counted.items()
            ],
        )
    if log:
        log(f"Listing rows for {len(ids):,} publications, {sum(map(len, counts.values())):,} facet counts")
    return len(ids)


# --- keeping the rows in step -------------------------------------------------------------------
# A publication's own save (publish, unpublish, copy, a fixture's add_child) calls ``refresh``
# after its authors and topics are written (``PublicationPage.save``); these cover the rest.


def _publication_moved(instance, **kwargs):
    refresh([instance.pk])  # its series may have changed


def _publication_deleted(instance, **kwargs):
    refresh([instance.pk], removed=True)


def _topic_moved(instance, **kwargs):
    """The publications under a moved topic have other ancestor topics now."""
    refresh(ListingTopic.objects.filter(topic_key=instance.translation_key).values_list("page_id", flat=True))


def _topic_deleted(instance, **kwargs):
    # Its links are gone with it (and its sub-topics' links, each deleted in turn).
    refresh(ListingTopic.objects.filter(topic_key=instance.translation_key).values_list("page_id", flat=True))


def _person_deleted(instance, **kwargs):
    refresh(ListingAuthor.objects.filter(person_key=instance.translation_key).values_list("page_id", flat=True))


def connect():
    from django.db.models.signals import post_delete, pre_delete

    from wagtail.signals import post_page_move

    from lectern.people.models import PersonPage
    from lectern.publications.models import PublicationPage
    from lectern.topics.models import TopicPage

    uid = "lectern-listing-"
    post_page_move.connect(_publication_moved, sender=PublicationPage, dispatch_uid=f"{uid}publication-move")
    pre_delete.connect(_publication_deleted, sender=PublicationPage, dispatch_uid=f"{uid}publication-delete")
    post_page_move.connect(_topic_moved, sender=TopicPage, dispatch_uid=f"{uid}topic-move")
    post_delete.connect(_topic_deleted, sender=TopicPage, dispatch_uid=f"{uid}topic-delete")
    post_delete.connect(_person_deleted, sender=PersonPage, dispatch_uid=f"{uid}person-delete")
