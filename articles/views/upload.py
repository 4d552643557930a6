"""Placeholder until its helper writes it."""
from django.http import HttpResponse


def article_upload(request, pk=None):
    return HttpResponse("article_upload")

