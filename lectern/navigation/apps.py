from django.apps import AppConfig


class NavigationConfig(AppConfig):
    name = "lectern.navigation"
    label = "navigation"
