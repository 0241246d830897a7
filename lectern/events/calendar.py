""" "Add to calendar": RFC 5545 iCalendar files made with the icalendar package.

Times are written in the institute's time zone with its VTIMEZONE, so a calendar shows
the event at the right moment wherever the reader is. The UID comes from the event's
translation key: the English and Hebrew pages are one event, and a calendar that imports
the file again updates the event instead of adding a copy.
"""

import datetime
import urllib.parse

from django.conf import settings
from django.http import HttpResponse
from django.utils import timezone
from django.utils.http import content_disposition_header

from icalendar import Calendar, Event

from .times import local

CONTENT_TYPE = "text/calendar; charset=utf-8"


def uid(event):
    host = urllib.parse.urlsplit(settings.WAGTAILADMIN_BASE_URL).hostname or "lectern"
    return f"event-{event.translation_key}@{host}"


def vevent(event, url):
    item = Event()
    item.add("uid", uid(event))
    item.add("dtstamp", (event.last_published_at or timezone.now()).astimezone(datetime.UTC))
    item.add("dtstart", local(event.start))
    item.add("dtend", local(event.end))
    item.add("summary", event.title)
    description = "\n\n".join(part for part in (event.summary, url) if part)
    item.add("description", description)
    if event.location_text:
        item.add("location", event.location_text)
    elif event.online_url:
        item.add("location", event.online_url)
    if url:
        item.add("url", url)
    if event.last_published_at:
        item.add("last-modified", event.last_published_at.astimezone(datetime.UTC))
    item.add("status", "CONFIRMED")
    return item


def calendar(events, *, name):
    """``events``: (event, absolute url) pairs."""
    cal = Calendar()
    cal.add("prodid", "-//Lectern//Events//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", name)
    cal.add("x-wr-timezone", settings.TIME_ZONE)
    starts = []
    for event, url in events:
        cal.add_component(vevent(event, url))
        starts.append(local(event.start).date())
    if starts:
        # The zone's rules around these events only: the file stays small.
        cal.add_missing_timezones(
            first_date=min(starts) - datetime.timedelta(days=366), last_date=max(starts) + datetime.timedelta(days=366)
        )
    return cal.to_ical()


def ics_response(content, filename, *, download=True):
    """A single event downloads as a file; the feed stays inline, for calendars that subscribe."""
    response = HttpResponse(content, content_type=CONTENT_TYPE)
    response["Content-Disposition"] = content_disposition_header(download, filename)
    return response
