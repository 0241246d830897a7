from django import template
from django.urls import reverse
from django.utils.translation import gettext as _

from wagtail.models import Page

from lectern.feeds.feeds import FEEDS, FORMATS, publisher_name

register = template.Library()

MEDIA_TYPES = {"rss": "application/rss+xml", "atom": "application/atom+xml"}
LABELS = {"rss": "RSS", "atom": "Atom"}


@register.simple_tag(takes_context=True)
def feed_links(context):
    """The feeds that follow the page being shown (its publications), for ``<link rel="alternate">``.

    Costs no query: the feed's address comes from the page's slug, its title from the
    institute details every page already has.
    """
    page = context.get("page")
    if not isinstance(page, Page) or not page.pk or not page.live:
        return []
    feed = next((feed for feed in FEEDS if isinstance(page, feed.page_model)), None)
    if feed is None:
        return []
    publisher = publisher_name(context.get("institute"), context.get("request"))
    title = feed.title_for(page, publisher)
    kwargs = {"slug": page.slug} if feed.by_slug else {}
    return [
        {
            "type": MEDIA_TYPES[extension],
            "title": _("%(title)s (%(format)s)") % {"title": title, "format": LABELS[extension]},
            "href": reverse(f"feeds:{feed.url_name}_{extension}", kwargs=kwargs),
        }
        for extension in FORMATS
    ]
