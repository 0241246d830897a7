"""Events on the small bilingual test site, built once per module (see ``builders.build_events``)."""

import pytest


@pytest.fixture(scope="module")
def events_data(site_data, django_db_blocker):
    from lectern.core.tests.builders import built_for_module, fast_builds

    from .builders import build_events

    def build():
        with fast_builds():
            return build_events(site_data)

    yield from built_for_module(django_db_blocker, build)


@pytest.fixture
def events(events_data, site):
    """The site (``site.en.home`` …) plus the events: ``events.en.conference``, ``events.he.conference`` …"""
    from conftest import SiteRefs

    return SiteRefs(events_data)
