"""Thousands of synthetic English publications, fast, for testing listings, pagination and search.

``Page.add_child`` costs a few queries and a full clean per page; at 10,000 pages that is
minutes. Here the treebeard paths are computed in Python and rows are inserted in
batches of 2,000 pages, each batch committed on its own:

* ``wagtailcore_page`` rows with ``Page.objects.bulk_create``;
* ``publications_publicationpage`` rows (the multi-table child) with the manager's
  ``_insert``, because ``bulk_create`` refuses multi-table-inherited models;
* authors and topic links with ``bulk_create``;
* each series' ``numchild`` is raised by the number of pages the batch added under it.

``add_synthetic_publications`` writes no revisions and no search-index entries: run
``manage.py update_index`` to make the pages searchable. ``build_archive`` (the benchmark's
archive, ``scripts/bench.py``) also adds people in both languages, Hebrew translations of
half the publications (same ``translation_key``, Hebrew locale, under the Hebrew series, as
``copy_for_translation`` makes them), bodies of realistic length, and the search index: on
SQLite the rows of Wagtail's own indexer (each field read once), the publications' made from
what the generator wrote (``PublicationText``) in forked processes while the next batch is
written; on PostgreSQL the backend's ``add_bulk`` after the rows (``index_pages``).
"""

import datetime
import functools
import multiprocessing
import random
import time
import uuid
from contextlib import contextmanager
from html import escape

from django.contrib.contenttypes.models import ContentType
from django.db import connection, connections, transaction
from django.db.models import F, Max
from django.utils.functional import cached_property
from django.utils.text import slugify

from wagtail.fields import RichTextField, StreamField
from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend
from wagtail.search.index import AutocompleteField, SearchField
from wagtail.search.models import IndexEntry

from lectern.core.cache import bump_shared_version
from lectern.core.i18n import localize_pages
from lectern.images.models import LecternImage
from lectern.people.models import PersonPage, TeamIndexPage
from lectern.publications import listing
from lectern.publications.models import PublicationAuthor, PublicationPage, SeriesPage
from lectern.topics.models import TopicIndexPage, TopicPage

from .builders import JOURNAL_FIRST_YEAR, aware
from .content import bulk_text as long_words
from .content import site as site_content
from .content import synthetic as words
from .streams import stream

BATCH = 2000
FIRST_DAY = datetime.date(2018, 1, 1)


class SeriesCursor:
    """Where the next page goes under one series: its tree path step and running number."""

    def __init__(self, series):
        self.series = self.parent = series
        depth = series.depth + 1
        last = (
            Page.objects.filter(path__startswith=series.path, depth=depth)
            .order_by("-path")
            .values_list("path", flat=True)
            .first()
        )
        self.depth = depth
        self.step = Page._str2int(last[-Page.steplen :]) + 1 if last else 1
        highest = PublicationPage.objects.filter(series=series).aggregate(Max("number"))["number__max"]
        self.number = (highest or 0) + 1
        self.added = 0

    def take(self):
        path = Page._get_path(self.series.path, self.depth, self.step)
        number = self.number
        self.step += 1
        self.number += 1
        self.added += 1
        return path, number


def insert_child_rows(model, objects):
    """INSERT only ``model``'s own table (its parent rows already exist), in batches the
    database accepts. Field preparation (e.g. StreamField to JSON) is Django's own."""
    fields = model._meta.local_concrete_fields
    size = connection.ops.bulk_batch_size(fields, objects) or len(objects)
    for start in range(0, len(objects), size):
        model._base_manager._insert(objects[start : start + size], fields=fields, using=connection.alias)


class ChildCursor:
    """The next free tree path under one parent page."""

    def __init__(self, parent):
        self.parent = parent
        self.depth = parent.depth + 1
        last = (
            Page.objects.filter(path__startswith=parent.path, depth=self.depth)
            .order_by("-path")
            .values_list("path", flat=True)
            .first()
        )
        self.step = Page._str2int(last[-Page.steplen :]) + 1 if last else 1
        self.added = 0

    def take(self):
        path = Page._get_path(self.parent.path, self.depth, self.step)
        self.step += 1
        self.added += 1
        return path


def count_children(cursors):
    """Raise each parent's ``numchild`` by the pages its cursor placed since the last call."""
    for cursor in cursors:
        if cursor.added:
            Page.objects.filter(pk=cursor.parent.pk).update(numchild=F("numchild") + cursor.added)
            cursor.added = 0


