"""Fixtures shared by the whole suite.

The bilingual test institute (``lectern.core.tests.builders.build_site``) is built once
per test module inside a transaction that is rolled back when the module ends, and each
test runs in a savepoint inside it (as Django's ``setUpTestData`` does). Tests reach the
pages through the ``site`` fixture, which loads fresh instances per test.
"""

import os

# Playwright's sync API keeps an event loop running in the test process once a browser test
# has started, and Django then refuses ORM calls from later tests as if they were async code.
# Nothing in the test suite is async: let those calls through.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

from django.core.cache import cache  # noqa: E402
from django.utils import translation

import pytest


def pytest_collection_modifyitems(session, config, items):
    """Transactional tests after the others: the flush that ends each one also empties what
    migrations put in the database (root page and collection, locales), which the other tests
    rely on. Browser tests last: they are the slowest, and a failure elsewhere should show first."""

    def transactional(item):
        marker = item.get_closest_marker("django_db")
        return "transactional_db" in item.fixturenames or bool(marker and marker.kwargs.get("transaction"))

    items.sort(key=lambda item: (item.get_closest_marker("browser") is not None, transactional(item)))


def pytest_configure(config):
    # WhiteNoise warns that STATIC_ROOT (filled by collectstatic) is missing; tests need no collected files.
    config.addinivalue_line("filterwarnings", "ignore:No directory at:UserWarning")


@pytest.fixture(autouse=True)
def _fresh_cache_and_language():
    """Every test starts with an empty cache (menus, site root paths) and English active."""
    cache.clear()
    with translation.override("en"):
        yield
    cache.clear()


@pytest.fixture(scope="module")
def site_data(django_db_setup, django_db_blocker):
    """The small bilingual site, built once per module and rolled back after it."""
    from lectern.core.tests.builders import build_site, built_for_module, fast_builds

    def build():
        with fast_builds():
            return build_site()

    yield from built_for_module(django_db_blocker, build)


class SiteRefs:
    """Fresh model instances of the built site: ``site.en.wages``, ``site.he.home``, ``site.image.lead`` …

    Each instance is loaded on first use in a test, so changes made by one test never leak
    into another.
    """

    def __init__(self, data, prefix=""):
        self._data = data
        self._prefix = prefix

    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        key = f"{self._prefix}{name}"
        if key in self._data.pks:
            value = self._data.models[key].objects.get(pk=self._data.pks[key])
        elif any(existing.startswith(f"{key}.") for existing in self._data.pks):
            value = SiteRefs(self._data, f"{key}.")
        else:
            raise AttributeError(f"The test site has no {key!r}.")
        setattr(self, name, value)
        return value

    def pk(self, dotted_name):
        return self._data.pks[dotted_name]


@pytest.fixture
def site(site_data, db):
    """The bilingual test site (see ``builders.build_site``) with fresh instances per test."""
    return SiteRefs(site_data)


@pytest.fixture
def he_client(client):
    """A test client whose browser prefers Hebrew."""
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "he"
    return client


@pytest.fixture
def smtp_server(settings):
    """A real SMTP server on 127.0.0.1 that Django's SMTP backend delivers to; yields its mailbox."""
    from lectern.core.tests.smtp import LocalSMTPServer

    with LocalSMTPServer() as server:
        settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
        settings.EMAIL_HOST = "127.0.0.1"
        settings.EMAIL_PORT = server.port
        settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
        settings.EMAIL_HOST_USER = settings.EMAIL_HOST_PASSWORD = ""
        yield server.mailbox
