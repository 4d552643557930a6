"""An article uploaded in the browser, processed by a real Celery worker on Redis, appears on the map."""

import pytest

from articles.models import Article
from tests import factories

pytestmark = [pytest.mark.browser, pytest.mark.worker]


def test_an_upload_processed_by_the_worker_appears_on_the_map(live_worker, page):
    factories.load_gazetteer()
    factories.analyst("rana")
    page.open("/accounts/login/?next=/articles/new/")
    page.tab.fill("input[name='username']", "rana")
    page.tab.fill("input[name='password']", "pass-for-tests-1")
    page.tab.click("form.stacked button[type='submit']")
    page.tab.wait_for_url("**/articles/new/")
    page.tab.fill("textarea[name='text']", factories.strike_report("مورك"))
    page.tab.fill("input[name='published']", "2020-01-07")
    page.tab.click("form.stacked button[type='submit']")
    page.tab.wait_for_url("**/articles/*/")
    # The article page follows the worker through its status endpoint and reloads when it is done.
    page.tab.wait_for_selector("#article-status[data-status='done']", timeout=90_000)
    article = Article.objects.get()
    assert article.status == Article.Status.DONE
    assert "article_extract" in live_worker.log()
    assert page.tab.locator(".claim-list .claim").count() == article.claims.count() >= 1

    page.open("/")
    page.wait_for_map()
    assert int(page.tab.text_content("#claim-count")) == article.claims.visible().count()
    page.tab.click("#claims-table tbody tr")
    popup = page.tab.wait_for_selector(".leaflet-popup-content .claim-popup")
    assert "مورك" in popup.text_content()
    page.screenshot("map-after-worker-upload")
