"""Helpers for pages that exist in several languages."""

from django.utils import translation

from wagtail.models import Locale, Page


def active_locale():
    """The Locale of the language being served (cached by Wagtail per request)."""
    return Locale.get_active()


def localize_pages(pages, locale=None):
    """Map each page to its live translation in ``locale`` (itself if already there or untranslated).

    Links between pages (authors, topics, menu entries) may point to another language's
    page; one query finds all the translations instead of one query per link.
    """
    locale = locale or active_locale()
    pages = [page for page in pages if page is not None]
    foreign = {page.translation_key for page in pages if page.locale_id != locale.id}
    translations = {}
    if foreign:
        for translated in (
            Page.objects.live()
            .filter(translation_key__in=foreign, locale=locale)
            .select_related("locale")
            .specific(defer=True)
        ):
            translations[translated.translation_key] = translated
    return [translations.get(page.translation_key, page) if page.locale_id != locale.id else page for page in pages]


def other_languages():
    """The (code, name) pairs of the site's languages other than the active one."""
    from django.conf import settings

    current = translation.get_language()
    return [(code, name) for code, name in settings.LANGUAGES if code != current]
