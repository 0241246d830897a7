"""RSS 2.0 and Atom feeds of publications, in the language of the address.

Four kinds, each as RSS and as Atom: all publications, a series, a topic (with its
sub-topics, like the topic page) and an author. A feed holds the latest ``FEED_LENGTH``
publications of its language, newest first, fetched in a fixed number of queries
however large the archive is.

A feed instance is shared by every request (it sits in the URLconf), so nothing about a
request is kept on it: ``get_object`` returns a :class:`Source` that carries the request,
and every other method reads from the source or from the item.
"""

import datetime
import uuid
from dataclasses import dataclass

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.db.models import Prefetch
from django.http import Http404
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.html import escape
from django.utils.translation import gettext as _

from wagtail.models import Page, Site

from lectern.core.i18n import active_locale, localize_pages
from lectern.core.models import Institute
from lectern.people.models import PersonPage
from lectern.publications.models import PublicationIndexPage, PublicationPage, SeriesPage, listing_authors
from lectern.topics.models import TopicPage

FEED_LENGTH = 50
DUBLIN_CORE = "http://purl.org/dc/elements/1.1/"


# --- generators ---------------------------------------------------------------------------------


class RssFeed(Rss201rev2Feed):
    """RSS 2.0. An RSS item has a single author field: all the authors' names go, joined, into
    one ``dc:creator`` (names only: ``<author>`` would need an email address)."""

    def rss_attributes(self):
        return {**super().rss_attributes(), "xmlns:dc": DUBLIN_CORE}

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, {**item, "author_name": None})
        if item["author_name"]:
            handler.addQuickElement("dc:creator", item["author_name"])


class AtomFeed(Atom1Feed):
    """Atom 1.0, with one ``<author>`` per author of an entry."""

    def add_item_elements(self, handler, item):
        names = item.get("author_names") or ()
        super().add_item_elements(handler, {**item, "author_name": None} if names else item)
        for name in names:
            handler.startElement("author", {})
            handler.addQuickElement("name", name)
            handler.endElement("author")


FORMATS = {"rss": RssFeed, "atom": AtomFeed}


# --- shared helpers ------------------------------------------------------------------------------


def publisher_name(institute=None, request=None):
    """The institute's name in the active language (for feed titles), or the site's name."""
    if institute:
        return institute.name or institute.short_name
    site = Site.find_for_request(request) if request is not None else None
    return (site.site_name if site else "") or settings.WAGTAIL_SITE_NAME


def local_datetime(day):
    """Midnight of ``day`` at the institute (``TIME_ZONE``), as an aware datetime."""
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min), timezone.get_default_timezone())


def feed_items(publications, request, locale):
    """The latest publications of ``publications``, each given what a feed entry shows:
    its address, authors' names and topics' titles in ``locale``. Four queries (publications,
    authors, topics, the topics' translations) whatever the number of items, after the items' keys:
    sorting whole publication rows made the database read each one's stored text (in SQLite a row is
    kilobytes), keys alone are read from the date index."""
    keys = list(publications.order_by("-publication_date", "-pk").values_list("pk", flat=True)[:FEED_LENGTH])
    by_pk = (
        publications.filter(pk__in=keys)
        .order_by()
        .defer("body")
        .prefetch_related(listing_authors(), Prefetch("topics", queryset=TopicPage.objects.live().order_by("path")))
        .in_bulk()
    )
    items = [by_pk[pk] for pk in keys if pk in by_pk]
    topics = [topic for item in items for topic in item.topics.all()]
    titles = {topic.pk: local.title for topic, local in zip(topics, localize_pages(topics, locale.pk), strict=True)}
    entries = []
    for item in items:
        item.feed_url = item.get_url(request)
        if item.feed_url is None:  # outside every site: nowhere to link to
            continue
        # Stable whatever happens to the address or the date; one per language edition.
        item.feed_guid = uuid.uuid5(item.translation_key, locale.language_code).urn
        item.feed_authors = [author.display_name for author in item.authors.all()]
        item.feed_categories = list(dict.fromkeys(titles[topic.pk] for topic in item.topics.all()))
        entries.append(item)
    return entries


@dataclass
class Source:
    """What one request's feed is made of."""

    request: object
    locale: object
    page: Page | None  # the page the feed follows (its link), if any
    publications: object  # a queryset of PublicationPage, not yet limited
    title: str
    description: str
    publisher: str


# --- the feeds -----------------------------------------------------------------------------------


