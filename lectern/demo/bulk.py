"""Thousands of synthetic English publications, fast, for testing listings, pagination and search.

``Page.add_child`` costs a few queries and a full clean per page; at 10,000 pages that is
minutes. Here the treebeard paths are computed in Python and rows are inserted in
batches, inside one transaction:

* ``wagtailcore_page`` rows with ``Page.objects.bulk_create``;
* ``publications_publicationpage`` rows (the multi-table child) with the manager's
  ``_insert``, because ``bulk_create`` refuses multi-table-inherited models;
* authors and topic links with ``bulk_create``;
* finally each series' ``numchild`` is raised by the number of pages added under it.

No revisions and no search-index entries are written: run ``manage.py update_index``
to make the pages searchable.
"""

import datetime
import random
import uuid

from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.db.models import F, Max
from django.utils.text import slugify

from wagtail.models import Locale, Page

from lectern.core.cache import bump_shared_version
from lectern.images.models import LecternImage
from lectern.people.models import PersonPage
from lectern.publications.models import PublicationAuthor, PublicationPage, SeriesPage
from lectern.topics.models import TopicIndexPage, TopicPage

from .builders import JOURNAL_FIRST_YEAR, aware
from .content import site as site_content
from .content import synthetic as words
from .streams import stream

BATCH = 2000
FIRST_DAY = datetime.date(2018, 1, 1)


class SeriesCursor:
    """Where the next page goes under one series: its tree path step and running number."""

    def __init__(self, series):
        self.series = series
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


def add_synthetic_publications(count, log=print):
    english = Locale.objects.get(language_code="en")
    cursors = [SeriesCursor(series) for series in SeriesPage.objects.filter(locale=english).order_by("path")]
    if not cursors:
        raise RuntimeError("No English series: load the base demo first.")
    # Topics proper, not the groups directly under the index.
    index = TopicIndexPage.objects.get(locale=english)
    topics = list(TopicPage.objects.descendant_of(index).filter(depth__gt=index.depth + 1).values_list("pk", flat=True))
    people = list(PersonPage.objects.filter(locale=english).values_list("pk", flat=True))
    lead_titles = [spec["title"] for spec in site_content.LEAD_IMAGES.values()]
    images = list(LecternImage.objects.filter(title__in=lead_titles).values_list("pk", flat=True))
    content_type = ContentType.objects.get_for_model(PublicationPage)
    topic_link = PublicationPage.topics.through
    rng = random.Random(count + PublicationPage.objects.count())  # noqa: S311 (demo data, not secrets)
    days = (datetime.date.today() - FIRST_DAY).days

    with transaction.atomic():
        for start in range(0, count, BATCH):
            pages, children, authors, links = [], [], [], []
            for i in range(start, min(start + BATCH, count)):
                cursor = cursors[i % len(cursors)]
                path, number = cursor.take()
                subject, place = rng.choice(words.SUBJECTS), rng.choice(words.PLACES)
                title = rng.choice(words.TITLE_PATTERNS).format(
                    subject=subject, place=place, angle=rng.choice(words.ANGLES)
                )
                slug = f"{slugify(title)[:60].rstrip('-')}-{number}"  # the number keeps it unique in the series
                date = FIRST_DAY + datetime.timedelta(days=rng.randrange(days))
                moment = aware(date)
                pages.append(
                    Page(
                        path=path,
                        depth=cursor.depth,
                        numchild=0,
                        title=title,
                        draft_title=title,
                        slug=slug,
                        url_path=f"{cursor.series.url_path}{slug}/",
                        content_type=content_type,
                        locale=english,
                        translation_key=uuid.uuid4(),
                        live=True,
                        has_unpublished_changes=False,
                        first_published_at=moment,
                        last_published_at=moment,
                        show_in_menus=False,
                    )
                )
                text = {"subject": subject, "subject_lower": subject.lower(), "place": place}
                body = [("p", paragraph.format(**text)) for paragraph in rng.sample(words.PARAGRAPHS, 3)]
                body.insert(2, ("h2", "Recommendations"))
                body.insert(3, ("list", "lettered", rng.sample(words.RECOMMENDATIONS, 3)))
                journal = cursor.series.has_volumes
                children.append(
                    PublicationPage(
                        series_id=cursor.series.pk,
                        number=number,
                        publication_date=date,
                        volume=date.year - JOURNAL_FIRST_YEAR if journal else None,
                        issue=(date.month - 1) // 3 + 1 if journal else None,
                        summary=words.SUMMARY.format(**text),
                        body=stream(body),
                        lead_image_id=rng.choice(images) if images else None,
                        lead_image_caption="",
                        disclaimer="",
                    )
                )
                authors.append(rng.sample(people, rng.randint(1, min(3, len(people)))))
                links.append(rng.sample(topics, rng.randint(1, min(3, len(topics)))))

            Page.objects.bulk_create(pages)  # sets the primary keys (SQLite and PostgreSQL)
            for page, child in zip(pages, children, strict=True):
                child.page_ptr_id = child.id = page.pk
            insert_child_rows(PublicationPage, children)
            PublicationAuthor.objects.bulk_create(
                [
                    PublicationAuthor(publication_id=page.pk, person_id=person, name="", sort_order=order)
                    for page, people_of in zip(pages, authors, strict=True)
                    for order, person in enumerate(people_of)
                ]
            )
            topic_link.objects.bulk_create(
                [
                    topic_link(publicationpage_id=page.pk, topicpage_id=topic)
                    for page, topics_of in zip(pages, links, strict=True)
                    for topic in topics_of
                ]
            )
            log(f"  … {start + len(pages)} / {count}")

        for cursor in cursors:
            Page.objects.filter(pk=cursor.series.pk).update(numchild=F("numchild") + cursor.added)
    bump_shared_version()  # cached listings and menus are rebuilt
