from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ApiConfig(AppConfig):
    name = "lectern.api"
    label = "lectern_api"
    verbose_name = _("Read API")
