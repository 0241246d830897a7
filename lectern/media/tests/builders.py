"""Media pages on the test site (``build_site``), English with Hebrew translations:

/en/media/                          MediaIndexPage "Media" (he: /he/media/)
  /en/media/articles/               section: an article (Dana, topic Labour market, 2024) and a quote
                                    (Dana and Amir, Minimum wage, 2023, Hebrew-language piece)
  /en/media/radio-and-tv/           section: radio (Amir, Security, 2024) and TV (Dana, Housing, 2022)
  /en/media/videos/                 section: a video (Dana, Economy, 2024) with poster, embed and transcript
  /en/media/press-releases/         section: a press release (Amir, Security, 2024; institute's contact)
Hebrew translations of all but the TV appearance.
"""

import datetime

from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.models import Embed

from lectern.core.tests.builders import add_page, make_image, paragraph, translate
from lectern.media.models import MediaAppearancePage, MediaIndexPage, PressReleasePage, VideoPage

VIDEO_URL = "https://video.example.org/watch/ips-briefing"
VIDEO_PLAYER = "https://video.example.org/embed/ips-briefing"


def store_embed(url, player, provider="ExampleTube"):
    """What Wagtail stores after asking a provider for an embed, made without asking anyone."""
    return Embed.objects.update_or_create(
        hash=get_embed_hash(url),
        defaults={
            "url": url,
            "type": "video",
            "html": f'<iframe src="{player}" width="640" height="360" allowfullscreen></iframe>',
            "provider_name": provider,
            "width": 640,
            "height": 360,
        },
    )[0]


class Refs:
    """``Refs(data, "en").dana``: the object ``data`` remembers as "en.dana"."""

    def __init__(self, data, prefix):
        self.data, self.prefix = data, prefix

    def __getattr__(self, name):
        key = f"{self.prefix}.{name}"
        return self.data.models[key].objects.get(pk=self.data.pks[key])


def appearance(parent, title, slug, kind, outlet, date, people, topics, **fields):
    page = MediaAppearancePage(
        title=title,
        slug=slug,
        kind=kind,
        outlet=outlet,
        date=date,
        link=fields.pop("link", f"https://news.example.com/{slug}"),
        summary=fields.pop("summary", f"Summary of {title}."),
        **fields,
    )
    page.people = list(people)
    page.topics = list(topics)
    return add_page(parent, page)


def build_media(data):
    """Add the media section to ``data`` (a ``SiteData`` of ``build_site``)."""
    en = Refs(data, "en")
    hebrew = Refs(data, "locale").he
    r = data.remember
    dana, amir = en.dana, en.amir

    media = r(
        "en.media", add_page(en.home, MediaIndexPage(title="Media", slug="media", intro="The institute in the media."))
    )
    articles = r("en.media_articles", add_page(media, MediaIndexPage(title="Articles", slug="articles")))
    radio_tv = r("en.media_radio_tv", add_page(media, MediaIndexPage(title="Radio and TV", slug="radio-and-tv")))
    videos = r("en.media_videos", add_page(media, MediaIndexPage(title="Videos", slug="videos")))
    press = r("en.media_press", add_page(media, MediaIndexPage(title="Press releases", slug="press-releases")))

    article = r(
        "en.article",
        appearance(
            articles,
            "Wages are rising",
            "wages-are-rising",
            "article",
            "Daily Post",
            datetime.date(2024, 5, 2),
            [dana],
            [en.labour],
        ),
    )
    quote = r(
        "en.quote",
        appearance(
            articles,
            "Economists on the minimum wage",
            "minimum-wage-quote",
            "quote",
            "Haaretz",
            datetime.date(2023, 3, 9),
            [dana, amir],
            [en.minimum_wage],
            language="he",
            quote="The minimum wage must keep up with prices.",
        ),
    )
    radio = r(
        "en.radio",
        appearance(
            radio_tv,
            "Morning interview on security",
            "morning-interview",
            "radio",
            "Radio One",
            datetime.date(2024, 1, 15),
            [amir],
            [en.security],
        ),
    )
    r(
        "en.tv",
        appearance(
            radio_tv,
            "Housing on the evening news",
            "housing-evening-news",
            "tv",
            "Channel 9",
            datetime.date(2022, 8, 30),
            [dana],
            [en.housing],
        ),
    )
    store_embed(VIDEO_URL, VIDEO_PLAYER)
    video = VideoPage(
        title="Briefing on the economy",
        slug="economy-briefing",
        date=datetime.date(2024, 2, 20),
        outlet="IPS conference",
        video_url=VIDEO_URL,
        image=make_image("Briefing poster", alt="A speaker at a lectern"),
        summary="Dana Levi briefs journalists.",
        transcript="<p>Dana Levi: Good morning.</p><p>Growth slowed this year.</p>",
    )
    video.people = [dana]
    video.topics = [en.economy]
    video = r("en.video", add_page(videos, video))
    release = PressReleasePage(
        title="Institute opens a security programme",
        slug="security-programme",
        date=datetime.date(2024, 6, 1),
        summary="A new programme on security.",
        body=[paragraph("<p>The institute today opened a programme.</p>")],
    )
    release.people = [amir]
    release.topics = [en.security]
    release = r("en.release", add_page(press, release))

    he_media = r("he.media", translate(media, hebrew, title="תקשורת", intro="המכון בתקשורת."))
    r("he.media_articles", translate(articles, hebrew, title="מאמרים"))
    r("he.media_radio_tv", translate(radio_tv, hebrew, title="רדיו וטלוויזיה"))
    r("he.media_videos", translate(videos, hebrew, title="וידאו"))
    r("he.media_press", translate(press, hebrew, title="הודעות לעיתונות"))
    r("he.article", translate(article, hebrew, title="השכר עולה", outlet="דיילי פוסט", summary="תקציר."))
    r("he.quote", translate(quote, hebrew, title="כלכלנים על שכר המינימום", outlet="הארץ"))
    r("he.radio", translate(radio, hebrew, title="ראיון בוקר על ביטחון", outlet="רדיו אחד"))
    r("he.video", translate(video, hebrew, title="תדריך על הכלכלה", transcript="<p>דנה לוי: בוקר טוב.</p>"))
    r("he.release", translate(release, hebrew, title="המכון פותח תוכנית ביטחון"))
    assert he_media.url_path.endswith("/media/")
    return data
