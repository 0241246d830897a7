from django.apps import AppConfig


class PublicationsConfig(AppConfig):
    name = "lectern.publications"
    label = "publications"

    def ready(self):
        from . import citation, listing, pdf

        pdf.connect()
        citation.connect()
        listing.connect()
