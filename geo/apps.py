from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GeoConfig(AppConfig):
    name = "geo"
    verbose_name = _("Gazetteer")

    def ready(self) -> None:
        from . import admin  # noqa: F401
