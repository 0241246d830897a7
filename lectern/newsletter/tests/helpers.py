"""Helpers for the newsletter's tests."""

import re

from django.core.management import call_command


def run_queue():
    """Work through the database task queue once, with the real worker (``db_worker --batch``)."""
    call_command(
        "db_worker",
        "--backend",
        "queue",
        "--queue-name",
        "*",
        "--batch",
        "--no-startup-delay",
        "--no-reload",
        verbosity=0,
    )


def link_in(text, kind):
    """The first address in ``text`` of a newsletter page (``confirm``, ``preferences``, ``unsubscribe``)."""
    match = re.search(rf"https?://[^\s\"<>]*/newsletter/{kind}/[^\s\"<>]+/", text)
    assert match, f"no {kind} link in {text!r}"
    return match.group(0)


def path_of(url):
    return re.sub(r"^https?://[^/]+", "", url)
