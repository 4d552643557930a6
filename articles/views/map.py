"""The map page (home): its data comes from the GeoJSON and facets endpoints, read by static/js/map.js."""

from functools import wraps

from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _

from articles.models import Claim
from geo.models import Governorate


def browsing_view(view):
    """A public page, unless NEWSMAP_LOGIN_REQUIRED_FOR_BROWSING asks for a login (read at each request)."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if settings.NEWSMAP_LOGIN_REQUIRED_FOR_BROWSING and not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        return view(request, *args, **kwargs)

    return wrapper


def tile_layers() -> list[dict]:
    """The tile layers of LEAFLET_CONFIG as the page script needs them (NEWSMAP_TILE_URL by default)."""
    tiles = settings.LEAFLET_CONFIG.get("TILES") or [("OpenStreetMap", settings.NEWSMAP_TILE_URL, {})]
    return [{"name": name, "url": url, "options": dict(options)} for name, url, options in tiles]


def map_strings() -> dict:
    """Every text the map script shows, translated here because the script has no catalogue of its own."""
    return {
        "claims": _("claims"),
        "place": _("Place"),
        "date": _("Date"),
        "governorate": _("Governorate"),
        "sources": _("Sources"),
        "actor": _("Actor"),
        "killed": _("Killed"),
        "evidence": _("Evidence"),
        "precision": _("Precision"),
        "article": _("Open the article"),
        "unknown": _("unknown"),
        "loading": _("Loading…"),
        "load_failed": _("The claims could not be loaded."),
        "page": _("Page %(page)s of %(pages)s"),
        "previous": _("Previous"),
        "next": _("Next"),
        "play": _("Play"),
        "pause": _("Pause"),
        "governorate_level": _("placed at the governorate (no exact location)"),
        "located": _("located at a town, neighbourhood or district"),
        "needs_placement": _("needs placement by an analyst"),
        "selected": _("%(count)s selected"),
        "bulk_done": _("%(count)s claims were updated."),
        "date_precision": {value: str(label) for value, label in Claim.DatePrecision.choices},
        "precisions": {value: str(label) for value, label in Claim.Precision.choices},
        "review_states": {value: str(label) for value, label in Claim.ReviewState.choices},
    }


@browsing_view
def map_page(request):
    governorates = list(Governorate.objects.order_by("name_en").values("code", "name_en", "name_ar", "lat", "lon"))
    config = {
        "geojson_url": reverse("api-claims-geojson"),
        "facets_url": reverse("api-claims-facets"),
        "csv_url": reverse("api-claims-csv"),
        "bulk_url": reverse("claims-bulk-review"),
        "center": list(settings.LEAFLET_CONFIG.get("DEFAULT_CENTER", (35.0, 38.5))),
        "zoom": settings.LEAFLET_CONFIG.get("DEFAULT_ZOOM", 7),
        "min_zoom": settings.LEAFLET_CONFIG.get("MIN_ZOOM", 5),
        "max_zoom": settings.LEAFLET_CONFIG.get("MAX_ZOOM", 18),
        "tiles": tile_layers(),
        "can_review": request.user.is_authenticated,
        "language": request.LANGUAGE_CODE,
        "actors": [{"value": value, "label": str(label)} for value, label in Claim.Actor.choices],
        "strings": map_strings(),
    }
    return render(
        request,
        "articles/map.html",
        {
            "governorates": governorates,
            "map_config": config,
            "actors": Claim.Actor.choices,
            "precisions": Claim.Precision.choices,
        },
    )