def new_page(cursor, path, title, slug, content_type, locale, translation_key, moment):
    return Page(
        path=path,
        depth=cursor.depth,
        numchild=0,
        title=title,
        draft_title=title,
        slug=slug,
        url_path=f"{cursor.series.url_path if isinstance(cursor, SeriesCursor) else cursor.parent.url_path}{slug}/",
        content_type=content_type,
        locale=locale,
        translation_key=translation_key,
        live=True,
        has_unpublished_changes=False,
        first_published_at=moment,
        last_published_at=moment,
        show_in_menus=False,
    )


def insert_pages(model, pages, children):
    """Page rows, then the specific rows that point at them; returns the new primary keys."""
    Page.objects.bulk_create(pages)  # sets the primary keys (SQLite and PostgreSQL)
    for page, child in zip(pages, children, strict=True):
        child.page_ptr_id = child.id = page.pk
    insert_child_rows(model, children)
    return [page.pk for page in pages]


def same_block_ids(source, target):
    """The translation's blocks keep the source's ids, as ``copy_for_translation`` does."""
    for a, b in zip(source, target, strict=True):
        b["id"] = a["id"]
        if a["type"] == "list":
            for item_a, item_b in zip(a["value"]["items"], b["value"]["items"], strict=True):
                item_b["id"] = item_a["id"]
    return target


def long_texts(rng, subject, place):
    """A summary of three sentences (~60 words) and a body of four sections with 8–12
    paragraphs of 6–9 sentences (~800–1,500 words), in English and in Hebrew (same choices)."""
    en = {"subject": words.SUBJECTS[subject].lower(), "place": words.PLACES[place]}
    he = {"subject": long_words.SUBJECTS_HE[subject], "place": long_words.PLACES_HE[place]}
    picks = [rng.sample(range(len(long_words.SENTENCES)), 3)]
    sections = []
    for heading in rng.sample(range(len(long_words.HEADINGS)), 4):
        paragraphs = []
        for _ in range(rng.randint(2, 3)):
            paragraphs.append([rng.randrange(len(long_words.SENTENCES)) for _ in range(rng.randint(6, 9))])
        sections.append((heading, paragraphs))

    def texts(lang, values):
        sentence = [pair[lang].format(**values) for pair in long_words.SENTENCES]
        summary = " ".join(sentence[i] for i in picks[0])
        body = []
        for heading, paragraphs in sections:
            body.append(("h2", long_words.HEADINGS[heading][lang]))
            body.extend(("p", " ".join(sentence[i] for i in paragraph)) for paragraph in paragraphs)
        return summary, body

    return texts(0, en), texts(1, he)


def add_synthetic_people(count, log=print):
    """``count`` people under the team index, each with a Hebrew translation; returns the English pks."""
    english, hebrew = Locale.objects.get(language_code="en"), Locale.objects.get(language_code="he")
    team_en = TeamIndexPage.objects.get(locale=english)
    cursor_en = ChildCursor(team_en)
    cursor_he = ChildCursor(TeamIndexPage.objects.get(locale=hebrew, translation_key=team_en.translation_key))
    content_type = ContentType.objects.get_for_model(PersonPage)
    rng = random.Random(count)  # noqa: S311 (demo data)
    moment = aware(datetime.date.today())
    added = []
    for start in range(0, count, BATCH):
        pages_en, pages_he, people_en, people_he = [], [], [], []
        for i in range(start, min(start + BATCH, count)):
            first, last = rng.choice(long_words.FIRST_NAMES), rng.choice(long_words.LAST_NAMES)
            role = rng.choice(long_words.ROLES)
            subject, place = rng.randrange(len(words.SUBJECTS)), rng.randrange(len(words.PLACES))
            key = uuid.uuid4()
            slug = f"{slugify(first[0] + ' ' + last[0])}-{i + 1}"
            for lang, locale, cursor, pages, people in (
                (0, english, cursor_en, pages_en, people_en),
                (1, hebrew, cursor_he, pages_he, people_he),
            ):
                name = f"{first[lang]} {last[lang]}"
                values = {
                    "name": name,
                    "subject": (words.SUBJECTS[subject].lower(), long_words.SUBJECTS_HE[subject])[lang],
                    "place": (words.PLACES[place], long_words.PLACES_HE[place])[lang],
                }
                bio = "".join(f"<p>{escape(pair[lang].format(**values))}</p>" for pair in long_words.BIOS)
                pages.append(new_page(cursor, cursor.take(), name, slug, content_type, locale, key, moment))
                people.append(PersonPage(role=role[lang], bio=bio, email=""))
        with transaction.atomic():
            added += insert_pages(PersonPage, pages_en, people_en)
            insert_pages(PersonPage, pages_he, people_he)
            count_children((cursor_en, cursor_he))
        log(f"  … {start + len(pages_en)} / {count} people (and their Hebrew pages)")
    return added


