"""The steps of an article's processing: extract claims, geocode them, finish.

Each step is safe to run again: extraction replaces the article's unreviewed claims, so a task
delivered twice leaves the same claims. Claims an analyst reviewed are never replaced.
"""

from __future__ import annotations

from django.db import transaction

import strikeparse
from articles.models import Article, Claim
from geo.gazetteer import current_gazetteer
from geo.geocoders import geocode_place
from geo.models import Governorate, Place


def _place_for(key: str | None, places_by_geonameid: dict[int, Place]) -> Place | None:
    if not key:
        return None
    kind, _, value = key.partition(":")
    if kind == "place":
        return Place.objects.filter(pk=int(value)).first()
    if kind == "geonames":
        return places_by_geonameid.get(int(value)) or Place.objects.filter(geonameid=int(value)).first()
    return None


def claims_extract(*, article: Article) -> int:
    """Replace the article's unreviewed claims with what the extraction finds; returns how many were added."""
    result = strikeparse.extract(article.text, published=article.published, gazetteer=current_gazetteer())
    governorates = {g.code: g for g in Governorate.objects.all()}
    reviewed = set(
        article.claims.exclude(review_state=Claim.ReviewState.UNREVIEWED).values_list("mention_start", "place_name")
    )
    claims = []
    for found in result.claims:
        if (found.mention_start, found.place[:200]) in reviewed:
            continue
        place = _place_for(found.entry_key, {})
        claims.append(
            Claim(
                article=article,
                place=place,
                governorate=governorates.get(found.governorate),
                place_name=found.place[:200],
                place_name_en=found.place_en[:200],
                precision=found.precision,
                lat=found.lat,
                lon=found.lon,
                needs_placement=found.needs_placement,
                date=found.date,
                date_precision=found.date_precision,
                date_text=found.date_text[:200],
                sources="\n".join(found.sources),
                actor=found.actor,
                killed=found.killed,
                negated=found.negated,
                evidence=found.evidence,
                evidence_start=found.evidence_start,
                evidence_end=found.evidence_end,
                mention_start=found.mention_start,
                mention_end=found.mention_end,
            )
        )
    with transaction.atomic():
        if article.published is None and result.published is not None:
            article.published = result.published
            article.published_detected = True
            article.save(update_fields=["published", "published_detected"])
        article.claims.filter(review_state=Claim.ReviewState.UNREVIEWED).delete()
        Claim.objects.bulk_create(claims)
    return len(claims)


def claims_geocode(*, article: Article) -> int:
    """Give coordinates to the claims the extraction could not place; returns how many were placed."""
    placed = 0
    claims = article.claims.filter(
        review_state=Claim.ReviewState.UNREVIEWED, needs_placement=True, lat__isnull=True
    ).select_related("governorate")
    for claim in claims:
        code = claim.governorate.code if claim.governorate else None
        result = geocode_place(name=claim.place_name, governorate=code)
        if result is None:
            continue
        claim.lat, claim.lon = result.lat, result.lon
        claim.needs_placement = False
        claim.place = _place_for(result.key, {})
        claim.save(update_fields=["lat", "lon", "needs_placement", "place", "updated_at"])
        placed += 1
    return placed


def article_finish(*, article: Article) -> None:
    article.mark_done()
