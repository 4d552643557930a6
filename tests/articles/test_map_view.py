import json
import re
from pathlib import Path

import pytest
from django.contrib.staticfiles import finders
from django.urls import reverse

from geo.models import Governorate
from tests import factories

pytestmark = pytest.mark.django_db

VENDORED = [
    "vendor/leaflet.markercluster/leaflet.markercluster.js",
    "vendor/leaflet.markercluster/MarkerCluster.css",
    "vendor/leaflet.heat/leaflet-heat.js",
    "leaflet/leaflet.js",
    "js/map.js",
    "css/newsmap.css",
]


def json_script(html: str, element_id: str):
    return json.loads(html.split(f'id="{element_id}" type="application/json">')[1].split("</script>")[0])


def test_the_map_page_serves_every_script_itself_and_names_no_cdn(client):
    html = client.get(reverse("map")).content.decode()
    for path in VENDORED:
        assert f"/static/{path}" in html, path
        assert finders.find(path), f"{path} is not in the static files"
    external = re.findall(r'(?:src|href)="(https?://[^"]+)"', html)
    assert external == []
    for cdn in ("unpkg", "cdnjs", "jsdelivr", "googleapis", "cloudflare"):
        assert cdn not in html


def test_the_vendored_plugins_keep_their_licence_and_package_metadata():
    for name, version in (("leaflet.markercluster", "1.5.3"), ("leaflet.heat", "0.2.0")):
        package = json.loads(Path(finders.find(f"vendor/{name}/package.json")).read_text(encoding="utf-8"))
        assert (package["name"], package["version"]) == (name, version)
    assert finders.find("vendor/leaflet.markercluster/MIT-LICENCE.txt")
    assert finders.find("vendor/leaflet.heat/LICENSE")


def test_the_page_embeds_the_governorates_for_labels_without_tiles(client):
    Governorate.objects.create(code="SY-HL", name_en="Aleppo", name_ar="حلب", admin1_code="SY.09", lat=36.2, lon=37.3)
    html = client.get(reverse("map")).content.decode()
    assert json_script(html, "governorates-data") == [
        {"code": "SY-HL", "name_en": "Aleppo", "name_ar": "حلب", "lat": 36.2, "lon": 37.3}
    ]
    assert '<option value="SY-HL" data-label="Aleppo">Aleppo</option>' in html


def test_the_tile_url_comes_from_the_settings(client, settings):
    settings.LEAFLET_CONFIG = {
        **settings.LEAFLET_CONFIG,
        "TILES": [("Local", "http://tiles.local/{z}/{x}/{y}.png", {})],
    }
    config = json_script(client.get(reverse("map")).content.decode(), "map-config")
    assert config["tiles"] == [{"name": "Local", "url": "http://tiles.local/{z}/{x}/{y}.png", "options": {}}]
    assert config["geojson_url"] == "/api/claims.geojson"
    assert config["facets_url"] == "/api/claims/facets.json"


def test_the_map_page_shows_the_bulk_review_form_to_analysts_only(client):
    assert 'id="bulk-form"' not in client.get(reverse("map")).content.decode()
    client.force_login(factories.analyst())
    html = client.get(reverse("map")).content.decode()
    assert 'id="bulk-form"' in html
    assert json_script(html, "map-config")["can_review"] is True


def test_the_arabic_map_page_is_right_to_left_and_translated(client):
    html = client.get(reverse("map"), headers={"Accept-Language": "ar"}).content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    assert "الخريطة" in html
    assert json_script(html, "map-config")["strings"]["evidence"] == "الدليل"


def test_browsing_can_require_a_login(client, settings):
    settings.NEWSMAP_LOGIN_REQUIRED_FOR_BROWSING = True
    response = client.get(reverse("map"))
    assert response.status_code == 302 and response["Location"].startswith(reverse("login"))
    client.force_login(factories.analyst())
    assert client.get(reverse("map")).status_code == 200
