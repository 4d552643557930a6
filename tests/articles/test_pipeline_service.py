import datetime

import pytest

from articles.models import Article, Claim
from articles.services.pipeline import claims_extract, claims_geocode
from geo.models import Governorate, Place, PlaceAlias
from tests.factories import article, load_gazetteer, strike_report

# These run on PostgreSQL as well (bin/test runs `-m postgres` again with DATABASE_URL).
pytestmark = [pytest.mark.django_db, pytest.mark.postgres]


@pytest.fixture(autouse=True)
def gazetteer():
    load_gazetteer()


def test_it_stores_each_claim_with_place_governorate_date_and_source():
    report = article(strike_report(), published=datetime.date(2020, 1, 7))
    claims_extract(article=report)
    claim = report.claims.get(place_name="كفرزيتا")
    assert claim.place is not None and claim.place.geonameid is not None
    assert claim.governorate.code == "SY-HM"
    assert claim.date == datetime.date(2020, 1, 7)
    assert "المرصد السوري لحقوق الإنسان" in claim.source_list
    assert report.text[claim.mention_start : claim.mention_end] == "كفرزيتا"
    assert claim.evidence in report.text


def test_running_the_extraction_again_replaces_the_claims_instead_of_adding_more():
    report = article(strike_report())
    claims_extract(article=report)
    first = sorted(report.claims.values_list("place_name", flat=True))
    claims_extract(article=report)
    assert sorted(report.claims.values_list("place_name", flat=True)) == first


def test_a_reviewed_claim_survives_reprocessing_and_is_not_duplicated():
    report = article(strike_report())
    claims_extract(article=report)
    reviewed = report.claims.get(place_name="كفرزيتا")
    reviewed.review_state = Claim.ReviewState.CORRECTED
    reviewed.date = datetime.date(2019, 5, 1)
    reviewed.save()
    claims_extract(article=report)
    kept = report.claims.filter(place_name="كفرزيتا")
    assert list(kept) == [reviewed]
    assert kept.get().date == datetime.date(2019, 5, 1)


def test_an_unknown_village_keeps_its_governorate_and_waits_for_an_analyst():
    report = article(strike_report("أبو دالية", countryside="حماة"))
    claims_extract(article=report)
    claim = report.claims.get(place_name="أبو دالية")
    assert claim.governorate.code == "SY-HM"
    assert claim.needs_placement and claim.lat is None


def test_an_analysts_alias_places_the_village_in_later_articles():
    place = Place.objects.create(
        name_ar="أبو دالية",
        name_en="Abu Dali",
        lat=35.2,
        lon=36.9,
        source="analyst",
        governorate=Governorate.objects.get(code="SY-HM"),
    )
    PlaceAlias.objects.create(name="أبو دالية", place=place)
    report = article(strike_report("أبو دالية", countryside="حماة"))
    claims_extract(article=report)
    claims_geocode(article=report)
    claim = report.claims.get(place_name="أبو دالية")
    assert (claim.lat, claim.lon) == (35.2, 36.9)
    assert not claim.needs_placement


def test_it_records_the_detected_publication_date():
    report = article("حلب - 3 آذار/مارس 2016\n" + strike_report())
    claims_extract(article=report)
    report.refresh_from_db()
    assert report.published == datetime.date(2016, 3, 3)
    assert report.published_detected


def test_claims_and_articles_round_trip_through_the_database():
    report = article(strike_report(), published=datetime.date(2020, 1, 7))
    claims_extract(article=report)
    stored = Article.objects.get(pk=report.pk)
    assert stored.claims.filter(governorate__code="SY-HM").exists()
    assert Claim.objects.visible().filter(article=stored).count() == stored.claims.filter(negated=False).count()
