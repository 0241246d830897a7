"""The pages email links lead to (confirm, preferences, unsubscribe), signed links that expire
or were tampered with, and what the newsletter's pages cost in queries."""

import time

from django.core.cache import cache
from django.db import connection
from django.template.loader import render_to_string
from django.test import Client
from django.test.utils import CaptureQueriesContext

import pytest

from lectern.core.tests.builders import add_page
from lectern.core.tests.helpers import elements, main, text
from lectern.newsletter import tokens
from lectern.newsletter.models import Subscriber
from lectern.topics.models import TopicPage


def confirm_url(subscriber, language="en"):
    return f"/{language}/newsletter/confirm/{tokens.confirmation_token(subscriber)}/"


def manage_url(kind, subscriber, language="en"):
    return f"/{language}/newsletter/{kind}/{tokens.manage_token(subscriber)}/"


def checked(markup, name):
    return [
        i["attrs"]["value"]
        for i in elements(markup, "input")
        if i["attrs"].get("name") == name and "checked" in i["attrs"]
    ]


def test_confirming_takes_a_press_of_the_button(client, site, make_subscriber):
    subscriber = make_subscriber("dana@example.org", status=Subscriber.Status.PENDING)
    url = confirm_url(subscriber)

    page = client.get(url)  # mail scanners open links: that must not confirm
    assert "Confirm my subscription" in text(main(page))
    assert page["Cache-Control"].startswith("max-age=0")
    assert '<meta name="robots" content="noindex">' in page.content.decode()
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.PENDING

    response = client.post(url)
    assert (response.status_code, response["Location"]) == (303, url)
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.CONFIRMED and subscriber.confirmed_at is not None
    confirmed = client.get(url)
    assert "Your subscription is confirmed" in text(main(confirmed))
    assert manage_url("preferences", subscriber) in main(confirmed)


def test_an_expired_confirmation_link_explains_and_offers_to_sign_up_again(client, site, make_subscriber, monkeypatch):
    subscriber = make_subscriber("late@example.org", language="he", status=Subscriber.Status.PENDING)
    eight_days_ago = time.time() - 8 * 24 * 3600
    with monkeypatch.context() as patch:
        patch.setattr(time, "time", lambda: eight_days_ago)
        url = confirm_url(subscriber)

    response = client.get(url)
    assert response.status_code == 410
    assert "Confirmation links work for seven days" in text(main(response))
    assert 'value="late@example.org"' in main(response)
    assert checked(main(response), "language") == ["he"]
    assert client.post(url).status_code == 410
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.PENDING


@pytest.mark.parametrize("kind", ["confirm", "preferences", "unsubscribe"])
def test_a_link_that_is_not_ours_is_a_404_with_a_message(client, site, make_subscriber, kind):
    subscriber = make_subscriber("dana@example.org")
    good = tokens.confirmation_token(subscriber) if kind == "confirm" else tokens.manage_token(subscriber)
    response = client.get(f"/en/newsletter/{kind}/{good[:-2]}xx/")
    assert response.status_code == 404
    assert "This link is not valid" in text(main(response))


def test_guessing_links_by_post_is_limited(site, settings):
    settings.FORM_RATE_LIMITS = {**settings.FORM_RATE_LIMITS, "newsletter": "2/m"}
    client = Client()
    answers = [client.post("/en/newsletter/unsubscribe/guess:abc/").status_code for _ in range(3)]
    assert answers == [404, 404, 429]


def test_preferences_change_topics_and_language(client, site, make_subscriber):
    subscriber = make_subscriber("dana@example.org", topics=[site.he.economy])
    url = manage_url("preferences", subscriber)

    page = main(client.get(url))
    assert "dana@example.org" in page
    assert checked(page, "topics") == [str(site.en.economy.pk)]  # followed in Hebrew, ticked in English
    assert checked(page, "language") == ["en"]

    response = client.post(url, {"language": "he", "topics": [site.en.security.pk]})
    assert response.status_code == 303
    assert response["Location"] == manage_url("preferences", subscriber, "he") + "?saved=1"
    subscriber.refresh_from_db()
    assert subscriber.language == "he"
    assert [topic.slug for topic in subscriber.topics.all()] == ["security"]

    # Nothing ticked: every issue.
    client.post(url, {"language": "en"})
    assert not subscriber.topics.exists()


