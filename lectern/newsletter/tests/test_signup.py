"""Signing up: one endpoint for every form, the same answer whatever the address's state,
double opt-in by a confirmation email delivered to a real SMTP server."""

import json

from django.test import Client

from lectern.core.tests.helpers import elements, footer, html, main, text
from lectern.core.tests.smtp import html_part, text_part
from lectern.newsletter.models import Subscriber

from .helpers import link_in, path_of, run_queue

SUBSCRIBE = "/en/newsletter/subscribe/"


def sign_up(client, email, language="en", topics=(), url=SUBSCRIBE, **extra):
    return client.post(url, {"email": email, "language": language, "topics": [t.pk for t in topics]}, **extra)


def as_json(client, *args, **kwargs):
    return sign_up(client, *args, HTTP_ACCEPT="application/json", **kwargs)


def test_signing_up_without_javascript_redirects_to_the_page_with_a_message(
    client, site, newsletter_pages, smtp_server
):
    response = sign_up(client, "Dana@Example.org", topics=[site.en.economy])

    assert response.status_code == 303
    assert response["Location"] == "/en/newsletter/?subscribed=1"
    page = client.get(response["Location"])
    status = elements(main(page), "div")
    assert any("confirm your subscription" in element["text"] for element in status)
    assert 'role="status"' in main(page)

    subscriber = Subscriber.objects.get()
    assert (subscriber.email, subscriber.language, subscriber.status) == ("dana@example.org", "en", "pending")
    assert [topic.slug for topic in subscriber.topics.all()] == ["economy"]
    assert subscriber.confirmed_at is None and subscriber.subscribed_at is not None

    assert smtp_server.messages == []  # the email goes out from the task queue …
    run_queue()
    [message] = smtp_server.wait_for(1, address="dana@example.org")  # … through the real worker
    assert message["Subject"] == "Please confirm your newsletter subscription"
    confirm = link_in(text_part(message), "confirm")
    assert confirm.startswith("http://testserver/en/newsletter/confirm/")
    assert f'href="{confirm}"' in html_part(message)
    assert '<html lang="en" dir="ltr">' in html_part(message)
    assert "List-Unsubscribe" not in message  # not a newsletter: a message the reader asked for


def test_hebrew_sign_up_gets_a_hebrew_right_to_left_email(he_client, site, newsletter_pages, smtp_server):
    response = sign_up(he_client, "noa@example.org", language="he", url="/he/newsletter/subscribe/")
    assert response["Location"] == "/he/newsletter/?subscribed=1"
    page = he_client.get(response["Location"])
    assert "אשרו את ההרשמה" in text(main(page))

    run_queue()
    [message] = smtp_server.wait_for(1, address="noa@example.org")
    assert message["Subject"].strip() == "נא לאשר את ההרשמה לניוזלטר"  # a long encoded subject is folded
    html_body = html_part(message)
    assert '<html lang="he" dir="rtl">' in html_body
    assert 'dir="rtl"' in html_body.split("<body", 1)[1]
    assert "לאשר" in text_part(message)  # a plain-text part, in Hebrew
    assert link_in(text_part(message), "confirm").startswith("http://testserver/he/newsletter/confirm/")


def test_the_answer_never_reveals_whether_an_address_is_subscribed(
    client, site, newsletter_pages, smtp_server, make_subscriber, settings
):
    settings.FORM_RATE_LIMITS = {**settings.FORM_RATE_LIMITS, "newsletter": "100/m"}
    confirmed = make_subscriber("confirmed@example.org", topics=[site.en.security])
    make_subscriber("waiting@example.org", status=Subscriber.Status.PENDING)
    make_subscriber("left@example.org", status=Subscriber.Status.UNSUBSCRIBED)

    answers = {
        address: (as_json(client, address, language="he").json(), sign_up(client, address)["Location"])
        for address in ("new@example.org", "confirmed@example.org", "waiting@example.org", "left@example.org")
    }
    assert len({json.dumps(answer, sort_keys=True) for answer in answers.values()}) == 1

    # Nobody can change a confirmed subscriber's choices by typing their address.
    confirmed.refresh_from_db()
    assert (confirmed.language, confirmed.status) == ("en", "confirmed")
    assert [topic.slug for topic in confirmed.topics.all()] == ["security"]
    # The others wait for their confirmation (the one who had left too).
    assert set(Subscriber.objects.filter(status="pending").values_list("email", flat=True)) == {
        "new@example.org",
        "waiting@example.org",
        "left@example.org",
    }

    run_queue()
    [note] = smtp_server.wait_for(1, address="confirmed@example.org")
    assert note["Subject"] == "You are already subscribed to our newsletter"
    assert link_in(text_part(note), "preferences").startswith("http://testserver/en/newsletter/preferences/")
    for address in ("new@example.org", "waiting@example.org", "left@example.org"):
        [message] = smtp_server.wait_for(1, address=address)
        assert "confirm" in link_in(text_part(message), "confirm")


