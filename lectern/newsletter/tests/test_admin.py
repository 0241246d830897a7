"""The editors' side: compose an issue, preview it as the email, fill in the new publications,
send a test to oneself, send it (with a confirmation step and its own permission), follow the
deliveries; subscribers listed, filtered and exported as CSV."""

import csv
import datetime
import io

from django.contrib.auth.models import Group, Permission
from django.utils import timezone

from wagtail.test.utils.form_data import querydict_from_html

import pytest

from lectern.core.tests.builders import add_page
from lectern.core.tests.smtp import html_part, text_part
from lectern.events.models import EventIndexPage
from lectern.events.tests.builders import make_event
from lectern.newsletter.models import Delivery, NewsletterIssue, Subscriber

from .helpers import run_queue

ADMIN = "/admin/snippets/newsletter/newsletterissue/"
SUBSCRIBERS = "/admin/snippets/newsletter/subscriber/"


@pytest.fixture
def editor(client, django_user_model):
    """An editor who may compose issues but not send them."""
    group = Group.objects.create(name="Newsletter editors")
    group.permissions.add(
        Permission.objects.get(codename="access_admin"),
        *Permission.objects.filter(content_type__app_label="newsletter", codename__endswith="_newsletterissue").exclude(
            codename="send_newsletterissue"
        ),
    )
    user = django_user_model.objects.create_user("editor", "editor@example.org", "pw")
    user.groups.add(group)
    client.force_login(user)
    return client


def published_at(page, days_ago):
    moment = timezone.now() - datetime.timedelta(days=days_ago)
    type(page).objects.filter(pk=page.pk).update(first_published_at=moment)


def test_the_edit_form_offers_the_topic_groups_and_events(admin_client, site, make_issue):
    issue = make_issue()
    form = admin_client.get(f"{ADMIN}edit/{issue.pk}/").content.decode()
    assert 'name="topics"' in form
    assert form.count('name="topics"') == 2  # the groups right under the topic index: Economy, Security
    assert "publication_items-TOTAL_FORMS" in form
    assert "event_items-TOTAL_FORMS" in form  # the events app is installed
    assert f'href="{ADMIN}send/{issue.pk}/"' in form
    assert f'href="{ADMIN}test/{issue.pk}/"' in form
    assert f'href="{ADMIN}fill/{issue.pk}/"' in form


def test_preview_shows_the_email_as_readers_get_it_with_unsaved_changes(admin_client, site, make_issue):
    issue = make_issue(publications=[site.en.wages])
    edit = admin_client.get(f"{ADMIN}edit/{issue.pk}/").content.decode()
    data = querydict_from_html(edit, form_id="w-editor-form").copy()
    data["subject"] = "Unsaved subject"
    assert admin_client.post(f"{ADMIN}preview/{issue.pk}/", data).json()["is_valid"]

    html = admin_client.get(f"{ADMIN}preview/{issue.pk}/?mode=").content.decode()
    assert '<html lang="en" dir="ltr">' in html
    assert "Unsaved subject" in html and ">Wages and growth</a>" in html
    text = admin_client.get(f"{ADMIN}preview/{issue.pk}/?mode=text").content.decode()
    assert "Wages and growth" in text and "<a " not in text


def test_a_hebrew_issue_previews_right_to_left(rf, site, make_issue):
    issue = make_issue(language="he", subject="גיליון", publications=[site.en.wages], intro="<p>שלום.</p>")
    html = issue.serve_preview(rf.get("/"), "").content.decode()
    assert '<html lang="he" dir="rtl">' in html
    assert ">שכר וצמיחה</a>" in html


def test_fill_adds_the_publications_since_the_last_issue(admin_client, site, make_issue):
    last = make_issue(subject="Last month")
    NewsletterIssue.objects.filter(pk=last.pk).update(
        status="sent", queued_at=timezone.now() - datetime.timedelta(days=10)
    )
    published_at(site.en.wages, days_ago=20)  # before the last issue
    published_at(site.en.housing_pub, days_ago=5)
    published_at(site.en.minimum_pub, days_ago=2)
    published_at(site.he.wages, days_ago=1)  # another language
    issue = make_issue(publications=[site.en.minimum_pub])

    page = admin_client.get(f"{ADMIN}fill/{issue.pk}/").content.decode()
    assert "Housing costs" in page and "Wages and growth" not in page and "Minimum wage effects" not in page
    response = admin_client.post(f"{ADMIN}fill/{issue.pk}/")
    assert response["Location"] == f"{ADMIN}edit/{issue.pk}/"
    assert [item.page.slug for item in issue.publication_items.order_by("sort_order")] == [
        "minimum-wage-effects",
        "housing-costs",
    ]
    admin_client.post(f"{ADMIN}fill/{issue.pk}/")  # nothing new the second time
    assert issue.publication_items.count() == 2


def test_an_editor_sends_a_test_to_themselves(editor, site, make_issue, smtp_server):
    issue = make_issue(publications=[site.en.wages])
    assert "editor@example.org" in editor.get(f"{ADMIN}test/{issue.pk}/").content.decode()
    response = editor.post(f"{ADMIN}test/{issue.pk}/")
    assert response["Location"] == f"{ADMIN}edit/{issue.pk}/"

    [message] = smtp_server.wait_for(1, address="editor@example.org")
    assert message["Subject"] == "[Test] Wages, housing & the budget"
    assert "This is a test" in text_part(message)
    assert ">Wages and growth</a>" in html_part(message)
    assert not Delivery.objects.exists()  # a test is no delivery
    issue.refresh_from_db()
    assert issue.is_draft


