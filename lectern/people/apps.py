from django.apps import AppConfig


class PeopleConfig(AppConfig):
    name = "lectern.people"
    label = "people"
