"""The demo podcast (``content.podcast``): a show at ``/podcast/`` with three episodes.

Audio and cover are made here, offline: each episode's audio is a few seconds of soft tones
written as WAV with the standard library, and the square cover is drawn with Pillow.
"""

import datetime
import io
import math
import struct
import wave

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile

from wagtail.documents import get_document_model

from PIL import Image, ImageDraw

from lectern.images.models import LecternImage
from lectern.podcast.models import EpisodeParticipant, PodcastEpisodePage, PodcastShowPage

from .content import podcast as content
from .content import site as site_content

SAMPLE_RATE = 8000  # telephone quality: enough for a demo, and small (16 kB a second)
COVER_SIZE = 1400  # the smallest square cover Apple Podcasts accepts


def tune_wav(notes, rate=SAMPLE_RATE):
    """16-bit mono WAV of (pitch in Hz, seconds) notes, each fading in and out (0 Hz is a rest)."""
    samples = []
    for pitch, seconds in notes:
        count = int(seconds * rate)
        for i in range(count):
            envelope = min(1.0, i / (0.02 * rate), (count - i) / (0.15 * rate))
            samples.append(int(9000 * envelope * math.sin(2 * math.pi * pitch * i / rate)) if pitch else 0)
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(struct.pack(f"<{len(samples)}h", *samples))
    return buffer.getvalue()


def wav_duration(data):
    with wave.open(io.BytesIO(data)) as audio:
        return datetime.timedelta(seconds=round(audio.getnframes() / audio.getframerate()))


def draw_cover():
    """A square cover: a microphone before sound waves on a blue gradient."""
    size = COVER_SIZE
    mask = Image.linear_gradient("L").resize((size, size))
    img = Image.composite(
        Image.new("RGB", (size, size), (8, 30, 60)), Image.new("RGB", (size, size), (24, 70, 120)), mask
    )
    draw = ImageDraw.Draw(img, "RGBA")
    centre = size / 2
    for ring in range(1, 7):
        radius = 180 + ring * 95
        draw.arc(
            [centre - radius, centre - radius - 60, centre + radius, centre + radius - 60],
            200,
            340,
            fill=(140, 200, 250, 200 - ring * 25),
            width=18,
        )
    draw.rounded_rectangle([centre - 130, 330, centre + 130, 780], radius=130, fill=(240, 244, 250, 255))
    for y in range(400, 740, 48):
        draw.line([(centre - 90, y), (centre + 90, y)], fill=(24, 70, 120, 160), width=10)
    draw.arc([centre - 200, 560, centre + 200, 900], 0, 180, fill=(240, 244, 250, 255), width=26)
    draw.rectangle([centre - 14, 900, centre + 14, 1040], fill=(240, 244, 250, 255))
    draw.rounded_rectangle([centre - 170, 1030, centre + 170, 1070], radius=20, fill=(240, 244, 250, 255))
    buffer = io.BytesIO()
    img.save(buffer, "JPEG", quality=85, optimize=True)
    buffer.seek(0)
    return buffer


def ensure_cover(spec):
    image = LecternImage.objects.filter(title=spec["title"]).first()
    if image is None:
        image = LecternImage(
            title=spec["title"],
            description=spec["alt"],
            credit=spec["credit"],
            file=ImageFile(draw_cover(), name="podcast-cover.jpg"),
        )
        image._set_image_file_metadata()
        image.save()
    return image


def ensure_audio(spec):
    """The episode's audio document (looked up by title) and its duration."""
    data = tune_wav(spec["notes"])
    title = f"{spec['en']['title']} (podcast audio)"
    Document = get_document_model()
    document = Document.objects.filter(title=title).first()
    if document is None:
        document = Document(title=title, file=ContentFile(data, name=f"{spec['slug']}.wav"))
        document._set_document_file_metadata()
        document.save()
    return document, wav_duration(data)


def ensure_podcast(builder):
    cover = ensure_cover(content.SHOW["cover"])

    def show_fields(lang):
        return {
            **content.SHOW[lang],
            "cover_image": cover,
            "owner_name": content.SHOW["owner_name"],
            "owner_email": content.SHOW["owner_email"],
            "category": content.SHOW["category"],
            "show_in_menus": True,
        }

    home = builder.homes["en"]
    show = builder.ensure_child(home, content.SHOW["slug"], lambda: PodcastShowPage(**show_fields("en")))
    he_show = builder.ensure_translation(show, "he", builder.setter(**show_fields("he")))
    builder.sections["en"]["podcast"], builder.sections["he"]["podcast"] = show, he_show

    for spec in content.EPISODES:
        audio, duration = ensure_audio(spec)

        def fill(page, lang, spec=spec, audio=audio, duration=duration):
            text = spec[lang]
            page.title, page.summary, page.show_notes = text["title"], text["summary"], text["show_notes"]
            page.transcript = "\n\n".join(text["transcript"])
            page.date = datetime.date.fromisoformat(spec["date"])
            page.episode_number, page.season_number = spec["number"], spec["season"]
            page.audio, page.duration = audio, duration
            page.topics.set([builder.topics[lang][slug] for slug in spec["topics"]])
            page.participants = [
                participant(builder, who, role, lang, order) for order, (who, role) in enumerate(spec["participants"])
            ]

        def make(fill=fill):
            page = PodcastEpisodePage()
            fill(page, "en")
            return page

        episode = builder.ensure_child(show, spec["slug"], make)
        builder.ensure_translation(episode, "he", lambda page, fill=fill: fill(page, "he"))


def participant(builder, who, role, lang, order):
    if who.startswith("guest:"):
        return EpisodeParticipant(name=site_content.GUESTS[who[len("guest:") :]][lang], role=role, sort_order=order)
    return EpisodeParticipant(person=builder.people[lang][who], role=role, sort_order=order)
