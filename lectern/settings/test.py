"""Test settings: fast and hermetic."""

import os
import tempfile

os.environ.setdefault("SECRET_KEY", "test-only-not-secret")

from .base import *  # noqa: E402,F403

# Plain storage: tests need no collectstatic/manifest.
STORAGES = {**STORAGES, "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}  # noqa: F405
# MD5 makes creating users in fixtures ~100x faster; never used outside tests.
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# Uploaded and generated files go to a throwaway folder per run.
MEDIA_ROOT = tempfile.mkdtemp(prefix="lectern-test-media-")
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
ALLOWED_HOSTS = ["*"]
WAGTAILADMIN_BASE_URL = "http://testserver"
# In-process cache: each test run starts empty. With REDIS_URL (as CI's PostgreSQL run sets it) the
# real Redis cache instead, so the production path is tested; the autouse fixture in conftest.py
# empties it before and after every test (FLUSHDB), so REDIS_URL must name a database of its own.
if REDIS_URL:  # noqa: F405
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,  # noqa: F405
            "KEY_PREFIX": "lectern-test",
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "lectern-test"}}
# On PostgreSQL, a UTF-8 test database whatever the cluster's default (a cluster created without a
# locale, as on a bare CI machine, defaults to SQL_ASCII); another encoding must copy template0.
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":  # noqa: F405
    DATABASES["default"]["TEST"] = {"CHARSET": "UTF8", "TEMPLATE": "template0"}  # noqa: F405
# Most tests count the queries a page needs, which a kept page would hide; the page-cache tests
# turn it on themselves.
PAGE_CACHE_SECONDS = 0
