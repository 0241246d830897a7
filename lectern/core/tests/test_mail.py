"""The shared email path: templated bilingual messages delivered to a real SMTP server."""

from django.template import engines

import pytest

from lectern.core.mail import absolute_url, build_email
from lectern.core.tests.smtp import html_part, text_part

TEMPLATES = {
    "greeting_subject.txt": "{% load i18n %}\n  {% translate 'Home' %}\n",
    "greeting.txt": "{% load i18n %}{{ name }}: {% translate 'Home' %} {{ link }}",
    "greeting.html": '{% extends "email/base.html" %}{% load i18n %}'
    '{% block content %}<p>{{ name }}: <a href="{{ link }}">{% translate "Home" %}</a></p>{% endblock %}',
}


@pytest.fixture
def greeting_templates(settings):
    from django.template.loaders.locmem import Loader  # noqa: F401 (the loader named below)

    engine = settings.TEMPLATES[0]
    settings.TEMPLATES = [
        {
            **engine,
            "APP_DIRS": False,
            "OPTIONS": {
                **engine["OPTIONS"],
                "loaders": [
                    ("django.template.loaders.locmem.Loader", TEMPLATES),
                    "django.template.loaders.filesystem.Loader",
                    "django.template.loaders.app_directories.Loader",
                ],
            },
        }
    ]
    engines._engines = {}  # noqa: SLF001 (rebuild the engine with the test loader)
    yield
    engines._engines = {}  # noqa: SLF001


@pytest.mark.parametrize(("language", "home", "direction"), [("en", "Home", "ltr"), ("he", "דף הבית", "rtl")])
def test_message_in_the_recipients_language_reaches_the_smtp_server(
    smtp_server, greeting_templates, language, home, direction
):
    link = absolute_url("/en/")
    build_email("greeting", {"name": "Dana", "link": link}, to="dana@example.org", language=language).send()

    [message] = smtp_server.wait_for(1, address="dana@example.org")
    assert message["Subject"] == home
    assert text_part(message).strip() == f"Dana: {home} {link}"
    html = html_part(message)
    assert f'<html lang="{language}" dir="{direction}">' in html
    assert f'<a href="{link}">{home}</a>' in html


def test_absolute_url_keeps_full_addresses(settings):
    settings.WAGTAILADMIN_BASE_URL = "https://institute.example/"
    assert absolute_url("/he/events/") == "https://institute.example/he/events/"
    assert absolute_url("https://elsewhere.example/x") == "https://elsewhere.example/x"
