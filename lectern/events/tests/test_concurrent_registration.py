"""Two readers send the registration form for the last seat at the same moment.

Each registration runs in its own process (as under gunicorn's workers), through the whole
request (middleware, view, ``registration.register``) with Django's test client, against one
real database: on PostgreSQL the test database itself (the test is transactional, so what it
writes is committed); on SQLite a file with the options ``make run`` uses (WAL, IMMEDIATE
transactions), copied from the in-memory test database with SQLite's backup API and back
again afterwards, as the newsletter crash test does.

Both processes start, get ready (Django loaded, database connected), and are then told "go"
in the same instant. To make sure their transactions overlap, each one pauses for a moment
after counting the free seats and before taking one: without the lock around counting and
taking, both would count one seat left and both would take it.
"""

import datetime
import json
import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

from django.db import connection
from django.utils import timezone

from wagtail.models import Page, Site

import pytest

from lectern.core.tests.builders import add_page, locales
from lectern.events.models import EventIndexPage, EventPage, EventRegistration
from lectern.home.models import HomePage

pytestmark = pytest.mark.django_db(transaction=True)

ROOT = Path(__file__).resolve().parents[3]

SETTINGS = """
from lectern.settings.test import *  # noqa: F403

DATABASES = {{"default": {database!r}}}
"""

# One registration, posted when the parent says "go"; prints its status and where it leads.
REGISTER = """
import json, sys, time

import django

django.setup()
from django.db import connection
from django.test import Client

from lectern.events.models import EventPage

counted = EventPage.seats_left


def seats_left_then_pause(self):
    seats = counted(self)
    time.sleep(0.5)  # the other registration arrives while this one has counted but not taken
    return seats


EventPage.seats_left = seats_left_then_pause
client = Client(raise_request_exception=False)  # an error is a 500 answer, as a reader would get
connection.ensure_connection()
print("ready", flush=True)
sys.stdin.readline()  # "go"
response = client.post(sys.argv[1], {"name": sys.argv[2], "email": sys.argv[3], "website": ""})
print(json.dumps({"status": response.status_code, "location": response.get("Location", "")}), flush=True)
"""


@pytest.fixture
def last_seat():
    """An event with one seat left (two seats, one taken), registration open."""
    en, _he = locales()
    root = Page.get_first_root_node() or Page.add_root(instance=Page(title="Root", slug="root", locale=en))
    home = add_page(root, HomePage(title="Institute", slug="race-home", locale=en))
    Site.objects.update_or_create(
        is_default_site=True, defaults={"hostname": "localhost", "port": 80, "root_page": home}
    )
    index = add_page(home, EventIndexPage(title="Events", slug="events", locale=en))
    start = timezone.now() + datetime.timedelta(days=30)
    event = add_page(
        index,
        EventPage(
            title="Last seat",
            slug="last-seat",
            locale=en,
            summary="One seat left.",
            start=start,
            end=start + datetime.timedelta(hours=2),
            takes_registrations=True,
            capacity=2,
        ),
    )
    EventRegistration.objects.create(event=event, name="Early", email="early@example.org", language="en")
    assert event.seats_left() == 1
    return event


class SharedDatabase:
    """The test's database, usable from other processes (see the module docstring)."""

    def __init__(self, tmp_path):
        self.file = tmp_path / "db.sqlite3" if connection.vendor == "sqlite" else None
        keys = ("ENGINE", "NAME", "USER", "PASSWORD", "HOST", "PORT", "OPTIONS")
        database = {key: connection.settings_dict[key] for key in keys}
        if self.file:
            database["NAME"] = str(self.file)  # its OPTIONS are make run's: WAL, IMMEDIATE, a 20 s wait
        (tmp_path / "race_settings.py").write_text(SETTINGS.format(database=database))
        self.env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "race_settings",
            "PYTHONPATH": os.pathsep.join([str(tmp_path), str(ROOT)]),
        }
        if self.file:
            connection.ensure_connection()
            with closing(sqlite3.connect(self.file)) as target:
                connection.connection.backup(target)

    def take_back(self):
        if self.file:
            with closing(sqlite3.connect(self.file)) as source:
                source.backup(connection.connection)


def at_once(database, script, argument_lists):
    """Start ``script`` in one process per argument list, wait until all are ready, then say "go"
    to all at once: [(the line each printed after "go", its exit code)]."""
    processes = [
        subprocess.Popen(
            [sys.executable, "-c", script, *arguments],
            env=database.env,
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        for arguments in argument_lists
    ]
    try:
        for process in processes:
            assert process.stdout.readline().strip() == "ready"
        for process in processes:
            process.stdin.write("go\n")
            process.stdin.flush()
        lines = [process.stdout.readline().strip() for process in processes]
        codes = [process.wait(timeout=60) for process in processes]
    finally:
        for process in processes:
            if process.poll() is None:
                process.kill()
    database.take_back()
    return list(zip(lines, codes, strict=True))


def register_at_once(database, url, readers):
    """One registration per reader, all at once."""
    results = at_once(database, REGISTER, [(url, name, email) for name, email in readers])
    assert [code for _line, code in results] == [0] * len(results)
    return [json.loads(line or "{}") for line, _code in results]


def test_two_readers_for_the_last_seat_get_one_seat_and_one_waiting_place(last_seat, tmp_path):
    database = SharedDatabase(tmp_path)
    answers = register_at_once(
        database,
        "/en/events/last-seat/",
        [("Ada Reader", "ada@example.org"), ("Ben Reader", "ben@example.org")],
    )

    # Both got the form's answer (a redirect to the outcome page), neither an error.
    assert [answer["status"] for answer in answers] == [302, 302]
    outcomes = sorted(answer["location"].rsplit("outcome=", 1)[-1] for answer in answers)
    assert outcomes == ["registered", "waiting"]
    statuses = dict(last_seat.registrations().exclude(email="early@example.org").values_list("email", "status"))
    assert sorted(statuses.values()) == [EventRegistration.Status.REGISTERED, EventRegistration.Status.WAITING]
    assert EventPage.objects.get(pk=last_seat.pk).seats_left() == 0
    taken = last_seat.registrations().filter(status=EventRegistration.Status.REGISTERED).count()
    assert taken == last_seat.capacity
