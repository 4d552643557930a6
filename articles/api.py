"""The data API: claims as GeoJSON, CSV (ACLED-like columns) and facet counts; articles as JSON.

Every claims endpoint takes the map page's filters as query parameters: date_from, date_to
(YYYY-MM-DD), governorate (ISO 3166-2, repeatable), source, actor, precision (repeatable), q (free
text), article (id), review. A malformed parameter gives 400 with {"errors": {parameter: message}}.
"""

from __future__ import annotations

import csv

import orjson
from django.core.paginator import Paginator
from django.http import HttpResponse, JsonResponse, StreamingHttpResponse
from django.views.decorators.http import require_GET

from articles import selectors
from articles.models import Claim
from articles.selectors import ClaimFilter
from articles.views.map import browsing_view

CSV_COLUMNS = [
    "event_date",
    "time_precision",
    "admin1",
    "admin1_code",
    "location",
    "location_en",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "actor",
    "fatalities",
    "notes",
    "article_url",
    "claim_id",
    "review_state",
]
# ACLED's codes: time precision 1 day, 2 week, 3 month; geo precision 1 the exact town, 2 a part of
# a region near the named place, 3 only the province.
TIME_PRECISION = {"day": 1, "week": 2, "month": 3}
GEO_PRECISION = {"town": 1, "neighbourhood": 1, "district": 2, "governorate": 3}
PAGE_SIZE = 50


def _filter_or_400(request):
    flt, errors = ClaimFilter.from_query(request.GET)
    if errors:
        return None, JsonResponse({"errors": errors}, status=400, json_dumps_params={"ensure_ascii": False})
    return flt, None


@require_GET
@browsing_view
def claims_geojson(request):
    flt, error = _filter_or_400(request)
    if error:
        return error
    # orjson: the whole set is ~100,000 features, and the standard library takes most of a second on them.
    body = orjson.dumps(selectors.claims_geojson(flt=flt))
    return HttpResponse(body, content_type="application/geo+json; charset=utf-8")


@require_GET
@browsing_view
def claims_facets(request):
    flt, error = _filter_or_400(request)
    if error:
        return error
    return JsonResponse(selectors.claims_facets(flt=flt), json_dumps_params={"ensure_ascii": False})


class _Echo:
    def write(self, value: str) -> str:
        return value


def _cell(value) -> str:
    """A spreadsheet reads a cell starting with = + - @ as a formula: prefix it so it stays text."""
    text = "" if value is None else str(value)
    if text[:1] in {"=", "+", "-", "@", "\t", "\r"}:
        return "'" + text
    return text


def _csv_row(claim: Claim, base_url: str) -> list[str]:
    governorate = claim.governorate
    lat, lon = claim.lat, claim.lon
    if (lat is None or claim.precision == Claim.Precision.GOVERNORATE) and governorate is not None:
        lat, lon = governorate.lat, governorate.lon
    return [
        _cell(claim.date.isoformat() if claim.date else ""),
        _cell(TIME_PRECISION.get(claim.date_precision, "")),
        _cell(governorate.name_en if governorate else ""),
        _cell(governorate.code if governorate else ""),
        _cell(claim.place_name),
        _cell(claim.place_name_en),
        _cell("" if lat is None else round(lat, 5)),
        _cell("" if lon is None else round(lon, 5)),
        _cell(GEO_PRECISION.get(claim.precision, "") if claim.lat is not None else 3),
        _cell("; ".join(claim.source_list)),
        _cell(claim.actor),
        _cell(claim.killed),
        _cell(claim.evidence),
        _cell(base_url + claim.article.get_absolute_url()),
        _cell(claim.pk),
        _cell(claim.review_state),
    ]


@require_GET
@browsing_view
def claims_csv(request):
    flt, error = _filter_or_400(request)
    if error:
        return error
    writer = csv.writer(_Echo())
    base_url = request.build_absolute_uri("/").rstrip("/")

    def rows():
        # The BOM makes spreadsheet programs read the Arabic as UTF-8.
        yield "\ufeff" + writer.writerow(CSV_COLUMNS)
        for claim in selectors.claims_for_export(flt=flt):
            yield writer.writerow(_csv_row(claim, base_url))

    response = StreamingHttpResponse(rows(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="newsmap-claims.csv"'
    return response


def _article_json(article, *, with_text: bool = False) -> dict:
    data = {
        "id": article.pk,
        "title": article.title,
        "outlet": article.outlet,
        "url": article.url,
        "published": article.published.isoformat() if article.published else None,
        "published_detected": article.published_detected,
        "status": article.status,
        "error": article.error,
        "created_at": article.created_at.isoformat(),
        "page_url": article.get_absolute_url(),
    }
    if hasattr(article, "claim_count"):
        data["claim_count"] = article.claim_count
    if with_text:
        data["text"] = article.text
    return data


@require_GET
@browsing_view
def article_list(request):
    status = request.GET.get("status") or None
    page = Paginator(selectors.article_list(status=status), PAGE_SIZE).get_page(request.GET.get("page"))
    return JsonResponse(
        {
            "count": page.paginator.count,
            "page": page.number,
            "pages": page.paginator.num_pages,
            "results": [_article_json(article) for article in page],
        },
        json_dumps_params={"ensure_ascii": False},
    )


@require_GET
@browsing_view
def article_detail(request, pk: int):
    article = selectors.article_detail(pk=pk)
    if article is None:
        return JsonResponse({"errors": {"article": "not found"}}, status=404)
    flt = ClaimFilter(article_id=article.pk)
    data = _article_json(article, with_text=True)
    data["claims"] = [feature["properties"] for feature in selectors.claims_geojson(flt=flt)["features"]]
    return JsonResponse(data, json_dumps_params={"ensure_ascii": False})
