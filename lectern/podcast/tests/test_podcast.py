"""The podcast: show and episode pages, the feed for podcast apps, transcripts, and audio served
so that players can seek (HTTP Range)."""

import datetime
import re
import xml.etree.ElementTree as ET

from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext

import feedparser
import pytest

from lectern.core.tests.builders import make_document
from lectern.core.tests.helpers import content, elements, html, main, text
from lectern.podcast import audio
from lectern.podcast.models import PodcastEpisodePage
from lectern.podcast.tests.builders import episode, long_wav, make_audio, tone_wav
from lectern.search.registry import SEARCHABLE

NS = {
    "itunes": "http://www.itunes.com/dtds/podcast-1.0.dtd",
    "podcast": "https://podcastindex.org/namespace/1.0",
    "atom": "http://www.w3.org/2005/Atom",
}


# --- pages ---------------------------------------------------------------------------------------


def test_show_page_lists_episodes_newest_first_and_offers_its_feed(client, site):
    response = client.get("/en/podcast/")
    markup = content(response)
    assert elements(markup, "h1")[0]["text"] == "Policy Talk"
    assert [h["text"] for h in elements(markup, "h3")] == ["Growth after the war", "First steps"]
    assert "Season 1 · Episode 2 · April 1, 2024 · 2 seconds" in text(markup)
    [cover] = [img for img in elements(markup, "img") if "podcast-cover__image" in img["attrs"]["class"]]
    assert cover["attrs"]["alt"] == "A microphone"
    assert "Photo: IPS" in text(markup)
    assert ("Subscribe (RSS feed)", "/en/podcast/feed/") in [
        (a["text"], a["attrs"]["href"]) for a in elements(markup, "a")
    ]
    assert (
        '<link rel="alternate" type="application/rss+xml" title="Policy Talk (podcast feed)" href="/en/podcast/feed/">'
        in html(response)
    )


def test_episode_page_has_a_player_a_download_the_people_and_the_transcript(client, site):
    response = client.get("/en/podcast/growth/")
    markup = content(response)
    wav = site.document.wav
    [player] = elements(markup, "audio")
    assert player["attrs"]["src"] == wav.url and "controls" in player["attrs"]
    assert player["attrs"]["preload"] == "metadata"
    assert player["attrs"]["aria-labelledby"] == "episode-title"
    download = next(a for a in elements(markup, "a") if "download" in a["attrs"])
    assert download["attrs"]["href"] == wav.url and download["attrs"]["type"] == "audio/wav"
    participants = re.search(r'<ul class="participants">.*?</ul>', markup, re.S).group(0)
    assert text(participants) == "Dana Levi (Host) Ruth Guest (Guest)"
    assert 'href="/en/team/dana-levi/"' in participants
    assert "We discuss the report." in text(markup)
    transcript = re.search(r'<section class="transcript".*?</section>', markup, re.S).group(0)
    assert [p["text"] for p in elements(transcript, "p")][:2] == [
        "Dana Levi: Welcome to Policy Talk.",
        "Ruth Guest: Thank you.",
    ]
    assert 'href="/en/podcast/growth/transcript/"' in transcript
    assert 'href="/en/topics/economy/"' in markup
    # Podcast apps and browsers find the show's feed from any episode.
    assert 'type="application/rss+xml" title="Policy Talk (podcast feed)" href="/en/podcast/feed/"' in html(response)


def test_hebrew_episode_is_right_to_left_and_links_hebrew_profiles(client, site):
    response = client.get("/he/podcast/growth/")
    assert response.status_code == 200
    assert '<html lang="he" dir="rtl"' in html(response)
    markup = main(response)
    assert "צמיחה אחרי המלחמה" in text(markup)
    assert 'href="/he/team/dana-levi/"' in markup
    assert 'href="/he/podcast/feed/"' in html(response)


def test_transcript_is_served_as_plain_text(client, site):
    response = client.get("/en/podcast/growth/transcript/")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert response.content.decode() == "Dana Levi: Welcome to Policy Talk.\n\nRuth Guest: Thank you.\n"
    assert client.get("/en/podcast/first-steps/transcript/").status_code == 404


