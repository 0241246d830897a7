from django.apps import AppConfig


class OpsConfig(AppConfig):
    """What running the site needs: health endpoint, security headers, client addresses."""

    name = "lectern.ops"
    label = "ops"
