from django.apps import AppConfig


class DemoConfig(AppConfig):
    name = "lectern.demo"
    label = "demo"
