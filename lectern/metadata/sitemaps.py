"""``/sitemap.xml``: every live, public page of the site in every language, with hreflang alternates.

The index at ``/sitemap.xml`` (Django's sitemap index) lists two sections, ``pages`` (everything but
publications, in tree order) and ``publications`` (newest first), each split into sitemap pages of
``limit`` addresses: ``/sitemap-publications.xml``, ``/sitemap-publications.xml?p=2`` …

Each address carries ``<xhtml:link rel="alternate" hreflang="…">`` for every language the page
exists in (itself included), but only when it exists in more than one. One sitemap page costs a
fixed number of queries whatever the archive's size: the count, the slice, and one query for the
translations of every page of the slice.
"""

from collections import defaultdict

from django.conf import settings
from django.db.models import Max, Q

from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page, Site

from lectern.publications.models import PublicationPage

from .meta import absolute_url

LIST_FIELDS = (
    "path",
    "depth",
    "url_path",
    "translation_key",
    "locale",
    "last_published_at",
    "latest_revision_created_at",
)


class LecternSitemap(Sitemap):
    """Live, public pages under the site's home in any language (subclasses pick a section)."""

    limit = 1000  # addresses per sitemap page (the protocol allows 50,000)

    def __init__(self, request=None):
        super().__init__(request)
        self._site_pages = None

    def site_pages(self):
        """Every live, public page of the request's site, in every language (built once: ``public()`` asks
        the database for the private sections)."""
        if self._site_pages is None:
            site = self.get_wagtail_site()
            in_site = Q(pk__in=[])
            for root in Site.get_site_root_paths():
                if root.site_id == site.pk:
                    in_site |= Q(url_path__startswith=root.root_path)
            self._site_pages = Page.objects.live().public().filter(in_site)
        return self._site_pages

    def section(self):
        """This section's pages (a queryset of ``site_pages()``), in their order."""
        raise NotImplementedError

    def items(self):
        return self.section().only(*LIST_FIELDS)

    def location(self, page):
        return absolute_url(self.request, page.get_url(self.request))

    def get_latest_lastmod(self):
        # One aggregate instead of Django's default, which loads every page of the section.
        return self.section().order_by().aggregate(latest=Max("last_published_at"))["latest"]

    def alternates(self, pages):
        """{translation_key: [{"location", "lang_code"}, …]} of ``pages`` in every language, in one query."""
        keys = {page.translation_key for page in pages}
        found = defaultdict(dict)
        translations = (
            self.site_pages()
            .filter(translation_key__in=keys)
            .select_related("locale")
            .only("url_path", "translation_key", "locale__language_code")
        )
        for page in translations:
            found[page.translation_key][page.locale.language_code] = self.location(page)
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
            languages = alternates.get(item.translation_key, [])
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
        return self.site_pages().exact_type(PublicationPage).order_by("-publicationpage__publication_date", "-pk")


SITEMAPS = {"pages": PageSitemap, "publications": PublicationSitemap}
