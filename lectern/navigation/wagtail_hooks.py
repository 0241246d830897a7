from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Menu


class MenuViewSet(SnippetViewSet):
    model = Menu
    icon = "list-ul"
    menu_label = _("Menus")
    list_display = ["__str__", "location", "locale"]
    list_filter = ["location", "locale"]
    add_to_admin_menu = True
    menu_order = 300


register_snippet(MenuViewSet)
