from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "lectern.core"
    label = "core"

    def ready(self):
        from . import signals

        signals.connect()
