"""Settings shared by every deployment; safe for production by default.

Everything that differs between deployments is read from the environment
(see ``lectern.settings.env`` and ``.env.example``).
"""

from datetime import timedelta
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

from .env import env_bool, env_int, env_list, env_str, env_url

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent

SECRET_KEY = env_str("SECRET_KEY", required=True)
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost"])

INSTALLED_APPS = [
    "lectern.core",
    "lectern.users",
    "lectern.images",
    "lectern.home",
    "lectern.topics",
    "lectern.people",
    "lectern.publications",
    "lectern.projects",
    "lectern.standardpages",
    "lectern.navigation",
    "lectern.metadata",
    "lectern.demo",
    "lectern.feeds",
    "lectern.search",
    "lectern.api",
    "lectern.events",
    "lectern.newsletter",
    "lectern.media",
    "lectern.podcast",
    "lectern.contact",
    "lectern.ops",
    "wagtail_localize",
    "wagtail_localize.locales",  # replaces wagtail.locales
    "wagtail_footnotes",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.table_block",
    "wagtail.contrib.typed_table_block",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail.api.v2",
    "wagtail",
    "django_tasks",
    "axes",
    "csp",
    "django_tasks_db",
    "modelcluster",
    "taggit",
    "django_filters",
    "rest_framework",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.postgres",  # harmless on SQLite; Wagtail needs it on PostgreSQL
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "lectern.ops.middleware.ContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Before sessions, locale and CSRF: a kept page skips them all. After the security headers,
    # which every answer gets, kept or not.
    "lectern.core.page_cache.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes asks: it turns a locked-out login into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "lectern.urls"
WSGI_APPLICATION = "lectern.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "lectern.core.context_processors.chrome",
            ],
        },
    },
]

DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": BASE_DIR / "db.sqlite3"}}
import dj_database_url  # noqa: E402

DATABASE_URL = env_url("DATABASE_URL", "", schemes=set(dj_database_url.ENGINE_SCHEMES))
if DATABASE_URL:
    try:
        DATABASES["default"] = dj_database_url.parse(DATABASE_URL, conn_max_age=60)
    except ValueError as error:
        raise ImproperlyConfigured(f"DATABASE_URL is not a usable database address: {error}") from None
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # SQLite, the default or from DATABASE_URL: WAL lets readers (the web workers) run while one
    # writer saves, and IMMEDIATE transactions wait for the write lock instead of failing when a
    # read turns into a write.
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
        # Writers queue for the one write lock; under load (a publish, the task worker's polls)
        # the 5 s default wait can run out and a reader's form would fail.
        "timeout": 20,
    }

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "users.User"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Internationalisation: English and Hebrew, language first in every URL.
LANGUAGE_CODE = "en"
LANGUAGES = [("en", _("English")), ("he", _("Hebrew"))]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
LOCALE_PATHS = [PROJECT_DIR / "locale"]
TIME_ZONE = env_str("TIME_ZONE", "Asia/Jerusalem")
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(env_str("STATIC_ROOT", str(BASE_DIR / "var" / "static")))
STATICFILES_DIRS = [PROJECT_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(BASE_DIR / "var" / "media")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    # Hashed, compressed (gzip + brotli) files that WhiteNoise serves with far-future headers.
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
WHITENOISE_MAX_AGE = 60 * 60 * 24 * 365

# Uploaded media: the local folder above, or S3-compatible object storage (django-storages) when
# MEDIA_STORAGE=s3 or a bucket is named. Keys may be left out where the host grants access (IAM roles).
AWS_STORAGE_BUCKET_NAME = env_str("AWS_STORAGE_BUCKET_NAME", "")
MEDIA_STORAGE = env_str("MEDIA_STORAGE", "s3" if AWS_STORAGE_BUCKET_NAME else "local", choices=("local", "s3"))
MEDIA_ORIGIN = ""  # where media is served from when it is not this site (for the CSP below)
if MEDIA_STORAGE == "s3":
    if not AWS_STORAGE_BUCKET_NAME:
        raise ImproperlyConfigured("MEDIA_STORAGE=s3 needs AWS_STORAGE_BUCKET_NAME (see .env.example).")
    AWS_S3_ENDPOINT_URL = env_url("AWS_S3_ENDPOINT_URL", None, schemes={"http", "https"})
    AWS_S3_CUSTOM_DOMAIN = env_str("AWS_S3_CUSTOM_DOMAIN", None)
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": AWS_STORAGE_BUCKET_NAME,
            "endpoint_url": AWS_S3_ENDPOINT_URL,
            "region_name": env_str("AWS_S3_REGION_NAME", None),
            "access_key": env_str("AWS_ACCESS_KEY_ID", None),
            "secret_key": env_str("AWS_SECRET_ACCESS_KEY", None),
            "custom_domain": AWS_S3_CUSTOM_DOMAIN,
            "location": env_str("AWS_LOCATION", ""),
            # Public media: plain, cacheable addresses rather than signed ones that expire.
            "querystring_auth": False,
            # Wagtail renames a clashing upload instead of replacing another file.
            "file_overwrite": False,
        },
    }
    if AWS_S3_CUSTOM_DOMAIN:
        MEDIA_ORIGIN = f"https://{AWS_S3_CUSTOM_DOMAIN.split('/')[0]}"
    elif AWS_S3_ENDPOINT_URL:
        MEDIA_ORIGIN = AWS_S3_ENDPOINT_URL.rstrip("/")
    else:
        MEDIA_ORIGIN = "https://*.amazonaws.com"

