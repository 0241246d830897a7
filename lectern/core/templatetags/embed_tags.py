import re

from django import template
from django.utils.html import escape
from django.utils.safestring import mark_safe

register = template.Library()

IFRAME_WITHOUT_TITLE = re.compile(r"<iframe(?![^>]*\stitle=)", re.IGNORECASE)


@register.filter
def with_iframe_title(html, title):
    """Give a provider's iframe the title screen readers announce, unless it has one (WCAG 4.1.2)."""
    return mark_safe(IFRAME_WITHOUT_TITLE.sub(f'<iframe title="{escape(title)}"', str(html)))  # noqa: S308 (provider HTML, stored by Wagtail)
