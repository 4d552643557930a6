"""Storing a new article and queueing its processing."""

from __future__ import annotations

import datetime
import logging

from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from articles.intake import IntakeError, clean_text
from articles.models import Article, content_hash
from geo.gazetteer import current_gazetteer
from strikeparse import names_a_place

logger = logging.getLogger(__name__)


def article_enqueue(*, article_id: int) -> None:
    """Send the article's current step to the workers; if the broker is down, the sweep does it later."""
    from articles.tasks import STEP_TASKS

    article = Article.objects.filter(pk=article_id).only("step").first()
    if article is None:
        return
    try:
        STEP_TASKS[article.step].apply_async(
            args=[article_id],
            retry=True,
            retry_policy={"max_retries": 2, "interval_start": 0.2, "interval_step": 0.5},
        )
    except Exception as error:  # kombu raises several types when the broker is unreachable
        if not _is_broker_error(error):
            raise
        logger.warning("broker unreachable, article %s stays queued for the sweep: %s", article_id, error)


def _is_broker_error(error: Exception) -> bool:
    from kombu.exceptions import OperationalError as KombuOperationalError

    return isinstance(error, KombuOperationalError | ConnectionError | OSError)


def article_ingest(
    *,
    text: str,
    title: str = "",
    outlet: str = "",
    url: str = "",
    published: datetime.date | None = None,
    uploaded_by=None,
) -> Article:
    """Store the article as queued and enqueue its processing once the transaction has committed."""
    text = clean_text(text)
    digest = content_hash(text)
    existing = Article.objects.filter(content_hash=digest).first()
    if existing is not None:
        raise IntakeError(_("This article is already in Newsmap."), existing=existing)
    if not names_a_place(text, gazetteer=current_gazetteer()):
        raise IntakeError(_("No Syrian place was found in this text: Newsmap maps strikes in Syria."))
    try:
        with transaction.atomic():
            article = Article.objects.create(
                text=text,
                title=title.strip()[:500],
                outlet=outlet.strip()[:200],
                url=url.strip()[:1000],
                published=published,
                content_hash=digest,
                uploaded_by=uploaded_by if getattr(uploaded_by, "is_authenticated", False) else None,
            )
            transaction.on_commit(lambda: article_enqueue(article_id=article.pk))
    except IntegrityError as error:
        # Two uploads of the same text at once: the other one won.
        existing = Article.objects.filter(content_hash=digest).first()
        raise IntakeError(_("This article is already in Newsmap."), existing=existing) from error
    return article


def article_reprocess(*, article: Article) -> None:
    """Run the whole pipeline again; claims an analyst reviewed are kept."""
    with transaction.atomic():
        article.requeue(from_start=True)
        transaction.on_commit(lambda: article_enqueue(article_id=article.pk))
