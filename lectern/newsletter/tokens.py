"""Signed links in newsletter email: no account, no password, nothing guessable.

A link carries the subscriber's random ``key`` signed with the site's SECRET_KEY (Django's
``signing``), never the address or the database id. Confirmation links also carry the time
they were made and expire; the link to the preferences (and to unsubscribe) does not, because
a reader may use it from an issue years old.
"""

import datetime
import uuid

from django.core import signing

CONFIRMATION_MAX_AGE = datetime.timedelta(days=7)

_confirmation = signing.TimestampSigner(salt="lectern.newsletter.confirm")
_manage = signing.Signer(salt="lectern.newsletter.manage")


def confirmation_token(subscriber):
    return _confirmation.sign(subscriber.key.hex)


def manage_token(subscriber):
    return _manage.sign(subscriber.key.hex)


def _key(value):
    try:
        return uuid.UUID(hex=value)
    except ValueError:
        return None


def read_confirmation(token):
    """``(key, expired)`` of a confirmation token; ``(None, False)`` if it was not made by us."""
    try:
        return _key(_confirmation.unsign(token, max_age=CONFIRMATION_MAX_AGE)), False
    except signing.SignatureExpired:
        # Genuine but too old: the page explains and offers to sign up again.
        return _key(_confirmation.unsign(token)), True
    except signing.BadSignature:
        return None, False


def read_manage(token):
    """The subscriber key of a preferences/unsubscribe token, or None if it was not made by us."""
    try:
        return _key(_manage.unsign(token))
    except signing.BadSignature:
        return None
