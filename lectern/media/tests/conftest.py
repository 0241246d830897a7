import pytest


@pytest.fixture(scope="module")
def site_data(django_db_setup, django_db_blocker):
    """The test site with its media section (see ``builders.build_media``)."""
    from lectern.core.tests.builders import build_site, built_for_module, fast_builds
    from lectern.media.tests.builders import build_media

    def build():
        with fast_builds():
            return build_media(build_site())

    yield from built_for_module(django_db_blocker, build)
