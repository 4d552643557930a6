"""The gazetteer of the database as a strikeparse Gazetteer, built once per process and kept current.

Building it reads every place and compiles an Aho-Corasick automaton, which takes a moment, so it
is done lazily at first use and again only when places or aliases changed (an analyst placed a
village, a GeoNames dump was loaded). The check is two aggregate queries.
"""

from __future__ import annotations

import threading

from django.db.models import Count, Max

from geo.models import Governorate, Place, PlaceAlias
from strikeparse.gazetteer import Entry, Gazetteer, default_gazetteer, governorate_records

_lock = threading.Lock()
_cached: tuple[tuple, Gazetteer] | None = None


def _kind(place: Place) -> str:
    if place.feature_code.startswith("PPLX"):
        return "neighbourhood"
    if place.feature_class == "A":
        return "district"
    if place.feature_class in {"S", "T"}:
        return "site"
    return "town"


def _version() -> tuple:
    places = Place.objects.aggregate(n=Count("id"), last=Max("updated_at"))
    aliases = PlaceAlias.objects.aggregate(n=Count("id"), last=Max("created_at"))
    return (places["n"], places["last"], aliases["n"], aliases["last"], Governorate.objects.count())


def _build() -> Gazetteer:
    if not Place.objects.exists():
        return default_gazetteer()
    alternates = {record["code"]: tuple(record["alternate_names_ar"]) for record in governorate_records()}
    codes = dict(Governorate.objects.values_list("pk", "code"))
    aliases: dict[int, list[str]] = {}
    for place_id, name in PlaceAlias.objects.values_list("place_id", "name"):
        aliases.setdefault(place_id, []).append(name)
    entries = [
        Entry(
            key=f"gov:{governorate.code}",
            name_ar=governorate.name_ar,
            name_en=governorate.name_en,
            lat=governorate.lat,
            lon=governorate.lon,
            governorate=governorate.code,
            kind="governorate",
            feature_code="ADM1",
            names=alternates.get(governorate.code, ()),
        )
        for governorate in Governorate.objects.all()
    ]
    for place in Place.objects.all().iterator(chunk_size=5000):
        entries.append(
            Entry(
                key=f"place:{place.pk}",
                name_ar=place.name_ar,
                name_en=place.name_en,
                lat=place.lat,
                lon=place.lon,
                governorate=codes.get(place.governorate_id),
                kind=_kind(place),
                feature_code=place.feature_code,
                population=place.population,
                names=(*place.alternate_name_list, *aliases.get(place.pk, [])),
                geonameid=place.geonameid,
            )
        )
    return Gazetteer(entries)


def current_gazetteer() -> Gazetteer:
    """The database's gazetteer (the packaged default while the database has no places)."""
    global _cached
    version = _version()
    with _lock:
        if _cached is None or _cached[0] != version:
            _cached = (version, _build())
        return _cached[1]


def invalidate_gazetteer() -> None:
    global _cached
    with _lock:
        _cached = None
