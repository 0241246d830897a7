from django.apps import AppConfig


class NewsletterConfig(AppConfig):
    name = "lectern.newsletter"
    label = "newsletter"
