"""The podcast in a browser: the episode's player loads and can seek in the audio served from the
demo (byte ranges), the feed is announced and parses, and Hebrew pages are right to left."""

import re

import feedparser
import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

# Playwright's wait_for_function compiles its condition with eval, which the site's
# Content-Security-Policy forbids; this waits on the audio element's own events instead.
WAIT_FOR_AUDIO = """(audio, condition) => new Promise((resolve, reject) => {
    const holds = {
        metadata: () => audio.readyState >= 1,  // HAVE_METADATA
        seeked: () => !audio.seeking && audio.currentTime >= 2,
    }[condition];
    const check = () => holds() && resolve(true);
    if (holds()) return resolve(true);
    ["loadedmetadata", "canplay", "seeked", "timeupdate"].forEach((name) => audio.addEventListener(name, check));
    setTimeout(() => reject(new Error(`the audio reached no ${condition} in 10 s`)), 10000);
})"""


def wait_for_audio(page, condition="metadata"):
    page.locator("audio").first.evaluate(WAIT_FOR_AUDIO, condition)


def test_episode_plays_its_audio_from_the_site(page, demo_server, demo_urls):
    audio_responses = []
    page.on("response", lambda r: audio_responses.append(r) if "/documents/" in r.url else None)
    page.goto(demo_server + demo_urls["episode"])
    player = page.locator("audio.player__audio")
    expect(player).to_have_attribute("controls", "")
    wait_for_audio(page)
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
    wait_for_audio(page, "seeked")
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
    assert not parsed.bozo and len(parsed.entries) >= 3
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
    wait_for_audio(page)
    expect(page.locator('link[rel=alternate][href="/he/podcast/feed/"]')).to_have_count(1)
    page.locator(".episode .eyebrow a").click()
    assert page.url.endswith("/he/podcast/")
    assert page.locator(".card--episode").count() >= 3


def test_an_editor_publishes_an_episode(page, demo_server):
    """Last in this file: it adds an episode to the demo."""
    from .test_editing import log_in

    log_in(page, demo_server)
    page.goto(f"{demo_server}/admin/pages/search/?q=Strategic+Conversations")
    href = page.locator("a[href*='/admin/pages/']", has_text="Strategic Conversations").first.get_attribute("href")
    show = re.search(r"/admin/pages/(\d+)/", href).group(1)
    page.goto(f"{demo_server}/admin/pages/add/podcast/podcastepisodepage/{show}/")
    page.fill("#id_title", "Water and security")
    page.fill("#id_date", "2026-06-01")
    page.fill("#id_episode_number", "4")
    page.fill("#id_summary", "How desalination changed Israel's security thinking.")
    page.fill("#id_duration", "00:00:05")
    # The audio: a document from the library (the chooser opens in a dialog).
    page.get_by_role("button", name=re.compile("Choose a document")).click()
    page.locator(".modal a", has_text="The nuclear clock (podcast audio)").click()
    expect(page.locator("[data-chooser-title]").first).to_contain_text("The nuclear clock")
    page.get_by_role("button", name="Add participant").click()
    page.fill("input[name='participants-0-name']", "Guest Speaker")
    page.select_option("select[name='participants-0-role']", "guest")
    page.locator("button.dropdown-toggle, [data-w-dropdown-target='toggle']").last.click()
    page.locator("button[name='action-publish']").click()
    expect(page.locator(".messages")).to_contain_text("published")

    page.goto(f"{demo_server}/en/podcast/")
    expect(page.locator(".card--episode .card__title").first).to_have_text("Water and security")
    page.locator(".card--episode .card__title a").first.click()
    wait_for_audio(page)
    feed = feedparser.parse(page.request.get(f"{demo_server}/en/podcast/feed/").body())
    assert feed.entries[0].title == "Water and security"
    assert feed.entries[0].itunes_duration == "5"
