"""A podcast show on the test site (``build_site``), English with Hebrew translations:

/en/podcast/                       PodcastShowPage "Policy Talk" (cover image, owner, News › Politics)
  /en/podcast/growth/              episode 2 (2024-04-01): Dana (host), a guest by name; transcript; WAV audio
  /en/podcast/first-steps/         episode 1 (2024-01-10): Amir (host), no transcript; MP3 audio
Both translated into Hebrew (/he/podcast/…).
"""

import datetime
import io
import math
import struct
import wave

from django.core.files.base import ContentFile

from wagtail.documents import get_document_model

from lectern.core.tests.builders import add_page, make_image, translate
from lectern.media.tests.builders import Refs
from lectern.podcast.models import EpisodeParticipant, PodcastEpisodePage, PodcastShowPage


def tone_wav(seconds=2.0, rate=8000, frequency=440):
    """A short, quiet sine tone as 16-bit mono WAV bytes."""
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        frames = (int(8000 * math.sin(2 * math.pi * frequency * i / rate)) for i in range(int(seconds * rate)))
        out.writeframes(b"".join(struct.pack("<h", sample) for sample in frames))
    return buffer.getvalue()


def long_wav(megabytes, rate=8000):
    """A WAV file of about ``megabytes`` MiB: one second of tone, repeated (quick to make)."""
    second = tone_wav(seconds=1.0, rate=rate)[44:]  # the samples, without the 44-byte header
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(second * (megabytes * 1024 * 1024 // len(second) + 1))
    return buffer.getvalue()


def make_audio(title, name, content):
    document = get_document_model()(title=title, file=ContentFile(content, name=name))
    document._set_document_file_metadata()
    document.save()
    return document


def episode(show, title, slug, *, number, date, audio, participants, transcript="", **fields):
    page = PodcastEpisodePage(
        title=title,
        slug=slug,
        episode_number=number,
        date=date,
        audio=audio,
        duration=datetime.timedelta(seconds=2),
        summary=fields.pop("summary", f"Summary of {title}."),
        transcript=transcript,
        **fields,
    )
    page.participants = [
        EpisodeParticipant(sort_order=order, role=role, **({"name": who} if isinstance(who, str) else {"person": who}))
        for order, (who, role) in enumerate(participants)
    ]
    return add_page(show, page)


def build_podcast(data):
    en = Refs(data, "en")
    hebrew = Refs(data, "locale").he
    r = data.remember
    show = r(
        "en.show",
        add_page(
            en.home,
            PodcastShowPage(
                title="Policy Talk",
                slug="podcast",
                description="Conversations on policy.",
                cover_image=make_image("Podcast cover", alt="A microphone", credit="Photo: IPS", size=(32, 32)),
                owner_name="IPS Podcasts",
                owner_email="podcast@example.org",
                category="News|Politics",
            ),
        ),
    )
    wav = r("document.wav", make_audio("Growth (audio)", "growth.wav", tone_wav()))
    mp3 = r("document.mp3", make_audio("First steps (audio)", "first-steps.mp3", b"ID3" + bytes(2045)))
    growth = episode(
        show,
        "Growth after the war",
        "growth",
        number=2,
        date=datetime.date(2024, 4, 1),
        audio=wav,
        participants=[(en.dana, "host"), ("Ruth Guest", "guest")],
        transcript="Dana Levi: Welcome to Policy Talk.\n\nRuth Guest: Thank you.",
        show_notes='<p>We discuss <a href="https://example.org/report">the report</a>.</p>',
        season_number=1,
    )
    growth.topics = [en.economy]
    growth.save()
    r("en.growth", growth)
    first = r(
        "en.first",
        episode(
            show,
            "First steps",
            "first-steps",
            number=1,
            date=datetime.date(2024, 1, 10),
            audio=mp3,
            participants=[(en.amir, "host")],
        ),
    )
    r("he.show", translate(show, hebrew, title="שיחות מדיניות", description="שיחות על מדיניות."))
    r("he.growth", translate(growth, hebrew, title="צמיחה אחרי המלחמה", transcript="דנה לוי: ברוכים הבאים."))
    r("he.first", translate(first, hebrew, title="צעדים ראשונים"))
    return data
