"""Browser tests run against the demo institute served the way `make run` serves it:
a fresh database, migrated and loaded by `load_demo`, behind gunicorn with the production
settings (DEBUG off, compressed static files). The database is a SQLite file and the cache a
folder, or, when the suite runs on PostgreSQL and Redis (``DATABASE_URL``, ``REDIS_URL``), a
PostgreSQL database and a Redis database of the demo's own, as in production."""

import os
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest

from lectern.core.tests.servers import scratch_postgres, stop

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
EDITOR = ("editor", "a-long-test-password")


def _free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="session")
def demo_mailbox():
    """The real SMTP server the served demo sends its email to (``Mailbox``: wait_for, to, clear)."""
    from lectern.core.tests.smtp import LocalSMTPServer

    with LocalSMTPServer() as server:
        server.mailbox.url = server.url
        yield server.mailbox


@contextmanager
def demo_database(workdir):
    """The demo's ``DATABASE_URL``: a SQLite file, or on a PostgreSQL run a database of its own
    next to the test database (``test_<name>_demo``), dropped afterwards."""
    database_url = os.environ.get("DATABASE_URL", "").strip()
    if not database_url.startswith(("postgres://", "postgresql://")):
        yield f"sqlite:///{workdir}/db.sqlite3"
        return
    import dj_database_url

    params = dj_database_url.parse(database_url)
    with scratch_postgres(params, f"test_{params['NAME']}_demo") as url:
        yield url


def demo_cache(workdir):
    """The demo's cache: a folder, or on a Redis run the next Redis database after the tests' own
    (the tests empty theirs before and after each test), emptied first."""
    redis_url = os.environ.get("REDIS_URL", "").strip()
    if not redis_url:
        return {"FILE_CACHE_DIR": str(workdir / "cache")}
    import redis

    parts = urlsplit(redis_url)
    number = int(parts.path.strip("/") or 0)
    demo_url = urlunsplit(parts._replace(path=f"/{number + 1 if number < 15 else number - 1}"))
    redis.Redis.from_url(demo_url).flushdb()
    return {"REDIS_URL": demo_url}


@pytest.fixture(scope="session")
def demo_server(tmp_path_factory, demo_mailbox):
    workdir = tmp_path_factory.mktemp("demo-institute")
    with demo_database(workdir) as database_url:
        yield from _serve_demo(workdir, database_url, demo_mailbox)


def _serve_demo(workdir, database_url, demo_mailbox):
    port = _free_port()
    env = {
        **{key: value for key, value in os.environ.items() if key not in {"REDIS_URL", "FILE_CACHE_DIR"}},
        "DJANGO_SETTINGS_MODULE": "lectern.settings.production",
        "SECRET_KEY": "browser-tests-only",
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DATABASE_URL": database_url,
        "MEDIA_ROOT": str(workdir / "media"),
        "STATIC_ROOT": str(workdir / "static"),
        **demo_cache(workdir),
        "BASE_URL": f"http://127.0.0.1:{port}",
        "DJANGO_SUPERUSER_PASSWORD": EDITOR[1],
        "EMAIL_URL": demo_mailbox.url,
        "DEFAULT_FROM_EMAIL": "Lectern demo <noreply@lectern.example>",
    }
    manage = [sys.executable, str(ROOT / "manage.py")]
    for command in (
        ["collectstatic", "--noinput", "-v0"],
        ["migrate", "--noinput", "-v0"],
        ["load_demo", "--no-admin"],
        ["update_index", "-v0"],
        ["createsuperuser", "--noinput", "--username", EDITOR[0], "--email", "editor@example.org"],
    ):
        subprocess.run([*manage, *command], env=env, cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    server = subprocess.Popen(
        [
            str(Path(sys.executable).parent / "gunicorn"),
            "lectern.wsgi:application",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            "2",
        ],
        env=env,
        cwd=ROOT,
    )
    # The task worker, as `make run` starts it: the newsletter's sign-up emails go through it.
    worker = subprocess.Popen(
        [*manage, "db_worker", "--backend", "queue", "--queue-name", "*", "--interval", "1", "--no-startup-delay"],
        env=env,
        cwd=ROOT,
    )
    base_url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(f"{base_url}/en/", timeout=2)  # noqa: S310 (our own server)
                break
            except OSError:
                time.sleep(0.2)
        else:
            pytest.fail("the demo server did not start")
        yield base_url
    finally:
        stop(server, worker)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    # Debian's Chromium, not a downloaded browser; no background traffic to the outside.
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "args": [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--no-first-run",
        ],
    }


