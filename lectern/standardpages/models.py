from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from lectern.core.blocks import BodyBlock
from lectern.core.pages import prefetch
from lectern.search.registry import searchable


@searchable(_("Page"), fields=["intro", "body"])
class StandardPage(Page):
    """About, Vision and Mission, History, Board, Support Us …: text pages that may nest."""

    page_description = _("A text page, e.g. About, History or Support Us; may hold sub-pages.")

    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]
    parent_page_types = ["home.HomePage", "standardpages.StandardPage"]
    subpage_types = ["standardpages.StandardPage"]

    class Meta:
        verbose_name = _("standard page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        prefetch(self, request, "footnotes")
        context["children"] = self.get_children().live().in_menu()
        return context


class ContactPage(RoutablePageMixin, Page):
    """``/contact/``: how to reach the institute, and the contact form (``lectern.contact``),
    whose thank-you page is ``/contact/thanks/``."""

    page_description = _("The institute's address, phone and email.")

    intro = models.TextField(_("introduction"), blank=True)
    address = models.TextField(_("postal address"))
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    fax = models.CharField(_("fax"), max_length=40, blank=True)
    email = models.EmailField(_("email"), blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("more information"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        MultiFieldPanel(
            [FieldPanel("address"), FieldPanel("phone"), FieldPanel("fax"), FieldPanel("email")],
            heading=_("Contact details"),
        ),
        FieldPanel("body"),
    ]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("contact page")

    def get_context(self, request, *args, **kwargs):
        prefetch(self, request, "footnotes")
        return super().get_context(request, *args, **kwargs)

    @path("", name="contact")
    def contact_view(self, request):
        from lectern.contact.views import contact_page

        return contact_page(self, request)

    @path("thanks/", name="thanks")
    def thanks_view(self, request):
        from lectern.contact.views import thanks

        return thanks(self, request)
