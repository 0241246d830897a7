"""Whole pages for anonymous readers, served from the shared cache.

A reader without a session gets a page from the cache without reaching Wagtail or the database.
The key is the host, the full address (path and query) and its language, under the shared
version of ``lectern.core.cache``: every publish, unpublish, move, delete and snippet edit bumps
that version, so every page that shows the change (listings, topic and author pages, home,
feeds, sitemap) is retired at once, in every process that shares the cache.

Only what is the same for every anonymous reader is kept: a GET answered 200, with no cookie set
(a CSRF token, a message, a session), not marked private or uncacheable, varying on nothing but
the language and the encoding. Readers with a session (editors, a password page's visitors) and
pending messages always reach the view, as do the admin, documents, images and the health probe.

Kept pages carry an ``ETag`` and ``Cache-Control: public, max-age=0, must-revalidate``: browsers
revalidate and get a 304 from the cache; a CDN may hold them ``CDN_MAX_AGE`` seconds
(``s-maxage``) when it is purged on publish (``lectern.core.cdn``).
"""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.translation import get_language_from_path, get_language_from_request

from .cache import shared_key

# Addresses whose answers are never kept: the admin (always personal), files that Wagtail serves
# itself (documents check permissions; images are renditions made on demand) and the probe.
NEVER = ("/admin/", "/documents/", "/images/", "/healthz")
# Request cookies that change what a reader sees: a session (logged in, a page's password) or
# messages waiting to be shown.
PERSONAL_COOKIES = (settings.SESSION_COOKIE_NAME, "messages")
# Response headers a kept page may vary on: the language is part of the key (the address's, or
# the one the browser asks for), the encoding is the server's business, and the cookie only
# matters for readers we never serve.
HARMLESS_VARY = {"accept-encoding", "accept-language", "cookie"}
UNCACHEABLE = ("private", "no-cache", "no-store")


class PageCacheMiddleware:
    """Serve kept pages; keep the pages that are the same for every anonymous reader."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        seconds = settings.PAGE_CACHE_SECONDS
        if not seconds or not reads_public_page(request):
            return self.get_response(request)
        key = page_key(request)
        kept = cache.get(key)
        if kept is not None:
            return answer(request, restore(kept))
        response = self.get_response(request)
        if request.method == "GET" and same_for_everyone(request, response):
            mark_public(response)
            cache.set(key, keep(response), seconds)
            return answer(request, response)
        return response


def reads_public_page(request):
    return (
        request.method in ("GET", "HEAD")
        and not request.path.startswith(NEVER)
        and not any(name in request.COOKIES for name in PERSONAL_COOKIES)
    )


def page_key(request):
    address = f"{request.get_host()}{request.get_full_path()}"
    # The address's language, or for addresses without one (the sitemap), the language the
    # reader's browser asks for, which LocaleMiddleware would make active.
    language = get_language_from_path(request.path_info) or get_language_from_request(request)
    return shared_key("page", language, hashlib.sha256(address.encode()).hexdigest())


def same_for_everyone(request, response):
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    control = response.get("Cache-Control", "").lower()
    if any(word in control for word in UNCACHEABLE):
        return False
    vary = {header.strip().lower() for header in response.get("Vary", "").split(",") if header.strip()}
    return not vary - HARMLESS_VARY


def mark_public(response):
    # Weak: a proxy or CDN may compress the page on its way, and the tag must still match.
    response["ETag"] = f'W/"{hashlib.md5(response.content, usedforsecurity=False).hexdigest()}"'
    if not response.has_header("Cache-Control"):
        patch_cache_control(response, public=True, max_age=0, must_revalidate=True)
        if settings.CDN_MAX_AGE:
            patch_cache_control(response, s_maxage=settings.CDN_MAX_AGE)


def keep(response):
    headers = [(name, value) for name, value in response.items() if name.lower() != "set-cookie"]
    return (response.status_code, headers, response.content)


def restore(kept):
    status, headers, content = kept
    response = HttpResponse(content, status=status)
    for name, value in headers:
        response[name] = value
    return response


def answer(request, response):
    """``response``, or a 304 if the reader already holds this version of it."""
    return get_conditional_response(request, etag=response["ETag"], response=response)
