from django.apps import AppConfig


class ProjectsConfig(AppConfig):
    name = "lectern.projects"
    label = "projects"
