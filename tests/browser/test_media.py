"""The Media section in a browser: filters are plain links (no JavaScript needed), a person's
profile leads to their appearances, Hebrew is right to left, and a video loads nothing from its
provider until the reader presses Play."""

import re

import polib
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
    # The demo's videos are at YouTube: its player is answered here, so the test never leaves 127.0.0.1.
    page.route(
        "https://www.youtube-nocookie.com/**",
        lambda route: route.fulfill(body="<!DOCTYPE html><title>Player</title>", content_type="text/html"),
    )
    page.goto(demo_server + demo_urls["video"])
    expect(page.locator(".video__poster")).to_be_visible()
    expect(page.locator(".transcript")).to_contain_text(":")
    assert page.locator("iframe").count() == 0
    assert outside == []
    play = page.get_by_role("button", name=re.compile("Play the video here"))
    expect(play).to_be_visible()
    expect(play).to_have_accessible_name(re.compile("YouTube"))
    play.click()
    frame = page.locator(".video__frame iframe")
    expect(frame).to_have_attribute("title", page.locator("h1").inner_text())
    expect(frame).to_be_focused()
    frame.content_frame.locator("title").wait_for(state="attached")  # the policy let the frame in
    assert outside and all(url.startswith("https://www.youtube-nocookie.com/embed/") for url in outside)


def test_a_video_works_without_javascript(no_js_page, demo_server, demo_urls):
    page = no_js_page
    page.goto(demo_server + demo_urls["video"])
    expect(page.locator(".video__play")).to_be_hidden()  # the Play button needs JavaScript
    expect(page.locator(".video figcaption a")).to_have_attribute(
        "href", re.compile(r"^https://www\.youtube\.com/watch\?v=")
    )


def test_an_editor_adds_an_appearance_and_translates_it(page, demo_server, tmp_path):
    """Last in this file: it adds an item to the demo."""
    from .test_editing import log_in

    log_in(page, demo_server)
    page.goto(f"{demo_server}/admin/pages/search/?q=Radio+and+TV")
    href = page.locator("a[href*='/admin/pages/']", has_text="Radio and TV").first.get_attribute("href")
    section = re.search(r"/admin/pages/(\d+)/", href).group(1)
    page.goto(f"{demo_server}/admin/pages/add/media/mediaappearancepage/{section}/")
    page.fill("#id_title", "Ceasefire talks on the evening news")
    page.select_option("#id_kind", "tv")
    page.fill("#id_date", "2026-05-20")
    page.fill("#id_outlet", "Channel 5")
    page.fill("#id_link", "https://tv.example.com/ceasefire")
    page.fill("#id_summary", "A studio interview on the ceasefire talks.")
    page.select_option("#id_people", label="Amir Ben-Haim")
    page.locator("button.dropdown-toggle, [data-w-dropdown-target='toggle']").last.click()
    page.locator("button[name='action-publish']").click()
    expect(page.locator(".messages")).to_contain_text("published")

    page.goto(f"{demo_server}/en/media/?type=tv")
    expect(page.locator(".card--media .card__title").first).to_have_text("Ceasefire talks on the evening news")
    page.goto(f"{demo_server}/en/team/amir-ben-haim/")
    expect(page.locator(".person-media li").first).to_contain_text("Ceasefire talks on the evening news")

    # Translate it with wagtail-localize, as an agency would: download the PO file, translate, upload.
    page.goto(f"{demo_server}/admin/pages/search/?q=Ceasefire")
    href = page.locator("a[href*='/edit/']", has_text="Ceasefire").first.get_attribute("href")
    english = re.search(r"/admin/pages/(\d+)/", href).group(1)
    page.goto(f"{demo_server}/admin/localize/submit/page/{english}/")
    page.get_by_label("Hebrew").check()
    page.click("input[type=submit][value=Submit]")
    expect(page.locator(".messages")).to_contain_text("submitted for translation")
    download = page.get_by_role("link", name="Download PO file").first.get_attribute("href")
    catalogue = polib.pofile(page.request.get(demo_server + download).text())
    hebrew = {
        "Ceasefire talks on the evening news": "שיחות הפסקת האש במהדורת הערב",
        "Channel 5": "ערוץ 5",
        "A studio interview on the ceasefire talks.": "ראיון באולפן על שיחות הפסקת האש.",
    }
    for entry in catalogue:
        entry.msgstr = hebrew.get(entry.msgid, entry.msgstr)
    translated = tmp_path / "he.po"
    catalogue.save(str(translated))
    with page.expect_navigation():  # the admin uploads the file as soon as it is chosen
        page.locator("form[action$='pofile/upload/'] input[type=file]").first.set_input_files(str(translated))
    page.get_by_role("button", name="Publish in Hebrew").click()
    expect(page.locator(".messages")).to_contain_text("in Hebrew")

    page.goto(f"{demo_server}/he/media/?type=tv")
    expect(page.locator(".card--media .card__title").first).to_have_text("שיחות הפסקת האש במהדורת הערב")
    expect(page.locator(".card--media .media-outlet").first).to_have_text("ערוץ 5")
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
