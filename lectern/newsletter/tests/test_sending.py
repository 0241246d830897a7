"""Sending an issue through a real SMTP server: who receives it, what arrives (subject, links,
headers, both languages), batches, retries with back-off, failures, idempotence."""

import datetime
import re

from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

import pytest
from django_tasks_db.models import DBTaskResult

from lectern.core.tests.smtp import html_part, text_part
from lectern.newsletter.models import Delivery, NewsletterIssue, Subscriber
from lectern.newsletter.sending import MAX_ATTEMPTS, IssueSender
from lectern.newsletter.tasks import send_issue

from .helpers import link_in, path_of, run_queue


@pytest.fixture
def audience(site, make_subscriber):
    """Subscribers of every kind; the issue about Economy goes to the first two only."""
    return {
        "everything": make_subscriber("everything@example.org"),
        # Followed Economy in Hebrew: the topic matches by translation.
        "economy": make_subscriber("economy@example.org", topics=[site.he.economy]),
        "security": make_subscriber("security@example.org", topics=[site.en.security]),
        "waiting": make_subscriber("waiting@example.org", status=Subscriber.Status.PENDING),
        "left": make_subscriber("left@example.org", status=Subscriber.Status.UNSUBSCRIBED),
        "hebrew": make_subscriber("hebrew@example.org", language="he"),
    }