def add_synthetic_publications(count, log=print, *, hebrew_share=0.0, long_text=False, people=None, written=None):
    """``count`` English publications; ``hebrew_share`` of them also get a Hebrew translation.
    ``long_text``: realistic lengths (see ``long_texts``). ``people``: the English person pks to
    draw 1–3 authors from (default: every English person). ``written``: called with each committed
    batch's pages as ``PublicationText`` reads them. Returns the new pages' pks."""
    english, hebrew = Locale.objects.get(language_code="en"), Locale.objects.get(language_code="he")
    cursors = [SeriesCursor(series) for series in SeriesPage.objects.filter(locale=english).order_by("path")]
    if not cursors:
        raise RuntimeError("No English series: load the base demo first.")
    hebrew_series = {series.translation_key: series for series in SeriesPage.objects.filter(locale=hebrew)}
    hebrew_cursors = {}
    # Topics proper, not the groups directly under the index.
    index = TopicIndexPage.objects.get(locale=english)
    topics = list(TopicPage.objects.descendant_of(index).filter(depth__gt=index.depth + 1).values_list("pk", flat=True))
    if people is None:
        people = list(PersonPage.objects.filter(locale=english).values_list("pk", flat=True))
    lead_titles = [spec["title"] for spec in site_content.LEAD_IMAGES.values()]
    images = list(LecternImage.objects.filter(title__in=lead_titles).values_list("pk", flat=True))
    content_type = ContentType.objects.get_for_model(PublicationPage)
    topic_link = PublicationPage.topics.through
    rng = random.Random(count + PublicationPage.objects.count())  # noqa: S311 (demo data, not secrets)
    days = (datetime.date.today() - FIRST_DAY).days
    added = []

    for start in range(0, count, BATCH):
        pages, children, authors, links, bodies = [], [], [], [], []
        for i in range(start, min(start + BATCH, count)):
            cursor = cursors[i % len(cursors)]
            path, number = cursor.take()
            subject, place = rng.randrange(len(words.SUBJECTS)), rng.randrange(len(words.PLACES))
            angle, pattern = rng.randrange(len(words.ANGLES)), rng.randrange(len(words.TITLE_PATTERNS))
            title = words.TITLE_PATTERNS[pattern].format(
                subject=words.SUBJECTS[subject], place=words.PLACES[place], angle=words.ANGLES[angle]
            )
            slug = f"{slugify(title)[:60].rstrip('-')}-{number}"  # the number keeps it unique in the series
            date = FIRST_DAY + datetime.timedelta(days=rng.randrange(days))
            moment = aware(date)
            key = uuid.uuid4()
            pages.append(new_page(cursor, path, title, slug, content_type, english, key, moment))
            if long_text:
                (summary, body), hebrew_text = long_texts(rng, subject, place)
            else:
                text = {
                    "subject": words.SUBJECTS[subject],
                    "subject_lower": words.SUBJECTS[subject].lower(),
                    "place": words.PLACES[place],
                }
                body = [("p", paragraph.format(**text)) for paragraph in rng.sample(words.PARAGRAPHS, 3)]
                body.insert(2, ("h2", "Recommendations"))
                body.insert(3, ("list", "lettered", rng.sample(words.RECOMMENDATIONS, 3)))
                summary = words.SUMMARY.format(**text)
            journal = cursor.series.has_volumes
            fields = {
                "series_id": cursor.series.pk,
                "number": number,
                "publication_date": date,
                "volume": date.year - JOURNAL_FIRST_YEAR if journal else None,
                "issue": (date.month - 1) // 3 + 1 if journal else None,
                "lead_image_id": rng.choice(images) if images else None,
                "lead_image_caption": "",
                "disclaimer": "",
            }
            data = stream(body)
            bodies.append(data)
            children.append(PublicationPage(summary=summary, body=data, **fields))
            chosen_authors = rng.sample(people, rng.randint(1, min(3, len(people))))
            chosen_topics = rng.sample(topics, rng.randint(1, min(3, len(topics))))
            authors.append(chosen_authors)
            links.append(chosen_topics)
            if hebrew_share and rng.random() < hebrew_share and cursor.series.translation_key in hebrew_series:
                # The translation: Hebrew title and text, the source's metadata, authors and topics.
                target = hebrew_series[cursor.series.translation_key]
                if target.pk not in hebrew_cursors:
                    hebrew_cursors[target.pk] = ChildCursor(target)
                he_cursor = hebrew_cursors[target.pk]
                he_title = long_words.TITLE_PATTERNS_HE[pattern].format(
                    subject=long_words.SUBJECTS_HE[subject],
                    place=long_words.PLACES_HE[place],
                    angle=long_words.ANGLES_HE[angle],
                )
                he_summary, he_body = hebrew_text if long_text else (he_title, [("p", he_title)])
                pages.append(new_page(he_cursor, he_cursor.take(), he_title, slug, content_type, hebrew, key, moment))
                bodies.append(same_block_ids(data, stream(he_body)))
                children.append(PublicationPage(summary=he_summary, body=bodies[-1], **fields))
                children[-1].series_id = target.pk
                authors.append(chosen_authors)
                links.append(chosen_topics)

        with transaction.atomic():  # each batch committed with its series' numchild: a sound tree
            pks = insert_pages(PublicationPage, pages, children)
            added += pks
            PublicationAuthor.objects.bulk_create(
                [
                    PublicationAuthor(publication_id=pk, person_id=person, name="", sort_order=order)
                    for pk, people_of in zip(pks, authors, strict=True)
                    for order, person in enumerate(people_of)
                ]
            )
            topic_link.objects.bulk_create(
                [
                    topic_link(publicationpage_id=pk, topicpage_id=topic)
                    for pk, topics_of in zip(pks, links, strict=True)
                    for topic in topics_of
                ]
            )
            count_children([*cursors, *hebrew_cursors.values()])
        if written:
            written(
                [
                    (pk, page.title, page.locale_id, child.summary, body, people_of, topics_of)
                    for pk, page, child, body, people_of, topics_of in zip(
                        pks, pages, children, bodies, authors, links, strict=True
                    )
                ]
            )
        log(f"  … {min(start + BATCH, count)} / {count}")
    listing.rebuild(log=log)  # pages written in bulk, not saved: the listings' rows made from them
    bump_shared_version()  # cached listings and menus are rebuilt
    return added


