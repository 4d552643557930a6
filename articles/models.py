import hashlib
import unicodedata

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from geo.models import Governorate, Place


def content_hash(text: str) -> str:
    """Hash of the text with Unicode and whitespace differences folded, so a re-upload is recognised."""
    folded = " ".join(unicodedata.normalize("NFC", text).split())
    return hashlib.sha256(folded.encode("utf-8")).hexdigest()


class ArticleQuerySet(models.QuerySet):
    def pending(self) -> "ArticleQuerySet":
        return self.filter(status__in=[Article.Status.QUEUED, Article.Status.PROCESSING])

    def stuck(self, *, older_than) -> "ArticleQuerySet":
        """Queued or processing articles whose last change is older than `older_than` (a timedelta)."""
        return self.pending().filter(status_changed_at__lt=timezone.now() - older_than)


class Article(models.Model):
    class Status(models.TextChoices):
        QUEUED = "queued", _("Queued")
        PROCESSING = "processing", _("Processing")
        DONE = "done", _("Done")
        FAILED = "failed", _("Failed")

    class Step(models.TextChoices):
        """The next pipeline step; a task runs only when it is its step's turn, which makes it idempotent."""

        EXTRACT = "extract", _("Extract claims")
        GEOCODE = "geocode", _("Geocode claims")
        FINISH = "finish", _("Finish")

    title = models.CharField(_("title"), max_length=500, blank=True)
    text = models.TextField(_("text"))
    outlet = models.CharField(_("outlet"), max_length=200, blank=True)
    url = models.URLField(_("URL"), max_length=1000, blank=True)
    published = models.DateField(_("publication date"), null=True, blank=True)
    published_detected = models.BooleanField(_("publication date detected from the text"), default=False)
    content_hash = models.CharField(_("content hash"), max_length=64, unique=True, editable=False)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("uploaded by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="articles",
    )
    created_at = models.DateTimeField(_("uploaded at"), auto_now_add=True)

    status = models.CharField(_("status"), max_length=12, choices=Status.choices, default=Status.QUEUED)
    step = models.CharField(_("next step"), max_length=10, choices=Step.choices, default=Step.EXTRACT)
    error = models.TextField(_("error"), blank=True)
    attempts = models.PositiveIntegerField(_("processing attempts"), default=0)
    status_changed_at = models.DateTimeField(_("status changed at"), default=timezone.now)
    processing_started_at = models.DateTimeField(_("processing started at"), null=True, blank=True)
    processed_at = models.DateTimeField(_("processed at"), null=True, blank=True)

    objects = ArticleQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("article")
        verbose_name_plural = _("articles")
        indexes = [models.Index(fields=["status", "status_changed_at"])]

    def __str__(self) -> str:
        return self.title or self.text[:80]

    def get_absolute_url(self) -> str:
        from django.urls import reverse

        return reverse("article-detail", args=[self.pk])

    def _set_status(self, status: str, **fields) -> None:
        self.status = status
        self.status_changed_at = timezone.now()
        for name, value in fields.items():
            setattr(self, name, value)
        self.save(update_fields=["status", "status_changed_at", *fields])

    def mark_processing(self) -> None:
        self._set_status(
            self.Status.PROCESSING, attempts=self.attempts + 1, processing_started_at=timezone.now(), error=""
        )

    def advance(self, step: str) -> None:
        """The current step is done: the next one is due."""
        self._set_status(self.Status.PROCESSING, step=step)

    def mark_done(self) -> None:
        self._set_status(self.Status.DONE, processed_at=timezone.now(), error="")

    def mark_failed(self, error: str) -> None:
        self._set_status(self.Status.FAILED, error=error[:2000])

    def requeue(self, *, from_start: bool) -> None:
        """Queued again: from the first step (reprocessing) or from the step it stopped at (a dead worker)."""
        fields = {"error": ""}
        if from_start:
            fields["step"] = self.Step.EXTRACT
        self._set_status(self.Status.QUEUED, **fields)

    @property
    def is_pending(self) -> bool:
        return self.status in {self.Status.QUEUED, self.Status.PROCESSING}


class ClaimQuerySet(models.QuerySet):
    def visible(self) -> "ClaimQuerySet":
        """Claims shown on the map: not rejected by an analyst, not a denied strike."""
        return self.exclude(review_state=Claim.ReviewState.REJECTED).filter(negated=False)


