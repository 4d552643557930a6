from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class Governorate(models.Model):
    """One of Syria's 14 first-level divisions (muhafazat)."""

    code = models.CharField(_("ISO 3166-2 code"), max_length=5, unique=True)
    name_en = models.CharField(_("English name"), max_length=100)
    name_ar = models.CharField(_("Arabic name"), max_length=100)
    admin1_code = models.CharField(_("GeoNames admin1 code"), max_length=10, unique=True)
    lat = models.FloatField(_("latitude"))
    lon = models.FloatField(_("longitude"))

    class Meta:
        ordering = ["name_en"]
        verbose_name = _("governorate")
        verbose_name_plural = _("governorates")

    def __str__(self) -> str:
        return f"{self.name_en} ({self.code})"


class PlaceQuerySet(models.QuerySet):
    def search(self, query: str) -> "PlaceQuerySet":
        """Places whose English, Arabic or alternate names contain the query."""
        query = query.strip()
        if not query:
            return self.none()
        return self.filter(
            Q(name_en__icontains=query) | Q(name_ar__icontains=query) | Q(alternate_names__icontains=query)
        )


class Place(models.Model):
    """A gazetteer entry: a town, village, neighbourhood or site in Syria."""

    class Source(models.TextChoices):
        PACKAGE = "package", _("GeoNames (packaged)")
        GEONAMES = "geonames", _("GeoNames dump")
        CSV = "csv", _("Analyst list")
        ANALYST = "analyst", _("Placed by an analyst")

    geonameid = models.BigIntegerField(_("GeoNames id"), null=True, blank=True, unique=True)
    name_en = models.CharField(_("English name"), max_length=200, blank=True)
    name_ar = models.CharField(_("Arabic name"), max_length=200, blank=True)
    # Newline-separated, so that a substring search works the same on SQLite and PostgreSQL.
    alternate_names = models.TextField(_("alternate names"), blank=True)
    lat = models.FloatField(_("latitude"))
    lon = models.FloatField(_("longitude"))
    feature_class = models.CharField(_("feature class"), max_length=1, blank=True)
    feature_code = models.CharField(_("feature code"), max_length=10, blank=True)
    population = models.BigIntegerField(_("population"), default=0)
    governorate = models.ForeignKey(
        Governorate,
        verbose_name=_("governorate"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="places",
    )
    source = models.CharField(_("source"), max_length=10, choices=Source.choices, default=Source.PACKAGE)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = PlaceQuerySet.as_manager()

    class Meta:
        ordering = ["name_en"]
        verbose_name = _("place")
        verbose_name_plural = _("places")
        indexes = [models.Index(fields=["name_ar"]), models.Index(fields=["name_en"])]

    def __str__(self) -> str:
        return self.name_en or self.name_ar

    @property
    def alternate_name_list(self) -> list[str]:
        return [name for name in self.alternate_names.splitlines() if name]


class PlaceAlias(models.Model):
    """A name as articles write it, tied to a place by an analyst; every later article uses it."""

    name = models.CharField(_("name as written"), max_length=200)
    place = models.ForeignKey(Place, verbose_name=_("place"), on_delete=models.CASCADE, related_name="aliases")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("place alias")
        verbose_name_plural = _("place aliases")
        constraints = [models.UniqueConstraint(fields=["name", "place"], name="unique_alias_per_place")]

    def __str__(self) -> str:
        return f"{self.name} → {self.place}"