def test_with_javascript_the_answer_is_json_and_errors_name_their_fields(client, site, newsletter_pages):
    response = as_json(client, "reader@example.org")
    assert response.status_code == 200
    assert response.json()["ok"] is True
    assert "confirm your subscription" in response.json()["message"]

    response = as_json(client, "not an address", language="fr")
    assert response.status_code == 400
    body = response.json()
    assert body["ok"] is False
    assert set(body["errors"]) == {"email", "language"}
    assert Subscriber.objects.count() == 1


def test_without_javascript_errors_show_on_the_page_with_the_input_kept(client, site, newsletter_pages):
    response = sign_up(client, "dana@@example", topics=[site.en.economy])

    assert response.status_code == 400
    form = main(response)
    [email] = [i for i in elements(form, "input") if i["attrs"].get("name") == "email"]
    assert email["attrs"]["value"] == "dana@@example"
    assert email["attrs"]["aria-invalid"] == "true"
    error_id = email["attrs"]["aria-describedby"]
    assert f'id="{error_id}"' in form
    [economy] = [i for i in elements(form, "input") if i["attrs"].get("value") == str(site.en.economy.pk)]
    assert "checked" in economy["attrs"]
    assert not Subscriber.objects.exists()


def test_the_footer_form_without_a_newsletter_page_still_gets_an_answer(client, site):
    response = sign_up(client, "reader@example.org")
    assert response.status_code == 200
    assert "confirm your subscription" in text(main(response))
    assert Subscriber.objects.filter(email="reader@example.org").exists()


def test_a_bot_filling_the_honeypot_gets_the_same_answer_and_nothing_is_stored(client, site, newsletter_pages):
    response = client.post(SUBSCRIBE, {"email": "bot@example.org", "language": "en", "website": "http://spam.example"})
    assert response.status_code == 303
    assert response["Location"] == "/en/newsletter/?subscribed=1"
    assert not Subscriber.objects.exists()


def test_too_many_sign_ups_from_one_address_are_refused_with_the_input_kept(client, site, newsletter_pages, settings):
    settings.FORM_RATE_LIMITS = {**settings.FORM_RATE_LIMITS, "newsletter": "2/m"}
    for number in range(2):
        assert sign_up(client, f"reader{number}@example.org").status_code == 303
    response = sign_up(client, "third@example.org")
    assert response.status_code == 429
    assert "too many times" in text(main(response))
    assert 'value="third@example.org"' in main(response)
    assert as_json(client, "fourth@example.org").status_code == 429
    assert not Subscriber.objects.filter(email__in=["third@example.org", "fourth@example.org"]).exists()


def test_typing_an_address_again_and_again_sends_one_email(client, site, newsletter_pages, smtp_server):
    for _ in range(3):
        sign_up(client, "eager@example.org")
    run_queue()
    assert len(smtp_server.wait_for(1, address="eager@example.org")) == 1
    assert len(smtp_server.to("eager@example.org")) == 1


def test_a_sign_up_is_kept_when_the_mail_server_is_down(client, site, newsletter_pages, settings):
    from lectern.core.tests.smtp import free_port

    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", free_port()  # nobody listens there
    assert sign_up(client, "patient@example.org").status_code == 303
    run_queue()
    assert Subscriber.objects.get().email == "patient@example.org"
    from django_tasks_db.models import DBTaskResult

    # The email is tried again later, with back-off.
    retry = DBTaskResult.objects.get(status="READY")
    assert retry.args_kwargs["args"][1] == 2 and retry.run_after is not None


def test_the_sign_up_form_needs_no_csrf_token_so_pages_can_be_kept(site, newsletter_pages):
    # The form is on every page; a token in it would keep every page out of the page cache.
    client = Client(enforce_csrf_checks=True)
    assert sign_up(client, "reader@example.org").status_code == 303
    assert Subscriber.objects.get().email == "reader@example.org"
    assert not client.cookies.get("csrftoken")


def test_a_get_of_the_endpoint_leads_to_the_newsletter_page(client, site, newsletter_pages):
    assert client.get(SUBSCRIBE)["Location"] == "/en/newsletter/"


def test_every_page_has_the_footer_form_in_its_language_but_the_newsletter_page(
    client, he_client, site, newsletter_pages
):
    english = footer(client.get("/en/publications/"))
    assert 'action="/en/newsletter/subscribe/"' in english
    assert 'name="csrfmiddlewaretoken"' not in english
    hebrew = footer(he_client.get("/he/"))
    assert 'action="/he/newsletter/subscribe/"' in hebrew
    assert "ניוזלטר" in text(hebrew)
    page = client.get("/en/newsletter/")
    assert 'class="newsletter-signup"' not in footer(page)
    assert html(page).count('action="/en/newsletter/subscribe/"') == 1


def test_paths_in_emails_are_relative_to_the_site(client, site, newsletter_pages, smtp_server):
    sign_up(client, "reader@example.org")
    run_queue()
    [message] = smtp_server.wait_for(1, address="reader@example.org")
    assert client.get(path_of(link_in(text_part(message), "confirm"))).status_code == 200
