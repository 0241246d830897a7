from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from modelcluster.fields import ParentalManyToManyField

from lectern.api import fields as api
from lectern.core.pagination import paginate
from lectern.search.registry import searchable


class TeamIndexPage(Page):
    """``/team/``: the institute's researchers and staff."""

    page_description = _("Lists the institute's people.")

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["people.PersonPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("team index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["people"] = (
            PersonPage.objects.child_of(self).live().select_related("photo").prefetch_related("photo__renditions")
        )
        return context


@searchable(_("Person"), fields=["role", "bio"])
class PersonPage(Page):
    """A person of the institute: the one concept of a person, linked as author,
    project member and speaker. The page title is the person's full name."""

    page_description = _("A researcher or staff member: role, photo, biography, expertise.")

    role = models.CharField(_("role"), max_length=200, help_text=_("e.g. “Senior Research Fellow”."))
    photo = models.ForeignKey(
        "images.LecternImage",
        verbose_name=_("photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    bio = RichTextField(_("biography"), blank=True, features=["bold", "italic", "link", "ol", "ul"])
    expertise = ParentalManyToManyField(
        "topics.TopicPage",
        verbose_name=_("expertise"),
        blank=True,
        related_name="experts",
        help_text=_("Topics this person researches."),
    )
    email = models.EmailField(_("email"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("role"),
        FieldPanel("photo"),
        FieldPanel("bio"),
        FieldPanel("expertise"),
        FieldPanel("email"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("role"), index.SearchField("bio")]
    route_select_related = ("photo",)
    # The read API (/api/v2/pages/, docs/api.md).
    api_fields = [
        APIField("role"),
        APIField("bio"),
        APIField("photo", serializer=api.ImageField(api.PHOTO_RENDITION, read_only=True)),
        APIField("expertise", serializer=api.ExpertiseField()),
        APIField("language", serializer=api.LanguageField()),
        APIField("translations", serializer=api.TranslationsField()),
    ]
    parent_page_types = ["people.TeamIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("person")
        verbose_name_plural = _("people")

    def get_context(self, request, *args, **kwargs):
        from lectern.core.i18n import localize_pages
        from lectern.publications.models import PublicationPage

        context = super().get_context(request, *args, **kwargs)
        publications = PublicationPage.objects.live().in_locale(self.locale_id).by_person(self.translation_key)
        context["publications"] = paginate(request, publications.paged_listing())
        context["expertise"] = localize_pages(list(self.expertise.live().select_related("locale")), self.locale_id)
        return context
