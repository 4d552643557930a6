"""The article list, the article page (text with its claims highlighted, review, change log) and its status."""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field

from django.core.paginator import Paginator
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from articles import selectors
from articles.models import Article, Claim, ClaimEvent
from articles.review_forms import ClaimReviewForm
from articles.views.map import browsing_view, tile_layers

ARTICLES_PER_PAGE = 25

# Labels of the fields of an event's before/after snapshot (articles.services.review.claim_snapshot).
SNAPSHOT_LABELS = {
    "place_id": gettext_lazy("Place"),
    "place_name_en": gettext_lazy("English name"),
    "governorate": gettext_lazy("Governorate"),
    "lat": gettext_lazy("Latitude"),
    "lon": gettext_lazy("Longitude"),
    "precision": gettext_lazy("Precision"),
    "needs_placement": gettext_lazy("Needs placement"),
    "date": gettext_lazy("Date"),
    "date_precision": gettext_lazy("Date precision"),
    "review_state": gettext_lazy("Review"),
}


@browsing_view
def article_list(request):
    page = Paginator(selectors.article_list(), ARTICLES_PER_PAGE).get_page(request.GET.get("page"))
    return render(request, "articles/article_list.html", {"page": page})


@dataclass
class Segment:
    """A run of the article text covered by the same claims' evidence and mentions."""

    text: str
    evidence: list[int] = field(default_factory=list)
    mentions: list[int] = field(default_factory=list)

    @property
    def evidence_ids(self) -> str:
        return " ".join(str(pk) for pk in self.evidence)

    @property
    def mention_ids(self) -> str:
        return " ".join(str(pk) for pk in self.mentions)


def text_segments(*, text: str, claims: list[Claim]) -> list[Segment]:
    """Cut the text at every claim's evidence and mention offsets, so the template can wrap each run.

    Offsets come from the extraction and may be stale or out of range after an edit of the text; they
    are clipped rather than trusted.
    """
    size = len(text)
    spans = []
    for claim in claims:
        for kind, start, end in (
            ("evidence", claim.evidence_start, claim.evidence_end),
            ("mention", claim.mention_start, claim.mention_end),
        ):
            start, end = max(0, min(start, size)), max(0, min(end, size))
            if end > start:
                spans.append((kind, start, end, claim.pk))
    cuts = sorted({0, size, *(s for _, s, _, _ in spans), *(e for _, _, e, _ in spans)})
    segments = []
    for start, end in itertools.pairwise(cuts):
        covering = [(kind, pk) for kind, s, e, pk in spans if s <= start and end <= e]
        segments.append(
            Segment(
                text=text[start:end],
                evidence=sorted({pk for kind, pk in covering if kind == "evidence"}),
                mentions=sorted({pk for kind, pk in covering if kind == "mention"}),
            )
        )
    return segments


@dataclass
class EventChange:
    label: str
    before: object
    after: object


def event_changes(event: ClaimEvent) -> list[EventChange]:
    return [
        EventChange(label=str(label), before=event.before.get(key), after=event.after.get(key))
        for key, label in SNAPSHOT_LABELS.items()
        if event.before.get(key) != event.after.get(key)
    ]


@browsing_view
def article_detail(request, pk: int):
    article = get_object_or_404(Article, pk=pk)
    claims = list(article.claims.select_related("place", "governorate").order_by("mention_start", "pk"))
    events = list(
        ClaimEvent.objects.filter(article=article).select_related("user", "claim").order_by("-created_at", "-pk")
    )
    for event in events:
        event.changes = event_changes(event)
    review_forms = {}
    if request.user.is_authenticated:
        for claim in claims:
            review_forms[claim.pk] = ClaimReviewForm(
                initial={"date": claim.date, "date_precision": claim.date_precision, "precision": claim.precision},
                auto_id=f"claim{claim.pk}-%s",
            )
    for claim in claims:
        claim.review_form = review_forms.get(claim.pk)
    page_config = {
        "article_id": article.pk,
        "status_url": reverse("article-status", args=[article.pk]),
        "place_search_url": reverse("place-search"),
        "pending": article.is_pending,
        "tiles": tile_layers(),
        "claims": [
            {
                "id": claim.pk,
                "lat": claim.lat if claim.lat is not None else _governorate_point(claim)[0],
                "lon": claim.lon if claim.lon is not None else _governorate_point(claim)[1],
                "at_governorate": claim.lat is None or claim.precision == Claim.Precision.GOVERNORATE,
                "rejected": claim.review_state == Claim.ReviewState.REJECTED,
            }
            for claim in claims
        ],
        "strings": {
            "no_results": _("No place found."),
            "status": {value: str(label) for value, label in Article.Status.choices},
            "failed": _("Processing failed:"),
            "click_map": _("Click the map to set the point, then save."),
            "point_set": _("Point set: %(lat)s, %(lon)s"),
        },
    }
    return render(
        request,
        "articles/article_detail.html",
        {
            "article": article,
            "claims": claims,
            "segments": text_segments(text=article.text, claims=claims),
            "events": events,
            "page_config": page_config,
        },
    )


def _governorate_point(claim: Claim) -> tuple[float | None, float | None]:
    if claim.governorate_id:
        return claim.governorate.lat, claim.governorate.lon
    return None, None


@browsing_view
def article_status(request, pk: int):
    article = get_object_or_404(Article.objects.only("id", "status", "step", "error"), pk=pk)
    return JsonResponse(
        {
            "id": article.pk,
            "status": article.status,
            "status_display": article.get_status_display(),
            "step": article.step,
            "error": article.error,
            "pending": article.is_pending,
            "claims": article.claims.visible().count(),
        }
    )
