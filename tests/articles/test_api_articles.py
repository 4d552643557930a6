import pytest
from django.urls import reverse

from tests.factories import article, claim, strike_report

pytestmark = pytest.mark.django_db


def test_the_article_list_is_paginated_with_status_and_claim_counts(client):
    report = article(strike_report(), title="غارات")
    claim(report)
    claim(report, negated=True)
    for index in range(55):
        article(strike_report(f"قرية {index}"))
    page = client.get(reverse("api-article-list")).json()
    assert (page["count"], page["pages"], len(page["results"])) == (56, 2, 50)
    second = client.get(reverse("api-article-list"), {"page": 2}).json()
    listed = {row["id"]: row for row in page["results"] + second["results"]}
    assert listed[report.pk]["claim_count"] == 1 and listed[report.pk]["status"] == "queued"


def test_the_article_detail_has_its_text_and_claims(client):
    report = article(strike_report(), title="غارات", outlet="عنب بلدي")
    kept = claim(report)
    data = client.get(reverse("api-article-detail", args=[report.pk])).json()
    assert data["title"] == "غارات" and data["outlet"] == "عنب بلدي"
    assert data["text"] == report.text
    assert [c["id"] for c in data["claims"]] == [kept.pk]


def test_an_unknown_article_is_a_404(client):
    assert client.get(reverse("api-article-detail", args=[999])).status_code == 404
