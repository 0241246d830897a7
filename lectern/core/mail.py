"""Email in the reader's language: a subject, a plain-text part and an HTML part.

Every message Lectern sends (registrations, newsletter, contact) is built here from three
templates, ``<name>_subject.txt``, ``<name>.txt`` and ``<name>.html``, rendered with the
recipient's language active. HTML parts extend ``email/base.html``, which sets ``lang`` and
``dir`` so Hebrew mail reads right to left.
"""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils import translation


def absolute_url(path):
    """A full address for links in email, which has no request to build one from."""
    if path.startswith(("http://", "https://")):
        return path
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def build_email(template, context, *, to, language, headers=None, reply_to=None, from_email=None):
    """An unsent ``EmailMultiAlternatives`` (attach files, then ``.send()``)."""
    with translation.override(language):
        context = {
            **context,
            "language": language,
            "direction": "rtl" if translation.get_language_bidi() else "ltr",
            "base_url": settings.WAGTAILADMIN_BASE_URL.rstrip("/"),
        }
        # A subject is one line, whatever the template's whitespace.
        subject = " ".join(render_to_string(f"{template}_subject.txt", context).split())
        text = render_to_string(f"{template}.txt", context)
        html = render_to_string(f"{template}.html", context)
    message = EmailMultiAlternatives(
        subject,
        text,
        from_email=from_email or settings.DEFAULT_FROM_EMAIL,
        to=[to] if isinstance(to, str) else list(to),
        headers=headers or {},
        reply_to=reply_to,
    )
    message.attach_alternative(html, "text/html")
    return message
