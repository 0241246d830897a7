"""Admin login: django-axes locks out an address + username after repeated failures."""

from django.test import override_settings

import pytest
from axes.models import AccessAttempt

from lectern.core.protection import too_many_posts

LIMIT = 5
EDITOR = ("editor", "correct horse battery staple")


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_user(
        username=EDITOR[0], password=EDITOR[1], is_superuser=True, is_staff=True
    )


def log_in(client, password, username=EDITOR[0], **extra):
    return client.post("/admin/login/", {"username": username, "password": password}, **extra)


@pytest.mark.django_db
def test_repeated_wrong_passwords_lock_the_address_and_username(client, editor):
    for _ in range(LIMIT - 1):
        response = log_in(client, "wrong")
        assert response.status_code == 200  # the form again, with its error
    locked = log_in(client, "wrong")
    assert locked.status_code == 429
    assert "Too many failed sign-in attempts" in locked.content.decode()
    assert "blocked for 15 minutes after 5 failed attempts" in locked.content.decode()
    # During the lock even the right password is refused …
    assert log_in(client, EDITOR[1]).status_code == 429
    assert "_auth_user_id" not in client.session
    # … and the count is kept in the database.
    attempt = AccessAttempt.objects.get(username=EDITOR[0])
    assert (attempt.ip_address, attempt.failures_since_start) == ("127.0.0.1", LIMIT + 1)


@pytest.mark.django_db
def test_another_address_or_username_is_not_locked(client, editor, django_user_model):
    django_user_model.objects.create_user(username="colleague", password=EDITOR[1], is_staff=True)
    for _ in range(LIMIT):
        log_in(client, "wrong")
    assert log_in(client, EDITOR[1]).status_code == 429
    assert log_in(client, EDITOR[1], username="colleague").status_code == 302
    client.logout()
    response = log_in(client, EDITOR[1], REMOTE_ADDR="192.0.2.7")
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(editor.pk)


@pytest.mark.django_db
def test_a_success_before_the_limit_starts_the_count_again(client, editor):
    for _ in range(LIMIT - 1):
        log_in(client, "wrong")
    assert log_in(client, EDITOR[1]).status_code == 302
    client.logout()
    for _ in range(LIMIT - 1):
        assert log_in(client, "wrong").status_code == 200


@pytest.mark.django_db
def test_the_lockout_page_in_hebrew(client, editor):
    for _ in range(LIMIT):
        response = log_in(client, "wrong", HTTP_ACCEPT_LANGUAGE="he")
    assert response.status_code == 429
    html = response.content.decode()
    assert 'dir="rtl"' in html
    assert "יותר מדי ניסיונות כניסה כושלים" in html


@pytest.mark.django_db
def test_a_forged_forwarded_for_does_not_escape_the_lock_without_trusted_proxies(client, editor):
    for number in range(LIMIT):
        log_in(client, "wrong", HTTP_X_FORWARDED_FOR=f"198.51.100.{number}")
    assert log_in(client, EDITOR[1], HTTP_X_FORWARDED_FOR="198.51.100.99").status_code == 429


@pytest.mark.django_db
@override_settings(TRUSTED_PROXY_COUNT=1)
def test_behind_a_trusted_proxy_the_forwarded_client_is_counted(client, editor):
    # The proxy (REMOTE_ADDR 127.0.0.1) appends the client it saw; what the client wrote is ignored.
    for _ in range(LIMIT):
        log_in(client, "wrong", HTTP_X_FORWARDED_FOR="10.9.9.9, 203.0.113.5")
    assert log_in(client, EDITOR[1], HTTP_X_FORWARDED_FOR="203.0.113.5").status_code == 429
    assert AccessAttempt.objects.get().ip_address == "203.0.113.5"
    assert log_in(client, EDITOR[1], HTTP_X_FORWARDED_FOR="203.0.113.6").status_code == 302


def test_form_limits_count_the_same_client_address(rf):
    """The public forms' per-address limits (django-ratelimit) use the same client address."""

    def post(forwarded, remote="127.0.0.1"):
        return too_many_posts(rf.post("/", REMOTE_ADDR=remote, HTTP_X_FORWARDED_FOR=forwarded), "lockout-test")

    with override_settings(FORM_RATE_LIMITS={"default": "2/m"}):
        # No trusted proxy: X-Forwarded-For changes nothing, the connection is counted.
        assert [post(f"198.51.100.{n}") for n in range(3)] == [False, False, True]
        with override_settings(TRUSTED_PROXY_COUNT=1):
            assert [post("203.0.113.5") for _ in range(3)] == [False, False, True]
            assert post("203.0.113.6") is False
