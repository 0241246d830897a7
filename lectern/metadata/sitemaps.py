"""``/sitemap.xml``: every live, public page of the site in every language, with hreflang alternates.

The index at ``/sitemap.xml`` (Django's sitemap index) lists two sections, ``pages`` (everything but
publications, in tree order) and ``publications`` (newest first), each split into sitemap pages of
``limit`` addresses: ``/sitemap-publications.xml``, ``/sitemap-publications.xml?p=2`` …

Each address carries ``<xhtml:link rel="alternate" hreflang="…">`` for every language the page
exists in (itself included), but only when it exists in more than one. One sitemap page costs a
fixed number of queries whatever the archive's size: the count, the slice, and one query for the
translations of every page of the slice. Pages are read as rows, not model instances, and their
addresses made from their ``url_path`` in bulk (``Addresses``): 2,000 addresses a sitemap page.
"""

import re
from collections import defaultdict
from urllib.parse import quote

from django.conf import settings
from django.db.models import Max, Q
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from django.utils.encoding import iri_to_uri
from django.utils.http import RFC3986_SUBDELIMS

from wagtail.contrib.sitemaps import Sitemap
from wagtail.coreutils import WAGTAIL_APPEND_SLASH, get_supported_content_language_variant
from wagtail.models import Page, Site

from lectern.publications.models import PublicationPage

LIST_FIELDS = ("url_path", "translation_key", "last_published_at", "latest_revision_created_at")
# What Wagtail's serve view matches (wagtail.urls), and the characters reverse() leaves unquoted.
SERVE_PATH = re.compile(r"(?:[\w\-]+/)*")
URL_SAFE = RFC3986_SUBDELIMS + "/~:@"


class Addresses:
    """Absolute addresses of pages of one request's site from their ``url_path``, as Wagtail's
    ``Page.get_url_parts`` and ``get_url`` make them one page at a time (the first site root the path
    is under, the request's site among several; the language prefix by ``reverse()``), with one
    ``reverse()`` per site root and language instead of one per page; tested equal to Wagtail's."""

    def __init__(self, request):
        self.request = request
        self.site = Site.find_for_request(request)
        self.roots = Site.get_site_root_paths()
        self.one_site = len({root.site_id for root in self.roots}) == 1
        self.host = request.build_absolute_uri("/")[:-1]
        self.prefixes = {}

    def __call__(self, url_path):
        """The page's absolute address, or "" when it has none (outside every site, not routable)."""
        roots = [root for root in self.roots if url_path.startswith(root.root_path)]
        if not roots:
            return ""
        site_id, root_path, root_url, language_code = roots[0]
        if self.site is not None and len({root.site_id for root in roots}) > 1:
            site_id, root_path, root_url, language_code = next(
                (root for root in roots if root.site_id == self.site.pk), roots[0]
            )
        path = self.path(url_path[len(root_path) :], language_code)
        if path is None:
            return ""
        if self.one_site or (self.site is not None and site_id == self.site.pk):
            return iri_to_uri(self.host + path)  # request.build_absolute_uri of the relative address
        return root_url + path

    def path(self, rest, language_code):
        try:  # Wagtail serves in the active language if it is a variant of the site root's
            if get_supported_content_language_variant(translation.get_language()) == language_code:
                language_code = translation.get_language()
        except LookupError:
            pass
        if SERVE_PATH.fullmatch(rest) is None:  # never for slugs; Wagtail's own way, page by page
            return self.reverse(rest, language_code)
        if language_code not in self.prefixes:
            self.prefixes[language_code] = self.reverse("", language_code)
        prefix = self.prefixes[language_code]
        if prefix is None:
            return None
        path = prefix + quote(rest, safe=URL_SAFE)
        return path.rstrip("/") if not WAGTAIL_APPEND_SLASH and path != "/" else path

    @staticmethod
    def reverse(rest, language_code):
        try:
            with translation.override(language_code):
                path = reverse("wagtail_serve", args=(rest,))
        except NoReverseMatch:
            return None
        return path.rstrip("/") if not WAGTAIL_APPEND_SLASH and path != "/" else path


