from django import template
from django.utils.translation import gettext as _

from lectern.podcast.models import PodcastEpisodePage, PodcastShowPage

register = template.Library()

PROFILE_LIMIT = 5


@register.simple_tag(takes_context=True)
def podcast_feed_link(context, show):
    """The show's feed, for ``<link rel="alternate">`` on the show's and its episodes' pages (no query)."""
    if not isinstance(show, PodcastShowPage) or not show.live:
        return None
    href = show.feed_url(context.get("request"))
    return {"title": _("%(show)s (podcast feed)") % {"show": show.title}, "href": href} if href else None


@register.filter
def duration_parts(duration):
    seconds = int(duration.total_seconds()) if duration else 0
    return {"hours": seconds // 3600, "minutes": seconds % 3600 // 60, "seconds": seconds % 60}


@register.inclusion_tag("podcast/includes/person_episodes.html", takes_context=True)
def person_episodes(context, person):
    """A person's latest episodes as host or guest (one query, and one for page view restrictions)."""
    return {
        "request": context.get("request"),
        "episodes": list(PodcastEpisodePage.objects.latest_featuring(person, PROFILE_LIMIT)),
    }
