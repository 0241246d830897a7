"""Sending an issue: one ``Delivery`` per recipient, worked through in batches.

What this guarantees, and why (read before changing the order of the steps):

* Recipients are fixed when an editor sends the issue: one Delivery row per subscriber,
  unique on (issue, subscriber), made in the same transaction that marks the issue queued.
  Nobody is queued twice; nobody who subscribes later is added.
* Each delivery is *claimed* (status "sending", committed), *sent* over SMTP, and *marked*
  "sent" (committed) the moment the server has accepted it. A worker that crashes or is
  killed at any point leaves everything it had not started "pending" and everything it had
  finished "sent"; resuming (``manage.py resume_newsletters``, which ``make run`` runs before
  the worker, or "Resume sending" in the admin) sends exactly the rest.
* One window cannot be closed by any SMTP client: between the server accepting a message
  (its "250" after the data) and our commit of that fact (RFC 1047 describes it). A delivery
  a dead worker left "sending" is sent again once its claim has expired
  (``NEWSLETTER_CLAIM_TIMEOUT``), with the same Message-ID. So a crash can double at most the
  one message that was in flight, recognisably (mail systems that de-duplicate by Message-ID
  drop the copy); it never loses one. That is the guarantee: exactly once, except at-least-once
  for the single message a crash interrupts in that window of a few milliseconds.
* Two workers never send the same delivery: a claim is a conditional UPDATE only one can win,
  and it lasts far longer than any one SMTP exchange (``EMAIL_TIMEOUT``).
* SMTP errors: temporary ones (4xx, a lost connection) are retried with exponential back-off
  (1, 2, 4, 8 minutes) up to ``MAX_ATTEMPTS``; permanent ones (5xx) fail at once. Failures are
  listed with their error in the admin, which can retry them.
* Someone who unsubscribes while an issue is going out gets no more of it ("skipped").
"""

import datetime
import logging
import smtplib

from django.conf import settings
from django.core.mail import get_connection
from django.db.models import F
from django.utils import timezone

from .emails import IssueContent
from .models import Delivery, Subscriber

logger = logging.getLogger(__name__)

MAX_ATTEMPTS = 5
RETRY_DELAY = datetime.timedelta(minutes=1)  # doubled after every failed attempt


def batch_size():
    return getattr(settings, "NEWSLETTER_BATCH_SIZE", 50)


def claim_timeout():
    """How long a claimed delivery is left to its worker before another may take it over."""
    return datetime.timedelta(seconds=getattr(settings, "NEWSLETTER_CLAIM_TIMEOUT", 600))


def is_permanent(error):
    """A 5xx answer will not change on retry; 4xx answers and lost connections may."""
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        return all(code >= 500 for code, _message in error.recipients.values())
    if isinstance(error, smtplib.SMTPResponseException):
        return error.smtp_code >= 500
    return False


class IssueSender:
    """Sends the deliveries of one issue that are due, one SMTP connection per batch."""

    def __init__(self, issue, now=timezone.now):
        self.issue = issue
        self.now = now
        self.content = IssueContent(issue)

    def run(self):
        """Send every due delivery; return how many were sent."""
        sent = 0
        while batch := self.next_batch():
            connection = get_connection(fail_silently=False)
            try:
                for delivery in batch:
                    sent += self.deliver(connection, delivery)
            finally:
                connection.close()
        return sent

    def next_batch(self):
        due = self.issue.deliveries.due(self.now(), claim_timeout())
        # Whoever unsubscribed since the issue was sent gets no more of it.
        due.exclude(subscriber__status=Subscriber.Status.CONFIRMED).update(status=Delivery.Status.SKIPPED)
        return list(due.select_related("subscriber").order_by("pk")[: batch_size()])

    def claim(self, delivery):
        """Take ``delivery`` for this worker (committed before anything is sent); False if
        another worker took it first or it is no longer due."""
        now = self.now()
        claimed = (
            Delivery.objects.due(now, claim_timeout())
            .filter(pk=delivery.pk)
            .update(status=Delivery.Status.SENDING, claimed_at=now, attempts=F("attempts") + 1)
        )
        delivery.attempts += 1
        return bool(claimed)

    def deliver(self, connection, delivery):
        message = self.content.message(delivery.subscriber, delivery)
        if not self.claim(delivery):
            return 0
        try:
            if connection.connection is None:
                connection.open()
            connection.send_messages([message])
        except (smtplib.SMTPException, OSError) as error:
            connection.close()  # the next message opens a fresh connection
            self.failed(delivery, error)
            return 0
        # Accepted by the SMTP server: record it at once (the window the module docstring describes).
        Delivery.objects.filter(pk=delivery.pk).update(status=Delivery.Status.SENT, sent_at=self.now(), error="")
        return 1

    def failed(self, delivery, error):
        text = f"{type(error).__name__}: {error}"[:2000]
        if is_permanent(error) or delivery.attempts >= MAX_ATTEMPTS:
            changes = {"status": Delivery.Status.FAILED}
            logger.warning("Newsletter %s to %s failed: %s", self.issue.pk, delivery.subscriber_id, text)
        else:
            delay = RETRY_DELAY * 2 ** (delivery.attempts - 1)
            changes = {"status": Delivery.Status.PENDING, "next_attempt_at": self.now() + delay}
        Delivery.objects.filter(pk=delivery.pk).update(error=text, **changes)
