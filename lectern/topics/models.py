from django.db import models
from django.http import Http404
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.models import Page
from wagtail.search import index
from wagtail.signals import post_page_move

from lectern.api import fields as api
from lectern.publications.facets import ArchivePageMixin
from lectern.search.registry import searchable


class TopicIndexPage(Page):
    """``/topics/``: the whole topic tree. Topics live below it at any depth, but
    every topic's address is flat (``/topics/<slug>/``), as readers expect."""

    page_description = _("The tree of research topics.")

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["topics.TopicPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("topic index")

    def route(self, request, path_components):
        if path_components:
            # Topics answer only at their flat address, /topics/<slug>/, never nested.
            topic = None
            if len(path_components) == 1:
                topic = TopicPage.objects.live().descendant_of(self).filter(slug=path_components[0]).first()
            if topic is None:
                raise Http404
            return topic.route(request, [])
        return super().route(request, path_components)

    def topic_tree(self):
        """All live topics under this index, as nested (topic, children) pairs, in one query."""
        topics = list(TopicPage.objects.live().descendant_of(self).order_by("path"))
        by_path = {}
        roots = []
        for topic in topics:
            node = (topic, [])
            by_path[topic.path] = node
            parent = by_path.get(topic.path[: -TopicPage.steplen])
            (parent[1] if parent else roots).append(node)
        return roots

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["tree"] = self.topic_tree()
        return context


class TopicPageForm(WagtailAdminPageForm):
    def clean(self):
        cleaned = super().clean()
        # Wagtail keeps slugs unique among siblings; flat addresses need them unique in the whole tree.
        index = TopicIndexPage.objects.ancestor_of(self.parent_page, inclusive=True).first()
        slug = cleaned.get("slug")
        if index and slug:
            clash = TopicPage.objects.descendant_of(index).filter(slug=slug, locale=self.parent_page.locale_id)
            if self.instance.pk:
                clash = clash.exclude(pk=self.instance.pk)
            if clash.exists():
                self.add_error("slug", _("Another topic already uses this slug."))
        return cleaned


@searchable(_("Topic"), fields=["intro"])
class TopicPage(ArchivePageMixin, Page):
    """A research topic. Publications, people and projects point to topics; a topic's
    page lists the publications of the topic and of all its sub-topics."""

    page_description = _("A research topic; may hold sub-topics. Lists its publications.")

    intro = models.TextField(_("introduction"), blank=True, help_text=_("A sentence or two on what the topic covers."))

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    base_form_class = TopicPageForm
    # The read API (/api/v2/pages/, docs/api.md).
    api_fields = [
        APIField("intro"),
        APIField("language", serializer=api.LanguageField()),
        APIField("translations", serializer=api.TranslationsField()),
    ]
    parent_page_types = ["topics.TopicIndexPage", "topics.TopicPage"]
    subpage_types = ["topics.TopicPage"]

    class Meta:
        verbose_name = _("topic")

    # --- flat URLs -------------------------------------------------------------
    def _topic_index_url_path(self, parent):
        while parent is not None and not isinstance(parent.specific_deferred, TopicIndexPage):
            parent = parent.get_parent()
        return parent.url_path if parent else None

    def set_url_path(self, parent):
        index_path = self._topic_index_url_path(parent) if parent else None
        if index_path is None:
            return super().set_url_path(parent)
        self.url_path = f"{index_path}{self.slug}/"
        return self.url_path

    def _update_descendant_url_paths(self, old_url_path, new_url_path):
        # Sub-topics' addresses do not contain their parent's slug: nothing to rewrite.
        return

    @staticmethod
    def keep_url_flat_after_move(instance, **kwargs):
        """Wagtail moves pages as plain ``Page`` objects, which nest the address under the new
        parent (``/topics/security/minimum-wage/``); put the moved topic back at ``/topics/<slug>/``."""
        topic = TopicPage.objects.get(pk=instance.pk)
        flat = topic.set_url_path(topic.get_parent())
        if flat != instance.url_path:
            Page.objects.filter(pk=topic.pk).update(url_path=flat)
            instance.url_path = flat

    # --- listings --------------------------------------------------------------
    def subtree_translation_keys(self):
        return list(TopicPage.objects.descendant_of(self, inclusive=True).values_list("translation_key", flat=True))

    def get_context(self, request, *args, **kwargs):
        from lectern.publications.facets import archive

        context = super().get_context(request, *args, **kwargs)
        context["children"] = self.get_children().live().specific()
        # The listing's rows are kept under each topic with its sub-topics' (lectern.publications.listing).
        context.update(archive(request, self.locale, fixed=[("topic", self)]))
        return context


post_page_move.connect(TopicPage.keep_url_flat_after_move, sender=TopicPage, dispatch_uid="lectern-topic-flat-url")
