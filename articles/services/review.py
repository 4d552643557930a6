"""Analysts' corrections of claims: each change is written to the ClaimEvent audit log.

A reviewed claim (review_state other than unreviewed) survives reprocessing of its article, so a
correction made here is never undone by running the extraction again.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable

from django.db import transaction

from articles.models import Claim, ClaimEvent
from geo.gazetteer import invalidate_gazetteer
from geo.models import Governorate, Place, PlaceAlias


def claim_snapshot(*, claim: Claim) -> dict:
    """The reviewable fields of a claim as JSON-friendly values, for the before/after of an event."""
    return {
        "place_id": claim.place_id,
        "place_name_en": claim.place_name_en,
        "governorate": claim.governorate.code if claim.governorate_id else None,
        "lat": claim.lat,
        "lon": claim.lon,
        "precision": claim.precision,
        "needs_placement": claim.needs_placement,
        "date": claim.date.isoformat() if claim.date else None,
        "date_precision": claim.date_precision,
        "review_state": claim.review_state,
    }


def _record(*, claim: Claim, user, action: str, before: dict) -> ClaimEvent:
    claim.save()
    return ClaimEvent.objects.create(
        claim=claim,
        article_id=claim.article_id,
        user=user if getattr(user, "is_authenticated", False) else None,
        action=action,
        before=before,
        after=claim_snapshot(claim=claim),
    )


@transaction.atomic
def claim_confirm(*, claim: Claim, user) -> ClaimEvent:
    before = claim_snapshot(claim=claim)
    claim.review_state = Claim.ReviewState.CONFIRMED
    return _record(claim=claim, user=user, action=ClaimEvent.Action.CONFIRM, before=before)


@transaction.atomic
def claim_reject(*, claim: Claim, user) -> ClaimEvent:
    before = claim_snapshot(claim=claim)
    claim.review_state = Claim.ReviewState.REJECTED
    return _record(claim=claim, user=user, action=ClaimEvent.Action.REJECT, before=before)


def nearest_governorate(*, lat: float, lon: float) -> Governorate | None:
    """The governorate whose representative point is closest: good enough for a point an analyst clicked."""
    governorates = list(Governorate.objects.all())
    if not governorates:
        return None
    return min(governorates, key=lambda g: (g.lat - lat) ** 2 + (g.lon - lon) ** 2)


def _precision_of(place: Place) -> str:
    if place.feature_code.startswith("PPLX"):
        return Claim.Precision.NEIGHBOURHOOD
    if place.feature_class == "A":
        return Claim.Precision.DISTRICT
    return Claim.Precision.TOWN


@transaction.atomic
def claim_move(
    *,
    claim: Claim,
    user,
    place: Place | None = None,
    lat: float | None = None,
    lon: float | None = None,
) -> ClaimEvent:
    """Put the claim on a gazetteer place, or on a clicked point (which becomes a new analyst place).

    The name as the article wrote it becomes an alias of that place, so that the next article
    writing it the same way is placed there by the extraction.
    """
    if place is None:
        if lat is None or lon is None:
            raise ValueError("claim_move needs a place or a point")
        governorate = claim.governorate or nearest_governorate(lat=lat, lon=lon)
        place = Place.objects.create(
            name_ar=claim.place_name,
            name_en=claim.place_name_en,
            lat=lat,
            lon=lon,
            feature_class="P",
            feature_code="PPL",
            governorate=governorate,
            source=Place.Source.ANALYST,
        )
    before = claim_snapshot(claim=claim)
    if claim.place_name and claim.place_name != place.name_ar:
        PlaceAlias.objects.get_or_create(
            name=claim.place_name, place=place, defaults={"created_by": _user_or_none(user)}
        )
    claim.place = place
    claim.lat = place.lat
    claim.lon = place.lon
    claim.governorate = place.governorate or claim.governorate
    claim.place_name_en = place.name_en or claim.place_name_en
    claim.precision = _precision_of(place)
    claim.needs_placement = False
    claim.review_state = Claim.ReviewState.CORRECTED
    event = _record(claim=claim, user=user, action=ClaimEvent.Action.MOVE, before=before)
    # The cached gazetteer of this process (and the version check of the others) must see the alias.
    transaction.on_commit(invalidate_gazetteer)
    return event


@transaction.atomic
def claim_edit(
    *,
    claim: Claim,
    user,
    date: datetime.date | None,
    date_precision: str,
    precision: str,
) -> ClaimEvent:
    """Change the claim's date, date precision and geographic precision."""
    before = claim_snapshot(claim=claim)
    claim.date = date
    claim.date_precision = date_precision if date else ""
    claim.precision = precision
    claim.review_state = Claim.ReviewState.CORRECTED
    return _record(claim=claim, user=user, action=ClaimEvent.Action.EDIT, before=before)


BULK_ACTIONS = {"confirm": claim_confirm, "reject": claim_reject}


@transaction.atomic
def claims_bulk_review(*, claims: Iterable[Claim], user, action: str) -> list[ClaimEvent]:
    """Confirm or reject several claims at once; one event per claim."""
    if action not in BULK_ACTIONS:
        raise ValueError(f"unknown bulk action {action!r}")
    review = BULK_ACTIONS[action]
    return [review(claim=claim, user=user) for claim in claims]


def _user_or_none(user):
    return user if getattr(user, "is_authenticated", False) else None
