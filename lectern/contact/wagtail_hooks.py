"""Contact messages in the admin: read them (marking them read), filter, export CSV."""

from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.panels import FieldPanel
from wagtail.admin.viewsets.model import ModelViewSet

from .models import ContactMessage


class ContactMessageViewSet(ModelViewSet):
    model = ContactMessage
    icon = "mail"
    menu_label = _("Contact messages")
    menu_order = 330
    add_to_admin_menu = True
    list_display = ["subject", "name", "email", "created", "is_read", "delivered"]
    list_filter = ["is_read", "delivered", "language"]
    list_export = [
        "created",
        "name",
        "email",
        "subject",
        "message",
        "language",
        "is_read",
        "delivered",
        "delivery_error",
    ]
    export_filename = "contact-messages"
    search_fields = ["name", "email", "subject", "message"]
    copy_view_enabled = False
    inspect_view_enabled = True
    # Staff read a message and tick "read"; what the sender wrote cannot be changed.
    panels = [
        FieldPanel("name", read_only=True),
        FieldPanel("email", read_only=True),
        FieldPanel("subject", read_only=True),
        FieldPanel("message", read_only=True),
        FieldPanel("created", read_only=True),
        FieldPanel("delivered", read_only=True),
        FieldPanel("delivery_error", read_only=True),
        FieldPanel("is_read"),
    ]


@hooks.register("register_admin_viewset")
def register_contact_messages():
    return ContactMessageViewSet("contact_messages")
