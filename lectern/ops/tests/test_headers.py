"""Security headers on public pages and in the admin (the HTTPS-only ones: test_settings.py)."""

import re

import pytest


def directives(response):
    policy = response["Content-Security-Policy"]
    return {name: values for name, *values in (part.split() for part in policy.split(";"))}


@pytest.fixture
def home(client, site):
    return client.get("/en/")


def test_public_pages_have_a_strict_policy(home):
    assert home.status_code == 200
    csp = directives(home)
    assert csp["script-src"] == ["'self'"]
    assert csp["style-src"] == ["'self'"]
    assert csp["img-src"] == ["'self'", "data:"]
    assert csp["media-src"] == ["'self'"]
    assert csp["object-src"] == ["'none'"]
    assert csp["base-uri"] == csp["form-action"] == csp["frame-ancestors"] == ["'self'"]
    # Only the video players the click-to-load script inserts.
    assert csp["frame-src"] == [
        "https://www.youtube-nocookie.com",
        "https://www.youtube.com",
        "https://player.vimeo.com",
    ]


def test_public_pages_have_no_inline_script_or_style(home):
    html = home.content.decode()
    scripts = re.findall(r"<script\b([^>]*)>(.*?)</script>", html, re.S)
    # External files, or JSON-LD data that browsers do not run.
    assert all("src=" in attrs or "application/ld+json" in attrs for attrs, _body in scripts)
    assert not re.search(r"<style\b|\sstyle=|\son[a-z]+=", html)


def test_other_headers(home):
    assert home["Permissions-Policy"].startswith("accelerometer=(), browsing-topics=(), camera=()")
    assert "geolocation=()" in home["Permissions-Policy"]
    assert "microphone=()" in home["Permissions-Policy"]
    assert home["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert home["X-Content-Type-Options"] == "nosniff"
    assert home["X-Frame-Options"] == "DENY"


@pytest.mark.django_db
def test_the_admin_has_its_own_policy_allowing_inline_code(client):
    response = client.get("/admin/login/")
    assert response.status_code == 200
    csp = directives(response)
    assert csp["script-src"] == ["'self'", "'unsafe-inline'"]
    assert csp["style-src"] == ["'self'", "'unsafe-inline'"]
    assert csp["object-src"] == ["'none'"]
    assert csp["frame-ancestors"] == ["'self'"]
