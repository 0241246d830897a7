"""Event times in the institute's local time (``TIME_ZONE``), whatever the server's clock says.

"25 February 2025, 08:15–16:00" in English, "25 בפברואר 2025, 08:15–16:00" in Hebrew; an
event that spans days shows both dates.
"""

import datetime
import zoneinfo

from django.conf import settings
from django.utils import timezone
from django.utils.dateformat import format as date_format
from django.utils.translation import pgettext


def institute_zone():
    return zoneinfo.ZoneInfo(settings.TIME_ZONE)


def local(moment):
    return timezone.localtime(moment, institute_zone())


def date_text(day):
    # Translators: a date as PHP/Django's date format; Hebrew: "j בF Y" (25 בפברואר 2025).
    return date_format(day, pgettext("event date", "j F Y"))


def time_text(moment):
    return date_format(moment, "H:i")


def when(start, end):
    """The event's date and times as one line, in the active language."""
    start, end = local(start), local(end)
    if start.date() == end.date():
        return f"{date_text(start)}, {time_text(start)}–{time_text(end)}"
    return f"{date_text(start)}, {time_text(start)} – {date_text(end)}, {time_text(end)}"


def at(day, time):
    """An aware datetime of ``time`` on ``day`` in the institute's time zone."""
    return datetime.datetime.combine(day, time, tzinfo=institute_zone())


def utc_offset(moment):
    """e.g. "UTC+02:00": the institute's offset at that moment (summer time included)."""
    offset = local(moment).utcoffset() or datetime.timedelta(0)
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    return f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
