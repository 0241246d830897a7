from django.apps import AppConfig


class MediaConfig(AppConfig):
    name = "lectern.media"
    label = "media"
