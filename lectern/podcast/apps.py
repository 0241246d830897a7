from django.apps import AppConfig


class PodcastConfig(AppConfig):
    name = "lectern.podcast"
    label = "podcast"
