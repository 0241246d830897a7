"""Typed reads of environment variables, validated once when the settings load.

Each reader fails fast with ``ImproperlyConfigured`` and a message that names the variable,
so a deployment with a missing or malformed value stops at start-up, not on the first request.
"""

import os
from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured


def _raw(name):
    value = os.environ.get(name)
    return None if value is None or value.strip() == "" else value.strip()


def env_str(name, default=None, *, required=False, choices=None):
    value = _raw(name)
    if value is None:
        if required:
            raise ImproperlyConfigured(f"The environment variable {name} is required (see .env.example).")
        return default
    if choices and value not in choices:
        raise ImproperlyConfigured(f"{name} must be one of {', '.join(choices)}, not {value!r}.")
    return value


def env_bool(name, default=False):
    value = _raw(name)
    if value is None:
        return default
    if value.lower() in {"1", "true", "yes", "on"}:
        return True
    if value.lower() in {"0", "false", "no", "off"}:
        return False
    raise ImproperlyConfigured(f"{name} must be true or false, not {value!r}.")


def env_int(name, default, *, minimum=0):
    value = _raw(name)
    if value is None:
        return default
    try:
        number = int(value)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be a whole number, not {value!r}.") from None
    if number < minimum:
        raise ImproperlyConfigured(f"{name} must be at least {minimum}, not {number}.")
    return number


def env_list(name, default, *, required=False):
    value = _raw(name)
    items = [item.strip() for item in value.split(",") if item.strip()] if value else []
    if not items:
        if required:
            raise ImproperlyConfigured(
                f"The environment variable {name} is required: a comma-separated list (see .env.example)."
            )
        return list(default)
    return items


def env_url(name, default=None, *, schemes, required=False):
    """An address whose scheme is one of ``schemes`` and that names a host (or, for file-like
    schemes such as sqlite, a path)."""
    value = env_str(name, default, required=required)
    if value is None or value == default:
        return value
    parts = urlsplit(value)
    if parts.scheme not in schemes:
        raise ImproperlyConfigured(
            f"{name} must start with {' or '.join(s + '://' for s in sorted(schemes))}, not {value.split('://')[0]!r}."
        )
    if not (parts.hostname or parts.path.strip("/")):
        raise ImproperlyConfigured(f"{name} names no host: {parts.scheme}://…")
    return value


def env_origins(name):
    """Origins such as https://www.example.org (scheme and host, nothing else)."""
    origins = env_list(name, [])
    for origin in origins:
        parts = urlsplit(origin)
        if parts.scheme not in {"http", "https"} or not parts.hostname or parts.path not in {"", "/"}:
            raise ImproperlyConfigured(f"{name}: {origin!r} is not an origin like https://www.example.org.")
    return origins
