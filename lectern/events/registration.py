"""Registering for an event: seats, the waiting list, confirmation emails and cancellation.

Seats are counted and given inside one transaction that holds the event's rows locked
(``select_for_update`` on PostgreSQL; on SQLite, ``transaction_mode = IMMEDIATE`` makes
every transaction take the database's write lock at its start), so two readers who send
the form at the same moment cannot both take the last seat (``tests/test_concurrent_registration.py``
races two processes for it on both databases).

Email is sent after the transaction commits: a registration is stored even if the mail
server is down (the reader can ask for the confirmation again by registering again).
"""

import logging
from dataclasses import dataclass

from django.core import signing
from django.db import transaction
from django.utils import timezone

from lectern.core.mail import build_email

from .models import EventPage, EventRegistration

log = logging.getLogger(__name__)

CANCEL_SALT = "lectern.events.cancel"
Status = EventRegistration.Status


class Outcome:
    REGISTERED = "registered"
    WAITING = "waiting"
    # The address had registered already: the confirmation goes to it again and the page says
    # only "check your inbox", so nobody learns whether someone else registered with an address.
    ALREADY = "check-inbox"
    CLOSED = "closed"

    CHOICES = (REGISTERED, WAITING, ALREADY)


@dataclass
class Result:
    outcome: str
    registration: EventRegistration | None = None


def cancel_token(registration):
    return signing.dumps(registration.pk, salt=CANCEL_SALT, compress=True)


def registration_for_token(token):
    """The registration a cancellation link names, or None if the link was altered."""
    try:
        pk = signing.loads(token, salt=CANCEL_SALT)
    except signing.BadSignature:
        return None
    return EventRegistration.objects.select_related("event").filter(pk=pk).first()


def _lock(event):
    """Lock every language version of the event for the rest of the transaction."""
    list(EventPage.objects.select_for_update().filter(translation_key=event.translation_key).values_list("pk"))


def register(event, *, name, email, organisation, language):
    email = email.strip()
    with transaction.atomic():
        _lock(event)
        event = EventPage.objects.get(pk=event.pk)  # the editor may have just closed registration
        if not event.registration_open():
            return Result(Outcome.CLOSED)
        active = event.registrations().exclude(status=Status.CANCELLED).filter(email__iexact=email).first()
        if active is not None:
            transaction.on_commit(lambda: send_status_email(active))
            return Result(Outcome.ALREADY, active)
        seats = event.seats_left()
        status = Status.WAITING if seats == 0 else Status.REGISTERED
        registration = EventRegistration.objects.create(
            event=event, name=name, email=email, organisation=organisation, language=language, status=status
        )
        transaction.on_commit(lambda: send_status_email(registration))
    return Result(Outcome.WAITING if status == Status.WAITING else Outcome.REGISTERED, registration)


def cancel(registration):
    """Cancel ``registration``; a freed seat goes to the first reader on the waiting list.

    Returns the promoted registration, if any. Cancelling twice changes nothing.
    """
    promoted = None
    with transaction.atomic():
        _lock(registration.event)
        registration.refresh_from_db()
        if registration.status == Status.CANCELLED:
            return None
        had_seat = registration.status == Status.REGISTERED
        registration.status = Status.CANCELLED
        registration.save(update_fields=["status", "updated"])
        event = registration.event
        if had_seat and event.end > timezone.now():
            promoted = event.registrations().filter(status=Status.WAITING).order_by("created", "pk").first()
            if promoted is not None and event.seats_left() != 0:
                promoted.status = Status.REGISTERED
                promoted.save(update_fields=["status", "updated"])
                transaction.on_commit(lambda: send_status_email(promoted, promoted_from_waiting=True))
            else:
                promoted = None
    return promoted


def status_email(registration, *, promoted_from_waiting=False):
    """The email that tells a registrant where they stand, in their language, with the event's
    ``.ics`` attached when they have a seat."""
    event = registration.event
    # The event page in the registrant's language (they registered on it).
    context = {
        "registration": registration,
        "event": event,
        "event_url": event.absolute_url(),
        "calendar_url": event.absolute_url("calendar"),
        "cancel_url": registration.cancel_url(),
        "promoted": promoted_from_waiting,
        "has_seat": registration.status == Status.REGISTERED,
    }
    message = build_email(
        "events/email/registration",
        context,
        to=registration.email,
        language=registration.language,
        headers={"X-Lectern-Event": event.translation_key.hex},
    )
    if registration.status == Status.REGISTERED:
        message.attach(f"{event.slug}.ics", event.ics().decode(), "text/calendar")
    return message


def send_status_email(registration, *, promoted_from_waiting=False):
    """Send, never raise: the registration is already stored."""
    try:
        status_email(registration, promoted_from_waiting=promoted_from_waiting).send()
    except Exception:  # any SMTP or network error
        log.exception("Could not send the registration email for registration %s", registration.pk)
        return False
    return True
