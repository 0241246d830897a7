"""Background work of the newsletter, on the database queue ("queue" in settings.TASKS):
``manage.py db_worker --backend queue`` runs it, and ``make run`` starts that worker."""

import datetime
import logging
import smtplib

from django.utils import timezone

from django_tasks import task

from .emails import signup_message
from .models import Delivery, NewsletterIssue, Subscriber
from .sending import IssueSender, claim_timeout

logger = logging.getLogger(__name__)

SIGNUP_EMAIL_ATTEMPTS = 5


def _later(task_, when, *args):
    """Enqueue ``task_`` to run at ``when`` where the backend can wait (the database queue can;
    an immediate backend cannot, and then nothing is scheduled)."""
    if task_.get_backend().supports_defer:
        task_.using(run_after=when).enqueue(*args)


@task(backend="queue")
def send_issue(issue_id):
    """Send the due deliveries of an issue, then come back when the next retry is due, or mark
    the issue sent when nothing is left. Safe to run any number of times, also concurrently."""
    issue = NewsletterIssue.objects.filter(pk=issue_id).first()
    if issue is None or not issue.is_being_sent:
        return 0
    NewsletterIssue.objects.filter(pk=issue_id, status=NewsletterIssue.Status.QUEUED).update(
        status=NewsletterIssue.Status.SENDING
    )
    sent = IssueSender(issue).run()
    deliveries = Delivery.objects.filter(issue=issue)
    next_due = deliveries.next_due_at(claim_timeout())
    if next_due is not None:
        _later(send_issue, max(next_due, timezone.now()), issue_id)
    else:  # nothing waiting or in flight: done (failures are listed in the admin)
        NewsletterIssue.objects.filter(pk=issue_id, status=NewsletterIssue.Status.SENDING).update(
            status=NewsletterIssue.Status.SENT, finished_at=timezone.now()
        )
    return sent


@task(backend="queue")
def send_signup_email(subscriber_id, attempt=1):
    """The confirmation (or "already subscribed") email of a sign-up. The sign-up is stored
    before this runs, so a mail failure loses nothing: it is retried with back-off."""
    subscriber = Subscriber.objects.filter(pk=subscriber_id).first()
    message = signup_message(subscriber) if subscriber else None
    if message is None:
        return False
    try:
        message.send()
    except (smtplib.SMTPException, OSError):
        if attempt >= SIGNUP_EMAIL_ATTEMPTS:
            raise  # the task is recorded as failed, with the error, in the admin's task results
        logger.warning("Sign-up email to subscriber %s failed; retrying", subscriber_id, exc_info=True)
        _later(send_signup_email, timezone.now() + datetime.timedelta(minutes=2**attempt), subscriber_id, attempt + 1)
        return False
    return True