def fetch(url):
    with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310 (our own server)
        return response.read().decode()


def links(html, selector):
    from bs4 import BeautifulSoup

    return [a["href"] for a in BeautifulSoup(html, "html.parser").select(selector)]


@pytest.fixture(scope="session")
def demo_urls(demo_server):
    """Addresses of representative demo pages, found by reading the site as a visitor would."""
    publications = links(fetch(f"{demo_server}/en/publications/"), ".card__title a")
    translated = None
    for url in publications:
        if 'rel="alternate" hreflang="he"' in fetch(demo_server + url):
            translated = url
            break
    people = links(fetch(f"{demo_server}/en/team/"), ".card__title a")
    topics = links(fetch(f"{demo_server}/en/topics/"), ".topic-tree a")
    he_publications = links(fetch(f"{demo_server}/he/publications/"), ".card__title a")
    he_people = links(fetch(f"{demo_server}/he/team/"), ".card__title a")
    assert publications and translated and people and topics and he_publications and he_people
    # Media and podcast: a press release, a video and an episode, as a reader reaches them.
    press_releases = links(fetch(f"{demo_server}/en/media/press-releases/"), ".card__title a")
    videos = links(fetch(f"{demo_server}/en/media/videos/"), ".card__title a")
    episodes = links(fetch(f"{demo_server}/en/podcast/"), ".card__title a")
    assert press_releases and videos and episodes
    # Events and contact: an upcoming event (registration open) and a past one with its recording.
    upcoming_events = links(fetch(f"{demo_server}/en/events/"), ".events-upcoming .card__title a")
    past_events = links(fetch(f"{demo_server}/en/events/"), ".events-past .card__title a")
    he_upcoming_events = links(fetch(f"{demo_server}/he/events/"), ".events-upcoming .card__title a")
    assert upcoming_events and past_events and he_upcoming_events
    return {
        "home": "/en/",
        "listing": "/en/publications/",
        "publication": publications[0],
        "translated_publication": translated,
        "person": people[0],
        "topic": topics[0],
        "he_home": "/he/",
        "he_listing": "/he/publications/",
        "he_publication": he_publications[0],
        "he_person": he_people[0],
        "media": "/en/media/",
        "he_media": "/he/media/",
        "press_release": press_releases[0],
        "he_press_release": press_releases[0].replace("/en/", "/he/", 1),
        "videos": "/en/media/videos/",
        "he_videos": "/he/media/videos/",
        "video": videos[0],
        "podcast": "/en/podcast/",
        "he_podcast": "/he/podcast/",
        "episode": episodes[0],
        "he_episode": episodes[0].replace("/en/", "/he/", 1),
        "events": "/en/events/",
        "he_events": "/he/events/",
        "event": upcoming_events[0],
        "he_event": he_upcoming_events[0],
        "past_event": past_events[0],
        "contact": "/en/contact/",
        "he_contact": "/he/contact/",
        "newsletter": "/en/newsletter/",
        "he_newsletter": "/he/newsletter/",
        "search": "/en/search/?q=iran",
        "he_search": "/he/search/?q=%D7%97%D7%96%D7%91%D7%90%D7%9C%D7%9C%D7%94",  # חזבאללה
    }
