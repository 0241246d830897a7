from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page, TranslatableMixin


class LinkBlock(blocks.StructBlock):
    page = blocks.PageChooserBlock(required=False, label=_("Page"))
    url = blocks.URLBlock(required=False, label=_("Or an external address"))
    label = blocks.CharBlock(required=False, label=_("Label"), help_text=_("Defaults to the page's title."))
    show_child_pages = blocks.BooleanBlock(
        required=False,
        label=_("List its sub-pages"),
        help_text=_("Adds the page's live sub-pages (e.g. every series under Publications)."),
    )

    class Meta:
        icon = "link"
        label = _("Link")


class MenuItemBlock(LinkBlock):
    children = blocks.ListBlock(LinkBlock(), required=False, label=_("Sub-menu"), default=[])

    class Meta:
        icon = "list-ul"
        label = _("Menu item")


class Menu(TranslatableMixin, models.Model):
    """The header or the footer menu of one language, edited in the admin.

    An entry whose page is missing, unpublished or private is left out, so sections
    the institute has not built yet never show as dead links.
    """

    class Location(models.TextChoices):
        HEADER = "header", _("Header")
        FOOTER = "footer", _("Footer")

    location = models.CharField(_("location"), max_length=20, choices=Location.choices)
    items = StreamField([("item", MenuItemBlock())], verbose_name=_("items"), blank=True)

    panels = [FieldPanel("location"), FieldPanel("items")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("menu")
        unique_together = [("translation_key", "locale"), ("location", "locale")]

    def __str__(self):
        return f"{self.get_location_display()} ({self.locale})"

    def resolved_items(self):
        """The menu as plain dicts ``{label, url, children}`` with every page link resolved
        to a live, public page in the menu's language, in a fixed number of queries."""
        from lectern.core.i18n import localize_pages

        links = []
        for item in self.items:
            links.append(item.value)
            links.extend(item.value["children"])
        pages = localize_pages([link["page"] for link in links if link["page"]], self.locale_id)
        public = set(Page.objects.public().filter(pk__in=[page.pk for page in pages]).values_list("pk", flat=True))
        live = {page.translation_key: page for page in pages if page.live and page.pk in public}
        expand = [
            live[link["page"].translation_key]
            for link in links
            if link["show_child_pages"] and link["page"] and link["page"].translation_key in live
        ]
        children_of = {page.path: [] for page in expand}
        if expand:
            query = models.Q()
            for page in expand:
                query |= models.Q(path__startswith=page.path, depth=page.depth + 1)
            for child in Page.objects.live().public().in_menu().filter(query).order_by("path"):
                children_of[child.path[: -Page.steplen]].append(
                    {"label": child.title, "url": child.url, "children": []}
                )

        def resolve(link):
            if link["page"]:
                page = live.get(link["page"].translation_key)
                if page is None:
                    return None
                return {
                    "label": link["label"] or page.title,
                    "url": page.url,
                    "children": children_of.get(page.path, []) if link["show_child_pages"] else [],
                }
            if link["url"]:
                return {"label": link["label"] or link["url"], "url": link["url"], "children": []}
            return None

        menu = []
        for item in self.items:
            entry = resolve(item.value)
            if entry is None:
                continue
            entry["children"] = [child for child in map(resolve, item.value["children"]) if child] + entry["children"]
            menu.append(entry)
        return menu
