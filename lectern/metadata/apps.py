from django.apps import AppConfig


class MetadataConfig(AppConfig):
    name = "lectern.metadata"
    label = "metadata"
