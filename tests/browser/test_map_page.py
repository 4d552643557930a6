"""The map page in headless Chromium: markers, filters in the URL, escaped popups, offline labels."""

from collections import Counter

import pytest

from articles.models import Claim
from tests import factories
from tests.browser.sample import ingest_samples

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

HOSTILE = "<img src=x onerror=alert(1)>"


def visible_claims():
    return Claim.objects.visible()


def shown_count(page) -> int:
    return int(page.tab.text_content("#claim-count"))


def marker_count(page) -> int:
    return page.tab.evaluate("window.newsmapMap.markerCount()")


def test_the_map_shows_the_sample_articles_claims(page):
    ingest_samples()
    expected = visible_claims().count()
    assert expected > 5, "the sample articles gave too few claims to test the map"
    page.open("/")
    page.wait_for_map()
    assert shown_count(page) == expected
    assert marker_count(page) == expected
    page.tab.wait_for_selector(".marker-cluster")
    # Offline (tiles refused): the governorates are still labelled on the plain background.
    assert page.tab.locator(".gov-label").count() == 14
    assert page.tab.locator("#claims-table tbody tr").count() == min(expected, 20)
    assert page.tab.locator("#timeline .bar").count() >= 1
    assert page.tab.locator("#legend li").count() >= 1
    page.screenshot("map-sample-articles")


def test_a_governorate_filter_changes_the_markers_the_counts_and_the_url(page):
    ingest_samples()
    total = visible_claims().count()
    per_governorate = Counter(visible_claims().values_list("governorate__code", flat=True))
    code, expected = min(((c, n) for c, n in per_governorate.items() if c), key=lambda item: item[1])
    assert expected < total
    page.open("/")
    page.wait_for_map()
    page.tab.select_option("#f-governorate", [code])
    page.tab.wait_for_function(f"document.getElementById('claim-count').textContent === '{expected}'")
    page.wait_for_map()
    assert marker_count(page) == expected
    assert f"governorate={code}" in page.tab.url
    option = page.tab.locator(f"#f-governorate option[value='{code}']").text_content()
    assert option.endswith(f"({expected})")
    page.screenshot("map-governorate-filter")
    page.tab.go_back()
    page.tab.wait_for_function(f"document.getElementById('claim-count').textContent === '{total}'")
    assert "governorate=" not in page.tab.url
    assert page.tab.locator("#f-governorate").evaluate("s => s.selectedOptions.length") == 0
    # The filtered URL is shareable: opened afresh, it shows the same selection.
    page.open(f"/?governorate={code}")
    page.wait_for_map()
    assert shown_count(page) == expected


def test_a_popup_shows_hostile_text_as_text(page):
    factories.load_gazetteer()
    article = factories.article(f"غارة على كفرزيتا {HOSTILE}", title=HOSTILE)
    factories.claim(article, place_name=HOSTILE, place_name_en=HOSTILE, sources=HOSTILE, evidence=HOSTILE)
    page.open("/")
    page.wait_for_map()
    page.tab.click("#claims-table tbody tr")
    popup = page.tab.wait_for_selector(".leaflet-popup-content .claim-popup")
    assert HOSTILE in popup.text_content()
    assert popup.query_selector("img") is None
    assert page.tab.locator(".leaflet-popup-content a").get_attribute("href") == article.get_absolute_url()
    page.tab.wait_for_timeout(300)  # give an injected handler the chance to fire, if there were one
    assert page.dialogs == []
    page.screenshot("map-escaped-popup")


def test_a_governorate_level_claim_is_a_ring_at_the_governorate_not_a_pin(page):
    factories.load_gazetteer()
    from geo.models import Governorate

    hama = Governorate.objects.get(code="SY-HM")
    factories.claim(
        factories.article(), place_name="ريف حماة", precision="governorate", lat=None, lon=None, governorate=hama
    )
    page.open("/")
    page.wait_for_map()
    options = page.tab.evaluate(
        """() => { const m = window.newsmapMap; const f = m.features()[0];
        return {coords: f.geometry.coordinates, ring: !!f.properties.placed_at_governorate}; }"""
    )
    assert options["ring"] is True
    assert options["coords"] == pytest.approx([hama.lon, hama.lat])


def test_dragging_over_the_timeline_sets_the_date_range(page):
    ingest_samples()
    page.open("/")
    page.wait_for_map()
    box = page.tab.locator("#timeline").bounding_box()
    page.tab.mouse.move(box["x"] + 2, box["y"] + box["height"] / 2)
    page.tab.mouse.down()
    page.tab.mouse.move(box["x"] + box["width"] * 0.3, box["y"] + box["height"] / 2, steps=5)
    page.tab.mouse.up()
    page.tab.wait_for_function("location.search.includes('date_from=')")
    page.wait_for_map()
    assert "date_to=" in page.tab.url
    assert page.tab.input_value("#f-date-from") != ""
    assert shown_count(page) <= visible_claims().count()


def test_the_heatmap_replaces_the_markers_and_back(page):
    ingest_samples()
    page.open("/")
    page.wait_for_map()
    page.tab.check("#heatmap-toggle")
    page.tab.wait_for_selector("canvas.leaflet-heatmap-layer")
    assert page.tab.locator(".marker-cluster").count() == 0
    page.screenshot("map-heatmap")
    page.tab.uncheck("#heatmap-toggle")
    page.tab.wait_for_selector(".marker-cluster")
    assert page.tab.locator("canvas.leaflet-heatmap-layer").count() == 0


def test_playing_the_timeline_shows_one_day_at_a_time(page):
    ingest_samples()
    first_day = visible_claims().exclude(date=None).order_by("date").values_list("date", flat=True).first()
    on_first_day = visible_claims().filter(date=first_day).count()
    page.open("/")
    page.wait_for_map()
    page.tab.click("#timeline-play")
    page.tab.wait_for_function(f"document.getElementById('timeline-label').textContent.startsWith('{first_day}')")
    assert marker_count(page) == on_first_day
    assert page.tab.locator("#timeline .bar.current").get_attribute("data-day") == str(first_day)
    page.tab.click("#timeline-play")
    assert marker_count(page) == visible_claims().count()


def test_an_analyst_rejects_claims_from_the_table(page):
    from tests.browser.conftest import log_in

    ingest_samples()
    total = visible_claims().count()
    log_in(page, factories.analyst())
    page.open("/")
    page.wait_for_map()
    boxes = page.tab.locator("#claims-table tbody input[type='checkbox']")
    boxes.nth(0).check()
    boxes.nth(1).check()
    page.tab.click("#bulk-form button[value='reject']")
    page.tab.wait_for_function(f"document.getElementById('claim-count').textContent === '{total - 2}'")
    assert Claim.objects.filter(review_state="rejected").count() == 2
