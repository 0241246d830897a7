"""Helpers for the newsletter's tests."""

import re

from django_tasks_db.management.commands.db_worker import Worker
from django_tasks_db.models import DBTaskResult


def run_queue():
    """Work through the database task queue with the real worker's code (claim, run, record the
    result), in this test's transaction: ``manage.py db_worker`` itself closes the database
    connection between tasks, which a test transaction does not survive (test_crash.py runs the
    real command in its own process)."""
    worker = Worker(
        queue_names=["*"],
        interval=0,
        batch=True,
        backend_name="queue",
        startup_delay=False,
        max_tasks=None,
        worker_id="tests",
        excluded_queue_names=[],
    )
    while (
        result := DBTaskResult.objects.ready().filter(backend_name="queue").order_by("enqueued_at").first()
    ) is not None:
        result.claim(worker.worker_id)
        worker.run_task(result)


def link_in(text, kind):
    """The first address in ``text`` of a newsletter page (``confirm``, ``preferences``, ``unsubscribe``)."""
    match = re.search(rf"https?://[^\s\"<>]*/newsletter/{kind}/[^\s\"<>]+/", text)
    assert match, f"no {kind} link in {text!r}"
    return match.group(0)


def path_of(url):
    return re.sub(r"^https?://[^/]+", "", url)
