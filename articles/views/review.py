"""Analysts' review of claims: confirm, reject, move, edit, bulk; and the place search they move claims with."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponseRedirect, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from articles.models import Claim
from articles.review_forms import BulkReviewForm, ClaimReviewForm
from articles.services import review as review_service
from geo.models import Place

PLACE_SEARCH_LIMIT = 20


def _wants_json(request) -> bool:
    return "application/json" in request.headers.get("Accept", "")


@login_required
@require_POST
def claim_review(request, pk: int):
    claim = get_object_or_404(Claim.objects.select_related("article", "governorate"), pk=pk)
    form = ClaimReviewForm(request.POST)
    if not form.is_valid():
        errors = [str(error) for field_errors in form.errors.values() for error in field_errors]
        if _wants_json(request):
            return JsonResponse({"errors": form.errors.get_json_data()}, status=400)
        for error in errors:
            messages.error(request, error)
        return redirect(f"{claim.article.get_absolute_url()}#claim-{claim.pk}")
    data = form.cleaned_data
    action = data["action"]
    if action == "confirm":
        review_service.claim_confirm(claim=claim, user=request.user)
    elif action == "reject":
        review_service.claim_reject(claim=claim, user=request.user)
    elif action == "move":
        review_service.claim_move(claim=claim, user=request.user, place=data["place"], lat=data["lat"], lon=data["lon"])
    else:
        review_service.claim_edit(
            claim=claim,
            user=request.user,
            date=data["date"],
            date_precision=data["date_precision"],
            precision=data["precision"],
        )
    if _wants_json(request):
        return JsonResponse({"id": claim.pk, "review_state": claim.review_state})
    messages.success(request, _("The claim was saved."))
    return redirect(f"{claim.article.get_absolute_url()}#claim-{claim.pk}")


@login_required
@require_POST
def claims_bulk_review(request):
    form = BulkReviewForm(request.POST)
    if not form.is_valid():
        if _wants_json(request):
            return JsonResponse({"errors": form.errors.get_json_data()}, status=400)
        messages.error(request, _("Select claims and an action."))
        return _back(request)
    events = review_service.claims_bulk_review(
        claims=form.cleaned_data["claims"], user=request.user, action=form.cleaned_data["action"]
    )
    if _wants_json(request):
        return JsonResponse({"updated": len(events)})
    messages.success(request, _("%(count)d claims were updated.") % {"count": len(events)})
    return _back(request)


def _back(request):
    target = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        target = "/"
    return HttpResponseRedirect(target)


@login_required
@require_GET
def place_search(request):
    """Gazetteer places matching an Arabic or English name, most populous first."""
    query = request.GET.get("q", "").strip()[:100]
    places = Place.objects.search(query).select_related("governorate").order_by("-population", "name_en")
    return JsonResponse(
        {
            "results": [
                {
                    "id": place.pk,
                    "name_ar": place.name_ar,
                    "name_en": place.name_en,
                    "governorate": place.governorate.code if place.governorate_id else None,
                    "governorate_name_en": place.governorate.name_en if place.governorate_id else "",
                    "governorate_name_ar": place.governorate.name_ar if place.governorate_id else "",
                    "lat": place.lat,
                    "lon": place.lon,
                    "source": place.source,
                }
                for place in places[:PLACE_SEARCH_LIMIT]
            ]
        }
    )
