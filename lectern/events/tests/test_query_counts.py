"""Event pages and the events listing fetch what they show in a fixed number of queries.

Measured (SQLite), identical with few and with many items (12 more speakers, sessions, topics,
recordings and documents on the conference; 30 more upcoming and 30 more past events with images
and topics on the listing):

    page                          cold  warm
    /en/events/                     33    18
    /en/events/conference/          30    14
    /he/events/conference/          37    19
    /en/events/briefing/            30    14

The Hebrew page localises its speakers, the programme's people and its topics (three queries
more than the English page, whose links need no translation).

The next-event block on the home and publication pages costs 2 queries with a cold cache (page
view restrictions, the event) and none warm (see ``lectern/core/tests/test_query_counts.py``).
"""

import datetime

from django.core.cache import cache
from django.utils import timezone

import pytest

from lectern.core.tests.builders import add_page, fast_builds, make_document, make_image
from lectern.core.tests.test_query_counts import measure
from lectern.events.models import EventPage, EventSpeaker
from lectern.people.models import PersonPage
from lectern.topics.models import TopicPage

from .builders import VIDEO_URL, make_event, store_embed

BUDGETS = {
    "/en/events/": (33, 18),
    "/en/events/conference/": (30, 14),
    "/he/events/conference/": (37, 19),
    "/en/events/briefing/": (30, 14),
}


def grow(site, events):
    with fast_builds():
        people = [
            add_page(site.en.team, PersonPage(title=f"Speaker {i}", slug=f"speaker-{i}", role="Fellow"))
            for i in range(12)
        ]
        topics = [add_page(site.en.economy, TopicPage(title=f"Theme {i}", slug=f"theme-{i}")) for i in range(6)]
        conference = events.en.conference
        for i, person in enumerate(people):
            EventSpeaker.objects.create(event=conference, person=person, sort_order=10 + i)
            EventSpeaker.objects.create(event=conference, name=f"Guest {i}", affiliation="Elsewhere", sort_order=30 + i)
        sessions = list(conference.programme.raw_data)
        for i, person in enumerate(people):
            sessions.append(
                {
                    "type": "session",
                    "value": {
                        "day": None,
                        "start": "11:00:00",
                        "end": "11:30:00",
                        "title": f"Session {i}",
                        "description": "",
                        "speakers": [{"person": person.pk, "name": "", "affiliation": ""}],
                    },
                }
            )
        conference.programme = sessions
        conference.topics.add(*topics)
        conference.save()
        briefing = events.en.briefing
        recordings, documents = [], []
        for i in range(6):
            url = f"{VIDEO_URL}-{i}"
            store_embed(url)
            recordings.append(("recording", {"title": f"Part {i}", "video": url}))
            documents.append(("document", {"document": make_document(f"Paper {i}"), "title": ""}))
        briefing.recordings = [(b.block_type, b.value) for b in briefing.recordings] + recordings
        briefing.documents = [(b.block_type, b.value) for b in briefing.documents] + documents
        briefing.topics.add(*topics)
        briefing.save()
        index = events.en.index
        now = timezone.now()
        for i in range(30):
            for sign, kind in ((1, "upcoming"), (-1, "past")):
                start = now + sign * datetime.timedelta(days=10 + i)
                make_event(
                    index,
                    f"{kind}-{i}",
                    f"{kind.title()} event {i}",
                    start,
                    start + datetime.timedelta(hours=2),
                    image=make_image(alt=f"{kind} {i}"),
                    topics=topics[:3],
                )


@pytest.mark.parametrize("url", list(BUDGETS))
def test_queries_do_not_grow_with_content(url, client, site, events, django_assert_max_num_queries):
    briefing = events.en.briefing  # one of everything the many have: a past event with an image
    briefing.image = make_image(alt="Briefing")
    briefing.save()
    few = measure(client, url)
    grow(site, events)
    response = client.get(url)  # renditions of the new images
    assert response.status_code == 200
    cache.clear()
    with django_assert_max_num_queries(few[0], info=f"{url}, cold, many items") as cold:
        response = client.get(url)
    with django_assert_max_num_queries(few[1], info=f"{url}, warm, many items") as warm:
        client.get(url)
    assert (len(cold), len(warm)) == few
    assert few[0] <= BUDGETS[url][0] and few[1] <= BUDGETS[url][1], f"{url}: {few}, budget {BUDGETS[url]}"
    # The many items really are on the page.
    html = response.content.decode()
    if url == "/en/events/conference/":
        assert html.count('href="/en/team/speaker-') == 24 and "Guest 11" in html and "Session 11" in html
    if url == "/en/events/briefing/":
        assert html.count('class="video"') == 7 and "Paper 5" in html
    if url == "/en/events/":
        assert "Upcoming event 29" in html and html.count("card--event") == 32 + 10


def test_the_next_event_block_is_one_cached_query(client, events, django_assert_num_queries):
    from django.test import RequestFactory

    from lectern.core.cache import shared_key
    from lectern.events.templatetags.event_tags import next_event_summary

    request = RequestFactory().get("/en/")
    next_event_summary(request)  # site root paths and the like, cached by any page before
    cache.delete(shared_key("next-event", "en"))
    with django_assert_num_queries(2):  # view restrictions, the event
        next_event_summary(request)
    with django_assert_num_queries(0):
        assert next_event_summary(request)["title"] == "Labour conference"
    assert EventPage.objects.live().count() >= 4
