"""Two app servers, one database, one cache: what is published on one is served by the other at once.

The production shape (docs/deployment.md) runs several gunicorn servers behind a load balancer, so
none may keep state of its own: sessions live in the database, the fragment (and page) cache and its
version counter in the shared cache, uploads in the shared media storage. Two separate gunicorn
servers, A and B, run the production settings against one database (a SQLite file, or a PostgreSQL
database of their own when the suite runs on PostgreSQL) and one cache (the file cache's folder, or
the Redis of ``REDIS_URL``). An editor works on A through the admin, as a browser would (login form,
CSRF token, the page's edit form, Publish); a reader on B sees the result on the next request.
"""

import io
import json
import os
import sqlite3
import subprocess
import sys
import time
from contextlib import ExitStack, contextmanager
from pathlib import Path
from urllib.parse import urlsplit

from django.db import connection, connections

from wagtail.images.utils import generate_signature

import pytest
import requests
from bs4 import BeautifulSoup
from PIL import Image

from lectern.core.tests.servers import scratch_postgres, stop
from tests.browser.conftest import _free_port

ROOT = Path(__file__).resolve().parents[3]
EDITOR = ("editor", "a-long-test-password")
TIMEOUT = 30  # seconds a request may take on a busy machine before the test gives up

# Asks pytest-django for the migrated test database, which the servers' database is copied from.
pytestmark = pytest.mark.django_db

# The pages the test works with, built by lectern.core.tests.builders.build_site: a project that the
# home page features and the projects listing shows.
PROJECT, PROJECTS, HOME = "/en/projects/labour-futures/", "/en/projects/", "/en/"
NEW_TITLE = "Work in the age of automation"

# Runs in its own process with the servers' environment: the small bilingual site and an editor.
BUILD = """
import json, os
import django
django.setup()
from django.contrib.auth import get_user_model
from lectern.core.tests.builders import build_site, fast_builds
with fast_builds():
    data = build_site()
get_user_model().objects.create_superuser(os.environ["EDITOR_NAME"], "editor@example.org", os.environ["EDITOR_PASSWORD"])
print(json.dumps(data.pks))
"""

# Production settings as they are, except static files: their hashing and compression
# (collectstatic, half a minute) happens once at build time and is no state of a server;
# the pages need only their addresses.
SETTINGS = """
from lectern.settings.production import *  # noqa: F403

STORAGES = {**STORAGES, "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}
"""


@contextmanager
def shared_database(workdir):
    """A ``DATABASE_URL`` for the servers, copied from the migrated test database (migrating afresh
    takes half a minute): a SQLite file, or a PostgreSQL database made with the test database as its
    template and dropped afterwards."""
    if connection.vendor == "sqlite":
        assert connection.is_in_memory_db(), "not the test database"
        path = workdir / "db.sqlite3"
        connection.ensure_connection()
        with sqlite3.connect(path) as target:
            connection.connection.backup(target)
        target.close()
        yield f"sqlite:///{path}"
        return
    assert connection.vendor == "postgresql", f"no shared-database recipe for {connection.vendor}"
    template = connection.settings_dict["NAME"]
    assert template.startswith("test_"), f"{template} is not a test database"
    connections.close_all()  # a template database must have no open sessions
    with scratch_postgres(connection.settings_dict, f"{template}_two_servers", template=template) as url:
        yield url


def shared_cache(workdir):
    """The cache both servers use: the Redis of ``REDIS_URL`` (emptied first, so nothing cached by
    another site's run is served here), or the default file cache in one folder."""
    redis_url = os.environ.get("REDIS_URL", "").strip()
    if redis_url:
        import redis

        redis.Redis.from_url(redis_url).flushdb()
        return {"REDIS_URL": redis_url}
    return {"FILE_CACHE_DIR": str(workdir / "cache")}


@contextmanager
def gunicorn(env, port):
    process = subprocess.Popen(
        [str(Path(sys.executable).parent / "gunicorn"), "lectern.wsgi:application"]
        + ["--bind", f"127.0.0.1:{port}", "--workers", "1"],
        env={**env, "BASE_URL": f"http://127.0.0.1:{port}"},
        cwd=ROOT,
    )
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        stop(process)


