import datetime

import pytest

from articles.models import Article
from articles.services.pipeline import claims_extract
from articles.tasks import article_extract, article_finish_task, article_geocode, requeue_stuck_articles
from tests.factories import article, load_gazetteer, strike_report

# These run on PostgreSQL as well (bin/test runs `-m postgres` again with DATABASE_URL).
pytestmark = [pytest.mark.django_db, pytest.mark.postgres]


@pytest.fixture(autouse=True)
def gazetteer():
    load_gazetteer()


def run_pipeline(article_id: int, capture) -> None:
    with capture(execute=True):
        article_extract.delay(article_id)


def test_the_steps_run_in_order_and_end_done(django_capture_on_commit_callbacks):
    report = article(strike_report())
    run_pipeline(report.pk, django_capture_on_commit_callbacks)
    report.refresh_from_db()
    assert (report.status, report.step) == (Article.Status.DONE, Article.Step.FINISH)
    assert report.processed_at is not None and report.claims.exists()


def test_a_redelivered_step_does_nothing(django_capture_on_commit_callbacks):
    report = article(strike_report())
    run_pipeline(report.pk, django_capture_on_commit_callbacks)
    before = list(report.claims.values_list("pk", flat=True))
    article_extract.delay(report.pk)
    article_geocode.delay(report.pk)
    article_finish_task.delay(report.pk)
    report.refresh_from_db()
    assert list(report.claims.values_list("pk", flat=True)) == before
    assert report.attempts == 3  # one per step, none for the repeats


def test_a_redelivered_step_sends_the_next_one_a_dead_worker_never_sent(django_capture_on_commit_callbacks):
    report = article(strike_report())
    # The worker committed the extraction and died before sending the geocoding task.
    report.mark_processing()
    claims_extract(article=report)
    report.advance(Article.Step.GEOCODE)
    with django_capture_on_commit_callbacks(execute=True):
        article_extract.delay(report.pk)
    report.refresh_from_db()
    assert (report.status, report.step) == (Article.Status.DONE, Article.Step.FINISH)
    assert report.attempts == 3


def test_a_task_for_a_deleted_article_does_nothing():
    article_extract.delay(987654)


def test_a_failing_step_records_the_error_on_the_article(settings, django_capture_on_commit_callbacks):
    settings.NEWSMAP_GEOCODERS = ["no-such-geocoder"]
    report = article(strike_report("أبو دالية"))
    run_pipeline(report.pk, django_capture_on_commit_callbacks)
    report.refresh_from_db()
    assert report.status == Article.Status.FAILED
    assert "no-such-geocoder" in report.error and report.error.startswith("geocode")


def test_the_sweep_requeues_articles_stuck_in_processing(settings, django_capture_on_commit_callbacks):
    report = article(strike_report())
    report.mark_processing()
    Article.objects.filter(pk=report.pk).update(
        status_changed_at=report.status_changed_at - datetime.timedelta(hours=1)
    )
    settings.NEWSMAP_STUCK_AFTER = datetime.timedelta(minutes=10)
    with django_capture_on_commit_callbacks(execute=True):
        assert requeue_stuck_articles() == 1
    report.refresh_from_db()
    assert report.status == Article.Status.DONE


def test_the_sweep_leaves_recent_articles_alone(settings):
    report = article(strike_report())
    settings.NEWSMAP_STUCK_AFTER = datetime.timedelta(minutes=10)
    assert requeue_stuck_articles() == 0
    report.refresh_from_db()
    assert report.status == Article.Status.QUEUED
