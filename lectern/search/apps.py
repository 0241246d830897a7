from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "lectern.search"
    label = "lectern_search"  # "search" would clash with wagtail.search
