"""Small helpers shared by every page type."""

from django.db.models import prefetch_related_objects


def ancestors(page):
    """The page's ancestors from its language's home down, fetched once per page object
    (breadcrumbs and "back to the index" links both need them)."""
    cached = getattr(page, "_lectern_ancestors", None)
    if cached is None:
        cached = list(
            page.get_ancestors().filter(depth__gte=2).only("title", "slug", "url_path", "path", "depth", "locale_id")
        )
        page._lectern_ancestors = cached
    return cached


def prefetch_footnotes(page):
    """wagtail-footnotes asks for the page's footnotes once per rich-text block; one query serves them all."""
    prefetch_related_objects([page], "footnotes")
