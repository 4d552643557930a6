"""The pipeline end to end: a real Celery worker process on the real Redis, against the test database."""

import datetime
from collections import Counter

import pytest
from django.urls import reverse

from articles.models import Article
from articles.services.ingest import article_ingest
from articles.tasks import requeue_stuck_articles
from tests.factories import analyst, load_gazetteer, strike_report
from tests.waiting import wait_until

pytestmark = [pytest.mark.worker, pytest.mark.postgres]

VILLAGES = ["كفرزيتا", "اللطامنة", "مورك", "طيبة الإمام", "حلفايا", "صوران", "قمحانة", "معردس", "كفرنبودة", "الهبيط"]


def all_done(ids) -> bool:
    return Article.objects.filter(pk__in=ids, status=Article.Status.DONE).count() == len(ids)


def test_an_uploaded_article_is_processed_by_the_worker(live_worker, client):
    load_gazetteer()
    client.force_login(analyst())
    response = client.post(reverse("article-upload"), {"text": strike_report(), "published": "2020-01-07"})
    article = Article.objects.get()
    assert response.status_code == 302
    wait_until(lambda: all_done([article.pk]), timeout=60, message="the worker to process the article")
    assert article.claims.filter(place_name="كفرزيتا", governorate__code="SY-HM").exists()
    assert "article_extract" in live_worker.log()


@pytest.mark.worker_env(
    CELERY_VISIBILITY_TIMEOUT="3",
    CELERY_UNACKED_RESTORE_INTERVAL="1",
    CELERY_UNACKED_RESTORE_THROTTLE="1",
    CELERY_UNACKED_MUTEX_EXPIRE="2",
)
def test_a_worker_killed_mid_batch_loses_nothing_and_repeats_nothing(live_worker, settings):
    load_gazetteer()
    ids = [article_ingest(text=strike_report(village), published=None).pk for village in VILLAGES]
    wait_until(
        lambda: (
            Article.objects.filter(pk__in=ids, status=Article.Status.DONE).exists()
            or Article.objects.filter(pk__in=ids, status=Article.Status.PROCESSING).exists()
        ),
        timeout=60,
        message="the worker to start on the batch",
    )
    live_worker.kill()
    assert not all_done(ids), "the batch ended before the kill: the test proves nothing"
    live_worker.start()
    # Redis gives back the tasks the dead worker held unacknowledged. A task it had just taken off the
    # queue, before recording it as unacknowledged, is gone from Redis: the sweep that Celery beat runs
    # in production puts its article back in the queue (here every poll, for articles stuck 5 s).
    settings.NEWSMAP_STUCK_AFTER = datetime.timedelta(seconds=5)

    def recovered() -> bool:
        if all_done(ids):
            return True
        requeue_stuck_articles()
        return False

    wait_until(recovered, timeout=120, interval=1, message="every article to end done after the restart")
    for article in Article.objects.filter(pk__in=ids):
        mentions = Counter(article.claims.values_list("place_name", "mention_start"))
        assert mentions and max(mentions.values()) == 1, f"claims stored twice for article {article.pk}"
