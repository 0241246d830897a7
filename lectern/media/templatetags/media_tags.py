from django import template
from django.core.cache import cache
from django.utils.http import urlencode

from lectern.core.cache import shared_key
from lectern.media.models import MediaIndexPage, MediaItemPage

register = template.Library()

PROFILE_LIMIT = 5


def media_listing_url(request, locale_id):
    """The address of a language's outermost media listing (cached until the next publish), or None."""
    key = shared_key("media-listing", locale_id)
    url = cache.get(key)
    if url is None:
        index = MediaIndexPage.top_for_locale(locale_id)
        url = (index.get_url(request) if index else "") or ""
        cache.set(key, url)
    return url or None


@register.inclusion_tag("media/includes/person_media.html", takes_context=True)
def person_media(context, person):
    """A person's latest media items, and a link to the media listing filtered by them (two queries)."""
    request = context.get("request")
    items = list(MediaItemPage.objects.latest_involving(person, PROFILE_LIMIT))
    listing = media_listing_url(request, person.locale_id) if items else None
    return {
        "request": request,
        "person": person,
        "media_items": items,
        "all_url": f"{listing}?{urlencode({'person': person.slug})}" if listing else None,
    }
