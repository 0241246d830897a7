"""``{% next_event %}``: the next upcoming event, for the home page and publication pages.

One small query, cached per language under the shared-fragment version (publishing any page
retires it) until the event ends, when the next one takes its place.
"""

from django import template
from django.core.cache import cache
from django.utils import timezone, translation

from lectern.core.cache import fragment_timeout, shared_key
from lectern.core.i18n import active_locale

register = template.Library()


def next_event_summary(request):
    from lectern.events.models import EventPage

    now = timezone.now()
    language = translation.get_language()
    key = shared_key("next-event", language)
    summary = cache.get(key)
    if summary is not None and (not summary or summary["end"] > now):
        return summary or None
    event = (
        EventPage.objects.live()
        .public()
        .filter(locale=active_locale())
        .upcoming(now)
        .only("title", "url_path", "locale_id", "path", "depth", "start", "end", "venue", "online_url", "summary")
        .first()
    )
    summary = False
    timeout = fragment_timeout()
    if event is not None:
        summary = {
            "title": event.title,
            "url": event.get_url(request),
            "when": event.when,
            "start": event.local_start,
            "end": event.end,
            "venue": event.venue,
            "online": bool(event.online_url),
            "summary": event.summary,
        }
        remaining = (event.end - now).total_seconds()
        timeout = max(1, min(timeout, int(remaining) + 1)) if timeout else max(1, int(remaining) + 1)
    cache.set(key, summary, timeout)
    return summary or None


@register.inclusion_tag("events/includes/next_event.html", takes_context=True)
def next_event(context):
    return {"next_event": next_event_summary(context.get("request")), "request": context.get("request")}
