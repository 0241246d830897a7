"""The Nu Html Checker (vnu.jar from npm) reports no error on the main page types."""

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from .conftest import fetch

pytestmark = pytest.mark.browser

VNU = Path(__file__).resolve().parents[2] / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
PAGES = [
    *("home", "listing", "publication", "person", "topic", "search"),
    *("he_home", "he_listing", "he_publication", "he_person", "he_search"),
    *("events", "he_events", "event", "he_event", "past_event", "contact", "he_contact"),
    *("media", "he_media", "press_release", "he_press_release", "videos", "he_videos", "video"),
    *("podcast", "he_podcast", "episode", "he_episode"),
    *("newsletter", "he_newsletter"),
]


def test_pages_are_valid_html(demo_server, demo_urls, tmp_path):
    java = shutil.which("java")
    assert java, "Java is needed for the Nu Html Checker (.ci/run installs it)"
    files = []
    for name in [*PAGES, "not_found"]:
        url = demo_server + (demo_urls[name] if name != "not_found" else "/en/publications/?page=abc")
        path = tmp_path / f"{name}.html"
        try:
            path.write_text(fetch(url))
        except Exception as error:  # a 404 page is still a page to validate
            path.write_text(error.read().decode())
        files.append(str(path))
    result = subprocess.run(
        [java, "-jar", str(VNU), "--errors-only", "--no-langdetect", "--format", "json", *files],
        capture_output=True,
        text=True,
    )
    messages = json.loads(result.stderr or '{"messages": []}')["messages"]
    errors = [f"{Path(m.get('url', '')).name}:{m.get('lastLine')}: {m['message']}" for m in messages]
    assert not errors, "\n".join(errors)
