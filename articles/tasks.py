"""The pipeline on Celery: one task per step, each taking an article id.

A step runs only when it is the article's current step, so a redelivered task (the worker died
after finishing but before acknowledging) or a task queued twice by the sweep does nothing.
The step's work and the move to the next step commit together; the next task is sent only after
that commit.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from celery import shared_task
from django.conf import settings
from django.db import DatabaseError, InterfaceError, OperationalError, transaction

from articles.models import Article
from articles.services.ingest import article_enqueue
from articles.services.pipeline import article_finish, claims_extract, claims_geocode

logger = logging.getLogger(__name__)

# Errors worth retrying: the database was locked or briefly unreachable.
TRANSIENT_ERRORS = (OperationalError, InterfaceError)
MAX_RETRIES = 5


_ENDED = {Article.Status.DONE, Article.Status.FAILED}


def _is_due(article: Article | None, step: str) -> bool:
    return article is not None and article.step == step and article.status not in _ENDED


def _run_step(task, article_id: int, step: str, service: Callable, next_step: str | None) -> None:
    with transaction.atomic():
        article = Article.objects.select_for_update().filter(pk=article_id).first()
        if not _is_due(article, step):
            if article is not None and article.status not in _ENDED:
                # A worker died after committing a step but before sending the next task: this
                # redelivered task is the only trace of the article in the queue, so it sends the
                # due step again (a copy that is not due does nothing).
                logger.info("article %s: sending its %s step again", article_id, article.step)
                transaction.on_commit(lambda: article_enqueue(article_id=article_id))
            return
        article.mark_processing()
    try:
        with transaction.atomic():
            # Checked again under the lock: a copy of this task may have run the step meanwhile.
            article = Article.objects.select_for_update().filter(pk=article_id).first()
            if not _is_due(article, step):
                return
            service(article=article)
            if next_step is not None:
                article.advance(next_step)
                transaction.on_commit(lambda: article_enqueue(article_id=article_id))
    except TRANSIENT_ERRORS as error:
        if task.request.retries < MAX_RETRIES:
            raise task.retry(exc=error, countdown=min(2**task.request.retries, 60)) from error
        _fail(article_id, f"{step}: {error}")
    except DatabaseError as error:
        _fail(article_id, f"{step}: {error}")
    except Exception as error:
        # A bug or bad data: retrying would fail the same way. Record it for the user and the admins.
        logger.exception("article %s failed at %s", article_id, step)
        _fail(article_id, f"{step}: {type(error).__name__}: {error}")


def _fail(article_id: int, message: str) -> None:
    article = Article.objects.filter(pk=article_id).first()
    if article is not None:
        article.mark_failed(message)


@shared_task(bind=True, max_retries=MAX_RETRIES)
def article_extract(self, article_id: int) -> None:
    _run_step(self, article_id, Article.Step.EXTRACT, claims_extract, Article.Step.GEOCODE)


@shared_task(bind=True, max_retries=MAX_RETRIES)
def article_geocode(self, article_id: int) -> None:
    _run_step(self, article_id, Article.Step.GEOCODE, claims_geocode, Article.Step.FINISH)


@shared_task(bind=True, max_retries=MAX_RETRIES)
def article_finish_task(self, article_id: int) -> None:
    _run_step(self, article_id, Article.Step.FINISH, article_finish, None)


STEP_TASKS = {
    Article.Step.EXTRACT: article_extract,
    Article.Step.GEOCODE: article_geocode,
    Article.Step.FINISH: article_finish_task,
}


@shared_task
def requeue_stuck_articles() -> int:
    """Articles left queued or processing too long (a worker died, the broker was down) go back to the queue."""
    count = 0
    for article in Article.objects.stuck(older_than=settings.NEWSMAP_STUCK_AFTER):
        article.requeue(from_start=False)
        transaction.on_commit(lambda pk=article.pk: article_enqueue(article_id=pk))
        count += 1
    if count:
        logger.info("requeued %s stuck article(s)", count)
    return count
