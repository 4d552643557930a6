import pytest
from django.urls import reverse

from articles.models import Claim, ClaimEvent
from geo.models import Governorate, Place, PlaceAlias
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def hama():
    return Governorate.objects.create(
        code="SY-HM", name_en="Hama", name_ar="حماة", admin1_code="SY.09", lat=35.2, lon=36.9
    )


@pytest.fixture
def claim(hama):
    return factories.claim(factories.article(), governorate=hama)


@pytest.fixture
def analyst_client(client):
    client.force_login(factories.analyst())
    return client


def test_anonymous_users_cannot_review(client, claim):
    response = client.post(reverse("claim-review", args=[claim.pk]), {"action": "reject"})
    assert response.status_code == 302 and reverse("login") in response["Location"]
    claim.refresh_from_db()
    assert claim.review_state == "unreviewed" and not ClaimEvent.objects.exists()


def test_anonymous_users_cannot_bulk_review_or_search_places(client, claim):
    response = client.post(reverse("claims-bulk-review"), {"action": "reject", "claims": [claim.pk]})
    assert response.status_code == 302
    assert client.get(reverse("place-search"), {"q": "حماة"}).status_code == 302
    claim.refresh_from_db()
    assert claim.review_state == "unreviewed"


def test_review_only_accepts_post(analyst_client, claim):
    assert analyst_client.get(reverse("claim-review", args=[claim.pk])).status_code == 405


def test_review_is_protected_by_csrf(claim):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(factories.analyst())
    response = client.post(reverse("claim-review", args=[claim.pk]), {"action": "confirm"})
    assert response.status_code == 403
    claim.refresh_from_db()
    assert claim.review_state == "unreviewed"


def test_confirming_redirects_to_the_claim_on_its_article(analyst_client, claim):
    response = analyst_client.post(reverse("claim-review", args=[claim.pk]), {"action": "confirm"})
    assert response["Location"] == f"{claim.article.get_absolute_url()}#claim-{claim.pk}"
    claim.refresh_from_db()
    assert claim.review_state == "confirmed"
    assert ClaimEvent.objects.get().user.username == "analyst"


def test_editing_sets_the_date_and_precision(analyst_client, claim):
    analyst_client.post(
        reverse("claim-review", args=[claim.pk]),
        {"action": "edit", "date": "2019-12-30", "date_precision": "week", "precision": "district"},
    )
    claim.refresh_from_db()
    assert (str(claim.date), claim.date_precision, claim.precision) == ("2019-12-30", "week", "district")


def test_moving_to_a_searched_place_creates_an_alias(analyst_client, claim, hama):
    place = Place.objects.create(name_en="Morek", name_ar="مورك", lat=35.38, lon=36.67, governorate=hama)
    found = analyst_client.get(reverse("place-search"), {"q": "Morek"}).json()["results"]
    assert [result["id"] for result in found] == [place.pk]
    analyst_client.post(reverse("claim-review", args=[claim.pk]), {"action": "move", "place": found[0]["id"]})
    claim.refresh_from_db()
    assert claim.place == place
    assert PlaceAlias.objects.get().name == "كفرزيتا"


def test_moving_to_a_clicked_point_creates_a_place_and_answers_json_when_asked(analyst_client, claim):
    response = analyst_client.post(
        reverse("claim-review", args=[claim.pk]),
        {"action": "move", "lat": "35.4", "lon": "36.65"},
        headers={"Accept": "application/json"},
    )
    assert response.json() == {"id": claim.pk, "review_state": "corrected"}
    assert Place.objects.get(source="analyst").lat == 35.4


def test_a_point_outside_syria_is_refused_and_nothing_changes(analyst_client, claim):
    response = analyst_client.post(
        reverse("claim-review", args=[claim.pk]),
        {"action": "move", "lat": "48.85", "lon": "2.35"},
        headers={"Accept": "application/json"},
    )
    assert response.status_code == 400 and "lat" in response.json()["errors"]
    assert not Place.objects.exists() and not ClaimEvent.objects.exists()


def test_a_move_without_place_or_point_shows_a_message(analyst_client, claim):
    response = analyst_client.post(reverse("claim-review", args=[claim.pk]), {"action": "move"}, follow=True)
    assert "Choose a place from the search" in response.content.decode()
    claim.refresh_from_db()
    assert claim.review_state == "unreviewed"


def test_bulk_review_confirms_the_selected_claims_only(analyst_client, hama):
    article = factories.article()
    chosen = [factories.claim(article, mention_start=n) for n in range(2)]
    other = factories.claim(article, mention_start=9)
    response = analyst_client.post(
        reverse("claims-bulk-review"),
        {"action": "confirm", "claims": [c.pk for c in chosen]},
        headers={"Accept": "application/json"},
    )
    assert response.json() == {"updated": 2}
    assert set(Claim.objects.filter(review_state="confirmed").values_list("pk", flat=True)) == {c.pk for c in chosen}
    other.refresh_from_db()
    assert other.review_state == "unreviewed"


def test_bulk_review_without_claims_changes_nothing(analyst_client, claim):
    response = analyst_client.post(reverse("claims-bulk-review"), {"action": "reject", "next": "/articles/"})
    assert response.status_code == 302 and response["Location"] == "/articles/"
    assert not ClaimEvent.objects.exists()


def test_bulk_review_never_redirects_to_another_site(analyst_client, claim):
    response = analyst_client.post(
        reverse("claims-bulk-review"), {"action": "reject", "claims": [claim.pk], "next": "https://evil.example/"}
    )
    assert response["Location"] == "/"


def test_place_search_finds_arabic_names_most_populous_first(analyst_client, hama):
    Place.objects.create(name_en="Hama", name_ar="حماة", lat=35.13, lon=36.75, population=700000, governorate=hama)
    Place.objects.create(name_en="Hamah Village", name_ar="حماة الصغيرة", lat=35.0, lon=36.0, population=10)
    results = analyst_client.get(reverse("place-search"), {"q": "حماة"}).json()["results"]
    assert [r["name_en"] for r in results] == ["Hama", "Hamah Village"]
    assert results[0]["governorate"] == "SY-HM" and results[0]["governorate_name_ar"] == "حماة"


def test_place_search_with_an_empty_query_finds_nothing(analyst_client, hama):
    Place.objects.create(name_en="Hama", name_ar="حماة", lat=35.13, lon=36.75)
    assert analyst_client.get(reverse("place-search"), {"q": " "}).json() == {"results": []}