def test_a_person_profile_lists_their_episodes(client, site):
    section = re.search(r'<section class="person-episodes".*?</section>', main(client.get("/en/team/dana-levi/")), re.S)
    assert [h["text"] for h in elements(section.group(0), "h3")] == ["Growth after the war"]
    he_section = re.search(
        r'<section class="person-episodes".*?</section>', main(client.get("/he/team/dana-levi/")), re.S
    )
    assert 'href="/he/podcast/growth/"' in he_section.group(0)


def test_episodes_are_searchable(site):
    assert SEARCHABLE[PodcastEpisodePage] == "Podcast episode"
    assert "Ruth Guest" in site.en.growth.search_source_text()


def test_an_episode_needs_an_audio_file_and_a_positive_duration(site):
    growth = site.en.growth
    growth.audio = make_document()
    with pytest.raises(ValidationError) as error:
        growth.full_clean()
    assert "audio" in error.value.message_dict
    growth.audio, growth.duration = site.document.wav, datetime.timedelta(0)
    with pytest.raises(ValidationError) as error:
        growth.full_clean()
    assert "duration" in error.value.message_dict


# --- the feed ------------------------------------------------------------------------------------


def channel_of(body):
    return ET.fromstring(body).find("channel")  # noqa: S314 (our own feed)


def feed(client, url="/en/podcast/feed/"):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/rss+xml; charset=utf-8"
    return response.content


def test_feed_parses_and_has_what_podcast_apps_require(client, site):
    body = feed(client)
    parsed = feedparser.parse(body)
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert parsed.feed.title == "Policy Talk"
    assert [entry.title for entry in parsed.entries] == ["Growth after the war", "First steps"]
    assert parsed.entries[0].enclosures[0]["type"] == "audio/wav"

    channel = channel_of(body)
    assert channel.findtext("language") == "en"
    assert channel.findtext("link") == "http://testserver/en/podcast/"
    assert channel.find("atom:link", NS).get("href") == "http://testserver/en/podcast/feed/"
    assert channel.findtext("itunes:author", namespaces=NS) == "Institute for Policy Studies"
    assert channel.find("itunes:image", NS).get("href").endswith(".fill-1400x1400.format-jpeg.jpg")
    assert channel.find("image/url").text == channel.find("itunes:image", NS).get("href")
    category = channel.find("itunes:category", NS)
    assert category.get("text") == "News" and category.find("itunes:category", NS).get("text") == "Politics"
    assert channel.findtext("itunes:explicit", namespaces=NS) == "false"
    assert channel.findtext("itunes:owner/itunes:name", namespaces=NS) == "IPS Podcasts"
    assert channel.findtext("itunes:owner/itunes:email", namespaces=NS) == "podcast@example.org"
    assert channel.findtext("podcast:locked", namespaces=NS) == "yes"
    assert channel.find("podcast:locked", NS).get("owner") == "podcast@example.org"
    assert re.fullmatch(
        r"[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}",
        channel.findtext("podcast:guid", namespaces=NS),
    )

    growth, first = channel.findall("item")
    wav = site.document.wav
    enclosure = growth.find("enclosure")
    assert enclosure.get("url") == f"http://testserver{wav.url}"
    assert enclosure.get("length") == str(len(tone_wav()))
    assert enclosure.get("type") == "audio/wav"
    assert first.find("enclosure").get("type") == "audio/mpeg"
    assert growth.findtext("pubDate") == "Mon, 01 Apr 2024 00:00:00 +0300"
    assert growth.find("guid").get("isPermaLink") == "false"
    assert growth.findtext("guid").startswith("urn:uuid:")
    assert growth.findtext("itunes:duration", namespaces=NS) == "2"
    assert growth.findtext("itunes:episode", namespaces=NS) == "2"
    assert growth.findtext("itunes:season", namespaces=NS) == "1"
    assert "the report" in growth.findtext("description")
    transcript = growth.find("podcast:transcript", NS)
    assert transcript.attrib == {
        "url": "http://testserver/en/podcast/growth/transcript/",
        "type": "text/plain",
        "language": "en",
    }
    assert first.find("podcast:transcript", NS) is None
    people = [(p.text, p.get("role"), p.get("href")) for p in growth.findall("podcast:person", NS)]
    assert people == [("Dana Levi", "host", "http://testserver/en/team/dana-levi/"), ("Ruth Guest", "guest", None)]
    assert [c.text for c in growth.findall("category")] == ["Economy"]


