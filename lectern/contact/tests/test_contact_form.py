"""The contact form: stored first, delivered to staff through a real SMTP server, receipt to the sender."""

import csv
import io
import re

import pytest

from lectern.contact.models import ContactMessage, ContactSettings
from lectern.core.tests.helpers import main
from lectern.core.tests.smtp import free_port, html_part, text_part

MESSAGE = {"name": "Dana Reader", "email": "dana@example.org", "subject": "A question", "message": "Hello,\nhow?"}


@pytest.fixture
def staff_address(site):
    from wagtail.models import Site

    ContactSettings.objects.update_or_create(
        site=Site.objects.get(is_default_site=True), defaults={"recipient": "desk@ips.example"}
    )
    return "desk@ips.example"


def test_the_contact_page_shows_the_form(client, site):
    html = main(client.get("/en/contact/"))
    for name in ("name", "email", "subject", "message"):
        assert f'name="{name}"' in html
    assert '<label for="id_message">Message</label>' in html
    assert 'class="form-honeypot" aria-hidden="true"' in html


def test_a_message_is_stored_delivered_to_staff_and_confirmed_to_the_sender(client, site, smtp_server, staff_address):
    response = client.post("/en/contact/", MESSAGE)
    assert response.status_code == 302 and response["Location"] == "/en/contact/thanks/"
    assert "Thank you for your message" in client.get(response["Location"]).content.decode()

    stored = ContactMessage.objects.get()
    assert (stored.subject, stored.language, stored.delivered, stored.is_read) == ("A question", "en", True, False)
    [staff] = smtp_server.wait_for(1, address=staff_address)
    assert staff["Subject"] == "Contact form: A question (Dana Reader)"
    assert staff["Reply-To"] == "dana@example.org"
    assert staff["X-Lectern-Contact-Message"] == str(stored.pk)
    assert "Hello,\nhow?" in text_part(staff).replace("\r\n", "\n")
    assert "Hello,\nhow?" in html_part(staff).replace("\r\n", "\n")
    [receipt] = smtp_server.wait_for(1, address="dana@example.org")
    assert receipt["Subject"] == "We received your message: A question"
    assert "Dear Dana Reader," in text_part(receipt)
    assert "http://testserver/en/contact/" in text_part(receipt)
    assert "Hello,\nhow?" not in text_part(receipt)  # the form cannot send others our text


def test_hebrew_messages_get_hebrew_email_right_to_left(he_client, site, smtp_server, staff_address):
    he_client.post("/he/contact/", {**MESSAGE, "name": "נועה", "subject": "שאלה"})
    [receipt] = smtp_server.wait_for(1, address="dana@example.org")
    assert receipt["Subject"].strip() == "קיבלנו את פנייתך: שאלה"
    assert '<html lang="he" dir="rtl">' in html_part(receipt)
    assert text_part(receipt).strip()
    [staff] = smtp_server.wait_for(1, address=staff_address)
    assert "שאלה" in staff["Subject"]
    assert ContactMessage.objects.get().language == "he"


def test_without_a_staff_address_the_contact_pages_email_receives(client, site, smtp_server):
    client.post("/en/contact/", MESSAGE)
    smtp_server.wait_for(1, address="info@example.org")


def test_when_mail_fails_the_message_is_kept_and_marked_not_delivered(client, site, settings, staff_address):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", free_port()  # nothing listens
    response = client.post("/en/contact/", MESSAGE)
    assert response["Location"] == "/en/contact/thanks/"
    stored = ContactMessage.objects.get()
    assert stored.message == "Hello,\nhow?"
    assert not stored.delivered and stored.delivery_error


def test_errors_keep_what_was_typed(client, site):
    response = client.post("/en/contact/", {**MESSAGE, "email": "nope", "message": "Kept text"})
    assert response.status_code == 200
    html = main(response)
    assert 'value="Dana Reader"' in html and "Kept text</textarea>" in html
    assert re.search(r'name="email"[^>]*aria-invalid="true"[^>]*aria-describedby="id_email_error"', html)
    assert not ContactMessage.objects.exists()


def test_senders_are_rate_limited(client, site, settings, smtp_server):
    settings.FORM_RATE_LIMITS = {**settings.FORM_RATE_LIMITS, "contact": "1/m"}
    client.post("/en/contact/", MESSAGE)
    response = client.post("/en/contact/", {**MESSAGE, "subject": "Again"})
    assert response.status_code == 429
    assert 'value="Again"' in main(response)
    assert ContactMessage.objects.count() == 1


def test_a_filled_honeypot_stores_and_sends_nothing(client, site, smtp_server):
    response = client.post("/en/contact/", {**MESSAGE, "website": "http://spam.example"})
    assert response["Location"] == "/en/contact/thanks/"
    assert not ContactMessage.objects.exists()
    assert not smtp_server.messages


def test_staff_read_messages_in_the_admin_and_export_them(client, site, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("staff", "staff@example.org", "pw"))
    message = ContactMessage.objects.create(language="en", delivered=False, **MESSAGE)
    listing = client.get("/admin/contact_messages/?delivered=false").content.decode()
    assert "A question" in listing
    edit = client.get(f"/admin/contact_messages/edit/{message.pk}/")
    assert edit.status_code == 200 and "how?" in edit.content.decode()
    client.post(f"/admin/contact_messages/edit/{message.pk}/", {"is_read": "on"})
    message.refresh_from_db()
    assert message.is_read and message.subject == "A question"
    export = client.get("/admin/contact_messages/?export=csv")
    rows = list(csv.DictReader(io.StringIO(export.getvalue().decode("utf-8-sig"))))
    assert rows[0]["Subject"] == "A question" and rows[0]["Message"] == "Hello,\nhow?"
