from django.apps import AppConfig


class EventsConfig(AppConfig):
    name = "lectern.events"
    label = "events"
