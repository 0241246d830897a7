from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from modelcluster.fields import ParentalManyToManyField

from lectern.core.i18n import localize_pages
from lectern.core.pagination import paginate
from lectern.search.registry import searchable


class ProjectIndexPage(Page):
    """``/projects/``: the institute's research projects."""

    page_description = _("Lists the research projects.")

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["projects.ProjectPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("project index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["projects"] = ProjectPage.objects.child_of(self).live()
        return context


@searchable(_("Research project"), fields=["summary", "description"])
class ProjectPage(Page):
    """A research project: what it studies, who works on it, what it has published."""

    page_description = _("A research project: description, team and publications.")

    summary = models.TextField(_("summary"), help_text=_("One or two sentences for listings."))
    description = RichTextField(
        _("description"), blank=True, features=["h2", "h3", "bold", "italic", "link", "ol", "ul"]
    )
    team = ParentalManyToManyField("people.PersonPage", verbose_name=_("team"), blank=True, related_name="projects")
    topics = ParentalManyToManyField("topics.TopicPage", verbose_name=_("topics"), blank=True, related_name="projects")

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("description"),
        FieldPanel("team"),
        FieldPanel("topics"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("summary"), index.SearchField("description")]
    parent_page_types = ["projects.ProjectIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("research project")

    def get_context(self, request, *args, **kwargs):
        from lectern.publications.models import PublicationPage

        context = super().get_context(request, *args, **kwargs)
        team = self.team.live().select_related("photo", "locale").prefetch_related("photo__renditions")
        context["team"] = localize_pages(list(team), self.locale_id)
        publications = PublicationPage.objects.live().in_locale(self.locale_id).in_projects([self.translation_key])
        context["publications"] = paginate(request, publications.for_listing())
        return context
