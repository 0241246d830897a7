"""The served demo (production settings) under its Content-Security-Policy: public pages, the
click-to-load video players and the Wagtail admin run without a single violation."""

import json
import urllib.request

import pytest
from playwright.sync_api import expect

from .conftest import EDITOR

pytestmark = pytest.mark.browser

# Every violation the page reports, kept where the test can read it after navigations.
RECORD_VIOLATIONS = """
document.addEventListener("securitypolicyviolation", (event) => {
  const seen = JSON.parse(sessionStorage.getItem("csp-violations") || "[]");
  seen.push(`${event.violatedDirective} blocked ${event.blockedURI} on ${location.pathname}`);
  sessionStorage.setItem("csp-violations", JSON.stringify(seen));
});
"""

PUBLIC_PAGES = [
    "home",
    "he_home",
    "listing",
    "publication",
    "he_publication",
    "person",
    "topic",
    "media",
    "video",
    "episode",
    "he_episode",
    "events",
    "event",
    "past_event",
    "contact",
    "he_contact",
    "search",
    "he_search",
]


@pytest.fixture
def violations(page):
    """Violations reported by the document's event and by Chromium's console, in order."""
    found = []
    page.add_init_script(RECORD_VIOLATIONS)
    page.on(
        "console",
        lambda message: found.append(message.text) if "Content Security Policy" in message.text else None,
    )

    def collect():
        recorded = page.evaluate("JSON.parse(sessionStorage.getItem('csp-violations') || '[]')")
        return found + recorded

    return collect


def test_public_pages_run_under_the_strict_policy(page, demo_server, demo_urls, violations):
    for name in PUBLIC_PAGES:
        response = page.goto(demo_server + demo_urls[name])
        assert response.ok, name
        policy = response.headers["content-security-policy"]
        assert "script-src 'self';" in policy + ";" and "unsafe-inline" not in policy
        # The page's own script ran (it marks the document as having JavaScript).
        expect(page.locator("html")).not_to_have_class("no-js")
    assert violations() == []


def test_video_players_load_after_play_within_the_policy(page, demo_server, demo_urls, violations):
    loaded = []

    def player(route):
        loaded.append(route.request.url)
        route.fulfill(body="<!DOCTYPE html><title>Player</title>", content_type="text/html")

    # The demo's players (YouTube's privacy-enhanced host), answered here: nothing leaves 127.0.0.1.
    page.route("https://www.youtube-nocookie.com/**", player)
    for name in ("video", "past_event"):
        page.goto(demo_server + demo_urls[name])
        page.locator(".video__play").first.click()
        expect(page.locator(".video__frame iframe").first).to_be_attached()
        page.locator(".video__frame iframe").first.content_frame.locator("title").wait_for(state="attached")
    assert len(loaded) == 2, loaded
    assert violations() == []


def test_the_admin_works_under_its_own_policy(page, demo_server, violations):
    page.goto(f"{demo_server}/admin/login/")
    page.fill("#id_username", EDITOR[0])
    page.fill("#id_password", EDITOR[1])
    page.click("button[type=submit]")
    expect(page.locator("h1")).to_be_visible()
    for path in ("/admin/", "/admin/pages/", "/admin/pages/search/?q=Insight", "/admin/images/", "/admin/documents/"):
        assert page.goto(demo_server + path).ok, path
    # A page editor, with its rich text and StreamField widgets.
    page.goto(f"{demo_server}/admin/pages/search/?q=Insight")
    page.locator("a[href*='/admin/pages/'][href$='/edit/']").first.click()
    expect(page.locator("#id_title")).to_be_visible()
    assert violations() == []


def test_health_endpoint_of_the_served_site(demo_server):
    with urllib.request.urlopen(f"{demo_server}/healthz", timeout=10) as response:  # noqa: S310 (our server)
        assert response.status == 200
        assert json.load(response) == {"database": "ok", "cache": "ok"}
        assert "no-store" in response.headers["Cache-Control"]


def test_the_policy_blocks_what_is_not_ours_and_the_test_sees_it(page, demo_server, violations):
    """The control for the tests above: an inline script and an image from elsewhere are refused."""
    requested = []
    page.route("https://images.example.net/**", lambda route: (requested.append(route.request.url), route.abort()))
    page.goto(f"{demo_server}/en/")
    with page.expect_console_message(lambda message: "images.example.net" in message.text):
        page.evaluate(
            """() => {
        const script = document.createElement("script");
        script.textContent = "document.body.dataset.inline = 'ran'";
        document.body.append(script);
        const image = document.createElement("img");
        image.src = "https://images.example.net/tracker.png";
        document.body.append(image);
    }"""
        )
    assert page.evaluate("document.body.dataset.inline") is None
    assert requested == []
    reported = violations()
    assert any("script-src" in line for line in reported), reported
    assert any("img-src" in line and "images.example.net" in line for line in reported), reported
