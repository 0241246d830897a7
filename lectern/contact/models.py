from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


@register_setting(icon="mail")
class ContactSettings(BaseSiteSetting):
    """Where the contact form delivers: a staff address, never shown on the site.

    A site setting rather than a field of the contact page: it is the same for every language
    (a page field would exist once per translation), and it is not public like the page's email.
    """

    recipient = models.EmailField(
        _("deliver messages to"),
        blank=True,
        help_text=_("The staff address that receives the contact form's messages. Empty: the contact page's email."),
    )

    panels = [FieldPanel("recipient")]

    class Meta:
        verbose_name = _("contact form")


class ContactMessage(models.Model):
    """A message sent through the contact form, stored before any email is sent, so none is lost."""

    name = models.CharField(_("name"), max_length=200)
    email = models.EmailField(_("email"))
    subject = models.CharField(_("subject"), max_length=200)
    message = models.TextField(_("message"))
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    created = models.DateTimeField(_("received"), default=timezone.now)
    is_read = models.BooleanField(_("read"), default=False)
    delivered = models.BooleanField(
        _("delivered"), default=False, help_text=_("Whether the email to staff went out; read undelivered ones here.")
    )
    delivery_error = models.CharField(_("delivery error"), max_length=300, blank=True)

    class Meta:
        verbose_name = _("contact message")
        verbose_name_plural = _("contact messages")
        ordering = ["-created", "-pk"]

    def __str__(self):
        return f"{self.subject} — {self.name}"
