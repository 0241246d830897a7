"""'Add to calendar': RFC 5545 files parsed back with the icalendar package."""

import datetime
import zoneinfo

from icalendar import Calendar

from .builders import next_year

JERUSALEM = zoneinfo.ZoneInfo("Asia/Jerusalem")


def parse(response):
    return Calendar.from_ical(response.content)


def test_one_event_as_an_ics_file(client, events):
    response = client.get("/en/events/conference/calendar/")
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="conference.ics"'
    cal = parse(response)
    [event] = cal.events
    year = next_year()
    assert event.start == datetime.datetime(year, 2, 25, 8, 15, tzinfo=JERUSALEM)
    assert event.end == datetime.datetime(year, 2, 25, 16, 0, tzinfo=JERUSALEM)
    assert event.start.tzinfo.key == "Asia/Jerusalem"
    assert event["DTSTART"].params["TZID"] == "Asia/Jerusalem"
    assert [tz["TZID"] for tz in cal.timezones] == ["Asia/Jerusalem"]
    assert str(event["SUMMARY"]) == "Labour conference"
    assert str(event["LOCATION"]) == "Conference Hall, 1 Research Road Jerusalem"
    assert str(event["URL"]) == "http://testserver/en/events/conference/"
    assert "http://testserver/en/events/conference/" in str(event["DESCRIPTION"])
    assert event["DTSTAMP"].dt.tzinfo is not None
    assert str(cal["VERSION"]) == "2.0" and cal["PRODID"]


def test_the_uid_is_stable_and_shared_by_the_languages(client, events):
    english = parse(client.get("/en/events/conference/calendar/")).events[0]
    again = parse(client.get("/en/events/conference/calendar/")).events[0]
    hebrew = parse(client.get("/he/events/conference/calendar/")).events[0]
    assert english["UID"] == again["UID"] == hebrew["UID"]
    assert str(hebrew["SUMMARY"]) == "כנס שוק העבודה"
    assert str(hebrew["URL"]).endswith("/he/events/conference/")


def test_summer_time_is_written_with_the_zone_not_a_fixed_offset(client, events):
    conference = events.en.conference
    conference.start = datetime.datetime(2031, 7, 1, 9, 0, tzinfo=JERUSALEM)
    conference.end = datetime.datetime(2031, 7, 1, 11, 0, tzinfo=JERUSALEM)
    conference.save()
    event = parse(client.get("/en/events/conference/calendar/")).events[0]
    assert event.start == datetime.datetime(2031, 7, 1, 6, 0, tzinfo=datetime.UTC)
    assert event.start.utcoffset() == datetime.timedelta(hours=3)


def test_the_feed_lists_upcoming_events_in_the_listings_language(client, events):
    response = client.get("/en/events/calendar/")
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert response["Content-Disposition"] == 'inline; filename="events-en.ics"'
    cal = parse(response)
    assert [str(e["SUMMARY"]) for e in cal.events] == ["Labour conference", "Open lecture"]
    assert all(e.start.tzinfo.key == "Asia/Jerusalem" for e in cal.events)
    hebrew = parse(client.get("/he/events/calendar/"))
    assert [str(e["SUMMARY"]) for e in hebrew.events] == ["כנס שוק העבודה"]  # the lecture is English only
    assert "אירועים" in str(hebrew["X-WR-CALNAME"])
