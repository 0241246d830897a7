"""One place that decides how the fragments shared by every page are cached.

Menus and institute details appear on every page; they are cached under keys that
carry a version number, and any publish, unpublish, move, delete or snippet edit
bumps the version, so the next request rebuilds them.
"""

import hashlib

from django.conf import settings
from django.core.cache import cache

VERSION_KEY = "lectern:shared-version"


def shared_version():
    version = cache.get(VERSION_KEY)
    if version is None:
        version = 1
        cache.add(VERSION_KEY, version, timeout=None)
    return version


def shared_key(*parts):
    return ":".join(["lectern", str(shared_version()), *map(str, parts)])


def bump_shared_version(**_kwargs):
    try:
        cache.incr(VERSION_KEY)
    except ValueError:
        cache.set(VERSION_KEY, 2, timeout=None)


def fragment_timeout():
    return settings.SHARED_FRAGMENT_TIMEOUT


def cached_for_address(request, name, build):
    """``build()``, kept until the next publish for this address (path and query, ``?page=`` aside):
    what every page of a listing or a search shares, such as its facet counts."""
    query = request.GET.copy()
    query.pop("page", None)
    address = hashlib.sha256(f"{request.path}?{query.urlencode()}".encode()).hexdigest()
    key = shared_key(name, address)
    value = cache.get(key)
    if value is None:
        value = build()
        cache.set(key, value, fragment_timeout())
    return value