class LecternSitemap(Sitemap):
    """Live, public pages under the site's home in any language (subclasses pick a section)."""

    limit = 1000  # addresses per sitemap page (the protocol allows 50,000)

    def __init__(self, request=None):
        super().__init__(request)
        self._site_pages = None
        self._in_site = None
        self._addresses = None

    def site_pages(self):
        """Every live, public page of the request's site, in every language."""
        if self._site_pages is None:
            self._site_pages = Page.objects.live().filter(self.in_site())
        return self._site_pages

    def in_site(self):
        """Under the request's site's home in any language, and public (built once: the private
        sections are asked of the database)."""
        if self._in_site is None:
            site = self.get_wagtail_site()
            in_site = Q(pk__in=[])
            for root in Site.get_site_root_paths():
                if root.site_id == site.pk:
                    in_site |= Q(url_path__startswith=root.root_path)
            self._in_site = in_site & ~Page.objects.private_q()
        return self._in_site

    def section(self):
        """This section's pages (a queryset of ``site_pages()``), in their order."""
        raise NotImplementedError

    def items(self):
        return self.section().values(*LIST_FIELDS)

    def location(self, row):
        """The absolute address of a page (a row of ``items()``, or a page)."""
        if self._addresses is None:
            self._addresses = Addresses(self.request)
        url_path = row["url_path"] if isinstance(row, dict) else row.url_path
        return self._addresses(url_path)

    def lastmod(self, row):
        return row["last_published_at"] or row["latest_revision_created_at"]

    def get_latest_lastmod(self):
        # One aggregate instead of Django's default, which loads every page of the section.
        return self.section().order_by().aggregate(latest=Max("last_published_at"))["latest"]

    def alternates(self, pages):
        """{translation_key: [{"location", "lang_code"}, …]} of ``pages`` in every language, in one query."""
        keys = {page["translation_key"] for page in pages}
        found = defaultdict(dict)
        translations = (
            self.site_pages()
            .filter(translation_key__in=keys)
            .values("url_path", "translation_key", "locale__language_code")
        )
        for page in translations:
            found[page["translation_key"]][page["locale__language_code"]] = self.location(page)
        order = [code for code, _name in settings.LANGUAGES]
        result = {}
        for key, by_language in found.items():
            codes = sorted(by_language, key=lambda code: order.index(code) if code in order else len(order))
            result[key] = [{"location": by_language[code], "lang_code": code} for code in codes]
        return result

    def _urls(self, page, protocol, domain):
        pages = list(self.paginator.page(page).object_list)
        alternates = self.alternates(pages)
        urls = []
        for item in pages:
            languages = alternates.get(item["translation_key"], [])
            urls.append(
                {
                    "item": item,
                    "location": self.location(item),
                    "lastmod": self.lastmod(item),
                    "changefreq": None,
                    "priority": "",
                    "alternates": languages if len(languages) > 1 else [],
                }
            )
        lastmods = [url["lastmod"] for url in urls]
        if lastmods and None not in lastmods:
            self.latest_lastmod = max(lastmods)
        return urls


class PageSitemap(LecternSitemap):
    """Home pages, listings, series, topics, people, projects, standard pages …"""

    def section(self):
        return self.site_pages().not_exact_type(PublicationPage).order_by("path")


class PublicationSitemap(LecternSitemap):
    """Publications, newest first: the part of the site that grows."""

    def section(self):
        return self.site_pages().exact_type(PublicationPage)

    def items(self):
        # Counted among the site's pages (the cheaper count); a slice read from the publications'
        # own table in the order of its (date, key) index: ordering the site's page rows by a joined
        # date sorted the whole archive for every sitemap page (1.9 s of SQL for the page at offset
        # 76,000 of 150,000; 0.13 s this way).
        slices = PublicationPage.objects.live().filter(self.in_site()).order_by("-publication_date", "-pk")
        return CountedSlices(self.section(), slices.values(*LIST_FIELDS))


class CountedSlices:
    """What Django's Paginator takes: its count from one query, its slices from another (the same
    rows, in the order of the second)."""

    def __init__(self, counted, sliced):
        self.counted, self.sliced = counted, sliced

    def count(self):
        return self.counted.count()

    def __len__(self):
        return self.count()

    def __getitem__(self, index):
        return self.sliced[index]


SITEMAPS = {"pages": PageSitemap, "publications": PublicationSitemap}
