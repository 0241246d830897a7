"""Form protection: per-IP limits count POSTs only, per form and per address; the honeypot flags bots."""

from django.test import RequestFactory

from lectern.core.protection import HoneypotForm, too_many_posts


def post(ip):
    return RequestFactory().post("/en/newsletter/", REMOTE_ADDR=ip)


def test_the_limit_applies_per_address_and_per_form(settings):
    settings.FORM_RATE_LIMITS = {"default": "3/m", "newsletter": "2/m"}
    assert [too_many_posts(post("10.0.0.1"), "newsletter") for _ in range(3)] == [False, False, True]
    assert not too_many_posts(post("10.0.0.2"), "newsletter")  # another reader
    assert not too_many_posts(post("10.0.0.1"), "contact")  # another form, the default allowance


def test_reading_a_form_does_not_count(settings):
    settings.FORM_RATE_LIMITS = {"default": "1/m"}
    for _ in range(3):
        assert not too_many_posts(RequestFactory().get("/en/contact/", REMOTE_ADDR="10.0.0.3"), "contact")


def test_a_filled_honeypot_marks_spam():
    assert HoneypotForm(data={"website": "http://spam.example"}).is_spam
    assert not HoneypotForm(data={"website": ""}).is_spam
    assert not HoneypotForm(data={}).is_spam
