"""Local development: DEBUG on, a throwaway secret key, emails on the console."""

import os

os.environ.setdefault("SECRET_KEY", "dev-only-not-secret")

from .base import *  # noqa: E402,F403

DEBUG = True
ALLOWED_HOSTS = ["*"]
