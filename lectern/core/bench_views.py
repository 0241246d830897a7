"""Benchmark-only helpers (``scripts/bench.py``), active under ``lectern.settings.bench``.

* ``ceiling``: a bare view that returns a fixed page of ``size`` bytes through the same
  server and middleware as the site: the fastest any page could be served.
* ``QueryCountMiddleware``: the number of SQL queries a request ran, in ``X-Lectern-Queries``.
"""

from functools import lru_cache

from django.db import connections
from django.http import HttpResponse

MAX_SIZE = 2_000_000


@lru_cache(maxsize=8)
def fixed_page(size):
    head, tail = b"<!doctype html><html lang=en><title>Ceiling</title><p>", b"</p></html>\n"
    return head + b"x" * max(0, size - len(head) - len(tail)) + tail


def ceiling(request, size):
    return HttpResponse(fixed_page(min(size, MAX_SIZE)), content_type="text/html; charset=utf-8")


class QueryCountMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        count = 0

        def counter(execute, sql, params, many, context):
            nonlocal count
            count += 1
            return execute(sql, params, many, context)

        wrapped = [connection.execute_wrapper(counter) for connection in connections.all()]
        for wrapper in wrapped:
            wrapper.__enter__()
        try:
            response = self.get_response(request)
        finally:
            for wrapper in reversed(wrapped):
                wrapper.__exit__(None, None, None)
        response["X-Lectern-Queries"] = str(count)
        return response
