import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


def test_reach_a_publication_from_the_home_page(page, demo_server):
    page.goto(f"{demo_server}/en/")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    first = page.locator(".latest .card__title a").first
    title = first.inner_text()
    first.click()
    expect(page.locator("h1")).to_have_text(title)
    expect(page.locator(".breadcrumbs")).to_contain_text("Publications")
    expect(page.locator(".authors li").first).to_be_visible()


def test_switch_to_hebrew_and_back_on_a_translated_publication(page, demo_server, demo_urls):
    page.goto(demo_server + demo_urls["translated_publication"])
    english_title = page.locator("h1").inner_text()
    page.locator(".language-switch a[hreflang=he]").click()
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    expect(page.locator("html")).to_have_attribute("lang", "he")
    # Same slug in both languages.
    assert page.url.endswith(demo_urls["translated_publication"].replace("/en/", "/he/", 1))
    assert page.locator("h1").inner_text() != english_title
    # The body really is laid out right to left.
    direction = page.evaluate("getComputedStyle(document.querySelector('article.publication')).direction")
    assert direction == "rtl"
    # The layout is mirrored: the header spans the window and the brand sits on the right.
    width = page.viewport_size["width"]
    header = page.locator(".site-header").bounding_box()
    assert header["x"] == 0 and header["width"] == width
    brand = page.locator(".brand").bounding_box()
    assert brand["x"] > width / 2
    page.locator(".language-switch a[hreflang=en]").click()
    expect(page.locator("html")).to_have_attribute("dir", "ltr")
    assert page.locator(".brand").bounding_box()["x"] < width / 2
    expect(page.locator("h1")).to_have_text(english_title)


def test_topic_navigation(page, demo_server):
    page.goto(f"{demo_server}/en/topics/")
    group = page.locator(".topic-tree > ul > li > a").first
    group_name = group.inner_text()
    group.click()
    expect(page.locator("h1")).to_have_text(group_name)
    assert re.search(r"/en/topics/[\w-]+/$", page.url)
    # A group lists publications of its sub-topics too.
    expect(page.locator(".card--publication").first).to_be_visible()
    sub = page.locator(".subtopics a").first
    sub_name = sub.inner_text()
    sub.click()
    expect(page.locator("h1")).to_have_text(sub_name)
    page.locator(".card--publication .card__title a").first.click()
    expect(page.locator(".publication__facts")).to_contain_text(sub_name)


def test_series_navigation(page, demo_server):
    page.goto(f"{demo_server}/en/publications/")
    series = page.locator(".series-nav a").first
    series_name = series.inner_text()
    series.click()
    expect(page.locator("h1")).to_have_text(series_name)
    page.locator(".card__title a").first.click()
    expect(page.locator(".pub-meta")).to_contain_text(series_name)
    expect(page.locator(".breadcrumbs li")).to_have_count(4)  # Home › Publications › Series › Title


def test_menu_at_phone_size(browser, demo_server):
    context = browser.new_context(viewport={"width": 375, "height": 740}, is_mobile=True, has_touch=True)
    page = context.new_page()
    page.goto(f"{demo_server}/en/")
    toggle = page.locator(".site-menu > summary")
    expect(toggle).to_be_visible()
    nav_links = page.locator(".site-nav")
    expect(nav_links).to_be_hidden()
    toggle.click()
    expect(nav_links).to_be_visible()
    publications = page.locator(".site-nav__group > summary", has_text="Publications")
    publications.click()
    link = page.locator(".site-nav__group[open] .site-nav__sub a").nth(1)
    name = link.inner_text()
    link.click()
    expect(page.locator("h1")).to_have_text(name)
    # Nothing sticks out sideways on a phone.
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    context.close()


def test_menu_is_keyboard_usable_on_desktop(page, demo_server):
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(f"{demo_server}/en/")
    group = page.locator(".site-nav__group > summary").first
    group.focus()
    page.keyboard.press("Enter")
    expect(page.locator(".site-nav__group[open] .site-nav__sub")).to_be_visible()
    page.keyboard.press("Escape")
    expect(page.locator(".site-nav__group[open]")).to_have_count(0)
    expect(group).to_be_focused()


def test_search_from_the_header_in_hebrew(page, demo_server):
    page.goto(f"{demo_server}/he/")
    # The skip link "go to search" lands in the search box.
    page.keyboard.press("Tab")
    page.locator(".skip-links a[href='#search']").focus()
    page.keyboard.press("Enter")
    expect(page.locator("#search")).to_be_focused()
    page.keyboard.type("חזבאללה")
    page.keyboard.press("Enter")
    expect(page.locator("h1")).to_have_text("חיפוש")
    first = page.locator(".search-hit").first
    expect(first.locator("mark").first).to_be_visible()
    first.locator(".card__title a").click()
    expect(page.locator("html")).to_have_attribute("lang", "he")
