from django.apps import AppConfig


class UsersConfig(AppConfig):
    name = "lectern.users"
    label = "users"
