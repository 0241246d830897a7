"""Helpers for pages that exist in several languages."""

from django.conf import settings
from django.utils import translation

from wagtail.models import Locale, Page

_locales_by_code = {}


def active_locale():
    """The Locale of the language being served, without a query per call.

    Wagtail's ``Locale.get_active()`` asks the database every time; locales change
    only when an administrator adds a language, which clears this (see signals).
    """
    code = translation.get_language() or settings.LANGUAGE_CODE
    locale = _locales_by_code.get(code)
    if locale is None:
        locale = Locale.get_active()
        _locales_by_code[code] = locale
    return locale


def forget_locales(**_kwargs):
    _locales_by_code.clear()


def localize_pages(pages, locale=None):
    """Map each page to its live translation in ``locale`` (itself if already there or untranslated).

    ``locale`` is a Locale or its id (an id spares the query for ``page.locale``).
    Links between pages (authors, topics, menu entries) may point to another language's
    page; one query finds all the translations instead of one query per link.
    """
    locale_id = getattr(locale, "pk", locale) or active_locale().pk
    pages = [page for page in pages if page is not None]
    foreign = {page.translation_key for page in pages if page.locale_id != locale_id}
    translations = {}
    if foreign:
        for translated in (
            Page.objects.live()
            .filter(translation_key__in=foreign, locale_id=locale_id)
            .select_related("locale")
            .specific(defer=True)
        ):
            translations[translated.translation_key] = translated
    return [translations.get(page.translation_key, page) if page.locale_id != locale_id else page for page in pages]
