"""Placeholder until its helper writes it."""

from django.http import HttpResponse


def article_list(request, pk=None):
    return HttpResponse("article_list")


def article_detail(request, pk=None):
    return HttpResponse("article_detail")


def article_status(request, pk=None):
    return HttpResponse("article_status")
