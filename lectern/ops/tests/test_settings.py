"""Production settings read in a fresh interpreter with a controlled environment, as a server starts."""

import json
import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
PRODUCTION = {
    "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
    "DJANGO_SETTINGS_MODULE": "lectern.settings.production",
    "SECRET_KEY": secrets.token_urlsafe(50),
    "ALLOWED_HOSTS": "www.example.org",
}

# Reads the settings module only (no Django set-up): what start-up would validate.
READ_SETTINGS = """
import importlib, json, os
settings = importlib.import_module(os.environ["DJANGO_SETTINGS_MODULE"])
names = ["ALLOWED_HOSTS", "STORAGES", "CONTENT_SECURITY_POLICY", "CACHES", "EMAIL_HOST", "EMAIL_PORT",
         "TRUSTED_PROXY_COUNT", "CSRF_TRUSTED_ORIGINS", "SECURE_HSTS_SECONDS", "SESSION_COOKIE_SECURE",
         "PAGE_CACHE_SECONDS", "CDN_MAX_AGE", "WAGTAILFRONTENDCACHE"]
print(json.dumps({name: getattr(settings, name, None) for name in names}, default=str))
"""


def run(args, **env):
    return subprocess.run(
        [sys.executable, *args], env={**PRODUCTION, **env}, cwd=ROOT, capture_output=True, text=True, timeout=120
    )


def read_settings(**env):
    result = run(["-c", READ_SETTINGS], **env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def start_up_error(**env):
    """The settings refuse to load; the last line of the traceback is the message people read."""
    result = run(["-c", READ_SETTINGS], **env)
    assert result.returncode != 0, result.stdout
    return result.stderr.strip().splitlines()[-1]


def test_deploy_check_is_clean_with_https():
    result = run(["manage.py", "check", "--deploy", "--fail-level", "WARNING"], HTTPS="true")
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


def test_deploy_check_over_plain_http_warns_only_about_https():
    # `make run` on 127.0.0.1: HSTS, HTTPS redirect and secure cookies are off on purpose.
    result = run(["manage.py", "check", "--deploy"], HTTPS="false", ALLOWED_HOSTS="127.0.0.1,localhost")
    assert result.returncode == 0, result.stderr
    reported = sorted(line.split(")")[0].split("(")[1] for line in result.stderr.splitlines() if "(security." in line)
    assert reported == ["security.W004", "security.W008", "security.W012", "security.W016"]


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"SECRET_KEY": ""}, "The environment variable SECRET_KEY is required"),
        ({"ALLOWED_HOSTS": " , "}, "The environment variable ALLOWED_HOSTS is required"),
        ({"DATABASE_URL": "postgress://lectern@db/lectern"}, "DATABASE_URL must start with"),
        ({"DATABASE_URL": "postgres://"}, "DATABASE_URL names no host"),
        ({"REDIS_URL": "127.0.0.1:6379"}, "REDIS_URL must start with"),
        ({"EMAIL_URL": "mail.example.org:587"}, "EMAIL_URL must start with"),
        ({"BASE_URL": "www.example.org"}, "BASE_URL must start with"),
        ({"HTTPS": "sometimes"}, "HTTPS must be true or false"),
        ({"TRUSTED_PROXY_COUNT": "two"}, "TRUSTED_PROXY_COUNT must be a whole number"),
        ({"TRUSTED_PROXY_COUNT": "-1"}, "TRUSTED_PROXY_COUNT must be at least 0"),
        ({"CSRF_TRUSTED_ORIGINS": "www.example.org"}, "CSRF_TRUSTED_ORIGINS: 'www.example.org' is not an origin"),
        ({"MEDIA_STORAGE": "ftp"}, "MEDIA_STORAGE must be one of local, s3"),
        ({"MEDIA_STORAGE": "s3"}, "MEDIA_STORAGE=s3 needs AWS_STORAGE_BUCKET_NAME"),
        ({"PAGE_CACHE_SECONDS": "ten minutes"}, "PAGE_CACHE_SECONDS must be a whole number"),
        ({"CDN_PURGE_URL": "varnish:6081"}, "CDN_PURGE_URL must start with"),
        ({"CLOUDFLARE_ZONE_ID": "abc123"}, "The environment variable CLOUDFLARE_API_TOKEN is required"),
    ],
)
def test_a_missing_or_malformed_variable_stops_start_up_naming_it(env, message):
    error = start_up_error(**env)
    assert error.startswith("django.core.exceptions.ImproperlyConfigured: ")
    assert message in error


