"""Events for tests, on the small bilingual site (``lectern.core.tests.builders.build_site``).

/en/events/                          EventIndexPage (he: /he/events/)
  conference   upcoming, 25 Feb of next year 08:15–16:00 Jerusalem time, registration with 2 seats,
               speakers Dana Levi (person) and a guest, a programme, topic Labour market (he too)
  open-lecture upcoming, online only, registration without a seat limit (English only)
  briefing     past (2024), with a recording (stored embed) and a document, topic Security (he too)
  seminar      past (2023), topic Housing (English only)
"""

import datetime

from django.utils import timezone

from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.models import Embed
from wagtail.models import Page

from lectern.core.tests.builders import SiteData, add_page, make_document, make_image, translate
from lectern.events.models import EventIndexPage, EventPage, EventSpeaker
from lectern.events.times import at

VIDEO_URL = "https://www.youtube.com/watch?v=lectern-test"


def next_year():
    return timezone.localdate().year + 1


def make_event(index, slug, title, start, end, **fields):
    speakers = fields.pop("speakers", [])
    topics = fields.pop("topics", [])
    event = EventPage(
        title=title, slug=slug, start=start, end=end, summary=fields.pop("summary", f"About {title}."), **fields
    )
    for order, speaker in enumerate(speakers):
        event.speakers.add(EventSpeaker(sort_order=order, **speaker))
    event.topics = topics
    return add_page(index, event)


def store_embed(url, title="Recording"):
    """What Wagtail stores when an editor saves a video block: the server never fetches it again."""
    return Embed.objects.update_or_create(
        hash=get_embed_hash(url),
        defaults={
            "url": url,
            "type": "video",
            "html": f'<iframe src="https://www.youtube-nocookie.com/embed/test" width="560" height="315" title="{title}" allowfullscreen></iframe>',
            "provider_name": "YouTube",
            "title": title,
            "width": 560,
            "height": 315,
        },
    )[0]


def build_events(site_data):
    data = SiteData()
    r = data.remember
    pks, models = site_data.pks, site_data.models
    home = models["en.home"].objects.get(pk=pks["en.home"])
    he = models["locale.he"].objects.get(pk=pks["locale.he"])
    dana = models["en.dana"].objects.get(pk=pks["en.dana"])
    labour = models["en.labour"].objects.get(pk=pks["en.labour"])
    security = models["en.security"].objects.get(pk=pks["en.security"])
    housing = models["en.housing"].objects.get(pk=pks["en.housing"])
    # The test site keeps a draft page at /en/events/ (for menus): move it out of the way.
    Page.objects.filter(pk=pks["en.events"]).update(slug="old-events-draft")

    index = r("en.index", add_page(home, EventIndexPage(title="Events", slug="events", intro="Talks and conferences.")))
    r("he.index", translate(index, he, title="אירועים"))
    year = next_year()
    conference = make_event(
        index,
        "conference",
        "Labour conference",
        at(datetime.date(year, 2, 25), datetime.time(8, 15)),
        at(datetime.date(year, 2, 25), datetime.time(16, 0)),
        venue="Conference Hall",
        address="1 Research Road\nJerusalem",
        takes_registrations=True,
        capacity=2,
        image=make_image("Hall", alt="The conference hall", credit="Photo: Noa Bar"),
        speakers=[{"person": dana, "role": "Keynote"}, {"name": "Maya Stern", "affiliation": "Tel Aviv University"}],
        topics=[labour],
        programme=[
            (
                "session",
                {
                    "day": None,
                    "start": datetime.time(8, 15),
                    "end": datetime.time(9, 0),
                    "title": "Opening remarks",
                    "description": "",
                    "speakers": [{"person": dana, "name": "", "affiliation": ""}],
                },
            ),
            (
                "session",
                {
                    "day": None,
                    "start": datetime.time(9, 0),
                    "end": datetime.time(10, 30),
                    "title": "Wages after the war",
                    "description": "A panel.",
                    "speakers": [{"person": None, "name": "Maya Stern", "affiliation": "Tel Aviv University"}],
                },
            ),
        ],
    )
    r("en.conference", conference)
    r("he.conference", translate(conference, he, title="כנס שוק העבודה", summary="על הכנס."))
    r(
        "en.lecture",
        make_event(
            index,
            "open-lecture",
            "Open lecture",
            at(datetime.date(year, 3, 2), datetime.time(18, 0)),
            at(datetime.date(year, 3, 2), datetime.time(19, 30)),
            online_url="https://meet.example.org/lecture",
            takes_registrations=True,
        ),
    )
    document = r("document.slides", make_document("Briefing slides"))
    store_embed(VIDEO_URL)
    briefing = make_event(
        index,
        "briefing",
        "Security briefing",
        at(datetime.date(2024, 7, 10), datetime.time(10, 0)),
        at(datetime.date(2024, 7, 10), datetime.time(12, 0)),
        venue="IPS",
        topics=[security],
        recordings=[("recording", {"title": "The briefing in full", "video": VIDEO_URL})],
        documents=[("document", {"document": document, "title": ""})],
    )
    r("en.briefing", briefing)
    r("he.briefing", translate(briefing, he, title="תדריך ביטחוני", summary="על התדריך."))
    r(
        "en.seminar",
        make_event(
            index,
            "seminar",
            "Housing seminar",
            at(datetime.date(2023, 5, 3), datetime.time(9, 0)),
            at(datetime.date(2023, 5, 4), datetime.time(13, 0)),
            topics=[housing],
        ),
    )
    return data
