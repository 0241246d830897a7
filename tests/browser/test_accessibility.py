"""axe-core (vendored from npm) finds no serious or critical WCAG 2.2 AA violation."""

from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
PAGES = [
    *("home", "listing", "publication", "person", "search"),
    *("he_home", "he_listing", "he_publication", "he_person", "he_search"),
    *("events", "he_events", "event", "he_event", "past_event", "contact", "he_contact"),
    *("media", "he_media", "press_release", "he_press_release", "videos", "he_videos", "video"),
    *("podcast", "he_podcast", "episode", "he_episode"),
    *("newsletter", "he_newsletter"),
]
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


@pytest.mark.parametrize("name", PAGES)
def test_no_serious_accessibility_violations(page, demo_server, demo_urls, name):
    page.goto(demo_server + demo_urls[name])
    # Evaluated by the browser's debugging protocol: a <script> tag would be refused by the
    # site's Content-Security-Policy (script-src 'self'), as it should be.
    page.evaluate(AXE.read_text())
    result = page.evaluate("async (tags) => await axe.run(document, {runOnly: {type: 'tag', values: tags}})", TAGS)
    serious = [
        f"{v['id']} ({v['impact']}): {v['help']} — {[n['target'] for n in v['nodes']][:3]}"
        for v in result["violations"]
        if v["impact"] in ("serious", "critical")
    ]
    assert not serious, "\n".join(serious)
    assert result["passes"], "axe ran no checks"


@pytest.mark.parametrize("name", ["home", "publication", "he_publication"])
def test_one_h1_and_landmarks(page, demo_server, demo_urls, name):
    page.goto(demo_server + demo_urls[name])
    assert page.locator("h1").count() == 1
    for landmark in ("header", "main", "footer", "nav"):
        assert page.locator(landmark).count() >= 1
    # Every image has alt text (empty only where the image is decorative next to its link).
    missing = page.locator("img:not([alt])")
    assert missing.count() == 0
