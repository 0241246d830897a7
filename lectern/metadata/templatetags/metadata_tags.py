"""``{% social_meta %}``, ``{% structured_data %}`` and ``{% scholar_meta %}`` for a page's ``<head>``."""

import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from lectern.metadata import meta

register = template.Library()

# As Django's json_script: nothing in the data can close the <script> element or open a comment.
JSON_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def json_ld(data):
    """``data`` as a ``<script type="application/ld+json">`` element, safely escaped."""
    payload = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, separators=(",", ":"))
    escaped = mark_safe(payload.translate(JSON_SCRIPT_ESCAPES))  # noqa: S308 (escaped for a script element)
    return format_html('<script type="application/ld+json">{}</script>', escaped)


@register.inclusion_tag("metadata/social_meta.html", takes_context=True)
def social_meta(context):
    """Canonical link, Open Graph and Twitter card tags of the current page."""
    return {"meta": meta.social_meta(context)}


@register.simple_tag(takes_context=True)
def structured_data(context):
    """schema.org JSON-LD of a publication, a person, an event or the home page (nothing for other pages)."""
    data = meta.structured_data(context)
    return json_ld(data) if data else ""


@register.inclusion_tag("metadata/scholar_meta.html", takes_context=True)
def scholar_meta(context):
    """Google Scholar's citation_* tags of a publication page."""
    return {"tags": meta.scholar_meta(context)}
