"""The demo's events (texts in ``content/events.py``), built with the ``DemoBuilder``'s helpers.

Dates count from the day the demo is first loaded. Loading again adds nothing; it only moves an
event meant to be upcoming that has since passed back into the future (so the demo always has
upcoming events), in both languages at once.

Recordings are stored as Wagtail embeds written here (the player's HTML), not fetched from the
video site: loading the demo makes no outside request, and the page shows the player only when a
reader asks for it.
"""

import datetime

from django.utils import timezone

from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.models import Embed

from lectern.events.models import EventPage, EventSpeaker
from lectern.events.times import at, local

from . import images as demo_images
from .content import events as content


def ensure_events(builder):
    index = builder.sections["en"]["events"]
    today = timezone.localdate()
    for spec in content.EVENTS:
        start, end = moments(spec, today)

        def make(spec=spec, start=start, end=end):
            page = EventPage(start=start, end=end)
            fill(builder, page, spec, "en")
            return page

        en = builder.ensure_child(index, spec["slug"], make)
        builder.ensure_translation(en, "he", lambda page, spec=spec: fill(builder, page, spec, "he"))
        if spec["days"] > 0:
            keep_upcoming(en, spec, today)


def moments(spec, today):
    first = today + datetime.timedelta(days=spec["days"])
    last = today + datetime.timedelta(days=spec.get("end_days", spec["days"]))
    return at(first, clock(spec["start"])), at(last, clock(spec["end"]))


def clock(text):
    hours, minutes = text.split(":")
    return datetime.time(int(hours), int(minutes))


def keep_upcoming(event, spec, today):
    if event.end > timezone.now():
        return
    start, end = moments(spec, today)
    shift = start - event.start
    for page in EventPage.objects.filter(translation_key=event.translation_key):
        for block in page.programme:
            if block.value["day"]:
                block.value["day"] += datetime.timedelta(days=shift.days)
        EventPage.objects.filter(pk=page.pk).update(start=start, end=end, programme=page.programme)


def fill(builder, page, spec, lang):
    """Texts, place, speakers, programme and after-event material of ``page`` in ``lang``."""
    text = spec[lang]
    page.title, page.summary = text["title"], text["summary"]
    page.body = builder_stream(text["body"])
    page.image = builder.images[spec["image"]]
    page.language = spec["language"]
    place = content.HALL[lang] if spec.get("place") == "hall" else {"venue": "", "address": ""}
    page.venue, page.address = place["venue"], place["address"]
    page.online_url = spec.get("online_url", "")
    page.takes_registrations = spec["registration"]
    page.capacity = spec.get("capacity") if spec["registration"] else None
    people = builder.people[lang]
    guests = [entry[lang] for entry in spec["speakers"] if isinstance(entry, dict)]
    page.speakers = [
        EventSpeaker(person=people[entry], sort_order=order)
        if isinstance(entry, str)
        else EventSpeaker(name=entry[lang][0], affiliation=entry[lang][1], sort_order=order)
        for order, entry in enumerate(spec["speakers"])
    ]
    page.topics.set([builder.topics[lang][slug] for slug in spec["topics"]])
    first_day = local(page.start).date()
    page.programme = [("session", session(item, people, guests, first_day)) for item in text["programme"]]
    recording = spec.get("recording")
    if recording:
        store_embed(recording["url"], recording["en"])
        page.recordings = [("recording", {"title": recording[lang], "video": recording["url"]})]
    if spec.get("document"):
        document = demo_images.ensure_pdf(spec["document"])
        page.documents = [("document", {"document": document, "title": ""})]


def session(item, people, guests, first_day):
    start, end, title, speakers = item
    day = None
    if start.startswith("+"):  # "+1 09:00": the event's second day
        offset, start = start[1:].split(" ")
        _, end = end.split(" ")
        day = first_day + datetime.timedelta(days=int(offset))
    return {
        "day": day,
        "start": clock(start),
        "end": clock(end),
        "title": title,
        "description": "",
        "speakers": [
            {"person": None, "name": guests[int(ref[6:])][0], "affiliation": guests[int(ref[6:])][1]}
            if ref.startswith("guest:")
            else {"person": people[ref], "name": "", "affiliation": ""}
            for ref in speakers
        ],
    }


def builder_stream(blocks):
    from .streams import stream

    return stream(blocks)


def store_embed(url, title):
    """The player Wagtail would have stored after asking the video site, written here instead."""
    Embed.objects.get_or_create(
        hash=get_embed_hash(url),
        defaults={
            "url": url,
            "type": "video",
            "provider_name": "YouTube",
            "title": title,
            "width": 640,
            "height": 360,
            "html": (
                '<iframe width="640" height="360" src="https://www.youtube-nocookie.com/embed/ips-demo" '
                'allow="encrypted-media; picture-in-picture" allowfullscreen></iframe>'
            ),
        },
    )
