"""Placeholder until its helper writes it."""

from django.http import HttpResponse


def claims_geojson(request, pk=None):
    return HttpResponse("claims_geojson")


def claims_csv(request, pk=None):
    return HttpResponse("claims_csv")


def claims_facets(request, pk=None):
    return HttpResponse("claims_facets")


def article_list(request, pk=None):
    return HttpResponse("article_list")


def article_detail(request, pk=None):
    return HttpResponse("article_detail")
