from django.apps import AppConfig


class PublicationsConfig(AppConfig):
    name = "lectern.publications"
    label = "publications"

    def ready(self):
        from . import listing, pdf

        pdf.connect()
        listing.connect()
