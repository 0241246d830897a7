"""An editor publishes in Wagtail's admin, and the admin never calls outside this machine."""

import re
from urllib.parse import urlparse

import pytest
from playwright.sync_api import expect

from .conftest import EDITOR

pytestmark = pytest.mark.browser


def log_in(page, demo_server):
    page.goto(f"{demo_server}/admin/login/")
    page.fill("#id_username", EDITOR[0])
    page.fill("#id_password", EDITOR[1])
    page.click("button[type=submit]")
    expect(page.locator("h1")).to_be_visible()


def test_editor_publishes_a_numbered_publication(page, demo_server):
    outside, errors = [], []
    page.on(
        "request",
        lambda request: (
            outside.append(request.url) if urlparse(request.url).hostname not in ("127.0.0.1", None) else None
        ),
    )
    page.on("pageerror", lambda error: errors.append(str(error)))
    log_in(page, demo_server)

    # Open the series in the page explorer and add a publication to it.
    page.goto(f"{demo_server}/admin/pages/search/?q=Insight")
    series_id = re.search(
        r"/admin/pages/(\d+)/", page.locator("a[href*='/admin/pages/']", has_text="Insight").first.get_attribute("href")
    ).group(1)
    page.goto(f"{demo_server}/admin/pages/add/publications/publicationpage/{series_id}/")
    number = page.locator("#id_number")
    proposed = int(number.input_value())
    assert proposed > 1  # the next free number of the series is proposed
    page.fill("#id_title", "Desalination and Regional Cooperation")
    page.fill("#id_summary", "Shared water plants could bind neighbours together; they also create new targets.")
    page.fill("input[name='authors-0-name']", "Guest Author")
    page.locator("button.dropdown-toggle, [data-w-dropdown-target='toggle']").last.click()
    page.locator("button[name='action-publish']").click()
    expect(page.locator(".messages")).to_contain_text("published")

    page.goto(f"{demo_server}/en/publications/insight/desalination-and-regional-cooperation/")
    expect(page.locator("h1")).to_have_text("Desalination and Regional Cooperation")
    expect(page.locator(".pub-meta")).to_contain_text(f"No. {proposed}")
    # The newest publication leads the home page at once.
    page.goto(f"{demo_server}/en/")
    expect(page.locator(".latest .card__title a").first).to_have_text("Desalination and Regional Cooperation")

    assert not errors, errors
    assert not outside, f"the admin called outside this machine: {outside[:5]}"
