from django.contrib import admin

from .models import Governorate, Place, PlaceAlias


@admin.register(Governorate)
class GovernorateAdmin(admin.ModelAdmin):
    list_display = ["code", "name_en", "name_ar", "admin1_code"]


@admin.register(Place)
class PlaceAdmin(admin.ModelAdmin):
    list_display = ["name_en", "name_ar", "governorate", "feature_code", "population", "source"]
    list_filter = ["governorate", "source", "feature_class"]
    search_fields = ["name_en", "name_ar", "alternate_names", "=geonameid"]


@admin.register(PlaceAlias)
class PlaceAliasAdmin(admin.ModelAdmin):
    list_display = ["name", "place", "created_by", "created_at"]
    search_fields = ["name", "place__name_en", "place__name_ar"]
    raw_id_fields = ["place"]