INDEX_BATCH = 400  # prefetching more in one query exceeds SQLite's expression depth
INDEX_PREFETCH = {PublicationPage: ("authors__person", "topics"), PersonPage: ()}
INDEX_PROCESSES = 2  # the machine's cores: the analysis is Python, one core per process
_forked_connections = []  # the parent's connections, kept open and unused in a pool worker


def sqlite_indexer(backend):
    """(The backend's SQLite index, an indexer class for it), or None on PostgreSQL (whose
    ``add_bulk`` is used as is). Wagtail's SQLite indexer reads every search field once per
    column (title, body, autocomplete), i.e. a long body three times: this one reads it once
    and joins the same text."""
    if connection.vendor != "sqlite":
        return None
    from modelsearch.backends.database.sqlite.sqlite import ObjectIndexer, SQLiteIndex

    index = backend.get_index_for_model(Page)
    if not isinstance(index, SQLiteIndex):
        return None

    class OnceIndexer(ObjectIndexer):
        @cached_property
        def prepared(self):
            return [pair for field in self.search_fields for pair in self.prepare_field(self.obj, field)]

        def joined(self, wanted):
            return " ".join(value for field, value in self.prepared if wanted(field))

        @cached_property
        def title(self):
            return self.joined(lambda f: isinstance(f, SearchField) and f.field_name == "title")

        @cached_property
        def body(self):
            return self.joined(lambda f: isinstance(f, SearchField) and f.field_name != "title")

        @cached_property
        def autocomplete(self):
            return self.joined(lambda f: isinstance(f, AutocompleteField))

    return index, OnceIndexer


@contextmanager
def text_extracted_once(model):
    """A page's rich text and StreamField text is extracted (HTML parsed) twice: for the field's
    own search column and for ``search_analyzed``. Within the block, each field instance keeps
    what it returned per value (the same object both times), so the second read is free."""
    fields = [field for field in model._meta.concrete_fields if isinstance(field, StreamField | RichTextField)]
    for field in fields:
        memo = {}

        def once(value, memo=memo, extract=field.get_searchable_content):
            if id(value) not in memo:
                memo[id(value)] = (value, extract(value))  # the value kept: its id stays its own
            return memo[id(value)][1]

        field.get_searchable_content = once
    try:
        yield
    finally:
        for field in fields:
            del field.get_searchable_content  # the class's method again


