"""The contact form sends: the staff address and the sender both get their email."""

import re
import uuid

import pytest
from playwright.sync_api import expect

from lectern.core.tests.smtp import html_part, text_part

pytestmark = pytest.mark.browser

STAFF = "info@ips.example.org"  # the demo's contact page address (no staff address set in the admin)


def send(page, url, labels, subject, address):
    page.goto(url)
    form = page.locator("section.contact-form form")
    name, email, subject_label, message = labels
    form.get_by_label(name).fill("Rina Writer")
    form.get_by_label(email).fill(address)
    form.get_by_label(subject_label).fill(subject)
    form.get_by_label(message).fill("First line.\nSecond line.")
    form.get_by_role("button").click()


def test_the_contact_form_reaches_staff_and_confirms_to_the_sender(page, demo_server, demo_urls, demo_mailbox):
    address = f"writer-{uuid.uuid4().hex[:8]}@readers.example"
    subject = f"Library visit {uuid.uuid4().hex[:6]}"
    send(page, demo_server + demo_urls["contact"], ("Your name", "Your email", "Subject", "Message"), subject, address)
    expect(page.locator("h1")).to_have_text("Thank you for your message")
    assert "/en/contact/thanks/" in page.url
    page.reload()  # post/redirect/get: nothing is sent again

    [receipt] = demo_mailbox.wait_for(1, address=address)
    assert receipt["Subject"] == f"We received your message: {subject}"
    staff = [m for m in demo_mailbox.wait_for(1, address=STAFF) if subject in m["Subject"]]
    assert len(staff) == 1
    assert staff[0]["Reply-To"] == address
    assert "Second line." in text_part(staff[0])
    assert len(demo_mailbox.to(address)) == 1


def test_the_hebrew_contact_form_answers_in_hebrew(page, demo_server, demo_urls, demo_mailbox):
    address = f"kotev-{uuid.uuid4().hex[:8]}@readers.example"
    send(page, demo_server + demo_urls["he_contact"], ("שמך", "כתובת הדוא״ל שלך", "נושא", "הודעה"), "ביקור", address)
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    expect(page.locator("h1")).to_have_text("תודה על פנייתך")
    [receipt] = demo_mailbox.wait_for(1, address=address)
    assert receipt["Subject"].strip() == "קיבלנו את פנייתך: ביקור"
    assert '<html lang="he" dir="rtl">' in html_part(receipt)


def test_errors_are_announced_next_to_the_fields_and_keep_the_text(page, demo_server, demo_urls):
    page.goto(demo_server + demo_urls["contact"])
    form = page.locator("section.contact-form form")
    form.get_by_label("Your name").fill("Rina Writer")
    form.get_by_label("Message").fill("Kept.")
    form.get_by_role("button").click()
    email = page.locator("section.contact-form").get_by_label("Your email")
    expect(email).to_have_attribute("aria-invalid", "true")
    expect(email).to_have_attribute("aria-describedby", re.compile("id_email_error"))
    expect(page.locator("section.contact-form").get_by_label("Message")).to_have_value("Kept.")
