from django.apps import AppConfig


class TopicsConfig(AppConfig):
    name = "lectern.topics"
    label = "topics"