class Indexing:
    """What ``index_pages`` needs to turn a model's pages into search-index rows."""

    def __init__(self, model):
        self.model = model
        self.backend = get_search_backend()
        self.index, self.indexer = sqlite_indexer(self.backend) or (None, None)
        self.content_type = ContentType.objects.get_for_model(model)
        # A translation links the source's topics; its indexed text names them in its own language
        # (``PublicationPage.search_extra``): look every topic's translations up once, not per page.
        topics = list(TopicPage.objects.all())
        self.localized = {
            locale.pk: dict(zip(topics, localize_pages(topics, locale.pk), strict=True))
            for locale in Locale.objects.all()
        }

    def pages(self, pks):
        """The pages with what their indexed text reads prefetched, and their text analysed once."""
        batch = list(self.model.objects.filter(pk__in=pks).prefetch_related(*INDEX_PREFETCH[self.model]))
        for page in batch:
            if "topics" in getattr(page, "_prefetched_objects_cache", {}):
                linked = page._prefetched_objects_cache["topics"]
                linked._result_cache = [self.localized[page.locale_id][topic] for topic in linked]
            # The indexer reads it once per column on PostgreSQL: analyse each page's text once.
            page.search_analyzed = functools.partial(str, page.search_analyzed())
        return batch

    def rows(self, pks):
        return self.rows_of(lambda: self.pages(pks))

    def rows_of(self, pages):
        """(object_id, title, autocomplete, body) of each of ``pages()``, as Wagtail's SQLite indexer
        makes them (the pages made inside, where their text is extracted once)."""
        with text_extracted_once(self.model):
            found = [self.indexer(page, self.backend) for page in pages()]
            return [(row.id, row.title, row.autocomplete, row.body) for row in found]

    def write(self, rows):
        self.index.entries.bulk_create(
            IndexEntry(content_type_id=self.content_type.pk, object_id=pk, title=title, autocomplete=auto, body=body)
            for pk, title, auto, body in rows
        )


class PublicationText:
    """SQLite: the index rows of new publications from what the generator wrote, without reading
    the pages back: each page is made again in memory (modelcluster keeps its authors and topics
    there, in the order the database returns them) and goes through ``Indexing.rows_of``."""

    def __init__(self):
        self.indexing = Indexing(PublicationPage)
        self.people = PersonPage.objects.only("title").in_bulk()
        self.topics = {
            locale: {topic.pk: localized for topic, localized in topics.items()}
            for locale, topics in self.indexing.localized.items()
        }
        self.path = dict(TopicPage.objects.values_list("pk", "path"))  # topics come ordered by path

    def page(self, pk, title, locale, summary, body, authors, topics):
        page = PublicationPage(id=pk, page_ptr_id=pk, title=title, locale_id=locale, summary=summary, body=body)
        page.authors = [
            PublicationAuthor(person=self.people[person], name="", sort_order=order)
            for order, person in enumerate(authors)
        ]
        page.topics = [self.topics[locale][topic] for topic in sorted(topics, key=self.path.get)]
        page.search_analyzed = functools.partial(str, page.search_analyzed())
        return page

    def rows(self, written):
        return self.indexing.rows_of(lambda: [self.page(*spec) for spec in written])


_indexing = None  # the running index_pages' Indexing: pool workers inherit it when they fork
_publication_text = None  # the same for build_archive's PublicationText


def _forked():
    """A pool worker: a database connection must not be used on both sides of a fork, so the
    parent's stay open, untouched, and the worker opens its own."""
    for wrapper in connections.all(initialized_only=True):
        _forked_connections.append(wrapper.connection)
        wrapper.connection = None


def _rows_in_worker(pks):
    return _indexing.rows(pks)


def _publication_rows_in_worker(written):
    return _publication_text.rows(written)