def wait_until_healthy(url):
    for _ in range(150):
        try:
            if requests.get(f"{url}/healthz", timeout=10).status_code == 200:
                return
        except requests.RequestException:  # not listening yet, or still loading
            pass
        time.sleep(0.2)
    pytest.fail(f"the server at {url} did not start")


@pytest.fixture(scope="module")
def servers(tmp_path_factory, django_db_setup, django_db_blocker):
    """(A, B, the built site's primary keys): two gunicorn servers sharing one database, cache and media."""
    workdir = tmp_path_factory.mktemp("two-servers")
    (workdir / "two_servers_settings.py").write_text(SETTINGS)
    with ExitStack() as stack:
        with django_db_blocker.unblock():
            database_url = stack.enter_context(shared_database(workdir))
        env = {
            **{key: value for key, value in os.environ.items() if key not in {"REDIS_URL", "FILE_CACHE_DIR"}},
            "DJANGO_SETTINGS_MODULE": "two_servers_settings",
            "PYTHONPATH": os.pathsep.join([str(workdir), str(ROOT)]),
            "SECRET_KEY": "two-servers-test-only",
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "DATABASE_URL": database_url,
            "MEDIA_ROOT": str(workdir / "media"),
            "STATIC_ROOT": str(workdir / "static"),
            "EMAIL_URL": "",
            **shared_cache(workdir),
        }
        built = subprocess.run(
            [sys.executable, "-c", BUILD],
            env={**env, "EDITOR_NAME": EDITOR[0], "EDITOR_PASSWORD": EDITOR[1]},
            cwd=ROOT,
            capture_output=True,
            text=True,
        )
        assert built.returncode == 0, built.stderr
        pks = json.loads(built.stdout.strip().splitlines()[-1])
        a = stack.enter_context(gunicorn(env, _free_port()))
        b = stack.enter_context(gunicorn(env, _free_port()))
        wait_until_healthy(a)
        wait_until_healthy(b)
        yield a, b, pks, env["SECRET_KEY"]


def form_data(html, selector):
    """What a browser would submit from the form: every named field with its current value."""
    form = BeautifulSoup(html, "html.parser").select_one(selector)
    assert form is not None, f"no form {selector}"
    data = []
    for field in form.select("input[name], textarea[name], select[name]"):
        name, kind = field["name"], field.get("type", "text").lower()
        if field.has_attr("disabled") or kind in {"submit", "button", "image", "file", "reset"}:
            continue
        if kind in {"checkbox", "radio"}:
            if field.has_attr("checked"):
                data.append((name, field.get("value", "on")))
        elif field.name == "select":
            data += [(name, option.get("value", option.text)) for option in field.select("option[selected]")]
        elif field.name == "textarea":
            data.append((name, field.text.removeprefix("\n")))
        else:
            data.append((name, field.get("value", "")))
    return data


def csrf_token(html):
    return BeautifulSoup(html, "html.parser").select_one("input[name=csrfmiddlewaretoken]")["value"]


def log_in(server):
    """An editor's session on ``server``, logged in through the admin's login form."""
    session = requests.Session()
    login = session.get(f"{server}/admin/login/", timeout=TIMEOUT)
    response = session.post(
        f"{server}/admin/login/",
        data={"csrfmiddlewaretoken": csrf_token(login.text), "username": EDITOR[0], "password": EDITOR[1]},
        timeout=TIMEOUT,
    )
    assert response.status_code == 200 and "/admin/login/" not in response.url, response.text[:500]
    return session


def read(session, url):
    """The page at ``url`` as ``session`` sees it, parsed; it must answer 200."""
    response = session.get(url, timeout=TIMEOUT)
    assert response.status_code == 200, f"{url}: {response.status_code}"
    return BeautifulSoup(response.text, "html.parser")


