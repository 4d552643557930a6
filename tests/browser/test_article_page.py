"""The article page in headless Chromium: highlighted claims, review that survives reprocessing."""

import pytest

from articles.models import Article, Claim, ClaimEvent
from articles.services.ingest import article_reprocess
from tests import factories
from tests.browser.conftest import log_in
from tests.browser.sample import ingest_samples

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_clicking_a_claim_highlights_its_evidence(page):
    article = ingest_samples()[0]
    claim = article.claims.order_by("mention_start").first()
    page.open(article.get_absolute_url())
    page.tab.click(f"#claim-{claim.pk} .claim-place")
    active = page.tab.locator(".article-text .active")
    assert active.count() >= 1
    assert claim.place_name in " ".join(active.all_text_contents())
    assert "active" in page.tab.get_attribute(f"#claim-{claim.pk}", "class")
    page.screenshot("article-highlighted-claim")


def test_a_review_correction_persists_after_reprocessing(page):
    article = ingest_samples()[0]
    claims_before = article.claims.count()
    claim = article.claims.filter(precision=Claim.Precision.TOWN, lat__isnull=False).order_by("mention_start").first()
    log_in(page, factories.analyst("rana"))
    page.open(article.get_absolute_url())

    # Change the date precision and the precision through the edit form.
    item = page.tab.locator(f"#claim-{claim.pk}")
    item.locator("summary", has_text="Change date or precision").click()
    item.locator("select[name='precision']").select_option("district")
    item.locator("select[name='date_precision']").select_option("week")
    item.locator(".edit-form button[type='submit']").click()
    page.tab.wait_for_load_state()

    # Move it to another place of the gazetteer, found by its Arabic name.
    item = page.tab.locator(f"#claim-{claim.pk}")
    item.locator("summary", has_text="Move to another place").click()
    item.locator(".place-query").fill("مورك")
    item.locator(".place-results button").first.click()
    item.locator(".move-form button[type='submit']").click()
    page.tab.wait_for_load_state()

    claim.refresh_from_db()
    assert claim.review_state == Claim.ReviewState.CORRECTED
    assert claim.place.name_en == "Mūrak"
    assert ClaimEvent.objects.filter(claim=claim).count() == 2

    article_reprocess(article=article)
    article.refresh_from_db()
    assert article.status == Article.Status.DONE
    claim.refresh_from_db()
    assert (claim.place.name_en, claim.date_precision) == ("Mūrak", "week")
    assert article.claims.count() == claims_before

    page.open(article.get_absolute_url())
    log = page.tab.locator(".change-log tbody tr")
    assert log.count() == 2
    assert "rana" in log.first.text_content()
    assert "Mūrak" in page.tab.locator(f"#claim-{claim.pk}").text_content()
    page.screenshot("article-review-after-reprocessing")


def test_a_pending_article_updates_itself_when_processing_ends(page):
    article = factories.article()
    page.open(article.get_absolute_url())
    assert page.tab.get_attribute("#article-status", "data-status") == "queued"
    Article.objects.filter(pk=article.pk).update(status=Article.Status.FAILED, error="the gazetteer is missing")
    page.tab.wait_for_selector("#article-error:not([hidden])")
    assert "the gazetteer is missing" in page.tab.text_content("#article-error")
    assert page.tab.get_attribute("#article-status", "data-status") == "failed"


def test_an_analyst_places_a_claim_by_clicking_the_map(page):
    from geo.models import Place

    factories.load_gazetteer()
    article = factories.article(status=Article.Status.DONE)
    claim = factories.claim(article, place_name="تل الصخر", place_name_en="", lat=None, lon=None, needs_placement=True)
    log_in(page, factories.analyst())
    page.open(article.get_absolute_url())
    item = page.tab.locator(f"#claim-{claim.pk}")
    item.locator("summary", has_text="Move to another place").click()
    item.locator(".pick-point").click()
    box = page.tab.locator("#article-map").bounding_box()
    page.tab.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    assert item.locator(".point-lat").input_value() != ""
    item.locator(".move-form button[type='submit']").click()
    page.tab.wait_for_load_state()
    place = Place.objects.get(source=Place.Source.ANALYST)
    claim.refresh_from_db()
    assert claim.place == place and place.name_ar == "تل الصخر" and not claim.needs_placement
    assert "Moved" in page.tab.locator(".change-log").text_content()
