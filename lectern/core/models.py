from django.core.cache import cache
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import TranslatableMixin

from .cache import shared_key
from .i18n import active_locale


class Institute(TranslatableMixin, models.Model):
    """The institute's name and contact details, one per language.

    Every page's header and footer shows them, so they are read from the cache
    (cleared whenever an editor saves them).
    """

    name = models.CharField(_("name"), max_length=200)
    short_name = models.CharField(_("short name"), max_length=40, help_text=_("Shown in the header, e.g. “IPS”."))
    tagline = models.CharField(_("tagline"), max_length=200, blank=True)
    address = models.TextField(_("postal address"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    fax = models.CharField(_("fax"), max_length=40, blank=True)
    email = models.EmailField(_("email"), blank=True)

    panels = [
        MultiFieldPanel([FieldPanel("name"), FieldPanel("short_name"), FieldPanel("tagline")], heading=_("Name")),
        MultiFieldPanel(
            [FieldPanel("address"), FieldPanel("phone"), FieldPanel("fax"), FieldPanel("email")],
            heading=_("Contact details"),
        ),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("institute details")
        verbose_name_plural = _("institute details")

    def __str__(self):
        return self.name

    @classmethod
    def for_locale(cls, locale=None):
        locale = locale or active_locale()
        key = shared_key("institute", locale.language_code)
        institute = cache.get(key)
        if institute is None:
            institute = cls.objects.filter(locale=locale).first() or cls.objects.first() or False
            cache.set(key, institute)
        return institute or None
