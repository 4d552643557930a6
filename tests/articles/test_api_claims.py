import csv
import datetime
import io

import pytest
from django.urls import reverse

from articles.models import Claim
from geo.loading import governorates_load
from geo.models import Governorate
from tests.factories import article, claim, strike_report

# These run on PostgreSQL as well (bin/test runs `-m postgres` again with DATABASE_URL).
pytestmark = [pytest.mark.django_db, pytest.mark.postgres]


@pytest.fixture
def claims():
    governorates_load()
    hama, aleppo, idlib = (Governorate.objects.get(code=code) for code in ("SY-HM", "SY-HL", "SY-ID"))
    report = article(strike_report(), title="غارات على ريف حماة", url="https://example.org/a")
    other = article(strike_report("سراقب", countryside="إدلب"), title="قصف سراقب")
    return {
        "kafr_zita": claim(report, governorate=hama, actor="russia", date=datetime.date(2020, 1, 7)),
        "aleppo": claim(
            report,
            governorate=aleppo,
            place_name="حي الشعار",
            precision=Claim.Precision.NEIGHBOURHOOD,
            lat=None,
            lon=None,
            needs_placement=True,
            actor="syrian_government",
            sources="الدفاع المدني السوري",
            date=datetime.date(2020, 2, 1),
        ),
        "idlib": claim(
            other,
            governorate=idlib,
            place_name="ريف إدلب الجنوبي",
            precision=Claim.Precision.GOVERNORATE,
            lat=None,
            lon=None,
            evidence='=HYPERLINK("http://evil") <img src=x onerror=alert(1)>',
            date=datetime.date(2020, 3, 1),
            killed=4,
        ),
        "rejected": claim(report, governorate=hama, review_state=Claim.ReviewState.REJECTED),
        "denied": claim(report, governorate=hama, negated=True),
    }


def geojson(client, **params):
    response = client.get(reverse("api-claims-geojson"), params)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/geo+json")
    return response.json()


def ids(collection) -> set[int]:
    return {feature["properties"]["id"] for feature in collection["features"]}


def test_it_serves_every_visible_claim_and_hides_rejected_and_denied_ones(client, claims):
    assert ids(geojson(client)) == {claims["kafr_zita"].pk, claims["aleppo"].pk, claims["idlib"].pk}


def test_a_claim_without_its_own_point_is_placed_at_its_governorate_and_says_so(client, claims):
    features = {f["properties"]["id"]: f for f in geojson(client)["features"]}
    aleppo = Governorate.objects.get(code="SY-HL")
    unplaced = features[claims["aleppo"].pk]
    assert unplaced["geometry"]["coordinates"] == [round(aleppo.lon, 5), round(aleppo.lat, 5)]
    assert unplaced["properties"]["placed_at_governorate"] and unplaced["properties"]["needs_placement"]
    located = features[claims["kafr_zita"].pk]
    assert located["geometry"]["coordinates"] == [36.6, 35.37]
    assert not located["properties"]["placed_at_governorate"]
    assert located["properties"]["article_url"] == claims["kafr_zita"].article.get_absolute_url()


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"governorate": ["SY-HM", "SY-ID"]}, {"kafr_zita", "idlib"}),
        ({"governorate": "sy-hl"}, {"aleppo"}),
        ({"date_from": "2020-01-15", "date_to": "2020-02-15"}, {"aleppo"}),
        ({"actor": "russia"}, {"kafr_zita"}),
        ({"precision": ["governorate", "neighbourhood"]}, {"aleppo", "idlib"}),
        ({"source": "الدفاع المدني"}, {"aleppo"}),
        ({"q": "الشعار"}, {"aleppo"}),
        ({"q": "سراقب"}, {"idlib"}),
    ],
)
def test_each_filter_narrows_the_claims(client, claims, params, expected):
    assert ids(geojson(client, **params)) == {claims[name].pk for name in expected}


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"date_from": "01/02/2020"}, "date_from"),
        ({"date_from": "2020-03-01", "date_to": "2020-01-01"}, "date_to"),
        ({"governorate": "SY-XX"}, "governorate"),
        ({"actor": "martians"}, "actor"),
        ({"precision": "street"}, "precision"),
    ],
)
def test_a_malformed_parameter_is_a_400_naming_it(client, claims, params, field):
    response = client.get(reverse("api-claims-geojson"), params)
    assert response.status_code == 400
    assert field in response.json()["errors"]


def test_the_facets_count_the_filtered_claims(client, claims):
    facets = client.get(reverse("api-claims-facets"), {"governorate": ["SY-HM", "SY-HL"]}).json()
    assert facets["total"] == 2
    assert facets["by_governorate"] == {"SY-HM": 1, "SY-HL": 1}
    assert facets["by_actor"] == {"russia": 1, "syrian_government": 1}
    assert facets["by_day"] == [["2020-01-07", 1], ["2020-02-01", 1]]
    assert facets["by_source"]["الدفاع المدني السوري"] == 1


def read_csv(client, **params) -> list[dict]:
    response = client.get(reverse("api-claims-csv"), params)
    assert response.status_code == 200
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(text)))


def test_the_csv_has_acled_like_columns(client, claims):
    rows = read_csv(client, governorate="SY-HM")
    assert len(rows) == 1
    row = rows[0]
    assert row["event_date"] == "2020-01-07" and row["time_precision"] == "1"
    assert (row["admin1"], row["location"], row["geo_precision"]) == ("Hama", "كفرزيتا", "1")
    assert (row["latitude"], row["longitude"]) == ("35.37", "36.6")
    assert row["source"] == "المرصد السوري لحقوق الإنسان" and row["actor"] == "russia"
    assert row["article_url"].endswith(claims["kafr_zita"].article.get_absolute_url())


def test_the_csv_neutralises_formulas_and_keeps_text_as_text(client, claims):
    (row,) = read_csv(client, governorate="SY-ID")
    assert row["notes"].startswith("'=HYPERLINK")
    assert "<img src=x onerror=alert(1)>" in row["notes"]
    assert row["geo_precision"] == "3" and row["fatalities"] == "4"


def test_browsing_can_be_made_private(client, claims, settings):
    settings.NEWSMAP_LOGIN_REQUIRED_FOR_BROWSING = True
    assert client.get(reverse("api-claims-geojson")).status_code == 302


def test_filters_work_the_same_on_postgresql(client, claims):
    assert ids(geojson(client, governorate="SY-HM", actor="russia", q="كفرزيتا")) == {claims["kafr_zita"].pk}