def index_pages(model, pks, log=print, processes=INDEX_PROCESSES):
    """Search-index entries for ``model``'s pages ``pks``, as ``update_index`` writes them, in
    large batches with the relations that the indexed text reads prefetched. On SQLite the rows
    are Wagtail's indexer's (each field read once), made in ``processes`` forked processes that
    read the committed pages (outside a transaction only) while this one writes the rows; the
    title norms are set once at the end (Wagtail's ``add_items`` averages the whole index after
    every batch: quadratic). On PostgreSQL the backend's own ``add_bulk`` (its tsvectors)."""
    global _indexing
    indexing = Indexing(model)
    chunks = [pks[start : start + INDEX_BATCH] for start in range(0, len(pks), INDEX_BATCH)]
    done = 0

    def progress(count):
        nonlocal done
        done += count
        log(f"  … indexed {done} / {len(pks)} {model._meta.verbose_name_plural}")

    if indexing.index is None:
        for chunk in chunks:
            with text_extracted_once(model):
                indexing.backend.add_bulk(model, indexing.pages(chunk))
            progress(len(chunk))
        return
    if processes > 1 and len(chunks) > 1 and not connection.in_atomic_block:
        _indexing = indexing
        try:
            with multiprocessing.get_context("fork").Pool(processes, initializer=_forked) as pool:
                for rows in pool.imap(_rows_in_worker, chunks):
                    indexing.write(rows)
                    progress(len(rows))
        finally:
            _indexing = None
    else:
        for chunk in chunks:
            indexing.write(indexing.rows(chunk))
            progress(len(chunk))
    indexing.index._refresh_title_norms()  # the new rows (title_norm 1.0), as add_items does


@contextmanager
def scratch_writes():
    """SQLite: the build's own connection keeps 256 MB of pages in memory (the page and index
    tables' b-trees outgrow the default 2 MB after a few thousand pages) and, outside a transaction
    (SQLite allows it only there), skips fsync: a scratch database, a crash means a rebuild. Both
    are set back afterwards."""
    if connection.vendor != "sqlite":
        yield
        return
    pragmas = {"cache_size": -262144}
    if not connection.in_atomic_block:
        pragmas["synchronous"] = 0  # OFF
    with connection.cursor() as cursor:
        before = {name: cursor.execute(f"PRAGMA {name}").fetchone()[0] for name in pragmas}
        for name, value in pragmas.items():
            cursor.execute(f"PRAGMA {name} = {value}")
    try:
        yield
    finally:
        with connection.cursor() as cursor:
            for name, value in before.items():
                cursor.execute(f"PRAGMA {name} = {int(value)}")


def build_archive(count, people=5000, hebrew_share=0.5, log=print, processes=INDEX_PROCESSES):
    """The benchmark's archive: ``people`` people and ``count`` publications of realistic length,
    ``hebrew_share`` of them translated, all in the search index. Each batch is committed on its
    own (one transaction grew SQLite's write-ahead log to 10 GB at 100,000). On SQLite the
    publications' index rows are made while the next batch is generated, by ``processes`` forked
    processes outside a transaction (else here). Returns seconds per step."""
    global _publication_text
    timings = {}
    with scratch_writes():
        started = time.perf_counter()
        person_pks = add_synthetic_people(people, log=log)
        every_person = list(
            PersonPage.objects.filter(
                translation_key__in=PersonPage.objects.filter(pk__in=person_pks).values("translation_key")
            ).values_list("pk", flat=True)
        )
        index_pages(PersonPage, every_person, log=log, processes=processes)
        timings["people (with their index rows)"] = time.perf_counter() - started
        started = time.perf_counter()
        if sqlite_indexer(get_search_backend()) is None:  # PostgreSQL: the backend's add_bulk afterwards
            publication_pks = add_synthetic_publications(
                count, log=log, hebrew_share=hebrew_share, long_text=True, people=person_pks
            )
            timings["publications"] = time.perf_counter() - started
            started = time.perf_counter()
            index_pages(PublicationPage, publication_pks, log=log)
            timings["search index"] = time.perf_counter() - started
        else:
            text = _publication_text = PublicationText()
            pending = []

            def written(specs):
                pending.append(pool.apply_async(_publication_rows_in_worker, (specs,)) if pool else specs)
                while pending and (not pool or pending[0].ready()):
                    text.indexing.write(pending.pop(0).get() if pool else text.rows(pending.pop(0)))

            pool = None
            if processes > 1 and not connection.in_atomic_block:
                pool = multiprocessing.get_context("fork").Pool(processes, initializer=_forked)
            try:
                add_synthetic_publications(
                    count, log=log, hebrew_share=hebrew_share, long_text=True, people=person_pks, written=written
                )
                timings["publications"] = time.perf_counter() - started
                started = time.perf_counter()
                for result in pending:
                    text.indexing.write(result.get())
                text.indexing.index._refresh_title_norms()  # the new rows (title_norm 1.0), as add_items does
                timings["search index (the rest)"] = time.perf_counter() - started
            finally:
                _publication_text = None
                if pool:
                    pool.terminate()
    bump_shared_version()
    return timings