# The embedded default: a file cache that every server process shares, so an
# invalidation in one worker is seen by all. Production points REDIS_URL at Redis.
REDIS_URL = env_url("REDIS_URL", "", schemes={"redis", "rediss", "unix"})
if REDIS_URL:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL}}
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": env_str("FILE_CACHE_DIR", str(BASE_DIR / "var" / "cache")),
        }
    }
# Wagtail remembers which image renditions exist; they never change once made, so each
# process keeps its own copy instead of writing to the shared cache on every page view.
CACHES["renditions"] = {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "renditions"}

# Wagtail
WAGTAIL_SITE_NAME = "Lectern"
WAGTAILADMIN_BASE_URL = env_url("BASE_URL", "http://127.0.0.1:8000", schemes={"http", "https"})
WAGTAILIMAGES_IMAGE_MODEL = "images.LecternImage"
# Lectern analyses text itself (lectern/search/analysis.py: Hebrew prefixes, English stems), so
# PostgreSQL must not stem again: its "simple" configuration only lower-cases.
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database", "SEARCH_CONFIG": "simple"}}
WAGTAILDOCS_EXTENSIONS = [
    "csv",
    "docx",
    "m4a",
    "mp3",
    "odt",
    "oga",
    "ogg",
    "opus",
    "pdf",
    "pptx",
    "txt",
    "wav",
    "xlsx",
    "zip",
]
WAGTAIL_FOOTNOTES_TEXT_FEATURES = ["bold", "italic", "link"]
WAGTAIL_ALLOW_UNICODE_SLUGS = False  # one ASCII slug shared by both languages
WAGTAILEMBEDS_RESPONSIVE_HTML = True
# The read API (/api/v2/, docs/api.md): at most this many items per request (?limit=).
WAGTAILAPI_LIMIT_MAX = 100
# The admin must not call out to the internet: no release check, no Gravatar avatars.
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_GRAVATAR_PROVIDER_URL = None
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Email: EMAIL_URL (smtp://user:password@host:587/?tls=True, see dj-email-url) or the console.
import dj_email_url  # noqa: E402

EMAIL_URL = env_url("EMAIL_URL", "", schemes=set(dj_email_url.SCHEMES))
if EMAIL_URL:
    vars().update(dj_email_url.parse(EMAIL_URL))  # EMAIL_BACKEND, EMAIL_HOST, EMAIL_PORT, EMAIL_USE_TLS …
else:
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "Lectern <noreply@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
EMAIL_TIMEOUT = 20

# Background work (Django's tasks framework, backported by django-tasks). Wagtail's own small
# tasks run at once ("default"); sending newsletters and other slow work goes to "queue", a table
# in the database that `manage.py db_worker` works through, so no extra server is needed.
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "queue": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default", "email"]},
}

# Public forms: POSTs allowed per client IP (django-ratelimit syntax), per form.
FORM_RATE_LIMITS = {"default": "10/10m", "newsletter": "5/10m", "contact": "5/10m", "registration": "10/10m"}
RATELIMIT_USE_CACHE = "default"
if not REDIS_URL:
    # django-ratelimit wants atomic increments (Redis); the embedded default's file cache may
    # miscount a few requests under concurrent posts, which is acceptable for a form limit.
    SILENCED_SYSTEM_CHECKS = ["django_ratelimit.E003", "django_ratelimit.W001"]

