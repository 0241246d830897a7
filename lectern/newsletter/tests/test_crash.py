"""The sending worker is killed (SIGKILL) halfway through an issue and the sending resumes:
every recipient gets exactly one copy and nobody else gets any.

The real worker (``manage.py db_worker --backend queue``) runs in its own process against a
real SMTP server. Both processes need one database. On PostgreSQL they share the test database
(the test is transactional, so what it writes is committed). SQLite's test database lives in
memory: it is copied to a file with SQLite's backup API once the issue is queued, the workers
use the file, and the file is copied back before the assertions. The workers get a small
settings module pointing at that database and at the SMTP server.

To kill the worker at a known point, the SMTP server holds the conversation at the Nth
message: before accepting its MAIL command (the delivery is claimed, nothing is sent yet), or
after storing it but before answering 250 (the window sending.py calls the one that cannot be
closed: the message has arrived, the worker cannot know).
"""

import os
import signal
import sqlite3
import subprocess
import sys
from collections import Counter
from contextlib import closing
from pathlib import Path

from django.db import connection

from wagtail.models import Locale

import pytest

from lectern.newsletter.models import Delivery, NewsletterIssue, Subscriber

from .smtp import ScriptedSMTPServer

pytestmark = pytest.mark.django_db(transaction=True)

ROOT = Path(__file__).resolve().parents[3]
TARGETS = [f"reader{number:02}@example.org" for number in range(10)]
WORKER = ("db_worker", "--backend", "queue", "--batch", "--no-startup-delay", "--no-reload", "-v", "0")

SETTINGS = """
from lectern.settings.test import *  # noqa: F403

DATABASES = {{"default": {database!r}}}
EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST, EMAIL_PORT = "127.0.0.1", {port}
NEWSLETTER_BATCH_SIZE = 4
# The killed worker is known to be dead: its claim may be taken over at once.
NEWSLETTER_CLAIM_TIMEOUT = 0
"""


class Worker:
    """Runs the worker in other processes, on the test's database (see the module docstring)."""

    def __init__(self, tmp_path, smtp_port):
        self.file = tmp_path / "db.sqlite3" if connection.vendor == "sqlite" else None
        keys = ("ENGINE", "NAME", "USER", "PASSWORD", "HOST", "PORT", "OPTIONS")
        database = {key: connection.settings_dict[key] for key in keys}
        if self.file:
            options = {"init_command": "PRAGMA journal_mode=WAL;", "transaction_mode": "IMMEDIATE"}
            database.update(NAME=str(self.file), OPTIONS=options)
        (tmp_path / "crash_settings.py").write_text(SETTINGS.format(database=database, port=smtp_port))
        self.env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "crash_settings",
            "PYTHONPATH": os.pathsep.join([str(tmp_path), str(ROOT)]),
        }

    def share_database(self):
        if self.file:
            connection.ensure_connection()
            with closing(sqlite3.connect(self.file)) as target:
                connection.connection.backup(target)

    def take_database_back(self):
        """What the workers wrote, readable through the ORM again."""
        if self.file:
            with closing(sqlite3.connect(self.file)) as source:
                source.backup(connection.connection)

    def start_worker(self):
        args = [sys.executable, str(ROOT / "manage.py"), *WORKER]
        return subprocess.Popen(args, env=self.env, cwd=ROOT)

    def resume(self):
        """``manage.py resume_newsletters`` (what ``make run`` does before starting its worker),
        then the worker, in one process to spare a start-up."""
        script = (
            "import django; django.setup(); from django.core.management import call_command; "
            f"call_command('resume_newsletters'); call_command(*{WORKER!r})"
        )
        subprocess.run([sys.executable, "-c", script], env=self.env, cwd=ROOT, check=True, timeout=120)
        self.take_database_back()


def statuses():
    return Counter(Delivery.objects.values_list("status", flat=True))


@pytest.fixture
def queued_issue():
    Locale.objects.get_or_create(language_code="en")
    for address in TARGETS:
        Subscriber.objects.create(email=address, language="en", status=Subscriber.Status.CONFIRMED)
    # Not for this issue: unconfirmed, gone, another language.
    Subscriber.objects.create(email="waiting@example.org", language="en", status=Subscriber.Status.PENDING)
    Subscriber.objects.create(email="gone@example.org", language="en", status=Subscriber.Status.UNSUBSCRIBED)
    Subscriber.objects.create(email="hebrew@example.org", language="he", status=Subscriber.Status.CONFIRMED)
    issue = NewsletterIssue.objects.create(subject="Crash-proof", language="en", intro="<p>Hello.</p>")
    assert issue.queue_for_sending() == len(TARGETS)  # committed, with its task in the queue
    return issue


def kill_worker_when_held(worker, mailbox):
    process = worker.start_worker()
    try:
        assert mailbox.holding.wait(timeout=120), "the worker never reached the held message"
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
    mailbox.release.set()
    worker.take_database_back()
    return process


def test_a_worker_killed_halfway_resumes_without_losing_or_doubling_anyone(queued_issue, tmp_path):
    with ScriptedSMTPServer() as server:
        mailbox = server.mailbox
        mailbox.hold_at_mail = 7  # six delivered and recorded, the seventh claimed but not sent
        worker = Worker(tmp_path, server.port)
        worker.share_database()

        process = kill_worker_when_held(worker, mailbox)
        assert process.returncode == -signal.SIGKILL
        assert statuses() == {"sent": 6, "sending": 1, "pending": 3}
        assert len(mailbox.messages) == 6

        worker.resume()

        received = Counter(address for _sender, recipients in mailbox.envelopes for address in recipients)
    assert received == dict.fromkeys(TARGETS, 1)
    assert statuses() == {"sent": len(TARGETS)}
    assert NewsletterIssue.objects.get().status == NewsletterIssue.Status.SENT


def test_a_kill_after_the_server_accepted_a_message_repeats_only_that_one_with_its_message_id(queued_issue, tmp_path):
    """The one case sending.py owns up to: the server has the seventh message, the worker died
    before hearing so. That message (and only it) goes again, with the same Message-ID, so the
    receiving side can recognise the copy; nobody's issue is lost."""
    with ScriptedSMTPServer() as server:
        mailbox = server.mailbox
        mailbox.hold_after_data = 7
        worker = Worker(tmp_path, server.port)
        worker.share_database()

        kill_worker_when_held(worker, mailbox)
        assert statuses() == {"sent": 6, "sending": 1, "pending": 3}
        in_flight = mailbox.messages[6]

        worker.resume()

        received = Counter(address for _sender, recipients in mailbox.envelopes for address in recipients)
        messages = list(mailbox.messages)
    doubled = in_flight["To"]
    assert received == {**dict.fromkeys(TARGETS, 1), doubled: 2}
    copies = [message for message in messages if message["To"] == doubled]
    assert copies[0]["Message-ID"] == copies[1]["Message-ID"]
    assert len({message["Message-ID"] for message in messages}) == len(TARGETS)
    assert statuses() == {"sent": len(TARGETS)}
