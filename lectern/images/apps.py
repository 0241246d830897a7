from django.apps import AppConfig


class ImagesConfig(AppConfig):
    name = "lectern.images"
    label = "images"