# How long (seconds) fragments that every page shares (menus, institute details) stay cached;
# publishing or editing them clears the cache at once.
SHARED_FRAGMENT_TIMEOUT = 60 * 60 * 24
# Whole pages for anonymous readers (lectern/core/page_cache.py). A publish retires them at once;
# the time limit only bounds what changes by itself, such as "upcoming" events. 0 turns it off.
PAGE_CACHE_SECONDS = env_int("PAGE_CACHE_SECONDS", 600)
# How long a CDN in front may keep a page (s-maxage); set it only with a purge configured
# (CDN_PURGE_URL or the Cloudflare variables, docs/deployment.md). 0: the CDN revalidates.
CDN_MAX_AGE = env_int("CDN_MAX_AGE", 0)
# Purging the CDN on publish (lectern/core/cdn.py): an HTTP cache that takes PURGE requests
# (Varnish, nginx, Fastly), or Cloudflare's API. Neither: no purge.
WAGTAILFRONTENDCACHE = {}
if CDN_PURGE_URL := env_url("CDN_PURGE_URL", "", schemes={"http", "https"}):
    WAGTAILFRONTENDCACHE["http"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": CDN_PURGE_URL,
    }
if env_str("CLOUDFLARE_ZONE_ID") or env_str("CLOUDFLARE_API_TOKEN"):
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "ZONEID": env_str("CLOUDFLARE_ZONE_ID", required=True),
        "BEARER_TOKEN": env_str("CLOUDFLARE_API_TOKEN", required=True),
    }
# Purge exactly the addresses Lectern names (each page's own language), not one per language.
WAGTAILFRONTENDCACHE_LANGUAGES = []

# Security headers (docs/deployment.md). HTTPS-only ones (HSTS, secure cookies) are in production.py.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
X_FRAME_OPTIONS = "DENY"  # Wagtail's previews allow their own frame; the CSP says the same below
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer",
        "browsing-topics",
        "camera",
        "geolocation",
        "gyroscope",
        "interest-cohort",
        "magnetometer",
        "microphone",
        "payment",
        "usb",
    )
}
# The video players the click-to-load script may insert (YouTube, Vimeo); add others with CSP_FRAME_HOSTS.
CSP_FRAME_HOSTS = env_str(
    "CSP_FRAME_HOSTS", "https://www.youtube-nocookie.com https://www.youtube.com https://player.vimeo.com"
).split()
_MEDIA_HOSTS = [MEDIA_ORIGIN] if MEDIA_ORIGIN else []
# Public pages: scripts and styles only from our own files, nothing inline. JSON-LD blocks are
# data, not scripts, and are not affected.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:", *_MEDIA_HOSTS],
        "media-src": ["'self'", *_MEDIA_HOSTS],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "frame-src": CSP_FRAME_HOSTS,
        "frame-ancestors": ["'self'"],
        "form-action": ["'self'"],
        "base-uri": ["'self'"],
        "object-src": ["'none'"],
    },
}
# The Wagtail admin runs inline scripts and styles (and previews pages and embeds in frames), so it
# gets its own policy (lectern.ops.middleware): the strict one above with inline code allowed.
ADMIN_URL_PREFIXES = ("/admin/",)
ADMIN_CONTENT_SECURITY_POLICY = {
    **CONTENT_SECURITY_POLICY["DIRECTIVES"],
    "script-src": ["'self'", "'unsafe-inline'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:", *_MEDIA_HOSTS],
    "frame-src": ["'self'", *CSP_FRAME_HOSTS],
}

# Behind a reverse proxy (or several), the number of proxies whose X-Forwarded-For may be trusted;
# 0 (the default) uses the connection's address. Admin login lockouts and form limits count per
# client address (lectern.ops.client_ip).
TRUSTED_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", 0)
RATELIMIT_IP_META_KEY = "lectern.ops.client_ip.client_ip"

# Admin login: django-axes locks out an address + username pair after failed logins, counted in
# the database, and shows a page that says when to try again.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = env_int("ADMIN_LOGIN_FAILURE_LIMIT", 5, minimum=1)
AXES_COOLOFF_TIME = timedelta(minutes=env_int("ADMIN_LOGIN_COOLOFF_MINUTES", 15, minimum=1))
AXES_LOCKOUT_PARAMETERS = [["ip_address", "username"]]
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "lectern.ops.client_ip.client_ip"
AXES_LOCKOUT_CALLABLE = "lectern.ops.views.locked_out"
AXES_VERBOSE = False

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}
