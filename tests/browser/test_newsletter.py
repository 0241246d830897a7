"""The newsletter in a browser, against the demo served like `make run` (gunicorn, its task
worker, email to a real SMTP server the tests read): a reader signs up from the footer with
JavaScript and from the newsletter page without it, in Hebrew, confirms from the email; an
editor sends an issue from the admin; the reader follows the issue's preferences link, changes
topics and language, and unsubscribes."""

import json
import re
import shutil
import subprocess
import urllib.request
import uuid
from pathlib import Path

import pytest
from playwright.sync_api import expect

from lectern.core.tests.smtp import html_part, text_part

from .conftest import EDITOR
from .test_accessibility import AXE, TAGS
from .test_html_validity import VNU

pytestmark = pytest.mark.browser


def address(label):
    return f"{label}-{uuid.uuid4().hex[:8]}@example.org"


def link(message, kind):
    found = re.search(rf"https?://[^\s\"<>]*/newsletter/{kind}/[^\s\"<>]+/", text_part(message))
    assert found, f"no {kind} link in the email"
    return found.group(0)


def no_serious_violations(page):
    # Evaluated through the browser's debugging protocol: the pages' Content Security Policy
    # (no inline scripts) stays on, as readers get it.
    page.evaluate(AXE.read_text())
    result = page.evaluate("async (tags) => await axe.run(document, {runOnly: {type: 'tag', values: tags}})", TAGS)
    serious = [f"{v['id']}: {v['help']}" for v in result["violations"] if v["impact"] in ("serious", "critical")]
    assert not serious, f"{page.url}: {serious}"


def valid_html(pages, tmp_path):
    """The Nu Html Checker on pages a reader reached through email links (one JVM start)."""
    java = shutil.which("java")
    assert java, "Java is needed for the Nu Html Checker (.ci/run installs it)"
    files = []
    for number, markup in enumerate(pages):
        path = tmp_path / f"page-{number}.html"
        path.write_text(markup)
        files.append(str(path))
    result = subprocess.run(
        [java, "-jar", str(VNU), "--errors-only", "--no-langdetect", "--format", "json", *files],
        capture_output=True,
        text=True,
    )
    messages = json.loads(result.stderr or '{"messages": []}')["messages"]
    assert not messages, [f"{Path(m.get('url', '')).name}:{m.get('lastLine')}: {m['message']}" for m in messages]


def sign_up_and_confirm(page, demo_server, demo_mailbox, email):
    """The shortest way to a confirmed subscriber: the newsletter page's form, the email's link."""
    page.goto(f"{demo_server}/en/newsletter/")
    page.fill("#id_email", email)
    page.locator("main form button[type=submit]").click()
    expect(page.locator("main [data-newsletter-status]")).to_contain_text("confirm your subscription")
    [message] = demo_mailbox.wait_for(1, address=email, timeout=30)
    page.goto(link(message, "confirm"))
    page.get_by_role("button", name="Confirm my subscription").click()
    expect(page.locator("h1")).to_have_text("Your subscription is confirmed")


def test_sign_up_in_the_footer_with_javascript_answers_in_place(page, demo_server, demo_urls, demo_mailbox):
    email = address("footer")
    page.goto(demo_server + demo_urls["publication"])
    url = page.url
    footer = page.locator("footer .newsletter-signup")

    # A mistyped address: the error is announced, tied to the field, and what was typed stays.
    footer.get_by_label("Email address").fill("not-an-address")
    footer.get_by_role("button", name="Subscribe").click()
    field = footer.locator("input[type=email]")
    expect(field).to_have_attribute("aria-invalid", "true")
    expect(footer.locator("#footer-newsletter-email-error")).to_be_visible()
    expect(field).to_have_attribute("aria-describedby", "footer-newsletter-email-error")
    expect(field).to_have_value("not-an-address")
    expect(field).to_be_focused()

    field.fill(email)
    footer.get_by_role("button", name="Subscribe").click()
    status = footer.locator("[role=status]")
    expect(status).to_contain_text("We have sent a message to this address")
    expect(field).not_to_have_attribute("aria-invalid", "true")
    assert page.url == url  # answered in place

    [message] = demo_mailbox.wait_for(1, address=email, timeout=30)
    assert message["Subject"] == "Please confirm your newsletter subscription"
    assert '<html lang="en" dir="ltr">' in html_part(message)
    page.goto(link(message, "confirm"))
    no_serious_violations(page)
    page.get_by_role("button", name="Confirm my subscription").click()
    expect(page.locator("h1")).to_have_text("Your subscription is confirmed")
    expect(page.get_by_role("link", name="Choose topics and language")).to_be_visible()


