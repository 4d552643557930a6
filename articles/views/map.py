"""Placeholder until its helper writes it."""

from django.http import HttpResponse


def map_page(request, pk=None):
    return HttpResponse("map_page")