class PublicationFeed(Feed):
    """The common part of every feed of publications; subclasses say which page and which
    publications (``find_page``, ``publications_of``) and how the feed is named."""

    page_model = None
    url_name = None
    by_slug = False  # whether the address names the page (``series/<slug>.rss``)
    item_guid_is_permalink = False

    def __init__(self, feed_type=RssFeed):
        super().__init__()
        self.feed_type = feed_type

    # What a subclass provides.
    def find_page(self, pages, slug):
        raise NotImplementedError

    def publications_of(self, page, publications):
        raise NotImplementedError

    @classmethod
    def title_for(cls, page, publisher):
        raise NotImplementedError

    @classmethod
    def description_for(cls, page, publisher):
        raise NotImplementedError

    # The feed.
    def get_object(self, request, slug=None):
        locale = active_locale()
        private = Page.objects.all().private_q()  # one query, shared by the page and the items
        pages = self.page_model.objects.live().filter(locale=locale).exclude(private) if self.page_model else None
        page = self.find_page(pages, slug)
        publications = PublicationPage.objects.live().in_locale(locale).exclude(private)
        publisher = publisher_name(Institute.for_locale(locale), request)
        return Source(
            request=request,
            locale=locale,
            page=page,
            publications=self.publications_of(page, publications),
            title=self.title_for(page, publisher),
            description=self.description_for(page, publisher),
            publisher=publisher,
        )

    def title(self, source):
        return source.title

    def description(self, source):
        return source.description

    def subtitle(self, source):
        return source.description  # Atom's counterpart of RSS's description

    def link(self, source):
        url = source.page.get_url(source.request) if source.page else None
        return url or f"/{source.locale.language_code}/"

    def author_name(self, source):
        return source.publisher  # the feed's author in Atom (each entry has its own too)

    def items(self, source):
        return feed_items(source.publications, source.request, source.locale)

    # Each item.
    def item_title(self, item):
        return item.title

    def item_description(self, item):
        # The whole summary. Feed descriptions are HTML; the summary is plain text.
        return escape(item.summary)

    def item_link(self, item):
        return item.feed_url

    def item_guid(self, item):
        return item.feed_guid

    def item_author_name(self, item):
        return ", ".join(item.feed_authors) or None

    def item_categories(self, item):
        return item.feed_categories

    def item_pubdate(self, item):
        return local_datetime(item.publication_date)

    def item_updateddate(self, item):
        published = local_datetime(item.publication_date)
        if item.last_published_at and item.last_published_at > published:
            return item.last_published_at
        return published

    def item_extra_kwargs(self, item):
        return {"author_names": item.feed_authors}


class AllPublicationsFeed(PublicationFeed):
    page_model = PublicationIndexPage
    url_name = "publications"

    def find_page(self, pages, slug):
        return pages.order_by("path").first()  # the feed exists without an index page too

    def publications_of(self, page, publications):
        return publications

    @classmethod
    def title_for(cls, page, publisher):
        return _("Publications – %(institute)s") % {"institute": publisher}

    @classmethod
    def description_for(cls, page, publisher):
        return _("The latest publications of %(institute)s.") % {"institute": publisher}


class SlugFeed(PublicationFeed):
    by_slug = True

    def find_page(self, pages, slug):
        page = pages.filter(slug=slug).order_by("path").first()
        if page is None:
            raise Http404
        return page


class SeriesFeed(SlugFeed):
    page_model = SeriesPage
    url_name = "series"

    def publications_of(self, page, publications):
        return publications.filter(series=page)

    @classmethod
    def title_for(cls, page, publisher):
        return _("%(series)s – %(institute)s") % {"series": page.title, "institute": publisher}

    @classmethod
    def description_for(cls, page, publisher):
        return _("The latest publications in the series %(series)s of %(institute)s.") % {
            "series": page.title,
            "institute": publisher,
        }


class TopicFeed(SlugFeed):
    page_model = TopicPage
    url_name = "topic"

    def publications_of(self, page, publications):
        return publications.about_topics(page.subtree_translation_keys())

    @classmethod
    def title_for(cls, page, publisher):
        return _("Publications on %(topic)s – %(institute)s") % {"topic": page.title, "institute": publisher}

    @classmethod
    def description_for(cls, page, publisher):
        return _("The latest publications of %(institute)s on %(topic)s and its sub-topics.") % {
            "topic": page.title,
            "institute": publisher,
        }


class PersonFeed(SlugFeed):
    page_model = PersonPage
    url_name = "person"

    def publications_of(self, page, publications):
        return publications.by_person(page.translation_key)

    @classmethod
    def title_for(cls, page, publisher):
        return _("Publications by %(person)s – %(institute)s") % {"person": page.title, "institute": publisher}

    @classmethod
    def description_for(cls, page, publisher):
        return _("The latest publications of %(institute)s by %(person)s.") % {
            "person": page.title,
            "institute": publisher,
        }


FEEDS = [AllPublicationsFeed, SeriesFeed, TopicFeed, PersonFeed]
