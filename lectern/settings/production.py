"""Production: every secret and host comes from the environment, validated once at start-up
(base.py and env.py fail fast with a message naming the variable)."""

from .base import *  # noqa: F403
from .env import env_bool, env_list, env_origins

DEBUG = False
# A production site must say which host names it answers to.
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", [], required=True)
CSRF_TRUSTED_ORIGINS = env_origins("CSRF_TRUSTED_ORIGINS")
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
# `make run` serves plain HTTP on 127.0.0.1; a real deployment sets HTTPS=true.
HTTPS = env_bool("HTTPS", False)
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = HTTPS
SECURE_SSL_REDIRECT = HTTPS
# Load balancers probe the health endpoint over plain HTTP inside the network.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SECURE_HSTS_SECONDS = 60 * 60 * 24 * 365 if HTTPS else 0
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("HSTS_PRELOAD", True)
