from django.apps import AppConfig


class StandardpagesConfig(AppConfig):
    name = "lectern.standardpages"
    label = "standardpages"
