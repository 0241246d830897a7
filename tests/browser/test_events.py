"""A reader finds the next event on the home page, registers, gets the confirmation email with
the event attached, and adds the event to a calendar; the Hebrew pages read right to left."""

import datetime
import re
import uuid

import pytest
from icalendar import Calendar
from playwright.sync_api import expect

from lectern.core.tests.smtp import html_part, text_part

pytestmark = pytest.mark.browser


def unique_address(name):
    return f"{name}-{uuid.uuid4().hex[:8]}@readers.example"


def page_start(page):
    """The start the event page shows, as an aware datetime."""
    return datetime.datetime.fromisoformat(page.locator(".event__facts time").get_attribute("datetime"))


def test_a_reader_registers_from_the_home_page_and_adds_the_event_to_a_calendar(page, demo_server, demo_mailbox):
    page.goto(demo_server + "/en/")
    block = page.locator("section.next-event")
    expect(block.get_by_role("heading", name="Next event")).to_be_visible()
    title = block.locator(".next-event__title a").inner_text()
    block.locator(".next-event__title a").click()
    expect(page.locator("h1")).to_have_text(title)
    event_url = page.url
    start = page_start(page)
    assert start.utcoffset() in (datetime.timedelta(hours=2), datetime.timedelta(hours=3))  # Jerusalem

    # Register.
    address = unique_address("reader")
    form = page.locator("section.registration form")
    form.get_by_label("Full name").fill("Avi Reader")
    form.get_by_label("Email").fill(address)
    form.get_by_label("Organisation (optional)").fill("Readers' Club")
    form.get_by_role("button", name=re.compile("Register|Join the waiting list")).click()
    expect(page.locator("h1")).to_have_text(re.compile("You are registered|You are on the waiting list"))
    assert "/registered/?outcome=" in page.url

    # The confirmation arrives with the event attached.
    [message] = demo_mailbox.wait_for(1, address=address)
    assert title in message["Subject"]
    assert "Dear Avi Reader," in text_part(message)
    assert '<html lang="en" dir="ltr">' in html_part(message)
    if "registered" in page.url:
        [attachment] = list(message.iter_attachments())
        assert attachment.get_filename().endswith(".ics")
        [event] = Calendar.from_ical(attachment.get_content()).events
        assert event.start == start and str(event["SUMMARY"]) == title

    # "Add to calendar" on the page downloads the same event.
    page.goto(event_url)
    with page.expect_download() as download:
        page.get_by_role("link", name=re.compile("^Add to calendar")).click()
    assert download.value.suggested_filename.endswith(".ics")
    cal = Calendar.from_ical(download.value.path().read_bytes())
    [event] = cal.events
    assert str(event["SUMMARY"]) == title
    assert event.start == start
    assert event.start.tzinfo.key == "Asia/Jerusalem"
    assert event["DTSTART"].params["TZID"] == "Asia/Jerusalem"
    assert [tz["TZID"] for tz in cal.timezones] == ["Asia/Jerusalem"]


def test_the_cancellation_link_asks_before_it_cancels(page, demo_server, demo_urls, demo_mailbox):
    address = unique_address("cancel")
    page.goto(demo_server + demo_urls["event"])
    form = page.locator("section.registration form")
    form.get_by_label("Full name").fill("Cleo Cancel")
    form.get_by_label("Email").fill(address)
    form.get_by_role("button").click()
    [message] = demo_mailbox.wait_for(1, address=address)
    link = re.search(r"https?://\S+/cancel/\?token=\S+", text_part(message)).group(0)

    page.goto(link)  # what a mail client's preview would open: nothing is cancelled yet
    expect(page.locator("h1")).to_have_text("Cancel your registration")
    page.get_by_role("button", name="Cancel my registration").click()
    expect(page.locator("h1")).to_have_text("Registration cancelled")
    page.goto(link)
    expect(page.get_by_text("This registration is already cancelled.")).to_be_visible()


def test_the_hebrew_event_page_reads_right_to_left(page, demo_server, demo_urls):
    page.goto(demo_server + demo_urls["he_event"])
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    expect(page.locator("html")).to_have_attribute("lang", "he")
    when = page.locator(".event__facts time").inner_text()
    assert re.search(r"\d+ ב(ינואר|פברואר|מרץ|אפריל|מאי|יוני|יולי|אוגוסט|ספטמבר|אוקטובר|נובמבר|דצמבר) \d{4}", when)
    expect(page.get_by_role("link", name=re.compile("^הוספה ליומן"))).to_be_visible()
    expect(page.locator("section.registration").get_by_label("שם מלא")).to_be_visible()
    # Right to left: the form's fields start at the right edge of the text column.
    box = page.locator("section.registration input[name=name]").bounding_box()
    heading = page.locator("section.registration h2").bounding_box()
    assert abs((box["x"] + box["width"]) - (heading["x"] + heading["width"])) < 2


def test_the_listing_links_the_calendar_feed_which_parses(page, demo_server):
    page.goto(demo_server + "/en/events/")
    upcoming = page.locator(".events-upcoming .card__title a").all_inner_texts()
    assert upcoming
    href = page.get_by_role("link", name=re.compile("Subscribe to the calendar")).get_attribute("href")
    response = page.request.get(demo_server + href)
    assert response.headers["content-type"] == "text/calendar; charset=utf-8"
    cal = Calendar.from_ical(response.body())
    assert [str(e["SUMMARY"]) for e in cal.events] == upcoming
    assert all(e.start.tzinfo.key == "Asia/Jerusalem" for e in cal.events)


def test_a_past_event_shows_its_recording_only_when_asked(page, demo_server, demo_urls):
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(demo_server + demo_urls["past_event"])
    expect(page.locator(".event__recordings figure.video")).to_have_count(1)
    expect(page.locator(".event__documents a").first).to_be_visible()
    assert all(url.startswith(demo_server) for url in requests), "the page loaded something from elsewhere"
