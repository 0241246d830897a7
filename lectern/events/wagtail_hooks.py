"""Staff see registrations in the admin: filter by event and status, export CSV or Excel."""

from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.model import ModelViewSet

from .models import EventRegistration


class RegistrationIndexView(IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("event")


class EventRegistrationViewSet(ModelViewSet):
    model = EventRegistration
    icon = "group"
    menu_label = _("Event registrations")
    menu_order = 320
    add_to_admin_menu = True
    list_display = ["name", "email", "organisation", "event_title", "status", "language", "created"]
    list_filter = ["event", "status", "language"]
    list_export = ["event_title", "name", "email", "organisation", "status", "language", "created"]
    export_headings = {"event_title": _("Event")}
    export_filename = "event-registrations"
    search_fields = ["name", "email", "organisation"]
    form_fields = ["event", "name", "email", "organisation", "language", "status"]
    copy_view_enabled = False
    inspect_view_enabled = True
    index_view_class = RegistrationIndexView


@hooks.register("register_admin_viewset")
def register_event_registrations():
    return EventRegistrationViewSet("event_registrations")
