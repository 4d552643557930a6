"""Geocoding through geopy: the local gazetteer as a geopy geocoder, optionally followed by Nominatim.

The chain is a setting (NEWSMAP_GEOCODERS): "gazetteer" answers from the database, including the
aliases analysts created; "nominatim" asks OpenStreetMap, which needs the network and so is off by
default. A result outside the governorate the article names is refused, so a village is never
silently moved to a namesake elsewhere.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from django.conf import settings
from geopy.distance import distance
from geopy.exc import GeopyError
from geopy.geocoders import Nominatim
from geopy.geocoders.base import Geocoder
from geopy.location import Location

from geo.gazetteer import current_gazetteer
from geo.models import Governorate

logger = logging.getLogger(__name__)

# How far from a governorate's representative point a place of that governorate can lie; Homs and
# Rif Dimashq reach far into the desert.
GOVERNORATE_RADIUS_KM = 220.0


class GazetteerGeocoder(Geocoder):
    """geopy's interface over the database gazetteer: `geocode("كفرزيتا", governorate="SY-HM")`."""

    def __init__(self):
        super().__init__()

    def geocode(self, query: str, *, exactly_one: bool = True, governorate: str | None = None):
        entries = [e for e in current_gazetteer().lookup(query) if e.lat is not None and e.kind != "governorate"]
        if governorate:
            entries = [entry for entry in entries if entry.governorate == governorate]
        entries.sort(key=lambda entry: -entry.population)
        locations = [
            Location(
                f"{entry.name_ar} / {entry.name_en}",
                (entry.lat, entry.lon),
                {"key": entry.key, "governorate": entry.governorate, "name_en": entry.name_en},
            )
            for entry in entries
        ]
        if exactly_one:
            return locations[0] if locations else None
        return locations or None


@dataclass(frozen=True)
class GeocodeResult:
    lat: float
    lon: float
    address: str
    key: str | None  # gazetteer entry key when the local gazetteer answered
    geocoder: str


def geocoder_chain() -> list[tuple[str, Geocoder]]:
    chain: list[tuple[str, Geocoder]] = []
    for name in settings.NEWSMAP_GEOCODERS:
        if name == "gazetteer":
            chain.append((name, GazetteerGeocoder()))
        elif name == "nominatim":
            chain.append((name, Nominatim(user_agent=settings.NEWSMAP_NOMINATIM_USER_AGENT, timeout=5)))
        else:
            raise ValueError(f"unknown geocoder {name!r} in NEWSMAP_GEOCODERS")
    return chain


def within_governorate(lat: float, lon: float, code: str) -> bool:
    governorate = Governorate.objects.filter(code=code).first()
    if governorate is None:
        return True
    return distance((lat, lon), (governorate.lat, governorate.lon)).km <= GOVERNORATE_RADIUS_KM


def geocode_place(*, name: str, governorate: str | None = None) -> GeocodeResult | None:
    """The first answer of the chain that lies in ``governorate``; None when nobody knows the place."""
    for label, geocoder in geocoder_chain():
        try:
            if isinstance(geocoder, GazetteerGeocoder):
                location = geocoder.geocode(name, governorate=governorate)
            else:
                location = geocoder.geocode(name, exactly_one=True, country_codes="sy", language="ar")
        except GeopyError as error:
            logger.warning("geocoder %s failed on %r: %s", label, name, error)
            continue
        if location is None:
            continue
        if governorate and not within_governorate(location.latitude, location.longitude, governorate):
            continue
        raw = location.raw if isinstance(location.raw, dict) else {}
        return GeocodeResult(
            lat=location.latitude,
            lon=location.longitude,
            address=location.address,
            key=raw.get("key"),
            geocoder=label,
        )
    return None
