import io
import zipfile

import pytest
from django.core.management import CommandError, call_command

from geo.models import Governorate, Place

# These run on PostgreSQL as well (bin/test runs `-m postgres` again with DATABASE_URL).
pytestmark = [pytest.mark.django_db, pytest.mark.postgres]

# Two rows in GeoNames' dump format (19 tab-separated columns), one a village the packaged data lacks.
DUMP = (
    "\t".join(
        [
            "9990001",
            "Abu Daliyah",
            "Abu Daliyah",
            "Abu Daliyah,أبو دالية",
            "35.21",
            "36.95",
            "P",
            "PPL",
            "SY",
            "",
            "10",
            "",
            "",
            "",
            "1200",
            "",
            "300",
            "Asia/Damascus",
            "2020-01-01",
        ]
    )
    + "\n"
    + "\t".join(
        [
            "9990002",
            "Wadi al-Ward",
            "Wadi al-Ward",
            "",
            "35.1",
            "36.8",
            "H",
            "WAD",
            "SY",
            "",
            "10",
            "",
            "",
            "",
            "0",
            "",
            "300",
            "Asia/Damascus",
            "2020-01-01",
        ]
    )
    + "\n"
)


def load(*args) -> str:
    out = io.StringIO()
    call_command("load_gazetteer", *args, stdout=out, stderr=io.StringIO())
    return out.getvalue()


def test_it_loads_the_14_governorates_and_the_packaged_places_without_network():
    load()
    assert Governorate.objects.count() == 14
    assert Governorate.objects.get(code="SY-HL").name_ar == "حلب"
    assert Place.objects.count() > 300
    assert Place.objects.filter(name_ar__contains="الرستن", governorate__code="SY-HI").exists()
    # ... and the packaged airbases, which GeoNames' populated places lack.
    airbase = Place.objects.get(name_en="Khmeimim Air Base")
    assert (airbase.governorate.code, airbase.feature_class) == ("SY-LA", "S")
    assert "قاعدة حميميم" in airbase.alternate_name_list


def test_loading_twice_changes_nothing():
    load()
    before = sorted(Place.objects.values_list("geonameid", "name_en", "lat", "lon"), key=str)
    output = load()
    assert sorted(Place.objects.values_list("geonameid", "name_en", "lat", "lon"), key=str) == before
    assert "0 created" in output


@pytest.mark.parametrize("archive", [False, True])
def test_it_loads_a_geonames_dump_as_text_or_zip(tmp_path, archive):
    path = tmp_path / "SY.txt"
    path.write_text(DUMP, encoding="utf-8")
    if archive:
        path = tmp_path / "SY.zip"
        with zipfile.ZipFile(path, "w") as bundle:
            bundle.writestr("SY.txt", DUMP)
    output = load("--geonames", str(path))
    village = Place.objects.get(geonameid=9990001)
    assert (village.name_ar, village.governorate.code, village.source) == ("أبو دالية", "SY-HM", "geonames")
    assert not Place.objects.filter(geonameid=9990002).exists()  # a valley (class H) is not kept
    assert "1 skipped" in output


def test_it_loads_an_analysts_csv_and_reports_bad_rows(tmp_path):
    path = tmp_path / "places.csv"
    path.write_text(
        "name_ar,name_en,lat,lon,governorate\n"
        "تلة الكبينة,Kabani hill,35.72,36.21,SY-LA\n"
        "مخيم الركبان,Rukban camp,33.3,38.8,Homs\n"
        "مكان ما,Somewhere,abc,36.2,SY-LA\n"
        "باريس,Paris,48.85,2.35,SY-LA\n"
        "قرية,Village,35.0,36.0,Atlantis\n",
        encoding="utf-8",
    )
    err = io.StringIO()
    call_command("load_gazetteer", "--csv", str(path), stdout=io.StringIO(), stderr=err)
    assert Place.objects.get(name_ar="تلة الكبينة").governorate.code == "SY-LA"
    assert Place.objects.get(name_ar="مخيم الركبان").governorate.code == "SY-HI"
    assert "not numbers" in err.getvalue() and "not in Syria" in err.getvalue() and "Atlantis" in err.getvalue()


def test_it_refuses_a_missing_file():
    with pytest.raises(CommandError, match="no such file"):
        load("--geonames", "/nonexistent/SY.zip")


def test_the_gazetteer_loads_on_postgresql_too():
    load()
    assert Place.objects.filter(governorate__isnull=False).count() == Place.objects.count()
