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


def prefetch(page, request, *relations):
    """Fetch ``relations`` of a served page in one query each (wagtail-footnotes, for one, asks
    for the footnotes once per rich-text block).

    Not in a preview: there the relations hold the editor's unsaved changes, which a fetch
    from the database would replace (and a page never saved has nothing to fetch).
    """
    if page.pk and not getattr(request, "is_preview", False):
        prefetch_related_objects([page], *relations)