def test_hebrew_feed_is_in_hebrew_with_hebrew_links(client, site):
    body = feed(client, "/he/podcast/feed/")
    assert not feedparser.parse(body).bozo
    channel = channel_of(body)
    assert channel.findtext("title") == "שיחות מדיניות" and channel.findtext("language") == "he"
    growth = channel.find("item")
    assert growth.findtext("title") == "צמיחה אחרי המלחמה"
    assert growth.findtext("link") == "http://testserver/he/podcast/growth/"
    assert growth.find("podcast:person", NS).get("href") == "http://testserver/he/team/dana-levi/"
    assert growth.find("podcast:person", NS).text == "דנה לוי"
    assert growth.find("podcast:transcript", NS).get("language") == "he"
    # Each language's item is its own entry for podcast apps.
    en_guid = channel_of(feed(client)).find("item").findtext("guid")
    assert growth.findtext("guid") != en_guid


def test_feed_leaves_out_drafts_and_episodes_without_audio(client, site):
    draft = site.en.first
    draft.unpublish()
    PodcastEpisodePage.objects.filter(pk=site.en.growth.pk).update(audio=None)  # its document was deleted
    assert feedparser.parse(feed(client)).entries == []


def count_queries(client, url):
    client.get(url)  # the cover's rendition is made once
    cache.clear()
    with CaptureQueriesContext(connection) as cold:
        client.get(url)
    return len(cold)


@pytest.mark.parametrize("url", ["/en/podcast/feed/", "/en/podcast/", "/en/podcast/growth/"])
def test_queries_do_not_grow_with_episodes(client, site, url):
    few = count_queries(client, url)
    show, wav = site.en.show, site.document.wav
    for number in range(3, 33):
        made = episode(
            show,
            f"Episode {number}",
            f"episode-{number}",
            number=number,
            date=datetime.date(2023, 1, 1) + datetime.timedelta(days=number),
            audio=wav,
            participants=[(site.en.dana, "host"), (site.en.amir, "guest"), ("A guest", "guest")],
            transcript="Words.",
        )
        made.topics = [site.en.economy, site.en.labour]
        made.save()
    assert count_queries(client, url) == few
    if url.endswith("feed/"):
        assert len(feedparser.parse(feed(client)).entries) == 32


# --- audio: served with its type, length and byte ranges ----------------------------------------


def body(response):
    """What a streamed answer sends, checking that it came in blocks (never the file at once)."""
    assert response.streaming
    blocks = list(response.streaming_content)
    assert all(len(block) <= audio.AudioResponse.block_size for block in blocks)
    return b"".join(blocks)


def test_audio_is_served_whole_with_its_type_and_length(client, site):
    wav = site.document.wav
    response = client.get(wav.url)
    assert response.status_code == 200
    assert response["Content-Type"] == "audio/wav"
    assert response["Content-Length"] == str(len(tone_wav()))
    assert response["Accept-Ranges"] == "bytes"
    assert response["Content-Disposition"] == 'inline; filename="growth.wav"'
    assert body(response) == tone_wav()
    assert client.get(site.document.mp3.url)["Content-Type"] == "audio/mpeg"


@pytest.mark.parametrize(
    ("header", "start", "end"),
    [("bytes=0-99", 0, 99), ("bytes=100-", 100, None), ("bytes=-10", -10, None), ("bytes=32000-99999", 32000, None)],
)
def test_audio_ranges(client, site, header, start, end):
    data = tone_wav()
    response = client.get(site.document.wav.url, HTTP_RANGE=header)
    assert response.status_code == 206
    expected = data[start : None if end is None else end + 1]
    assert body(response) == expected
    first = start if start >= 0 else len(data) + start
    assert response["Content-Range"] == f"bytes {first}-{first + len(expected) - 1}/{len(data)}"
    assert response["Content-Length"] == str(len(expected))
    assert response["Content-Type"] == "audio/wav"


