from django.apps import AppConfig


class ContactConfig(AppConfig):
    name = "lectern.contact"
    label = "contact"
