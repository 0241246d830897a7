"""Print what each main page costs: SQL queries, Python time and bytes, cold and warm cache.

Run against a database with the demo institute loaded:
    .venv/bin/python scripts/page_costs.py [URL ...]
A benchmark, not a test: the figures vary from machine to machine.
"""

import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
# The settings `make run` serves with (DEBUG off), on the demo database.
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lectern.settings.production")
os.environ.setdefault("SECRET_KEY", "page-costs-only")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.core.cache import cache  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402

from bs4 import BeautifulSoup  # noqa: E402

settings.ALLOWED_HOSTS = ["*"]
STATIC = Path(settings.BASE_DIR) / "lectern" / "static"


def first_link(client, url, selector):
    html = client.get(url).content
    link = BeautifulSoup(html, "html.parser").select_one(selector)
    return link["href"] if link else None


def default_urls(client):
    urls = ["/en/", "/he/", "/en/publications/", "/en/publications/?page=2", "/he/publications/"]
    series = first_link(client, "/en/publications/", ".series-nav a")
    urls += [series, first_link(client, "/en/publications/", ".card__title a")]
    urls += [first_link(client, "/he/publications/", ".card__title a")]
    urls += [first_link(client, "/en/topics/", ".topic-tree a"), "/en/topics/"]
    urls += [first_link(client, "/en/team/", ".card__title a"), "/en/team/"]
    urls += [first_link(client, "/en/projects/", ".card__title a"), "/en/about/", "/en/contact/"]
    return [url for url in urls if url]


def measure(client, url, repeat=5):
    queries = []

    def count(execute, sql, params, many, context):
        queries.append(sql)
        return execute(sql, params, many, context)

    with connection.execute_wrapper(count):
        response = client.get(url)
    timings = []
    for _ in range(repeat):
        start = time.process_time()
        client.get(url)
        timings.append(time.process_time() - start)
    return response.status_code, len(queries), len(response.content), sorted(timings)[len(timings) // 2]


def main():
    client = Client()
    urls = sys.argv[1:] or default_urls(client)
    assets = sum((STATIC / p).stat().st_size for p in ("css/lectern.css", "js/lectern.js"))
    print(f"CSS + JS (uncompressed): {assets / 1024:.1f} KB")
    print(f"{'page':58} {'status':>6} {'q cold':>6} {'q warm':>6} {'KB':>6} {'KB+css/js':>9} {'ms warm':>8}")
    for url in urls:
        cache.clear()
        status, cold_queries, size, _ = measure(client, url, repeat=1)
        status, warm_queries, size, cpu = measure(client, url)
        print(
            f"{url[:58]:58} {status:>6} {cold_queries:>6} {warm_queries:>6} {size / 1024:>6.1f} {(size + assets) / 1024:>9.1f} {cpu * 1000:>8.1f}"
        )


if __name__ == "__main__":
    main()