def send(issue, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        count = issue.queue_for_sending()
    run_queue()
    return count


def test_an_issue_reaches_exactly_its_audience_with_its_links_and_headers(
    site, audience, make_issue, smtp_server, django_capture_on_commit_callbacks
):
    institute = site.en.institute
    institute.email = "office@ips.example"
    institute.save()
    issue = make_issue(publications=[site.en.wages, site.en.housing_pub], topics=[site.en.economy])

    assert send(issue, django_capture_on_commit_callbacks) == 2

    assert sorted(address for _sender, rcpt in smtp_server.envelopes for address in rcpt) == [
        "economy@example.org",
        "everything@example.org",
    ]
    [message] = smtp_server.to("economy@example.org")
    assert message["Subject"] == "Wages, housing & the budget"
    assert message["From"] == "Lectern <noreply@localhost>"
    delivery = Delivery.objects.get(subscriber=audience["economy"])
    assert re.fullmatch(rf"<newsletter\.{issue.pk}\.{delivery.pk}\.[0-9a-f]{{12}}@localhost>", message["Message-ID"])
    # One-click unsubscribe (RFC 8058) and a mail address as a fallback (RFC 2369).
    unsubscribe = link_in(message["List-Unsubscribe"], "unsubscribe")
    assert message["List-Unsubscribe"].strip() == f"<{unsubscribe}>, <mailto:office@ips.example?subject=unsubscribe>"
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert message["List-Id"] == "<newsletter.localhost>"

    html = html_part(message)
    assert '<html lang="en" dir="ltr">' in html
    assert 'href="http://testserver/en/publications/insight/wages-and-growth/"' in html  # the intro's page link
    assert ">Wages and growth</a>" in html and ">Housing costs</a>" in html
    assert "Dana Levi, Guest Writer, Amir Cohen" in html
    assert "Insight No. 1" in html
    assert f'href="{unsubscribe}"' in html
    text = text_part(message)
    assert "This month: wages (http://testserver/en/publications/insight/wages-and-growth/)." in text
    assert "http://testserver/en/publications/insight/housing-costs/" in text
    assert link_in(text, "preferences").startswith("http://testserver/en/newsletter/preferences/")

    issue.refresh_from_db()
    assert issue.status == NewsletterIssue.Status.SENT and issue.finished_at is not None
    assert issue.progress()["sent"] == 2 and issue.progress()["total"] == 2

    # The mail program's Unsubscribe button: a POST with no cookie and no CSRF token.
    response = Client(enforce_csrf_checks=True).post(
        path_of(unsubscribe), "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded"
    )
    assert response.status_code == 200
    assert Subscriber.objects.get(email="economy@example.org").status == Subscriber.Status.UNSUBSCRIBED


def test_a_hebrew_issue_is_right_to_left_with_the_hebrew_editions(
    site, audience, make_issue, smtp_server, django_capture_on_commit_callbacks
):
    # The editor chose the English page; Hebrew readers get its Hebrew edition.
    issue = make_issue(subject="שכר, דיור ותקציב", language="he", publications=[site.en.wages], intro="<p>החודש.</p>")

    assert send(issue, django_capture_on_commit_callbacks) == 1

    [message] = smtp_server.wait_for(1, address="hebrew@example.org")
    assert message["Subject"].strip() == "שכר, דיור ותקציב"
    html = html_part(message)
    assert '<html lang="he" dir="rtl">' in html
    assert 'href="http://testserver/he/publications/insight/wages-and-growth/"' in html
    assert ">שכר וצמיחה</a>" in html
    text = text_part(message)
    assert "החודש." in text and "שכר וצמיחה" in text
    assert link_in(message["List-Unsubscribe"], "unsubscribe").startswith(
        "http://testserver/he/newsletter/unsubscribe/"
    )


def test_sending_again_sends_nothing_twice(site, audience, make_issue, smtp_server, django_capture_on_commit_callbacks):
    issue = make_issue()
    send(issue, django_capture_on_commit_callbacks)
    assert len(smtp_server.messages) == 3  # everything, economy, security: no target topics

    assert send_issue.call(issue.pk) == 0
    issue.resume_sending()
    run_queue()
    assert len(smtp_server.messages) == 3
    assert issue.queue_for_sending() is None  # no longer a draft


def test_batches_share_a_connection(site, make_subscriber, make_issue, scripted_smtp, settings):
    settings.NEWSLETTER_BATCH_SIZE = 2
    for number in range(5):
        make_subscriber(f"reader{number}@example.org")
    issue = make_issue()
    issue.queue_for_sending()

    assert send_issue.call(issue.pk) == 5
    assert len(scripted_smtp.messages) == 5
    assert scripted_smtp.connections == 3  # 2 + 2 + 1


def test_the_content_is_fetched_once_whatever_the_audience(site, make_subscriber, make_issue, smtp_server):
    """Per recipient, sending costs two writes (claim, then sent); the issue's content is read once."""

    def queries_to_send(count, prefix):
        for number in range(count):
            make_subscriber(f"{prefix}{number}@example.org")
        issue = make_issue(publications=[site.en.wages, site.en.housing_pub])
        issue.queue_for_sending()
        cache.clear()
        with CaptureQueriesContext(connection) as queries:
            assert IssueSender(issue).run() == count
        Subscriber.objects.all().delete()
        return len(queries)

    few, many = queries_to_send(2, "few"), queries_to_send(8, "many")
    assert many - few == 2 * 6


def test_temporary_failures_are_retried_with_back_off(site, make_subscriber, make_issue, scripted_smtp):
    make_subscriber("ok@example.org")
    busy = make_subscriber("busy@example.org")
    scripted_smtp.temporary["busy@example.org"] = 2
    issue = make_issue()
    issue.queue_for_sending()
    start = timezone.now()

    def run_at(seconds):
        return IssueSender(issue, now=lambda: start + datetime.timedelta(seconds=seconds)).run()

    assert run_at(0) == 1
    delivery = Delivery.objects.get(subscriber=busy)
    assert (delivery.status, delivery.attempts) == ("pending", 1)
    assert "451" in delivery.error
    assert delivery.next_attempt_at == start + datetime.timedelta(minutes=1)

    assert run_at(59) == 0  # not yet
    assert run_at(61) == 0  # refused once more: the wait doubles
    delivery.refresh_from_db()
    assert delivery.attempts == 2
    assert delivery.next_attempt_at == start + datetime.timedelta(seconds=61, minutes=2)
    assert run_at(61 + 121) == 1
    delivery.refresh_from_db()
    assert (delivery.status, delivery.attempts, delivery.error) == ("sent", 3, "")
    assert len(scripted_smtp.to("busy@example.org")) == 1


def test_the_task_comes_back_when_the_next_retry_is_due(site, make_subscriber, make_issue, scripted_smtp):
    make_subscriber("busy@example.org")
    scripted_smtp.temporary["busy@example.org"] = 1
    issue = make_issue()
    issue.queue_for_sending()

    send_issue.call(issue.pk)

    issue.refresh_from_db()
    assert issue.status == NewsletterIssue.Status.SENDING
    delivery = issue.deliveries.get()
    [later] = DBTaskResult.objects.filter(status="READY", task_path="lectern.newsletter.tasks.send_issue")
    assert later.run_after == delivery.next_attempt_at
    assert later.args_kwargs["args"] == [issue.pk]


def test_permanent_failures_fail_at_once_and_can_be_retried(site, make_subscriber, make_issue, scripted_smtp):
    make_subscriber("gone@example.org")
    make_subscriber("ok@example.org")
    scripted_smtp.permanent.add("gone@example.org")
    issue = make_issue()
    issue.queue_for_sending()

    assert send_issue.call(issue.pk) == 1
    failed = Delivery.objects.get(subscriber__email="gone@example.org")
    assert (failed.status, failed.attempts) == ("failed", 1)
    assert "550" in failed.error and "No such mailbox" in failed.error
    issue.refresh_from_db()
    assert issue.status == NewsletterIssue.Status.SENT  # finished, with one failure to look at

    scripted_smtp.permanent.clear()
    assert issue.retry_failed() == 1
    assert send_issue.call(issue.pk) == 1
    assert len(scripted_smtp.to("gone@example.org")) == 1
    assert len(scripted_smtp.to("ok@example.org")) == 1


def test_a_delivery_fails_after_the_last_attempt(site, make_subscriber, make_issue, scripted_smtp):
    make_subscriber("busy@example.org")
    scripted_smtp.temporary["busy@example.org"] = 99
    issue = make_issue()
    issue.queue_for_sending()
    moment = timezone.now()
    for _attempt in range(MAX_ATTEMPTS):
        IssueSender(issue, now=lambda moment=moment: moment).run()
        moment = Delivery.objects.get().next_attempt_at
    delivery = Delivery.objects.get()
    assert (delivery.status, delivery.attempts) == ("failed", MAX_ATTEMPTS)


def test_a_mail_server_that_does_not_answer_is_retried(site, make_subscriber, make_issue, settings):
    from lectern.core.tests.smtp import free_port

    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", free_port()
    make_subscriber("reader@example.org")
    issue = make_issue()
    issue.queue_for_sending()

    assert send_issue.call(issue.pk) == 0
    delivery = Delivery.objects.get()
    assert (delivery.status, delivery.attempts) == ("pending", 1)
    assert "Connection refused" in delivery.error


def test_who_unsubscribes_meanwhile_gets_no_more(site, make_subscriber, make_issue, smtp_server):
    stays, leaves = make_subscriber("stays@example.org"), make_subscriber("leaves@example.org")
    issue = make_issue()
    issue.queue_for_sending()
    leaves.unsubscribe()

    assert send_issue.call(issue.pk) == 1
    assert [rcpt for _sender, rcpt in smtp_server.envelopes] == [[stays.email]]
    assert Delivery.objects.get(subscriber=leaves).status == Delivery.Status.SKIPPED


def test_recipients_are_fixed_when_the_issue_is_sent(site, make_subscriber, make_issue, smtp_server):
    make_subscriber("early@example.org")
    issue = make_issue()
    issue.queue_for_sending()
    make_subscriber("late@example.org")

    send_issue.call(issue.pk)
    assert [rcpt for _sender, rcpt in smtp_server.envelopes] == [["early@example.org"]]