def test_services_come_from_their_addresses():
    settings = read_settings(
        DATABASE_URL="postgres://lectern:secret@db.internal:5432/lectern",
        REDIS_URL="redis://cache.internal:6379/1",
        EMAIL_URL="smtp://lectern:secret@mail.example.org:587/?tls=True",
        CSRF_TRUSTED_ORIGINS="https://www.example.org,https://example.org",
        TRUSTED_PROXY_COUNT="1",
    )
    assert settings["CACHES"]["default"] == {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": "redis://cache.internal:6379/1",
    }
    assert (settings["EMAIL_HOST"], settings["EMAIL_PORT"]) == ("mail.example.org", 587)
    assert settings["CSRF_TRUSTED_ORIGINS"] == ["https://www.example.org", "https://example.org"]
    assert settings["TRUSTED_PROXY_COUNT"] == 1


def test_pages_are_kept_ten_minutes_and_a_cdn_is_purged_only_when_configured():
    default = read_settings()
    assert (default["PAGE_CACHE_SECONDS"], default["CDN_MAX_AGE"], default["WAGTAILFRONTENDCACHE"]) == (600, 0, {})
    cdn = read_settings(CDN_PURGE_URL="http://varnish.internal:6081", CDN_MAX_AGE="3600", PAGE_CACHE_SECONDS="0")
    assert (cdn["PAGE_CACHE_SECONDS"], cdn["CDN_MAX_AGE"]) == (0, 3600)
    assert cdn["WAGTAILFRONTENDCACHE"] == {
        "http": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": "http://varnish.internal:6081",
        }
    }
    cloudflare = read_settings(CLOUDFLARE_ZONE_ID="zone", CLOUDFLARE_API_TOKEN="token")
    assert cloudflare["WAGTAILFRONTENDCACHE"]["cloudflare"]["ZONEID"] == "zone"


def test_media_stays_in_the_local_folder_by_default():
    settings = read_settings()
    assert settings["STORAGES"]["default"] == {"BACKEND": "django.core.files.storage.FileSystemStorage"}
    assert settings["STORAGES"]["staticfiles"]["BACKEND"].startswith("whitenoise.")
    assert settings["CONTENT_SECURITY_POLICY"]["DIRECTIVES"]["img-src"] == ["'self'", "data:"]


S3 = {
    "AWS_STORAGE_BUCKET_NAME": "lectern-media",
    "AWS_S3_ENDPOINT_URL": "https://objects.example.net",
    "AWS_S3_REGION_NAME": "eu-central",
    "AWS_ACCESS_KEY_ID": "key-id",
    "AWS_SECRET_ACCESS_KEY": "key-secret",
}


def test_a_bucket_switches_media_to_object_storage():
    settings = read_settings(**S3)
    assert settings["STORAGES"]["default"] == {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": "lectern-media",
            "endpoint_url": "https://objects.example.net",
            "region_name": "eu-central",
            "access_key": "key-id",
            "secret_key": "key-secret",
            "custom_domain": None,
            "location": "",
            "querystring_auth": False,
            "file_overwrite": False,
        },
    }
    assert settings["STORAGES"]["staticfiles"]["BACKEND"].startswith("whitenoise.")
    # Pages may show images and play audio from the bucket.
    directives = settings["CONTENT_SECURITY_POLICY"]["DIRECTIVES"]
    assert "https://objects.example.net" in directives["img-src"]
    assert "https://objects.example.net" in directives["media-src"]


def test_public_media_addresses_use_the_custom_domain_unsigned():
    # The storage itself, built by Django from the settings: addresses need no request to S3.
    script = (
        "import django; django.setup(); from django.core.files.storage import storages; s = storages['default']; "
        "print(type(s).__name__, s.url('images/poster.jpg'))"
    )
    result = run(["-c", script], MEDIA_STORAGE="s3", AWS_S3_CUSTOM_DOMAIN="media.example.org", **S3)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["S3Storage", "https://media.example.org/images/poster.jpg"]


PRODUCTION_REQUESTS = """
import django; django.setup()
from django.test import Client
from django.test.utils import setup_test_environment
setup_test_environment()
client = Client()
for path, secure in [("/healthz", True), ("/healthz", False), ("/en/", False)]:
    response = client.get(path, secure=secure)
    print(path, secure, response.status_code, response.headers.get("Location", "-"),
          response.headers.get("Strict-Transport-Security", "-"), sep="|")
"""


def test_https_deployment_sends_hsts_and_redirects_plain_http_except_the_health_probe(tmp_path):
    result = run(
        ["-c", PRODUCTION_REQUESTS],
        HTTPS="true",
        ALLOWED_HOSTS="testserver",
        DATABASE_URL=f"sqlite:///{tmp_path}/db.sqlite3",
        FILE_CACHE_DIR=str(tmp_path / "cache"),
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    assert lines == [
        "/healthz|True|200|-|max-age=31536000; includeSubDomains; preload",
        "/healthz|False|200|-|-",
        "/en/|False|301|https://testserver/en/|-",
    ]
