"""The admin's Newsletter menu: issues (compose, preview, test, send, deliveries) and
subscribers (filter by status and language, CSV export)."""

from django import forms
from django.apps import apps
from django.conf import settings
from django.db.models import Count, Q
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, MultipleChooserPanel, ObjectList
from wagtail.admin.ui.tables import Column
from wagtail.admin.widgets import Button, HeaderButton
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import EditView, IndexView, SnippetViewSet, SnippetViewSetGroup

from . import admin_views
from .models import Delivery, NewsletterIssue, Subscriber, followable_topics, locale_for


def events_available():
    """The events app is optional here: issues offer events only where event pages exist."""
    return apps.is_installed("lectern.events") and "eventpage" in apps.all_models.get("events", {})


class IssueForm(WagtailAdminModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The topics readers follow (the topic groups), named in the site's main language; a
        # subscriber's choice in the other language matches by translation.
        self.fields["topics"].queryset = followable_topics(locale_for(settings.LANGUAGE_CODE))
        self.fields["topics"].label_from_instance = lambda topic: topic.title


class IssueActionUrls:
    """Address names of the issue's own actions (filled in by the viewset)."""

    fill_url_name = test_url_name = send_url_name = report_url_name = None

    def action_url(self, action, issue):
        return reverse(getattr(self, f"{action}_url_name"), args=[issue.pk])


class IssueIndexView(IssueActionUrls, IndexView):
    def get_base_queryset(self):
        sent, failed = Q(deliveries__status=Delivery.Status.SENT), Q(deliveries__status=Delivery.Status.FAILED)
        return (
            super()
            .get_base_queryset()
            .annotate(
                delivery_total=Count("deliveries"),
                delivery_sent=Count("deliveries", filter=sent),
                delivery_failed=Count("deliveries", filter=failed),
            )
        )

    def get_list_more_buttons(self, instance):
        buttons = list(super().get_list_more_buttons(instance))
        if not instance.is_draft:
            buttons.append(
                Button(_("Deliveries"), url=self.action_url("report", instance), icon_name="list-ul", priority=5)
            )
        return buttons


class IssueEditView(IssueActionUrls, EditView):
    def dispatch(self, request, *args, **kwargs):
        # A sent issue is what its readers received: it stays as it was (copy it to start another).
        if not self.object.is_draft and request.method == "POST":
            return redirect(self.action_url("report", self.object))
        return super().dispatch(request, *args, **kwargs)

    @cached_property
    def header_more_buttons(self):
        buttons = list(super().header_more_buttons)
        issue = self.object
        if issue.is_draft:
            fill, test = self.action_url("fill", issue), self.action_url("test", issue)
            buttons.append(Button(_("Add new publications"), url=fill, icon_name="doc-full", priority=1))
            buttons.append(Button(_("Send a test to me"), url=test, icon_name="mail", priority=2))
        else:
            buttons.append(
                Button(_("Deliveries"), url=self.action_url("report", issue), icon_name="list-ul", priority=1)
            )
        return buttons

    @cached_property
    def header_buttons(self):
        buttons = []
        if self.object.is_draft and self.user_has_permission("send"):
            buttons.append(HeaderButton(_("Send…"), url=self.action_url("send", self.object), icon_name="mail"))
        return buttons


class IssueViewSet(SnippetViewSet):
    model = NewsletterIssue
    icon = "mail"
    menu_label = _("Issues")
    list_display = [
        "subject",
        "language",
        "status",
        Column("progress", label=_("Delivered"), accessor=lambda issue: IssueViewSet.progress_label(issue)),
        "queued_at",
    ]
    list_filter = ["status", "language"]
    index_view_class = IssueIndexView
    edit_view_class = IssueEditView

    @staticmethod
    def progress_label(issue):
        if issue.is_draft:
            return "—"
        label = f"{issue.delivery_sent} / {issue.delivery_total}"
        if issue.delivery_failed:
            label += " · " + _("%(count)d failed") % {"count": issue.delivery_failed}
        return label

    @cached_property
    def edit_handler(self):
        panels = [
            FieldPanel("subject"),
            FieldPanel("language"),
            FieldPanel("intro"),
            MultipleChooserPanel(
                "publication_items",
                chooser_field_name="page",
                heading=_("Publications"),
                label=_("Publication"),
                help_text=_("“Add new publications” (in the ⋯ menu above) adds those published since the last issue."),
            ),
        ]
        if events_available():
            panels.append(
                MultipleChooserPanel("event_items", chooser_field_name="page", heading=_("Events"), label=_("Event"))
            )
        panels.append(FieldPanel("topics", widget=forms.CheckboxSelectMultiple))
        return ObjectList(panels, base_form_class=IssueForm)

    def get_common_view_kwargs(self, **kwargs):
        return super().get_common_view_kwargs(
            **{f"{action}_url_name": self.get_url_name(action) for action in ("fill", "test", "send", "report")},
            **kwargs,
        )

    def action_view(self, view_class):
        return view_class.as_view(
            model=self.model,
            edit_url_name=self.get_url_name("edit"),
            index_url_name=self.get_url_name("list"),
            report_url_name=self.get_url_name("report"),
            breadcrumbs_items=self.breadcrumbs_items,
        )

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("fill/<int:pk>/", self.action_view(admin_views.FillView), name="fill"),
            path("test/<int:pk>/", self.action_view(admin_views.SendTestView), name="test"),
            path("send/<int:pk>/", self.action_view(admin_views.SendView), name="send"),
            path("deliveries/<int:pk>/", self.action_view(admin_views.ReportView), name="report"),
        ]


class SubscriberIndexView(IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().prefetch_related("topics")


class SubscriberViewSet(SnippetViewSet):
    model = Subscriber
    icon = "user"
    menu_label = _("Subscribers")
    list_display = ["email", "language", "status", "subscribed_at", "confirmed_at"]
    list_filter = ["status", "language"]
    search_fields = ["email"]
    search_backend_name = None  # a plain database lookup: subscribers are not in the site search
    index_view_class = SubscriberIndexView
    list_export = ["email", "language", "status", "topic_titles", "subscribed_at", "confirmed_at", "unsubscribed_at"]
    export_headings = {"topic_titles": _("Topics")}
    export_filename = "newsletter-subscribers"
    copy_view_enabled = False
    panels = [FieldPanel("email"), FieldPanel("language"), FieldPanel("status"), FieldPanel("topics")]


class NewsletterViewSetGroup(SnippetViewSetGroup):
    items = (IssueViewSet, SubscriberViewSet)
    menu_icon = "mail"
    menu_label = _("Newsletter")
    menu_order = 320


register_snippet(NewsletterViewSetGroup)