def test_invalid_preferences_keep_the_choices_and_say_what_is_wrong(client, site, make_subscriber):
    subscriber = make_subscriber("dana@example.org")
    response = client.post(manage_url("preferences", subscriber), {"language": "fr", "topics": [site.en.economy.pk]})
    assert response.status_code == 400
    page = main(response)
    [fieldset] = [f for f in elements(page, "fieldset") if "aria-describedby" in f["attrs"]][:1]
    assert f'id="{fieldset["attrs"]["aria-describedby"]}"' in page
    assert checked(page, "topics") == [str(site.en.economy.pk)]
    subscriber.refresh_from_db()
    assert subscriber.language == "en"


def test_unsubscribing_asks_first_keeps_the_record_and_can_be_undone(client, site, make_subscriber):
    subscriber = make_subscriber("dana@example.org")
    url = manage_url("unsubscribe", subscriber)

    assert "Stop sending the newsletter" in text(main(client.get(url)))
    subscriber.refresh_from_db()
    assert subscriber.is_confirmed

    response = client.post(url)
    assert response.status_code == 200
    assert "You have unsubscribed" in text(main(response))
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.UNSUBSCRIBED and subscriber.unsubscribed_at is not None
    assert subscriber.confirmed_at is None or subscriber.confirmed_at <= subscriber.unsubscribed_at

    # The preferences link in an old issue brings them back (it reached their inbox, so no new confirmation).
    preferences = manage_url("preferences", subscriber)
    assert "Subscribe again" in text(main(client.get(preferences)))
    client.post(preferences, {"resubscribe": "1"})
    subscriber.refresh_from_db()
    assert subscriber.is_confirmed


def test_the_preferences_form_is_protected_from_forged_posts(site, make_subscriber):
    subscriber = make_subscriber("dana@example.org")
    response = Client(enforce_csrf_checks=True).post(manage_url("preferences", subscriber), {"language": "he"})
    assert response.status_code == 403


# --- what the pages cost ------------------------------------------------------------------------


def measure(client, url):
    """(cold, warm) query counts, as lectern/core/tests/test_query_counts.py measures them."""
    assert client.get(url).status_code == 200
    cache.clear()
    with CaptureQueriesContext(connection) as cold:
        client.get(url)
    with CaptureQueriesContext(connection) as warm:
        client.get(url)
    return len(cold), len(warm)


def more_topics(site, count=12):
    for number in range(count):
        add_page(site.en.topics, TopicPage(title=f"Topic group {number}", slug=f"group-{number}"))


# Measured on the test site (SQLite, Wagtail 8.0.1), identical with 2 and with 14 topic groups.
NEWSLETTER_PAGE = (26, 11)
PREFERENCES_PAGE = (20, 5)


def test_the_newsletter_page_costs_the_same_with_many_topics(client, site, newsletter_pages):
    few = measure(client, "/en/newsletter/")
    more_topics(site)
    many = measure(client, "/en/newsletter/")
    assert few == many
    assert few[0] <= NEWSLETTER_PAGE[0] and few[1] <= NEWSLETTER_PAGE[1], few
    assert main(client.get("/en/newsletter/")).count('name="topics"') == 14


def test_the_preferences_page_costs_the_same_with_many_topics(client, site, make_subscriber):
    subscriber = make_subscriber("dana@example.org", topics=[site.en.economy])
    url = manage_url("preferences", subscriber)
    few = measure(client, url)
    more_topics(site)
    subscriber.topics.add(*TopicPage.objects.filter(slug__startswith="group-"))
    many = measure(client, url)
    assert few == many
    assert few[0] <= PREFERENCES_PAGE[0] and few[1] <= PREFERENCES_PAGE[1], few
    assert len(checked(main(client.get(url)), "topics")) == 13


def test_the_footer_form_costs_no_query(site, django_assert_num_queries):
    """Rendered alone (without the context processors every page runs anyway)."""
    with django_assert_num_queries(0):
        markup = render_to_string("newsletter/includes/footer_signup.html", {"csrf_token": "token"})
    assert 'action="/en/newsletter/subscribe/"' in markup
    assert 'name="email"' in markup and 'name="language"' in markup and 'name="topics"' not in markup
