import os
import socket

from django.core.cache import caches
from django.core.cache.backends.redis import RedisCache
from django.test import override_settings

import pytest


def closed_port():
    """A port on 127.0.0.1 that nothing listens on: connections to it are refused at once."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.mark.django_db
def test_healthy(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response.json() == {"database": "ok", "cache": "ok"}
    assert "no-store" in response["Cache-Control"]


@pytest.mark.django_db
@pytest.mark.skipif(not os.environ.get("REDIS_URL"), reason="needs REDIS_URL (the PostgreSQL + Redis run)")
def test_healthy_on_a_real_redis(client):
    assert isinstance(caches["default"], RedisCache)  # the probe really writes to and reads from Redis
    redis = caches["default"]._cache.get_client(write=True)

    def calls(command):
        return redis.info("commandstats").get(f"cmdstat_{command}", {}).get("calls", 0)

    before = {command: calls(command) for command in ("set", "get", "del")}
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"database": "ok", "cache": "ok"}
    assert all(calls(command) > count for command, count in before.items())  # it wrote, read and deleted
    assert redis.keys("*healthz*") == []  # its probe key is removed, not left to expire


@pytest.mark.django_db
def test_an_unreachable_cache_answers_503_naming_it(client, caplog):
    broken = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": f"redis://127.0.0.1:{closed_port()}/0",
        }
    }
    with override_settings(CACHES=broken):
        response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json() == {"database": "ok", "cache": "failed"}
    assert "Health check cache failed" in caplog.text  # the cause goes to the log, not to the prober


@pytest.mark.django_db
def test_only_reads_are_answered(client):
    assert client.post("/healthz").status_code == 405
    assert client.head("/healthz").status_code == 200


def test_outside_the_language_prefixes(client, django_assert_max_num_queries, db):
    with django_assert_max_num_queries(1):  # SELECT 1, and nothing else
        assert client.get("/healthz", HTTP_ACCEPT_LANGUAGE="he").status_code == 200
    assert client.get("/en/healthz", follow=True).status_code == 404