def test_a_publish_on_one_server_shows_on_the_other_at_once(servers):
    a, b, pks, _secret = servers
    reader = requests.Session()  # an anonymous reader on B: no cookies, so every page may be cached
    # B shows the project, the listing and the home page that features it, twice: from now on from
    # whatever B keeps (fragment cache, page cache).
    for address in (PROJECT, PROJECTS, HOME) * 2:
        assert "Labour futures" in read(reader, b + address).get_text()

    # The editor renames the project on A: the page's edit form as the admin renders it, then Publish.
    editor = log_in(a)
    edit_url = f"{a}/admin/pages/{pks['en.project']}/edit/"
    form = form_data(editor.get(edit_url, timeout=TIMEOUT).text, "form#page-edit-form")
    data = [(name, NEW_TITLE if name == "title" else value) for name, value in form]
    response = editor.post(edit_url, data=[*data, ("action-publish", "action-publish")], timeout=TIMEOUT)
    assert response.status_code == 200 and "/edit/" not in response.url, response.text[-2000:]

    # B serves the new title on the page, the listing and the home page at once.
    for address in (PROJECT, PROJECTS, HOME):
        text = read(reader, b + address).get_text()
        assert NEW_TITLE in text and "Labour futures" not in text, address
    # What the form carried over is unchanged: the summary and the team.
    project = read(reader, b + PROJECT)
    assert "How work changes." in project.get_text()
    assert {"Dana Levi", "Amir Cohen"} <= {link.get_text(strip=True) for link in project.select("a")}


def test_a_login_on_one_server_is_valid_on_the_other(servers):
    a, b, _pks, _secret = servers
    editor = log_in(a)
    # The session cookie A set opens B's admin: sessions are in the database, not in a process.
    dashboard = requests.get(f"{b}/admin/", cookies=editor.cookies, allow_redirects=False, timeout=TIMEOUT)
    assert dashboard.status_code == 200 and "/admin/logout/" in dashboard.text
    anonymous = requests.get(f"{b}/admin/", allow_redirects=False, timeout=TIMEOUT)
    assert anonymous.status_code == 302 and "/admin/login/" in anonymous.headers["Location"]


def test_a_file_uploaded_on_one_server_is_served_by_the_other(servers):
    a, b, _pks, secret = servers
    editor = log_in(a)
    headers = {"X-CSRFToken": editor.cookies["csrftoken"], "X-Requested-With": "XMLHttpRequest"}
    content = b"Annual report of the institute, uploaded on server A.\n" * 20

    # A document, through the admin's upload page (the same request its drag-and-drop makes).
    uploaded = editor.post(
        f"{a}/admin/documents/multiple/add/",
        files={"files[]": ("annual-report.txt", content, "text/plain")},
        headers=headers,
        timeout=TIMEOUT,
    )
    assert uploaded.status_code == 200 and uploaded.json()["success"], uploaded.text[:500]
    document_id = uploaded.json()["doc_id"]
    described = requests.get(f"{b}/api/v2/documents/{document_id}/", timeout=TIMEOUT).json()
    served = requests.get(b + urlsplit(described["meta"]["download_url"]).path, timeout=TIMEOUT)
    assert served.status_code == 200 and served.content == content

    # An image, through the admin's add-image form (alt text is required); B makes a rendition of it.
    buffer = io.BytesIO()
    Image.new("RGB", (120, 80), "darkgreen").save(buffer, format="PNG")
    form = editor.get(f"{a}/admin/images/add/", timeout=TIMEOUT).text
    fields = dict(form_data(form, "form[enctype='multipart/form-data']"))
    fields.update(title="Harbour at noon", description="Ships in the harbour at noon")
    added = editor.post(
        f"{a}/admin/images/add/",
        data=fields,
        files={"file": ("harbour.png", buffer.getvalue(), "image/png")},
        timeout=TIMEOUT,
    )
    assert added.status_code == 200 and "/admin/images/add/" not in added.url, added.text[-1500:]
    images = requests.get(
        f"{b}/api/v2/images/", params={"search": "Harbour", "fields": "title"}, timeout=TIMEOUT
    ).json()["items"]
    image_id = next(item["id"] for item in images if item["title"] == "Harbour at noon")
    signature = generate_signature(image_id, "width-60", key=secret)
    rendition = requests.get(f"{b}/images/{signature}/{image_id}/width-60/", timeout=TIMEOUT)
    assert rendition.status_code == 200 and rendition.headers["Content-Type"] == "image/png"
    assert Image.open(io.BytesIO(rendition.content)).size == (60, 40)
