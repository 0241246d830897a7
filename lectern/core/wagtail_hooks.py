from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Institute


class InstituteViewSet(SnippetViewSet):
    model = Institute
    icon = "site"
    menu_label = _("Institute details")
    list_display = ["name", "locale"]
    add_to_admin_menu = True
    menu_order = 310


register_snippet(InstituteViewSet)
