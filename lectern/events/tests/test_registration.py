"""Registering for an event, the waiting list, emails through a real SMTP server, cancelling."""

import datetime
import re
from urllib.parse import parse_qs, urlsplit

from django.utils import timezone

import pytest
from icalendar import Calendar

from lectern.core.tests.helpers import main
from lectern.core.tests.smtp import html_part, text_part
from lectern.events import registration as registrations
from lectern.events.models import EventPage, EventRegistration

Status = EventRegistration.Status
URL = "/en/events/conference/"


@pytest.fixture(autouse=True)
def _send_after_commit(django_capture_on_commit_callbacks, monkeypatch):
    """Each test runs inside a transaction that is never committed: run what the views leave for
    after the commit (sending email) at the end of each request, as a real commit would."""
    from django.test import Client

    post = Client.post

    def post_and_commit(self, *args, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return post(self, *args, **kwargs)

    monkeypatch.setattr(Client, "post", post_and_commit)


def register(client, email, name="Dana Reader", url=URL, **extra):
    return client.post(url, {"name": name, "email": email, "organisation": "Acme", "website": "", **extra})


def cancel_link(message):
    return re.search(r"https?://\S+/cancel/\?token=\S+", text_part(message)).group(0)


def test_a_reader_registers_and_gets_a_confirmation_with_the_event_attached(client, events, smtp_server):
    response = register(client, "dana@example.org")
    assert response.status_code == 302
    assert response["Location"] == "/en/events/conference/registered/?outcome=registered"
    page = client.get(response["Location"])
    assert "You are registered" in page.content.decode()
    registration = EventRegistration.objects.get(email="dana@example.org")
    assert (registration.status, registration.language, registration.organisation) == (Status.REGISTERED, "en", "Acme")

    [message] = smtp_server.wait_for(1, address="dana@example.org")
    assert message["Subject"] == "Your registration: Labour conference"
    text = text_part(message)
    assert "Dear Dana Reader," in text and "http://testserver/en/events/conference/" in text
    assert cancel_link(message).startswith("http://testserver/en/events/conference/cancel/")
    assert '<html lang="en" dir="ltr">' in html_part(message)
    [attachment] = list(message.iter_attachments())
    assert attachment.get_content_type() == "text/calendar"
    assert attachment.get_filename() == "conference.ics"
    [event] = Calendar.from_ical(attachment.get_content()).events
    assert str(event["SUMMARY"]) == "Labour conference"
    assert event.start.tzinfo.key == "Asia/Jerusalem"


def test_hebrew_registration_gets_hebrew_email_right_to_left(he_client, events, smtp_server):
    he_client.post("/he/events/conference/", {"name": "נועה", "email": "noa@example.org", "organisation": ""})
    [message] = smtp_server.wait_for(1, address="noa@example.org")
    assert message["Subject"].strip() == "ההרשמה שלך: כנס שוק העבודה"  # a long encoded subject is folded
    html = html_part(message)
    assert '<html lang="he" dir="rtl">' in html
    assert "http://testserver/he/events/conference/cancel/" in html
    assert "נועה" in text_part(message)
    assert EventRegistration.objects.get(email="noa@example.org").language == "he"


def test_seats_are_counted_over_both_languages_and_then_the_waiting_list(client, he_client, events, smtp_server):
    register(client, "one@example.org")
    he_client.post("/he/events/conference/", {"name": "שניים", "email": "two@example.org"})
    assert "All seats are taken" in main(client.get(URL))
    response = register(client, "three@example.org")
    assert response["Location"].endswith("?outcome=waiting")
    assert "You are on the waiting list" in client.get(response["Location"]).content.decode()
    assert EventRegistration.objects.get(email="three@example.org").status == Status.WAITING
    [message] = smtp_server.wait_for(1, address="three@example.org")
    assert message["Subject"] == "Waiting list: Labour conference"
    assert not list(message.iter_attachments())  # no seat, no calendar entry yet


def test_the_same_address_twice_gets_its_confirmation_again_and_no_second_seat(client, events, smtp_server):
    register(client, "dana@example.org")
    response = register(client, "DANA@example.org ", name="Someone Else")
    assert response["Location"].endswith("?outcome=check-inbox")
    html = client.get(response["Location"]).content.decode()
    assert "Please check your inbox" in html and "Dana Reader" not in html
    assert EventRegistration.objects.filter(email__iexact="dana@example.org").count() == 1
    messages = smtp_server.wait_for(2, address="dana@example.org")
    assert "Dear Dana Reader," in text_part(messages[1])  # the stored details, not the new form's


def test_cancelling_needs_a_click_and_frees_the_seat_for_the_waiting_list(client, events, smtp_server):
    register(client, "one@example.org")
    register(client, "two@example.org")
    register(client, "three@example.org")  # waiting
    link = urlsplit(cancel_link(smtp_server.wait_for(1, address="one@example.org")[0]))
    path, token = link.path, parse_qs(link.query)["token"][0]

    page = client.get(path, {"token": token})  # what a mail client's link preview does
    assert page.status_code == 200 and "Cancel my registration" in page.content.decode()
    assert EventRegistration.objects.get(email="one@example.org").status == Status.REGISTERED

    response = client.post(path, {"token": token})
    assert response["Location"] == "/en/events/conference/cancelled/"
    assert "Registration cancelled" in client.get(response["Location"]).content.decode()
    assert EventRegistration.objects.get(email="one@example.org").status == Status.CANCELLED
    assert EventRegistration.objects.get(email="three@example.org").status == Status.REGISTERED
    promoted = smtp_server.wait_for(2, address="three@example.org")[1]
    assert promoted["Subject"] == "A seat is free for you: Labour conference"
    assert [a.get_filename() for a in promoted.iter_attachments()] == ["conference.ics"]

    # The link again: already cancelled, nothing changes.
    assert "already cancelled" in client.get(path, {"token": token}).content.decode()
    client.post(path, {"token": token})
    assert EventRegistration.objects.filter(status=Status.REGISTERED).count() == 2


def test_an_altered_cancellation_link_is_refused(client, events, smtp_server):
    register(client, "one@example.org")
    link = urlsplit(cancel_link(smtp_server.wait_for(1)[0]))
    path, token = link.path, parse_qs(link.query)["token"][0]
    for response in (client.get(path, {"token": "x" + token}), client.post(path, {"token": token[:-2]})):
        assert response.status_code == 404
        assert "not valid" in response.content.decode()
    assert client.get(path).status_code == 404  # no token at all
    # A valid link for another event's address does not work here either.
    assert client.get(path.replace("/conference/", "/open-lecture/"), {"token": token}).status_code == 404
    assert EventRegistration.objects.get().status == Status.REGISTERED


def test_registrations_are_stored_when_the_mail_server_is_down(client, events, settings):
    from lectern.core.tests.smtp import free_port

    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", free_port()  # nothing listens
    response = register(client, "dana@example.org")
    assert response["Location"].endswith("?outcome=registered")
    assert EventRegistration.objects.filter(email="dana@example.org").exists()


def test_form_errors_keep_what_was_typed_and_point_to_the_fields(client, events):
    response = client.post(URL, {"name": "Dana Reader", "email": "not an address", "organisation": "Acme"})
    assert response.status_code == 200
    html = main(response)
    assert 'value="Dana Reader"' in html and 'value="Acme"' in html
    assert re.search(r'<input type="email"[^>]*aria-invalid="true"[^>]*aria-describedby="id_email_error"', html)
    assert 'id="id_email_error"' in html
    assert "Please correct the errors below." in html
    assert not EventRegistration.objects.exists()


def test_too_many_registrations_from_one_address_answer_429_and_keep_the_form(client, events, settings, smtp_server):
    settings.FORM_RATE_LIMITS = {**settings.FORM_RATE_LIMITS, "registration": "1/m"}
    register(client, "one@example.org")
    response = register(client, "two@example.org", name="Second Reader")
    assert response.status_code == 429
    assert 'value="Second Reader"' in main(response)
    assert "too many times" in main(response)
    assert not EventRegistration.objects.filter(email="two@example.org").exists()


def test_a_filled_honeypot_registers_nobody(client, events, smtp_server):
    response = register(client, "bot@example.org", website="http://spam.example")
    assert response.status_code == 302
    assert not EventRegistration.objects.exists()


def test_registration_closes_when_the_event_starts_or_the_editor_closes_it(client, events):
    EventPage.objects.filter(pk=events.en.conference.pk).update(registration_closed=True)
    html = main(client.get(URL))
    assert "Registration for this event is closed." in html and 'name="email"' not in html
    assert register(client, "late@example.org").status_code == 409

    EventPage.objects.filter(pk=events.en.conference.pk).update(
        registration_closed=False, start=timezone.now() - datetime.timedelta(minutes=5)
    )
    assert register(client, "late@example.org").status_code == 409
    assert not EventRegistration.objects.exists()


def test_events_without_registration_have_no_form(client, events):
    assert 'name="email"' not in main(client.get("/en/events/briefing/"))
    assert client.post("/en/events/briefing/", {"name": "x", "email": "x@example.org"}).status_code == 409


def test_the_outcome_page_refuses_unknown_outcomes(client, events):
    response = client.get("/en/events/conference/registered/?outcome=vip")
    assert response.status_code == 400


def test_seats_are_counted_inside_the_locked_transaction(events, smtp_server):
    """Each registration counts the seats after locking the event's rows, so the third reader for
    two seats joins the waiting list even if the page they saw said a seat was left."""
    conference = events.en.conference
    outcomes = [
        registrations.register(conference, name=n, email=f"{n}@example.org", organisation="", language="en").outcome
        for n in "abc"
    ]
    assert outcomes == ["registered", "registered", "waiting"]
    assert conference.seats_left() == 0


@pytest.mark.parametrize("capacity", [None])
def test_without_a_seat_limit_everyone_gets_a_seat(client, events, smtp_server, capacity):
    for n in range(4):
        register(client, f"r{n}@example.org", url="/en/events/open-lecture/")
    assert set(EventRegistration.objects.values_list("status", flat=True)) == {Status.REGISTERED}
