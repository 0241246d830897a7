from django.apps import AppConfig


class HomeConfig(AppConfig):
    name = "lectern.home"
    label = "home"
