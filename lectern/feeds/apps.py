from django.apps import AppConfig


class FeedsConfig(AppConfig):
    name = "lectern.feeds"
    label = "feeds"