def test_audio_range_outside_the_file_is_416(client, site):
    for header in (f"bytes={len(tone_wav())}-", "bytes=-0"):
        response = client.get(site.document.wav.url, HTTP_RANGE=header)
        assert response.status_code == 416
        assert response["Content-Range"] == f"bytes */{len(tone_wav())}"


def test_audio_malformed_or_several_ranges_get_the_whole_file(client, site):
    for header in ("bytes=5-2", "bytes=0-1,5-9", "pages=1", "bytes=x-"):
        response = client.get(site.document.wav.url, HTTP_RANGE=header)
        assert response.status_code == 200 and body(response) == tone_wav()


def test_audio_conditional_requests(client, site):
    first = client.get(site.document.wav.url)
    assert client.get(site.document.wav.url, HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 304
    # An outdated copy asking for a range gets the whole file.
    stale = client.get(site.document.wav.url, HTTP_RANGE="bytes=0-9", HTTP_IF_RANGE='"outdated"')
    assert stale.status_code == 200 and len(body(stale)) == len(tone_wav())
    fresh = client.get(site.document.wav.url, HTTP_RANGE="bytes=0-9", HTTP_IF_RANGE=first["ETag"])
    assert fresh.status_code == 206 and len(body(fresh)) == 10


@pytest.fixture
def long_audio(site):
    """A real 6 MiB WAV document (an hour-long episode is tens of MiB), removed from disk after the test."""
    document = make_audio("Long talk (audio)", "long-talk.wav", long_wav(6))
    yield document
    document.file.delete(save=False)


def test_large_audio_is_streamed_whole_and_in_any_range(client, long_audio):
    data = long_wav(6)
    assert len(data) > 6 * 1024 * 1024
    whole = client.get(long_audio.url)
    assert whole.status_code == 200
    assert whole["Content-Type"] == "audio/wav" and whole["Accept-Ranges"] == "bytes"
    assert whole["Content-Length"] == str(len(data))
    assert whole["Content-Disposition"] == f'inline; filename="{long_audio.filename}"'
    assert body(whole) == data
    # A player seeking: an open range gets a part (the player asks for the next when it needs it),
    # a range with an end or a suffix gets all it asks, however long.
    middle, part = len(data) // 2, audio.OPEN_RANGE_PART
    for header, start, end in [
        (f"bytes={middle}-", middle, middle + part - 1),
        (f"bytes={len(data) - 1000}-", len(data) - 1000, len(data) - 1),
        ("bytes=-500", len(data) - 500, len(data) - 1),
        ("bytes=1000-3500000", 1000, 3500000),
        (f"bytes=0-{len(data) + 99}", 0, len(data) - 1),
    ]:
        part = client.get(long_audio.url, HTTP_RANGE=header)
        assert part.status_code == 206, header
        assert part["Content-Range"] == f"bytes {start}-{end}/{len(data)}"
        assert part["Content-Length"] == str(end - start + 1)
        assert body(part) == data[start : end + 1]
    refused = client.get(long_audio.url, HTTP_RANGE=f"bytes={len(data) + 10}-")
    assert refused.status_code == 416 and refused["Content-Range"] == f"bytes */{len(data)}"


def test_a_player_reading_on_gets_the_whole_file_part_by_part(client, long_audio):
    data, received = long_wav(6), b""
    while len(received) < len(data):
        part = client.get(long_audio.url, HTTP_RANGE=f"bytes={len(received)}-")
        assert part.status_code == 206
        received += body(part)
    assert received == data


def test_head_tells_the_length_and_sends_nothing(client, long_audio):
    size = len(long_wav(6))
    head = client.head(long_audio.url)
    assert head.status_code == 200 and not head.streaming and head.content == b""
    assert head["Content-Length"] == str(size) and head["Accept-Ranges"] == "bytes"
    assert head["Content-Type"] == "audio/wav"
    part = client.head(long_audio.url, HTTP_RANGE="bytes=10-19")
    assert part.status_code == 206 and part.content == b""
    assert part["Content-Length"] == "10" and part["Content-Range"] == f"bytes 10-19/{size}"


def test_a_listen_is_counted_once_not_per_range(client, long_audio):
    from wagtail.documents.models import document_served

    served = []

    def count(instance, **kwargs):
        served.append(instance.pk)

    document_served.connect(count)
    try:
        body(client.get(long_audio.url, HTTP_RANGE="bytes=0-"))
        body(client.get(long_audio.url, HTTP_RANGE="bytes=4000000-"))
        client.head(long_audio.url)
        body(client.get(long_audio.url))
    finally:
        document_served.disconnect(count)
    assert served == [long_audio.pk, long_audio.pk]


def test_private_audio_stays_private(client, site, long_audio):
    from wagtail.models import Collection, CollectionViewRestriction

    private = Collection.get_first_root_node().add_child(name="Private audio")
    CollectionViewRestriction.objects.create(collection=private, restriction_type="login")
    long_audio.collection = private
    long_audio.save()
    for extra in ({}, {"HTTP_RANGE": "bytes=0-9"}):
        for method in (client.get, client.head):
            response = method(long_audio.url, **extra)
            assert response.status_code == 302 and "/login/" in response["Location"]
    password = Collection.get_first_root_node().add_child(name="Embargoed audio")
    CollectionViewRestriction.objects.create(collection=password, restriction_type="password", password="s3cret")
    long_audio.collection = password
    long_audio.save()
    response = client.get(long_audio.url)
    assert response.status_code == 200 and not response.streaming and b'name="password"' in response.content


def test_a_wrong_file_name_or_unknown_document_is_404(client, site):
    wav = site.document.wav
    assert client.get(f"/documents/{wav.pk}/other.wav").status_code == 404
    assert client.get("/documents/999999/growth.wav").status_code == 404


def test_other_documents_are_left_to_wagtail(client, site):
    response = client.get(make_document().url, HTTP_RANGE="bytes=0-9")
    assert response.status_code == 200 and "Accept-Ranges" not in response


def test_profile_queries_do_not_grow_with_episodes(client, site, django_assert_num_queries):
    url = "/en/team/dana-levi/"
    few = count_queries(client, url)
    for number in range(3, 15):
        episode(
            site.en.show,
            f"Episode {number}",
            f"episode-{number}",
            number=number,
            date=datetime.date(2025, 1, number),
            audio=site.document.wav,
            participants=[(site.en.dana, "guest")],
        )
    assert count_queries(client, url) == few
    section = re.search(r'<section class="person-episodes".*?</section>', main(client.get(url)), re.S).group(0)
    assert len(elements(section, "h3")) == 5


def test_editors_preview_a_new_episode(client, site):
    from django.contrib.auth import get_user_model

    client.force_login(get_user_model().objects.create_superuser("editor", "editor@example.org", "pw"))
    url = f"/admin/pages/add/podcast/podcastepisodepage/{site.en.show.pk}/preview/"
    data = {
        "title": "Draft episode",
        "slug": "draft-episode",
        "date": "2024-05-01",
        "summary": "Not yet published.",
        "audio": site.document.wav.pk,
        "duration": "00:01:05",
        "participants-TOTAL_FORMS": "1",
        "participants-INITIAL_FORMS": "0",
        "participants-MIN_NUM_FORMS": "0",
        "participants-MAX_NUM_FORMS": "1000",
        "participants-0-person": site.en.dana.pk,
        "participants-0-name": "",
        "participants-0-role": "host",
        "participants-0-ORDER": "1",
        "transcript": "Dana Levi: Hello.",
    }
    assert client.post(url, data).json()["is_valid"]
    preview = client.get(url)
    assert preview.status_code == 200
    markup = preview.content.decode()
    assert "Draft episode" in markup and "1 minute 5 seconds" in markup
    assert "Dana Levi" in markup and "Policy Talk" in markup
