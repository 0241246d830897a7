"""``scripts/bench.py`` only: the production settings plus the benchmark's ceiling view and a
header with each response's SQL query count (``lectern.core.bench_views``). Never deployed."""

from .production import *  # noqa: F403

ROOT_URLCONF = "lectern.core.bench_urls"
# Outermost, so the count covers every middleware's queries too.
MIDDLEWARE = ["lectern.core.bench_views.QueryCountMiddleware", *MIDDLEWARE]  # noqa: F405
