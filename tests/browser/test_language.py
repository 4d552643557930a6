"""The language switcher: the Arabic interface is translated and laid out right to left."""

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_arabic_interface_is_right_to_left(page):
    page.open("/")
    page.wait_for_map()
    assert page.tab.get_attribute("html", "dir") == "ltr"
    page.tab.select_option("#language-select", "ar")
    page.tab.click(".language-switch button")
    page.tab.wait_for_selector("html[lang='ar']")
    page.wait_for_map()
    assert page.tab.get_attribute("html", "dir") == "rtl"
    assert page.tab.locator(".site-header nav a").first.text_content() == "الخريطة"
    assert page.tab.evaluate("getComputedStyle(document.querySelector('.filters')).direction") == "rtl"
    # Mirrored layout: the filters sit on the right of the map.
    filters = page.tab.locator(".filters").bounding_box()
    map_box = page.tab.locator("#map").bounding_box()
    assert filters["x"] > map_box["x"]
    page.screenshot("map-arabic-rtl")
    page.open("/articles/")
    assert page.tab.get_attribute("html", "dir") == "rtl"
    assert page.tab.locator("h1").text_content() == "المقالات"
