"""Event pages, the listing of upcoming and past events, and the next-event block."""

import datetime
import re

from django.utils import timezone, translation

import pytest

from lectern.core.tests.helpers import main
from lectern.events import times
from lectern.events.models import EventPage

from .builders import VIDEO_URL, next_year


def test_times_are_shown_in_the_institutes_zone_whatever_the_active_one(settings):
    start = datetime.datetime(2025, 2, 25, 6, 15, tzinfo=datetime.UTC)  # 08:15 in Jerusalem (winter)
    end = datetime.datetime(2025, 2, 25, 14, 0, tzinfo=datetime.UTC)
    with timezone.override("America/New_York"):
        assert times.when(start, end) == "25 February 2025, 08:15–16:00"
        with translation.override("he"):
            assert times.when(start, end) == "25 בפברואר 2025, 08:15–16:00"
    # An event over two days shows both dates; summer time is UTC+3.
    two_days = times.when(
        datetime.datetime(2025, 7, 1, 6, 0, tzinfo=datetime.UTC),
        datetime.datetime(2025, 7, 2, 14, 0, tzinfo=datetime.UTC),
    )
    assert two_days == "1 July 2025, 09:00 – 2 July 2025, 17:00"
    assert times.utc_offset(datetime.datetime(2025, 7, 1, tzinfo=datetime.UTC)) == "UTC+03:00"


def test_event_page_shows_when_where_who_and_the_programme(client, events):
    response = client.get("/en/events/conference/")
    assert response.status_code == 200
    html = main(response)
    year = next_year()
    assert f'<time datetime="{year}-02-25T08:15:00+02:00">25 February {year}, 08:15–16:00</time>' in html
    assert "(Asia/Jerusalem, UTC+02:00)" in html
    assert "Conference Hall<br>1 Research Road<br>Jerusalem" in html
    assert '<a href="/en/team/dana-levi/">Dana Levi</a>' in html
    assert 'Maya Stern, <span class="speakers__affiliation">Tel Aviv University</span>' in html
    assert "(Keynote)" in html
    assert re.search(r"08:15</time>–<time[^>]*>09:00</time></p>\s*<h3 class=\"programme__title\">Opening remarks", html)
    assert 'alt="The conference hall"' in html and "Photo: Noa Bar" in html
    assert 'href="/en/events/conference/calendar/"' in html
    assert '<a href="/en/topics/labour-market/">Labour market</a>' in html
    assert "2 seats left." in html
    assert 'name="email"' in html


def test_hebrew_event_page_reads_right_to_left_with_hebrew_dates_and_links(client, events):
    response = client.get("/he/events/conference/")
    page = response.content.decode()
    assert '<html lang="he" dir="rtl"' in page
    assert f"25 בפברואר {next_year()}, 08:15–16:00" in page
    assert 'href="/he/team/dana-levi/"' in page  # the speaker's Hebrew profile
    assert 'href="/he/events/conference/calendar/"' in page


def test_recordings_and_documents_show_after_the_event_without_fetching_anything(client, events, settings):
    # No finder may be asked: a fetch would fail loudly.
    settings.WAGTAILEMBEDS_FINDERS = [{"class": "lectern.events.tests.test_event_pages.NoFetching"}]
    html = main(client.get("/en/events/briefing/"))
    assert "Past event" in html
    assert '<template class="video__player"><iframe' in html  # the player waits for the reader's click
    assert f'href="{VIDEO_URL}"' in html
    assert "Briefing slides" in html and "/documents/" in html
    assert "Add to calendar" not in html and 'name="email"' not in html


def test_a_recording_without_a_stored_player_is_a_link(client, events, settings):
    settings.WAGTAILEMBEDS_FINDERS = [{"class": "lectern.events.tests.test_event_pages.NoFetching"}]
    briefing = events.en.briefing
    briefing.recordings = [("recording", {"title": "Q&A", "video": "https://vimeo.com/123456"})]
    briefing.save()
    html = main(client.get("/en/events/briefing/"))
    assert 'href="https://vimeo.com/123456"' in html
    assert "<template>" not in html