def test_hebrew_sign_up_on_the_newsletter_page_without_javascript(browser, demo_server, demo_mailbox, tmp_path):
    email = address("no-js")
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{demo_server}/he/newsletter/")
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    page.get_by_label('כתובת דוא"ל').fill(email)
    page.locator("main fieldset").first.get_by_label("עברית").check()
    topics = page.locator("main fieldset").nth(1).locator("input[type=checkbox]")
    topics.first.check()
    page.locator("main form").get_by_role("button").click()

    # Post, redirect, get: the page says what happened, and the address holds no more than a flag.
    assert page.url == f"{demo_server}/he/newsletter/?subscribed=1"
    expect(page.locator("main [role=status]")).to_contain_text("אשרו את ההרשמה")

    [message] = demo_mailbox.wait_for(1, address=email, timeout=30)
    assert message["Subject"].strip() == "נא לאשר את ההרשמה לניוזלטר"  # a long encoded subject is folded
    assert '<html lang="he" dir="rtl">' in html_part(message)
    confirm = link(message, "confirm")
    assert "/he/newsletter/confirm/" in confirm
    page.goto(confirm)
    expect(page.locator("html")).to_have_attribute("lang", "he")
    pages = [page.content()]
    page.get_by_role("button", name="אשרו את ההרשמה").click()
    expect(page.locator("h1")).to_have_text("ההרשמה שלכם אושרה")
    pages.append(page.content())
    context.close()
    valid_html(pages, tmp_path)


def test_an_editor_sends_an_issue_and_the_reader_manages_it_from_the_email(page, demo_server, demo_mailbox, tmp_path):
    reader = address("reader")
    sign_up_and_confirm(page, demo_server, demo_mailbox, reader)

    # The editor: the demo's English draft, new publications added, a test to themselves, then send.
    page.goto(f"{demo_server}/admin/login/")
    page.fill("#id_username", EDITOR[0])
    page.fill("#id_password", EDITOR[1])
    page.click("button[type=submit]")
    page.goto(f"{demo_server}/admin/snippets/newsletter/newsletterissue/?status=draft&language=en")
    page.get_by_role("link", name=re.compile("^Spring at the Institute")).click()
    actions = page.locator("button.w-h-slim-header[aria-label=Actions]")  # the header's ⋯ menu
    actions.click()
    page.get_by_role("link", name="Add new publications").click()
    page.get_by_role("button", name="Add these publications").click()
    expect(page.locator(".messages")).to_contain_text("publication(s) added to the issue")

    actions.click()
    page.get_by_role("link", name="Send a test to me").click()
    page.get_by_role("button", name="Send the test").click()
    expect(page.locator(".messages")).to_contain_text("A test of this issue was sent to editor@example.org")
    [test] = demo_mailbox.wait_for(1, address="editor@example.org", timeout=30)
    assert test["Subject"].strip().startswith("[Test] Spring at the Institute")

    page.get_by_role("link", name="Send…").click()
    page.get_by_role("button", name="Yes, send it").click()
    expect(page.locator(".messages")).to_contain_text("The issue is being sent to")

    # The reader's copy: links to the new publications, preferences, one-click unsubscribe headers.
    [issue] = [
        m for m in demo_mailbox.wait_for(2, address=reader, timeout=60) if m["Subject"].strip().startswith("Spring")
    ]
    assert issue["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert "/en/newsletter/unsubscribe/" in issue["List-Unsubscribe"]
    assert f"{demo_server}/en/publications/" in text_part(issue)
    page.reload()
    expect(page.locator("h2", has_text="Failed deliveries")).to_have_count(0)

    # Preferences from the email: a topic and Hebrew.
    page.goto(link(issue, "preferences"))
    no_serious_violations(page)
    main = page.locator("main")
    main.locator("fieldset").nth(1).locator("input[type=checkbox]").first.check()
    main.get_by_label("עברית").check()
    main.get_by_role("button", name="Save preferences").click()
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    expect(main.locator("[role=status]")).to_contain_text("ההעדפות שלכם נשמרו")
    expect(main.locator("fieldset").nth(1).locator("input[type=checkbox]").first).to_be_checked()
    pages = [page.content()]

    # And out: the unsubscribe button asks nothing more.
    main.get_by_role("button", name="הסרה מרשימת התפוצה").click()
    expect(page.locator("h1")).to_have_text("הוסרתם מרשימת התפוצה")
    no_serious_violations(page)
    pages.append(page.content())
    valid_html(pages, tmp_path)


def test_one_click_unsubscribe_from_the_mail_program(page, demo_server, demo_mailbox):
    """RFC 8058: the mail program POSTs List-Unsubscribe=One-Click to the header's address,
    without cookies or a form of ours."""
    reader = address("one-click")
    sign_up_and_confirm(page, demo_server, demo_mailbox, reader)
    page.get_by_role("link", name="Choose topics and language").click()
    unsubscribe = page.locator("form[action*='/unsubscribe/']").get_attribute("action")

    request = urllib.request.Request(  # noqa: S310 (our own server)
        demo_server + unsubscribe, data=b"List-Unsubscribe=One-Click", method="POST"
    )
    with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310
        assert response.status == 200
    page.reload()
    expect(page.get_by_role("button", name="Subscribe again")).to_be_visible()
