"""Placeholder until its helper writes it."""

from django.http import HttpResponse


def claim_review(request, pk=None):
    return HttpResponse("claim_review")


def claims_bulk_review(request, pk=None):
    return HttpResponse("claims_bulk_review")


def place_search(request, pk=None):
    return HttpResponse("place_search")
