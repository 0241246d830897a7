"""Purging a CDN in front of Lectern when pages change (optional: ``CDN_PURGE_URL`` or the
Cloudflare variables, docs/deployment.md).

Wagtail's frontend cache utilities send the purges (``wagtail.contrib.frontend_cache``, through
its task; the app itself is not installed, as its own handlers would purge each page twice). A published change shows on more pages than its own: the listings above it up to the home
page, the pages it names (a publication's topics and authors: ``pages_showing_it()``), the
feeds and the sitemap. All of those are purged in one batch when a page is published,
unpublished (deleting unpublishes first), or moved (its old address too). A snippet shown on
every page (a menu, the institute's details) cannot be purged by address: the CDN keeps those
pages ``CDN_MAX_AGE`` seconds at most, while Lectern's own page cache drops them at once.
"""

from django.conf import settings

from wagtail.contrib.frontend_cache.utils import PurgeBatch


def purge_pages_showing(instance, **kwargs):
    if not settings.WAGTAILFRONTENDCACHE:
        return
    page = instance.specific_deferred
    batch = PurgeBatch()
    batch.add_page(page)
    batch.add_pages(page.get_ancestors().filter(depth__gt=1))
    if hasattr(page, "pages_showing_it"):
        batch.add_pages(page.pages_showing_it())
    moved_from = kwargs.get("parent_page_before")
    if moved_from is not None and moved_from.pk != page.get_parent().pk:
        old_listing = moved_from.specific_deferred
        if url := old_listing.get_full_url(batch):
            batch.add_url(f"{url}{page.slug}/")
        batch.add_page(old_listing)
    site = page.get_site()
    if site is not None:
        batch.add_urls(f"{site.root_url}{path}" for path in shared_paths(page.locale.language_code))
    batch.purge()


def shared_paths(language):
    """Addresses that list every new publication, whatever its place."""
    return [
        f"/{language}/feeds/publications.rss",
        f"/{language}/feeds/publications.atom",
        "/sitemap.xml",
        "/sitemap-pages.xml",
        "/sitemap-publications.xml",
    ]
