import datetime

import pytest

from articles.models import Claim, ClaimEvent
from articles.services.review import claim_confirm, claim_edit, claim_move, claim_reject, claims_bulk_review
from geo.gazetteer import current_gazetteer
from geo.models import Governorate, Place, PlaceAlias
from tests import factories

# These run on PostgreSQL as well (bin/test runs `-m postgres` again with DATABASE_URL).
pytestmark = [pytest.mark.django_db, pytest.mark.postgres]


@pytest.fixture
def hama():
    return Governorate.objects.create(
        code="SY-HM", name_en="Hama", name_ar="حماة", admin1_code="SY.09", lat=35.2, lon=36.9
    )


@pytest.fixture
def claim(hama):
    return factories.claim(factories.article(), governorate=hama)


def test_confirming_a_claim_records_who_and_the_state_before_and_after(claim):
    user = factories.analyst()
    event = claim_confirm(claim=claim, user=user)
    claim.refresh_from_db()
    assert claim.review_state == Claim.ReviewState.CONFIRMED
    assert (event.user, event.action, event.claim, event.article) == (user, "confirm", claim, claim.article)
    assert event.before["review_state"] == "unreviewed"
    assert event.after["review_state"] == "confirmed"


def test_rejecting_a_claim_takes_it_off_the_map(claim):
    claim_reject(claim=claim, user=factories.analyst())
    assert not Claim.objects.visible().filter(pk=claim.pk).exists()
    assert ClaimEvent.objects.get().action == "reject"


def test_editing_changes_the_date_and_precisions_and_keeps_the_old_values_in_the_event(claim):
    event = claim_edit(
        claim=claim,
        user=factories.analyst(),
        date=datetime.date(2020, 1, 1),
        date_precision=Claim.DatePrecision.MONTH,
        precision=Claim.Precision.DISTRICT,
    )
    claim.refresh_from_db()
    assert (claim.date, claim.date_precision, claim.precision) == (datetime.date(2020, 1, 1), "month", "district")
    assert claim.review_state == Claim.ReviewState.CORRECTED
    assert event.before["date"] == "2020-01-07" and event.after["date"] == "2020-01-01"
    assert event.before["precision"] == "town" and event.after["precision"] == "district"


def test_moving_to_a_gazetteer_place_adds_the_written_name_as_an_alias_the_gazetteer_uses(claim, hama):
    place = Place.objects.create(name_en="Al-Lataminah", name_ar="اللطامنة", lat=35.32, lon=36.62, governorate=hama)
    claim.place_name = "اللطامنه"
    claim.save()
    user = factories.analyst()
    event = claim_move(claim=claim, user=user, place=place)
    claim.refresh_from_db()
    assert (claim.place, claim.lat, claim.lon, claim.review_state) == (place, 35.32, 36.62, "corrected")
    assert event.action == "move" and event.after["place_id"] == place.pk
    alias = PlaceAlias.objects.get()
    assert (alias.name, alias.place, alias.created_by) == ("اللطامنه", place, user)
    entry = next(e for e in current_gazetteer().entries if e.key == f"place:{place.pk}")
    assert "اللطامنه" in entry.names


def test_moving_to_a_clicked_point_creates_an_analyst_place_named_as_the_article_writes_it(hama):
    claim = factories.claim(
        factories.article(), place_name="تل الصخر", place_name_en="", lat=None, lon=None, needs_placement=True
    )
    claim_move(claim=claim, user=factories.analyst(), lat=35.3, lon=36.7)
    claim.refresh_from_db()
    place = Place.objects.get(source=Place.Source.ANALYST)
    assert (place.name_ar, place.lat, place.lon, place.governorate) == ("تل الصخر", 35.3, 36.7, hama)
    assert claim.place == place and not claim.needs_placement
    assert claim.governorate == hama
    # The place's own Arabic name is the written name: no alias needed to find it again.
    assert not PlaceAlias.objects.exists()
    assert any(e.key == f"place:{place.pk}" and e.name_ar == "تل الصخر" for e in current_gazetteer().entries)


def test_moving_needs_a_place_or_a_point(claim):
    with pytest.raises(ValueError):
        claim_move(claim=claim, user=factories.analyst())
    assert not ClaimEvent.objects.exists()


def test_bulk_review_writes_one_event_per_claim(hama):
    article = factories.article()
    claims = [factories.claim(article, mention_start=n) for n in range(3)]
    events = claims_bulk_review(claims=claims, user=factories.analyst(), action="reject")
    assert len(events) == 3
    assert set(Claim.objects.values_list("review_state", flat=True)) == {"rejected"}
    assert ClaimEvent.objects.filter(action="reject").count() == 3


def test_bulk_review_refuses_an_unknown_action(claim):
    with pytest.raises(ValueError):
        claims_bulk_review(claims=[claim], user=factories.analyst(), action="delete")
    claim.refresh_from_db()
    assert claim.review_state == "unreviewed"