class Claim(models.Model):
    """One strike claim of an article: a place said to have been struck, with when and who says so."""

    class Precision(models.TextChoices):
        # ACLED geo-precision, finest first.
        TOWN = "town", _("Town")
        NEIGHBOURHOOD = "neighbourhood", _("Neighbourhood")
        DISTRICT = "district", _("District")
        GOVERNORATE = "governorate", _("Governorate")

    class DatePrecision(models.TextChoices):
        DAY = "day", _("Day")
        WEEK = "week", _("Week")
        MONTH = "month", _("Month")

    class Actor(models.TextChoices):
        RUSSIA = "russia", _("Russia")
        SYRIAN_GOVERNMENT = "syrian_government", _("Syrian government")
        COALITION = "coalition", _("US-led coalition")
        TURKEY = "turkey", _("Turkey")
        ISRAEL = "israel", _("Israel")
        OPPOSITION = "opposition", _("Armed opposition")
        ISIS = "isis", _("Islamic State")
        JORDAN = "jordan", _("Jordan")
        UNKNOWN = "unknown", _("Unknown")

    class ReviewState(models.TextChoices):
        UNREVIEWED = "unreviewed", _("Unreviewed")
        CONFIRMED = "confirmed", _("Confirmed")
        CORRECTED = "corrected", _("Corrected")
        REJECTED = "rejected", _("Rejected")

    article = models.ForeignKey(Article, verbose_name=_("article"), on_delete=models.CASCADE, related_name="claims")
    place = models.ForeignKey(
        Place,
        verbose_name=_("place"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="claims",
    )
    governorate = models.ForeignKey(
        Governorate,
        verbose_name=_("governorate"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="claims",
    )
    place_name = models.CharField(_("place as written"), max_length=200)
    place_name_en = models.CharField(_("English name"), max_length=200, blank=True)
    precision = models.CharField(_("precision"), max_length=13, choices=Precision.choices)
    lat = models.FloatField(_("latitude"), null=True, blank=True)
    lon = models.FloatField(_("longitude"), null=True, blank=True)
    # True when the extraction found a place it could not put on the map: an analyst should place it.
    needs_placement = models.BooleanField(_("needs placement"), default=False)

    date = models.DateField(_("strike date"), null=True, blank=True)
    date_precision = models.CharField(_("date precision"), max_length=5, choices=DatePrecision.choices, blank=True)
    date_text = models.CharField(_("date as written"), max_length=200, blank=True)
    # One attributed source per line, as written in the article.
    sources = models.TextField(_("sources"), blank=True)
    actor = models.CharField(_("actor"), max_length=20, choices=Actor.choices, default=Actor.UNKNOWN)
    killed = models.PositiveIntegerField(_("killed"), null=True, blank=True)
    negated = models.BooleanField(_("denied or negated strike"), default=False)

    evidence = models.TextField(_("evidence sentence"))
    evidence_start = models.PositiveIntegerField()
    evidence_end = models.PositiveIntegerField()
    mention_start = models.PositiveIntegerField()
    mention_end = models.PositiveIntegerField()

    review_state = models.CharField(
        _("review"), max_length=10, choices=ReviewState.choices, default=ReviewState.UNREVIEWED
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = ClaimQuerySet.as_manager()

    class Meta:
        ordering = ["article_id", "mention_start"]
        verbose_name = _("claim")
        verbose_name_plural = _("claims")
        indexes = [
            models.Index(fields=["date"]),
            models.Index(fields=["governorate", "date"]),
            models.Index(fields=["actor"]),
        ]

    def __str__(self) -> str:
        return f"{self.place_name} ({self.date or '?'})"

    @property
    def source_list(self) -> list[str]:
        return [line for line in self.sources.splitlines() if line]

    @property
    def is_reviewed(self) -> bool:
        return self.review_state != self.ReviewState.UNREVIEWED


class ClaimEvent(models.Model):
    """The audit log of analysts' changes to claims: who, when, what it was and what it became."""

    class Action(models.TextChoices):
        CONFIRM = "confirm", _("Confirmed")
        REJECT = "reject", _("Rejected")
        MOVE = "move", _("Moved")
        EDIT = "edit", _("Edited")

    claim = models.ForeignKey(Claim, null=True, blank=True, on_delete=models.SET_NULL, related_name="events")
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="claim_events")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    action = models.CharField(max_length=10, choices=Action.choices)
    before = models.JSONField(default=dict)
    after = models.JSONField(default=dict)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("claim change")
        verbose_name_plural = _("claim changes")

    def __str__(self) -> str:
        return f"{self.get_action_display()} claim {self.claim_id} at {self.created_at:%Y-%m-%d %H:%M}"
