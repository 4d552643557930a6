import pytest
from geopy.geocoders import Nominatim
from geopy.location import Location

from geo.geocoders import GazetteerGeocoder, geocode_place, geocoder_chain
from tests.factories import load_gazetteer

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def gazetteer():
    load_gazetteer()


def test_the_gazetteer_answers_through_geopys_interface():
    location = GazetteerGeocoder().geocode("كفرزيتا")
    assert isinstance(location, Location)
    assert location.raw["governorate"] == "SY-HM"
    assert abs(location.latitude - 35.37) < 0.05


def test_it_never_answers_with_a_place_outside_the_governorate_asked_for():
    assert GazetteerGeocoder().geocode("كفرزيتا", governorate="SY-DY") is None
    assert geocode_place(name="كفرزيتا", governorate="SY-DY") is None
    assert geocode_place(name="كفرزيتا", governorate="SY-HM").geocoder == "gazetteer"


def test_the_chain_follows_the_setting(settings):
    settings.NEWSMAP_GEOCODERS = ["gazetteer", "nominatim"]
    chain = geocoder_chain()
    assert [name for name, _ in chain] == ["gazetteer", "nominatim"]
    assert isinstance(chain[1][1], Nominatim)
    settings.NEWSMAP_GEOCODERS = ["gazetteer"]
    assert [name for name, _ in geocoder_chain()] == ["gazetteer"]


def test_an_unknown_geocoder_in_the_setting_is_an_error(settings):
    settings.NEWSMAP_GEOCODERS = ["google"]
    with pytest.raises(ValueError, match="google"):
        geocoder_chain()
