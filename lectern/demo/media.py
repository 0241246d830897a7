"""The demo's media items (``content.media``) in the Media section and its sub-sections, which
``DemoBuilder.ensure_sections`` builds from ``content.site.SECTIONS``.

Videos get their provider's player stored as Wagtail ``Embed`` rows made here, so nothing asks
a provider for anything, neither while loading the demo nor while serving it.
"""

import datetime
from html import escape

from django.utils import timezone

from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.models import Embed
from wagtail.models import Page

from lectern.media.models import MediaAppearancePage, PressReleasePage, VideoPage

from . import images as demo_images
from .content import media as content
from .streams import stream

LANGUAGES = ("en", "he")


def ensure_media(builder):
    for spec in content.APPEARANCES:
        ensure_item(builder, spec, spec["section"], MediaAppearancePage, appearance_fields)
    for spec in content.VIDEOS:
        store_player(spec)
        poster = demo_images.ensure_image(
            f"video-{spec['slug']}",
            {
                **spec["poster"],
                "title": spec["en"]["poster_title"],
                "alt": spec["en"]["poster_alt"],
                "credit": "Video still: IPS",
            },
        )
        move_to_provider(spec, ensure_item(builder, spec, "videos", VideoPage, video_fields, image=poster))
    for spec in content.PRESS_RELEASES:
        ensure_item(builder, spec, "press-releases", PressReleasePage, press_release_fields)


def ensure_item(builder, spec, section, model, fields, **extra):
    def fill(page, lang):
        for name, value in {**fields(spec, lang), **extra}.items():
            setattr(page, name, value)
        page.date = datetime.date.fromisoformat(spec["date"])
        page.people.set([builder.people[lang][slug] for slug in spec["people"]])
        page.topics.set([builder.topics[lang][slug] for slug in spec["topics"]])

    def make():
        page = model()
        fill(page, "en")
        return page

    en = builder.ensure_child(builder.sections["en"][section], spec["slug"], make)
    he = builder.ensure_translation(en, "he", lambda page: fill(page, "he"))
    # Publishing stamps today's date: give the item its own, as readers and the admin expect.
    moment = timezone.make_aware(datetime.datetime.combine(datetime.date.fromisoformat(spec["date"]), datetime.time(9)))
    Page.objects.filter(pk__in=[en.pk, he.pk], first_published_at__gt=moment).update(
        first_published_at=moment, last_published_at=moment
    )
    return en, he


def appearance_fields(spec, lang):
    text = spec[lang]
    return {
        "title": text["title"],
        "kind": spec["kind"],
        "outlet": text["outlet"],
        "summary": text["summary"],
        "quote": text.get("quote", ""),
        "link": spec["link"],
        "language": spec["language"],
    }


def video_fields(spec, lang):
    text = spec[lang]
    return {
        "title": text["title"],
        "outlet": text["outlet"],
        "summary": text["summary"],
        "video_url": spec["url"],
        "transcript": "".join(f"<p>{escape(line, quote=False)}</p>" for line in text["transcript"]),
    }


def press_release_fields(spec, lang):
    text = spec[lang]
    contact = spec["contact"] or {}
    return {
        "title": text["title"],
        "summary": text["summary"],
        "body": stream(text["body"]),
        "contact_name": text.get("contact_name", ""),
        "contact_email": contact.get("email", ""),
        "contact_phone": contact.get("phone", ""),
    }


# Earlier demos gave their videos a made-up host, which the Content-Security-Policy refuses.
OLD_VIDEO_HOST = "https://video.example.org/"


def move_to_provider(spec, pages):
    """A demo video of an earlier demo database, still at the old made-up host, gets its address
    at the provider (a new revision, published); an address an editor changed is left alone."""
    for page in pages:
        if page.video_url.startswith(OLD_VIDEO_HOST):
            page.video_url = spec["url"]
            page.save_revision().publish()


def store_player(spec):
    """The provider's player for a demo video, as Wagtail would have stored it from the provider."""
    Embed.objects.update_or_create(
        hash=get_embed_hash(spec["url"]),
        defaults={
            "url": spec["url"],
            "type": "video",
            "html": f'<iframe src="{spec["player"]}" width="640" height="360" allowfullscreen></iframe>',
            "title": spec["en"]["title"],
            "provider_name": "YouTube",
            "width": 640,
            "height": 360,
        },
    )
