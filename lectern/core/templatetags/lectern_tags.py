from django import template
from django.conf import settings
from django.core.cache import cache
from django.db.models import Exists, OuterRef
from django.utils import translation

from wagtail.models import Page, Site

from wagtail_localize.models import TranslationSource

from lectern.core.cache import shared_key
from lectern.core.pages import ancestors

register = template.Library()

LANGUAGE_NATIVE_NAMES = {"en": "English", "he": "עברית"}


def _home_urls(request):
    """{language: url} of the site's home in every language (shared cache)."""
    site = Site.find_for_request(request)
    key = shared_key("homes", site.pk if site else 0)
    homes = cache.get(key)
    if homes is None:
        homes = {}
        if site:
            for home in (
                Page.objects.live().filter(translation_key=site.root_page.translation_key).select_related("locale")
            ):
                homes[home.locale.language_code] = home.get_url(request)
        cache.set(key, homes)
    return homes


@register.simple_tag(takes_context=True)
def language_versions(context):
    """Each language of the site with the address of this page in it.

    ``is_translation`` is False when the page has no translation in that language:
    the link then leads to that language's home page. ``is_source`` marks the version
    wagtail-localize translated the others from (if it did). Computed once per request.
    """
    request = context.get("request")
    if request is None:
        return []
    cached = getattr(request, "_lectern_language_versions", None)
    if cached is not None:
        return cached
    homes = _home_urls(request)
    page = context.get("page")
    translations = {}
    sources = set()
    if isinstance(page, Page) and page.pk:
        is_source = Exists(
            TranslationSource.objects.filter(object_id=OuterRef("translation_key"), locale_id=OuterRef("locale_id"))
        )
        for other in (
            Page.objects.live()
            .filter(translation_key=page.translation_key)
            .select_related("locale")
            .annotate(is_source=is_source)
        ):
            translations[other.locale.language_code] = other.get_url(request)
            if other.is_source:
                sources.add(other.locale.language_code)
    current = translation.get_language()
    versions = []
    for code, _name in settings.LANGUAGES:
        url = translations.get(code)
        versions.append(
            {
                "code": code,
                "name": LANGUAGE_NATIVE_NAMES.get(code, code),
                "url": url or homes.get(code, f"/{code}/"),
                "is_translation": url is not None,
                "is_current": code == current,
                "is_source": code in sources,
            }
        )
    request._lectern_language_versions = versions
    return versions


@register.simple_tag(takes_context=True)
def home_url(context):
    request = context.get("request")
    language = translation.get_language()
    if request is None:
        return f"/{language}/"
    return _home_urls(request).get(language, f"/{language}/")


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context, page):
    """Home › … › this page, from the page's ancestors (one query)."""
    trail = ancestors(page) if isinstance(page, Page) and page.depth > 2 else []
    return {"ancestors": trail, "page": page, "request": context.get("request")}
