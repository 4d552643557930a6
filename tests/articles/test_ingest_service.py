import datetime

import pytest

from articles.intake import IntakeError
from articles.models import Article
from articles.services.ingest import article_ingest
from newsmap.celery import app as celery_app
from tests.factories import strike_report

# These run on PostgreSQL as well (bin/test runs `-m postgres` again with DATABASE_URL).
pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.postgres]


def test_it_stores_the_article_and_processes_it_after_the_commit():
    article = article_ingest(text=strike_report(), outlet="عنب بلدي")
    article.refresh_from_db()
    assert article.status == Article.Status.DONE
    assert article.claims.exists()


def test_it_detects_the_publication_date_when_none_is_given():
    text = "دمشق - 12 أيار 2019\n" + strike_report()
    article = article_ingest(text=text)
    article.refresh_from_db()
    assert article.published is not None and article.published_detected


def test_it_refuses_the_same_text_twice_and_names_the_stored_article():
    first = article_ingest(text=strike_report())
    with pytest.raises(IntakeError) as caught:
        article_ingest(text=strike_report() + "\n\n")
    assert caught.value.existing == first
    assert Article.objects.count() == 1


def _reset_broker_connections() -> None:
    # New pools pick up the changed broker URL; the old ones are left to the garbage collector.
    celery_app._pool = None
    celery_app.amqp._producer_pool = None


def test_an_article_stays_queued_when_the_broker_is_down_and_the_sweep_sends_it_later(settings):
    from articles.tasks import requeue_stuck_articles

    celery_app.conf.task_always_eager = False
    previous = celery_app.conf.broker_url
    # Nothing listens on this port: publishing fails like a Redis that is down.
    celery_app.conf.broker_url = "redis://127.0.0.1:1/0"
    _reset_broker_connections()
    try:
        article = article_ingest(text=strike_report())
    finally:
        celery_app.conf.broker_url = previous
        _reset_broker_connections()
        celery_app.conf.task_always_eager = True
    article.refresh_from_db()
    assert article.status == Article.Status.QUEUED
    settings.NEWSMAP_STUCK_AFTER = datetime.timedelta(seconds=0)
    assert requeue_stuck_articles() == 1
    article.refresh_from_db()
    assert article.status == Article.Status.DONE
