import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


def test_copy_a_reference_with_the_copy_button(page, context, demo_server, demo_urls):
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=demo_server)
    page.goto(demo_server + demo_urls["publication"])
    section = page.locator("section.cite")
    expect(section.locator("h2")).to_have_text("Cite this publication")
    button = section.get_by_role("button", name="Copy the APA reference")
    expect(button).to_be_visible()
    button.click()
    expect(section.locator(".cite__reference").first.get_by_role("status")).to_have_text("Copied to the clipboard")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied == " ".join(section.locator("#cite-apa").inner_text().split())
    assert re.search(r"\(\d{4}\)", copied)  # the year, APA style


def test_hebrew_copy_buttons_are_named_in_hebrew(page, demo_server, demo_urls):
    page.goto(demo_server + demo_urls["he_publication"])
    section = page.locator("section.cite")
    expect(section.locator("h2")).to_have_text("ציטוט הפרסום")
    expect(section.get_by_role("button", name="העתקה של ההפניה בסגנון MLA")).to_be_visible()
    expect(section.locator("#cite-apa")).to_have_attribute("dir", "rtl")


def test_without_javascript_the_references_are_there_and_no_button(browser, demo_server, demo_urls):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(demo_server + demo_urls["publication"])
    expect(page.locator("#cite-chicago")).to_be_visible()
    expect(page.locator(".cite__copy").first).to_be_hidden()
    with page.expect_download() as download:
        page.get_by_role("link", name="BibTeX").click()
    assert download.value.suggested_filename.endswith(".bib")
    assert download.value.path().read_text().startswith(("@techreport{", "@article{"))
    context.close()
