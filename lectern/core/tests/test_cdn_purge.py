"""Purging a CDN on publish (lectern/core/cdn.py), against a real HTTP server on 127.0.0.1 that
records the PURGE requests Wagtail's HTTP backend sends it, as Varnish or nginx would get them."""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

WAGES = "/en/publications/insight/wages-and-growth/"


class PurgeRecorder(BaseHTTPRequestHandler):
    def do_PURGE(self):  # noqa: N802 - the method name http.server dispatches to
        self.server.purged.append((self.headers["Host"], self.path))
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def cdn(settings):
    server = ThreadingHTTPServer(("127.0.0.1", 0), PurgeRecorder)
    server.purged = []
    threading.Thread(target=server.serve_forever, daemon=True).start()
    settings.WAGTAILFRONTENDCACHE = {
        "http": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": f"http://127.0.0.1:{server.server_port}",
        }
    }
    yield server
    server.shutdown()
    server.server_close()


def purged_paths(cdn):
    assert {host for host, _ in cdn.purged} == {"localhost"}  # the site's host, not the CDN's
    return {path for _, path in cdn.purged}


def test_publishing_purges_the_page_and_every_page_that_shows_it(site, cdn, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        site.en.wages.save_revision().publish()
    paths = purged_paths(cdn)
    assert {
        WAGES,
        "/en/publications/insight/",  # its series
        "/en/publications/",  # the archive
        "/en/",  # the home page
        "/en/topics/labour-market/",  # its topics
        "/en/topics/security/",
        "/en/topics/economy/",  # a topic above one of them lists it too
        "/en/team/dana-levi/",  # its authors
        "/en/team/amir-cohen/",
        "/en/feeds/publications.rss",
        "/en/feeds/publications.atom",
        "/sitemap.xml",
        "/sitemap-publications.xml",
    } <= paths
    assert not any(path.startswith("/he/") for path in paths)  # the Hebrew version did not change


def test_unpublishing_and_moving_purge_old_places(site, cdn, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        site.en.wages.move(site.en.papers, pos="last-child")
    moved = purged_paths(cdn)
    assert {WAGES, "/en/publications/insight/", "/en/publications/policy-papers/wages-and-growth/"} <= moved
    cdn.purged.clear()
    with django_capture_on_commit_callbacks(execute=True):
        site.he.wages.unpublish()
    assert "/he/publications/insight/" in purged_paths(cdn) or "/he/publications/policy-papers/" in purged_paths(cdn)


def test_without_a_cdn_configured_nothing_is_sent(site, cdn, settings, django_capture_on_commit_callbacks):
    settings.WAGTAILFRONTENDCACHE = {}
    with django_capture_on_commit_callbacks(execute=True):
        site.en.wages.save_revision().publish()
    assert cdn.purged == []
