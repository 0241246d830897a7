"""The podcast in a browser: the episode's player loads and can seek in the audio served from the
demo (byte ranges), the feed is announced and parses, and Hebrew pages are right to left."""

import re

import feedparser
import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


def test_episode_plays_its_audio_from_the_site(page, demo_server, demo_urls):
    audio_responses = []
    page.on("response", lambda r: audio_responses.append(r) if "/documents/" in r.url else None)
    page.goto(demo_server + demo_urls["episode"])
    player = page.locator("audio.player__audio")
    expect(player).to_have_attribute("controls", "")
    page.wait_for_function("document.querySelector('audio').readyState >= 1")  # HAVE_METADATA
    state = page.evaluate(
        """() => { const a = document.querySelector('audio');
                   return {src: a.currentSrc, duration: a.duration, seekable: a.seekable.length ? a.seekable.end(0) : 0}; }"""
    )
    assert state["src"].startswith(f"{demo_server}/documents/") and state["src"].endswith(".wav")
    assert 3 < state["duration"] < 10  # the demo's few seconds of tones
    assert state["seekable"] == pytest.approx(state["duration"], abs=0.5)  # the whole file can be sought
    # The browser asked for byte ranges, and the site answered with parts of the right type.
    first = audio_responses[0]
    assert first.status == 206 and first.headers["content-type"] == "audio/wav"
    assert first.headers["accept-ranges"] == "bytes"
    # Seeking works (the player asks for the part it needs).
    page.evaluate("() => { const a = document.querySelector('audio'); a.currentTime = 2; }")
    page.wait_for_function(
        "!document.querySelector('audio').seeking && document.querySelector('audio').currentTime >= 2"
    )
    # Download link and transcript are on the page.
    expect(page.get_by_role("link", name=re.compile("Download the episode"))).to_have_attribute(
        "href", state["src"].removeprefix(demo_server)
    )
    expect(page.locator(".transcript p").first).to_be_visible()


def test_the_feed_is_announced_and_parses(page, demo_server, demo_urls):
    page.goto(demo_server + demo_urls["episode"])
    link = page.locator('link[rel=alternate][type="application/rss+xml"]').last
    href = link.get_attribute("href")
    assert href == "/en/podcast/feed/"
    response = page.request.get(demo_server + href)
    assert response.ok and response.headers["content-type"].startswith("application/rss+xml")
    parsed = feedparser.parse(response.body())
    assert not parsed.bozo and len(parsed.entries) == 3
    for entry in parsed.entries:
        enclosure = entry.enclosures[0]
        assert enclosure["href"].startswith(demo_server) and enclosure["type"] == "audio/wav"
        assert page.request.head(enclosure["href"]).ok
    # The show page links to the same feed for readers.
    page.goto(f"{demo_server}/en/podcast/")
    expect(page.get_by_role("link", name="Subscribe (RSS feed)")).to_have_attribute("href", href)


def test_hebrew_episode_is_right_to_left(page, demo_server, demo_urls):
    page.goto(demo_server + demo_urls["he_episode"])
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    assert page.evaluate("getComputedStyle(document.querySelector('article.episode')).direction") == "rtl"
    page.wait_for_function("document.querySelector('audio').readyState >= 1")
    expect(page.locator('link[rel=alternate][href="/he/podcast/feed/"]')).to_have_count(1)
    page.locator(".episode .eyebrow a").click()
    assert page.url.endswith("/he/podcast/")
    expect(page.locator(".card--episode")).to_have_count(3)
