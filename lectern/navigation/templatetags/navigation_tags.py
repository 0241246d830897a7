from django import template
from django.core.cache import cache

from lectern.core.cache import shared_key
from lectern.core.i18n import active_locale

from ..models import Menu

register = template.Library()


@register.simple_tag
def menu_items(location):
    """The resolved menu for the active language, cached until the next publish or menu edit."""
    locale = active_locale()
    key = shared_key("menu", location, locale.language_code)
    items = cache.get(key)
    if items is None:
        menu = Menu.objects.filter(location=location, locale=locale).first()
        items = menu.resolved_items() if menu else []
        cache.set(key, items)
    return items
