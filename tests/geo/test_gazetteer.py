import pytest

from geo.gazetteer import current_gazetteer
from geo.models import Place, PlaceAlias
from tests.factories import load_gazetteer

# These run on PostgreSQL as well (bin/test runs `-m postgres` again with DATABASE_URL).
pytestmark = [pytest.mark.django_db, pytest.mark.postgres]


def test_it_falls_back_to_the_packaged_gazetteer_while_the_database_is_empty():
    assert current_gazetteer().lookup("الرستن")[0].key.startswith("geonames:")


def test_it_serves_the_database_places_once_loaded():
    load_gazetteer()
    entry = current_gazetteer().lookup("الرستن")[0]
    assert entry.key == f"place:{Place.objects.get(geonameid=entry.geonameid).pk}"
    assert entry.governorate == "SY-HI"


def test_it_is_rebuilt_when_an_analyst_adds_an_alias():
    load_gazetteer()
    first = current_gazetteer()
    assert current_gazetteer() is first  # cached while nothing changes
    place = Place.objects.get(name_ar__contains="الرستن")
    PlaceAlias.objects.create(name="رستن الشمالية", place=place)
    assert current_gazetteer() is not first
    assert current_gazetteer().lookup("رستن الشمالية")[0].key == f"place:{place.pk}"
