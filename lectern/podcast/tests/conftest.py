import pytest


@pytest.fixture(scope="module")
def site_data(django_db_setup, django_db_blocker):
    """The test site with a podcast show (see ``builders.build_podcast``)."""
    from lectern.core.tests.builders import build_site, built_for_module, fast_builds
    from lectern.podcast.tests.builders import build_podcast

    def build():
        with fast_builds():
            return build_podcast(build_site())

    yield from built_for_module(django_db_blocker, build)
