"""Delivering a stored contact message: to the staff address, and a receipt to the sender.

The message is already in the database when this runs; a mail server that fails only marks
it "not delivered" (staff read it in the admin), and the sender still gets a thank-you page.
"""

import logging

from lectern.core.mail import absolute_url, build_email

from .models import ContactSettings

log = logging.getLogger(__name__)


def staff_address(request, page):
    return ContactSettings.for_request(request).recipient or page.email


def deliver(message, *, to, page):
    """Send ``message`` to staff, then the receipt; record whether the staff email went out."""
    context = {"message": message, "page": page, "page_url": absolute_url(page.get_url() or "/")}
    try:
        if not to:
            raise ValueError("No address to deliver to: set one in Settings › Contact form.")
        build_email(
            "contact/email/staff",
            context,
            to=to,
            language=message.language,
            reply_to=[message.email],
            headers={"X-Lectern-Contact-Message": str(message.pk)},
        ).send()
    except Exception as error:  # any SMTP or network error: the message stays stored
        log.exception("Could not deliver contact message %s", message.pk)
        message.delivered, message.delivery_error = False, str(error)[:300]
    else:
        message.delivered, message.delivery_error = True, ""
    message.save(update_fields=["delivered", "delivery_error"])
    try:
        build_email("contact/email/receipt", context, to=message.email, language=message.language).send()
    except Exception:
        log.exception("Could not send the receipt for contact message %s", message.pk)
    return message.delivered