def test_sending_needs_its_own_permission(editor, site, make_issue):
    issue = make_issue()
    # Wagtail answers a missing permission with a redirect to the dashboard and a message.
    assert editor.get(f"{ADMIN}send/{issue.pk}/")["Location"] == "/admin/"
    assert editor.post(f"{ADMIN}send/{issue.pk}/")["Location"] == "/admin/"
    assert f"{ADMIN}send/{issue.pk}/" not in editor.get(f"{ADMIN}edit/{issue.pk}/").content.decode()
    issue.refresh_from_db()
    assert issue.is_draft


def test_sending_asks_first_then_queues_and_reports_progress(
    admin_client, site, make_issue, make_subscriber, smtp_server, django_capture_on_commit_callbacks
):
    for number in range(3):
        make_subscriber(f"reader{number}@example.org")
    make_subscriber("hebrew@example.org", language="he")
    issue = make_issue(publications=[site.en.wages])

    confirm = admin_client.get(f"{ADMIN}send/{issue.pk}/").content.decode()
    assert "<strong>3</strong>" in confirm and "Yes, send it" in confirm
    assert not Delivery.objects.exists()  # nothing happens on a GET

    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(f"{ADMIN}send/{issue.pk}/")
    assert response["Location"] == f"{ADMIN}deliveries/{issue.pk}/"
    issue.refresh_from_db()
    assert issue.status == NewsletterIssue.Status.QUEUED and issue.sent_by.username == "admin"
    report = admin_client.get(response["Location"]).content.decode()
    assert "<tr data-progress><td>3</td><td>3</td><td>0</td><td>0</td>" in report

    run_queue()
    report = admin_client.get(response["Location"]).content.decode()
    assert "<tr data-progress><td>3</td><td>0</td><td>0</td><td>3</td><td>0</td>" in report
    listing = admin_client.get(ADMIN).content.decode()
    assert "3 / 3" in listing

    # Sent is sent: no more editing, no second sending.
    edit = admin_client.get(f"{ADMIN}edit/{issue.pk}/").content.decode()
    assert f"{ADMIN}deliveries/{issue.pk}/" in edit
    assert admin_client.post(f"{ADMIN}edit/{issue.pk}/", {"subject": "Changed"})["Location"] == (
        f"{ADMIN}deliveries/{issue.pk}/"
    )
    assert admin_client.post(f"{ADMIN}send/{issue.pk}/")["Location"] == f"{ADMIN}deliveries/{issue.pk}/"
    issue.refresh_from_db()
    assert issue.subject == "Wages, housing & the budget"
    assert len(smtp_server.messages) == 3


def test_an_issue_nobody_would_receive_is_not_sent(admin_client, site, make_issue, make_subscriber):
    make_subscriber("hebrew@example.org", language="he")
    issue = make_issue()
    assert "No confirmed subscriber" in admin_client.get(f"{ADMIN}send/{issue.pk}/").content.decode()
    admin_client.post(f"{ADMIN}send/{issue.pk}/")
    issue.refresh_from_db()
    assert issue.is_draft


def test_an_empty_issue_is_not_sent(admin_client, site, make_issue, make_subscriber):
    make_subscriber("reader@example.org")
    issue = make_issue(intro="")
    assert "The issue is empty" in admin_client.get(f"{ADMIN}send/{issue.pk}/").content.decode()
    admin_client.post(f"{ADMIN}send/{issue.pk}/")
    issue.refresh_from_db()
    assert issue.is_draft


def test_failures_are_listed_with_their_error_and_can_be_retried(admin_client, site, make_issue, make_subscriber):
    issue = make_issue()
    issue.queue_for_sending()
    subscriber = make_subscriber("gone@example.org")
    Delivery.objects.create(
        issue=issue, subscriber=subscriber, status="failed", attempts=1, error="SMTPRecipientsRefused: 550 No such user"
    )
    report = admin_client.get(f"{ADMIN}deliveries/{issue.pk}/").content.decode()
    assert "gone@example.org" in report and "550 No such user" in report
    assert "1 failed" in admin_client.get(ADMIN).content.decode()

    admin_client.post(f"{ADMIN}deliveries/{issue.pk}/", {"retry_failed": "1"})
    assert Delivery.objects.get(subscriber=subscriber).status == "pending"


def test_an_issue_with_an_event_shows_its_date(rf, site, make_issue):
    index = add_page(site.en.home, EventIndexPage(title="Events", slug="whats-on"))
    start = timezone.make_aware(datetime.datetime(2031, 3, 4, 18, 30))
    event = make_event(index, "book-launch", "Book launch", start, start + datetime.timedelta(hours=2))
    issue = make_issue()
    issue.event_items.create(page=event, sort_order=0)
    html = issue.serve_preview(rf.get("/"), "").content.decode()
    assert 'href="http://testserver/en/whats-on/book-launch/"' in html and ">Book launch</a>" in html
    assert "March 4, 2031, 6:30 p.m." in html


def test_subscribers_are_listed_filtered_and_exported(admin_client, site, make_subscriber):
    make_subscriber("dana@example.org", topics=[site.en.economy])
    make_subscriber("noa@example.org", language="he", status=Subscriber.Status.PENDING)
    listing = admin_client.get(f"{SUBSCRIBERS}?status=pending").content.decode()
    assert "noa@example.org" in listing and "dana@example.org" not in listing

    response = admin_client.get(f"{SUBSCRIBERS}?export=csv")
    rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))
    by_email = {row["Email address"]: row for row in rows}
    assert by_email["dana@example.org"]["Topics"] == "Economy"
    assert (by_email["dana@example.org"]["Status"], by_email["dana@example.org"]["Language"]) == ("confirmed", "en")
    assert (by_email["noa@example.org"]["Status"], by_email["noa@example.org"]["Language"]) == ("pending", "he")
    assert by_email["dana@example.org"]["Signed up"]
