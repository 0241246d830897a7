"""Editors' actions on an issue, beside Wagtail's own edit and preview: fill in the new
publications, send a test to oneself, send (after a confirmation step) and follow the
deliveries. Each is a page with a button (nothing changes on a GET) and checks its permission:
"change" for the first two, the custom "send" permission for sending."""

import smtplib

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView

from wagtail.admin.views.generic.base import BaseObjectMixin, WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin

from .emails import IssueContent, sample_subscriber
from .models import Delivery, NewsletterIssue, Subscriber


class IssueActionView(PermissionCheckedMixin, BaseObjectMixin, WagtailAdminTemplateMixin, TemplateView):
    model = NewsletterIssue
    permission_required = "change"
    edit_url_name = None
    index_url_name = None
    report_url_name = None
    header_icon = "mail"
    drafts_only = True
    page_title = ""

    def dispatch(self, request, *args, **kwargs):
        if self.drafts_only and not self.object.is_draft:
            messages.error(request, _("This issue has been sent; it cannot be changed or sent again."))
            return redirect(self.report_url)
        return super().dispatch(request, *args, **kwargs)

    @property
    def edit_url(self):
        return reverse(self.edit_url_name, args=[self.object.pk])

    @property
    def report_url(self):
        return reverse(self.report_url_name, args=[self.object.pk])

    def get_page_subtitle(self):
        return str(self.object)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse(self.index_url_name), "label": _("Newsletter issues")},
            {"url": self.edit_url, "label": str(self.object)},
            {"url": "", "label": str(self.page_title)},
        ]

    def get_context_data(self, **kwargs):
        return super().get_context_data(issue=self.object, edit_url=self.edit_url, **kwargs)


class FillView(IssueActionView):
    page_title = gettext_lazy("Add new publications")
    template_name = "newsletter/admin/fill.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            publications=self.object.new_publications(), last_issue=self.object.last_sent_issue(), **kwargs
        )

    def post(self, request, *args, **kwargs):
        added = self.object.add_new_publications()
        if added:
            messages.success(request, _("%(count)d publication(s) added to the issue.") % {"count": len(added)})
        else:
            messages.info(request, _("There are no new publications to add."))
        return redirect(self.edit_url)


class SendTestView(IssueActionView):
    page_title = gettext_lazy("Send a test")
    template_name = "newsletter/admin/send_test.html"

    def post(self, request, *args, **kwargs):
        address = request.user.email
        if not address:
            messages.error(request, _("Your account has no email address: add one in your account settings."))
            return redirect(request.path)
        message = IssueContent(self.object).message(sample_subscriber(self.object.language, address), test=True)
        try:
            message.send()
        except (smtplib.SMTPException, OSError) as error:
            messages.error(request, _("The test could not be sent: %(error)s") % {"error": error})
            return redirect(request.path)
        messages.success(request, _("A test of this issue was sent to %(address)s.") % {"address": address})
        return redirect(self.edit_url)


class SendView(IssueActionView):
    page_title = gettext_lazy("Send the issue")
    permission_required = "send"
    template_name = "newsletter/admin/send.html"

    def is_empty(self):
        issue = self.object
        return not (issue.intro or issue.publication_items.exists() or issue.event_items.exists())

    def recipients(self):
        return Subscriber.objects.for_issue(self.object).count()

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            recipients=self.recipients(),
            topics=list(self.object.topics.all()),
            publications=self.object.publication_items.count(),
            events=self.object.event_items.count(),
            empty=self.is_empty(),
            **kwargs,
        )

    def post(self, request, *args, **kwargs):
        if self.is_empty():
            messages.error(request, _("The issue is empty: add an introduction or publications first."))
            return redirect(self.edit_url)
        if not self.recipients():
            messages.error(request, _("No confirmed subscriber of this language follows the issue's topics."))
            return redirect(request.path)
        count = self.object.queue_for_sending(request.user)
        if count is None:
            messages.error(request, _("This issue has been sent already."))
        else:
            messages.success(request, _("The issue is being sent to %(count)d subscriber(s).") % {"count": count})
        return redirect(self.report_url)


class ReportView(IssueActionView):
    """Progress of an issue's sending (waiting, sent, failed …) and its failures with their errors."""

    page_title = gettext_lazy("Deliveries")
    template_name = "newsletter/admin/report.html"
    drafts_only = False

    def get_context_data(self, **kwargs):
        issue = self.object
        return super().get_context_data(
            progress=issue.progress(),
            failures=issue.deliveries.filter(status=Delivery.Status.FAILED).select_related("subscriber")[:200],
            retrying=issue.deliveries.filter(status=Delivery.Status.PENDING, attempts__gt=0).select_related(
                "subscriber"
            )[:200],
            can_send=self.user_has_permission("send"),
            **kwargs,
        )

    def post(self, request, *args, **kwargs):
        if not self.user_has_permission("send"):
            raise PermissionDenied
        if "retry_failed" in request.POST:
            count = self.object.retry_failed()
            messages.success(request, _("%(count)d failed delivery(ies) will be tried again.") % {"count": count})
        elif self.object.resume_sending():
            messages.success(request, _("Sending resumes with the subscribers who have not received the issue yet."))
        return redirect(request.path)
