from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.models import Orderable, Page

from modelcluster.fields import ParentalKey

LATEST_COUNT = 6


class HomePage(Page):
    """The institute's home in one language: latest publications and editors' picks."""

    page_description = _("The home page of one language: the site's root.")

    tagline = models.CharField(_("tagline"), max_length=200, blank=True)
    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("tagline"),
        FieldPanel("intro"),
        InlinePanel("featured_items", label=_("Featured item"), heading=_("Featured"), max_num=4),
    ]
    parent_page_types = ["wagtailcore.Page"]

    class Meta:
        verbose_name = _("home page")

    def route(self, request, path_components):
        """Find a deep page with one lookup by its address instead of Wagtail's query per level.

        Addresses that are no page's own (e.g. a sub-route of a routable page) fall back to
        Wagtail's walk down the tree.
        """
        if path_components:
            url_path = f"{self.url_path}{'/'.join(path_components)}/"
            found = Page.objects.filter(slug=path_components[-1], url_path=url_path).values_list("pk", "content_type")
            if found:
                pk, content_type = found[0]
                model = ContentType.objects.get_for_id(content_type).model_class()
                # A page type may name the relations its page shows (series, lead image …) to join them here.
                page = model.objects.select_related(*getattr(model, "route_select_related", ())).get(pk=pk)
                return page.route(request, [])
        return super().route(request, path_components)

    def featured_pages(self):
        """Editors' picks in this home's language, in their order, in a fixed number of queries."""
        keys = [item.page.translation_key for item in self.featured_items.select_related("page")]
        from lectern.publications.models import PublicationPage, prefetch_for_listing

        pages = list(Page.objects.live().filter(translation_key__in=keys, locale_id=self.locale_id).specific())
        # Publications show as listing cards (series, authors, image): fetch those for all at once.
        prefetch_for_listing(page for page in pages if isinstance(page, PublicationPage))
        by_key = {page.translation_key: page for page in pages}
        return [by_key[key] for key in keys if key in by_key]

    def get_context(self, request, *args, **kwargs):
        from lectern.publications.facets import cards
        from lectern.publications.listing import ListingEntry

        context = super().get_context(request, *args, **kwargs)
        context["featured"] = self.featured_pages()
        featured_ids = {page.pk for page in context["featured"]}
        # The newest keys from the listings' narrow rows (an index), then those cards: sorting the
        # publications' own rows read kilobytes each (1.2 s at 100,000).
        newest = ListingEntry.objects.filter(locale_id=self.locale_id).exclude(page_id__in=featured_ids)
        context["latest"] = cards(newest.order_by("-date", "-page_id").values_list("page_id", flat=True)[:LATEST_COUNT])
        return context


class FeaturedItem(Orderable):
    home = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="featured_items")
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("A publication, project or page to show at the top of the home page."),
    )

    panels = [FieldPanel("page")]