class NoFetching:
    def __init__(self, **options):
        pass

    def accept(self, url):
        raise AssertionError(f"an embed was fetched while serving a page: {url}")


def test_listing_splits_upcoming_and_past(client, events):
    html = main(client.get("/en/events/"))
    upcoming, past = html.split('id="past-heading"')
    assert upcoming.index("Labour conference") < upcoming.index("Open lecture")  # soonest first
    assert "Security briefing" not in upcoming
    assert past.index("Security briefing") < past.index("Housing seminar")  # newest first
    assert "2 past events" in past
    assert "3 May 2023, 09:00 – 4 May 2023, 13:00" in past
    assert 'href="/en/events/calendar/"' in upcoming


def test_an_event_under_way_is_still_upcoming(client, events):
    now = timezone.now()
    EventPage.objects.filter(pk=events.en.lecture.pk).update(
        start=now - datetime.timedelta(hours=1), end=now + datetime.timedelta(hours=1)
    )
    upcoming = main(client.get("/en/events/")).split('id="past-heading"')[0]
    assert "Open lecture" in upcoming


def test_past_events_filter_by_year_and_topic_with_counts(client, events):
    html = main(client.get("/en/events/?year=2024"))
    past = html.split('id="past-heading"')[1]
    assert "1 past event" in past and "Security briefing" in past and "Housing seminar" not in past
    assert re.search(r'href="\?"[^>]*aria-current="true">2024 <span class="facet__count">\(1\)', past)
    # Topic counts are over what the year leaves.
    assert "Security <span" in past and "Housing <span" not in past
    past = main(client.get("/en/events/?topic=housing")).split('id="past-heading"')[1]
    assert "Housing seminar" in past and "Security briefing" not in past
    assert main(client.get("/he/events/?topic=security")).count("תדריך ביטחוני") == 1


@pytest.mark.parametrize(
    ("query", "message"),
    [("year=soon", "Enter a whole number."), ("topic=nothing-here", "There is no topic “nothing-here”.")],
)
def test_bad_filters_answer_400_with_a_message_and_the_whole_list(client, events, query, message):
    response = client.get(f"/en/events/?{query}")
    assert response.status_code == 400
    html = main(response)
    assert message in html
    assert "Security briefing" in html and "Housing seminar" in html


def test_past_events_are_paginated(client, events):
    response = client.get("/en/events/?page=9")
    assert response.status_code == 404
    assert "There is no page 9" in response.content.decode()


@pytest.mark.parametrize("url", ["/en/", "/en/publications/insight/wages-and-growth/"])
def test_next_event_on_the_home_and_publication_pages(client, events, url):
    html = main(client.get(url))
    block = html[html.index('class="next-event"') :]
    assert '<a href="/en/events/conference/">Labour conference</a>' in block
    assert f"25 February {next_year()}, 08:15–16:00" in block


def test_next_event_in_hebrew_and_after_the_next_one_ends(client, events):
    assert '<a href="/he/events/conference/">כנס שוק העבודה</a>' in main(client.get("/he/"))
    # Once the conference is over the lecture is next (publishing retires the cached block).
    conference = events.en.conference
    conference.start = timezone.now() - datetime.timedelta(days=2)
    conference.end = timezone.now() - datetime.timedelta(days=1)
    conference.save_revision().publish()
    block = main(client.get("/en/"))
    assert "Open lecture" in block and "Labour conference" not in block


def test_no_next_event_block_without_upcoming_events(client, events):
    EventPage.objects.filter(end__gt=timezone.now()).update(live=False)
    assert 'class="next-event"' not in main(client.get("/en/"))


def test_events_are_searchable(events):
    from lectern.search.registry import SEARCHABLE

    assert EventPage in SEARCHABLE
    assert "Maya Stern" in events.en.conference.search_source_text()
