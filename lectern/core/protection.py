"""Bot protection for public forms without third-party services: a honeypot field and
per-IP rate limits (django-ratelimit, counting in the shared cache).

A view calls ``too_many_posts(request, "newsletter")`` before handling a POST and, when it is
true, shows the form again with the visitor's input and ``RATE_LIMIT_MESSAGE`` and status 429
(or, where there is no form to show, ``rate_limited(request)``), so nothing typed is lost.
"""

from django import forms
from django.conf import settings
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _

from django_ratelimit.core import is_ratelimited

RATE_LIMIT_MESSAGE = _(
    "You have sent this form too many times in a short while. Please wait a few minutes and send it again."
)


class HoneypotForm(forms.Form):
    """A form with a field people never see and bots fill in; a filled one marks the post as spam.

    Views treat spam as a success without doing anything, so a bot learns nothing.
    """

    # Named like a field bots love; hidden with CSS and from assistive technology by the template.
    website = forms.CharField(
        required=False,
        label=_("Leave this field empty"),
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    @property
    def is_spam(self):
        return bool(self.data.get(self.add_prefix("website")))


def too_many_posts(request, group):
    """Count this POST against the client's allowance for ``group``; true once it is used up."""
    rate = settings.FORM_RATE_LIMITS.get(group, settings.FORM_RATE_LIMITS["default"])
    return is_ratelimited(request, group=f"lectern.{group}", key="ip", rate=rate, method="POST", increment=True)


def rate_limited(request):
    return render(request, "core/rate_limited.html", status=429)
