"""The Media section in a browser: filters are plain links (no JavaScript needed), a person's
profile leads to their appearances, Hebrew is right to left, and a video loads nothing from its
provider until the reader presses Play."""

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


@pytest.fixture
def no_js_page(browser):
    context = browser.new_context(java_script_enabled=False)
    yield context.new_page()
    context.close()


def kinds(page):
    return [text.split(" · ")[0] for text in page.locator(".card--media .card__meta").all_inner_texts()]


def test_filter_by_type_without_javascript(no_js_page, demo_server):
    page = no_js_page
    page.goto(f"{demo_server}/en/media/")
    expect(page.locator("h1")).to_have_text("Media")
    total = page.locator(".card--media").count()
    page.locator("[data-facet=type] a", has_text="Radio").click()
    assert re.search(r"/en/media/\?type=radio$", page.url)
    assert set(kinds(page)) == {"Radio"}
    page.locator("[data-facet=type] a", has_text="TV").click()
    assert page.url.endswith("?type=radio&type=tv")
    assert set(kinds(page)) == {"Radio", "TV"}
    expect(page.locator("[data-facet=type] a[aria-current=true]")).to_have_count(2)
    page.get_by_role("link", name="Clear all filters").click()
    expect(page.locator(".card--media")).to_have_count(total)


def test_sections_have_their_own_addresses(page, demo_server):
    page.goto(f"{demo_server}/en/media/")
    page.locator(".series-nav a", has_text="Radio and TV").click()
    expect(page.locator("h1")).to_have_text("Radio and TV")
    assert page.url.endswith("/en/media/radio-and-tv/")
    assert set(kinds(page)) == {"Radio", "TV"}


def test_filter_by_person_and_reach_it_from_the_profile(no_js_page, demo_server):
    page = no_js_page
    page.goto(f"{demo_server}/en/media/")
    person = page.locator("[data-facet=person] a").first
    name = re.sub(r"\s*\(\d+\)$", "", person.inner_text())
    expected = int(re.search(r"\((\d+)\)", person.inner_text()).group(1))
    person.click()
    assert "?person=" in page.url
    expect(page.locator(".card--media")).to_have_count(expected)
    for people in page.locator(".card--media .card__authors").all_inner_texts():
        assert name in people
    # The person's profile lists the same appearances and links back to this listing.
    page.locator(".card--media .card__title a").first.click()
    page.locator(".publication__facts .authors a", has_text=name).click()
    expect(page.locator("h1")).to_have_text(name)
    section = page.locator(".person-media")
    expect(section.locator("h2")).to_have_text("In the media")
    expect(section.locator("li")).to_have_count(min(expected, 5))
    section.get_by_role("link", name=f"All media appearances of {name}").click()
    expect(page.locator(".card--media")).to_have_count(expected)
    expect(page.locator("[data-facet=person] a[aria-current=true]")).to_contain_text(name)


def test_hebrew_media_listing_is_right_to_left(page, demo_server):
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(f"{demo_server}/he/media/")
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    expect(page.locator("h1")).to_have_text("תקשורת")
    assert page.evaluate("getComputedStyle(document.querySelector('.archive')).direction") == "rtl"
    # The filters sit on the right of the results, mirroring the English page.
    filters = page.locator(".archive__filters").bounding_box()
    results = page.locator(".archive__results").bounding_box()
    assert filters["x"] > results["x"]
    page.locator("[data-facet=type] a").first.click()
    assert "?type=" in page.url
    expect(page.locator("html")).to_have_attribute("lang", "he")


def test_a_video_loads_the_provider_only_when_asked(page, demo_server, demo_urls):
    outside = []
    page.on("request", lambda request: None if request.url.startswith(demo_server) else outside.append(request.url))
    # The demo's provider is invented: answer for it here, so the test never leaves 127.0.0.1.
    page.route(
        "https://video.example.org/**",
        lambda route: route.fulfill(body="<!DOCTYPE html><title>Player</title>", content_type="text/html"),
    )
    page.goto(demo_server + demo_urls["video"])
    expect(page.locator(".video__poster")).to_be_visible()
    expect(page.locator(".transcript")).to_contain_text(":")
    assert page.locator("iframe").count() == 0
    assert outside == []
    play = page.get_by_role("button", name=re.compile("Play the video here"))
    expect(play).to_be_visible()
    play.click()
    frame = page.locator(".video__frame iframe")
    expect(frame).to_have_attribute("title", page.locator("h1").inner_text())
    expect(frame).to_be_focused()
    assert outside and all(url.startswith("https://video.example.org/embed/") for url in outside)


def test_a_video_works_without_javascript(no_js_page, demo_server, demo_urls):
    page = no_js_page
    page.goto(demo_server + demo_urls["video"])
    expect(page.locator(".video__play")).to_be_hidden()  # the Play button needs JavaScript
    expect(page.locator(".video figcaption a")).to_have_attribute(
        "href", re.compile(r"^https://video\.example\.org/watch/")
    )
