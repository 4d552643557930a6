import json
import re

import pytest
from django.urls import reverse

from articles.models import Article
from articles.services.review import claim_edit
from articles.views.article import text_segments
from tests import factories

pytestmark = pytest.mark.django_db

HOSTILE = "<img src=x onerror=alert(1)>"


def test_the_article_list_shows_status_and_claim_counts(client):
    article = factories.article(title="غارات على كفرزيتا", status=Article.Status.DONE)
    factories.claim(article)
    factories.claim(article, mention_start=40, review_state="rejected")
    factories.article(factories.strike_report("مورك"), title="ثانية")
    html = client.get(reverse("article-list")).content.decode()
    assert "غارات على كفرزيتا" in html and "ثانية" in html
    assert '<td class="number">1</td>' in html
    assert "status-done" in html


def test_the_article_list_is_paginated(client):
    for n in range(30):
        factories.article(factories.strike_report(extra=f"رقم {n}"), title=f"article {n}")
    first = client.get(reverse("article-list")).content.decode()
    second = client.get(reverse("article-list"), {"page": 2}).content.decode()
    links = re.compile(r'href="/articles/\d+/"')
    assert len(links.findall(first)) == 25
    assert "Page 2 of 2" in second and len(links.findall(second)) == 5


def test_pages_of_articles_uploaded_at_the_same_time_neither_overlap_nor_skip_one(client):
    uploaded = factories.article(title="first").created_at
    for n in range(29):
        factories.article(factories.strike_report(extra=f"رقم {n}"), title=f"article {n}")
    Article.objects.update(created_at=uploaded)  # a batch import: one timestamp for all
    links = re.compile(r'href="/articles/(\d+)/"')
    pages = [links.findall(client.get(reverse("article-list"), {"page": page}).content.decode()) for page in (1, 2)]
    shown = [int(pk) for page in pages for pk in page]
    assert shown == sorted(Article.objects.values_list("id", flat=True), reverse=True)


def test_the_article_page_escapes_hostile_markup_in_text_title_and_claims(client):
    text = f"غارة على كفرزيتا {HOSTILE} اليوم"
    article = factories.article(text, title=HOSTILE, outlet=HOSTILE)
    start = text.index(HOSTILE)
    factories.claim(
        article,
        place_name=HOSTILE,
        sources=HOSTILE,
        evidence=text,
        evidence_start=start,
        evidence_end=start + len(HOSTILE),
        mention_start=start,
        mention_end=start + 4,
    )
    html = client.get(article.get_absolute_url()).content.decode()
    assert "<img src=x" not in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html


def test_the_article_page_highlights_evidence_and_mentions_from_the_offsets(client):
    text = "مقدمة. شنت طائرات غارات على كفرزيتا اليوم. خاتمة."
    article = factories.article(text)
    evidence_start, mention_start = text.index("شنت"), text.index("كفرزيتا")
    claim = factories.claim(
        article,
        evidence_start=evidence_start,
        evidence_end=text.index(". خاتمة"),
        mention_start=mention_start,
        mention_end=mention_start + len("كفرزيتا"),
    )
    html = client.get(article.get_absolute_url()).content.decode()
    assert f'<span class="evidence mention" data-claims="{claim.pk} {claim.pk}">كفرزيتا</span>' in html
    assert f'<span class="evidence" data-claims="{claim.pk}">شنت طائرات غارات على </span>' in html


def test_segments_cover_the_whole_text_and_clip_offsets_out_of_range():
    article_text = "abcdefghij"
    claim = type("C", (), {"pk": 7, "evidence_start": 2, "evidence_end": 50, "mention_start": 4, "mention_end": 6})
    segments = text_segments(text=article_text, claims=[claim])
    assert "".join(s.text for s in segments) == article_text
    assert [(s.text, s.evidence, s.mentions) for s in segments] == [
        ("ab", [], []),
        ("cd", [7], []),
        ("ef", [7], [7]),
        ("ghij", [7], []),
    ]


def test_the_change_log_shows_who_changed_what(client):
    article = factories.article()
    claim = factories.claim(article)
    claim_edit(claim=claim, user=factories.analyst("rana"), date=None, date_precision="", precision="district")
    html = client.get(article.get_absolute_url()).content.decode()
    assert "rana" in html and "Edited" in html
    log = html.split('class="change-log"')[1]
    assert "town" in log and "district" in log and "2020-01-07" in log


def test_a_failed_article_shows_its_error(client):
    article = factories.article(status=Article.Status.FAILED, error="extraction exploded")
    html = client.get(article.get_absolute_url()).content.decode()
    assert "extraction exploded" in html


def test_a_pending_article_page_polls_its_status(client):
    article = factories.article()
    html = client.get(article.get_absolute_url()).content.decode()
    config = json.loads(html.split('id="article-config" type="application/json">')[1].split("</script>")[0])
    assert config["pending"] is True
    assert config["status_url"] == reverse("article-status", args=[article.pk])


def test_the_status_json_reports_status_step_error_and_claim_count(client):
    article = factories.article(status=Article.Status.FAILED, step=Article.Step.GEOCODE, error="geocoder down")
    factories.claim(article)
    factories.claim(article, mention_start=20, negated=True)
    data = client.get(reverse("article-status", args=[article.pk])).json()
    assert data == {
        "id": article.pk,
        "status": "failed",
        "status_display": "Failed",
        "step": "geocode",
        "error": "geocoder down",
        "pending": False,
        "claims": 1,
    }


def test_an_unknown_article_is_not_found(client):
    assert client.get(reverse("article-detail", args=[999])).status_code == 404
    assert client.get(reverse("article-status", args=[999])).status_code == 404


def test_review_controls_are_shown_to_logged_in_users_only(client):
    article = factories.article()
    claim = factories.claim(article)
    review_url = reverse("claim-review", args=[claim.pk])
    assert review_url not in client.get(article.get_absolute_url()).content.decode()
    client.force_login(factories.analyst())
    assert review_url in client.get(article.get_absolute_url()).content.decode()


def test_article_pages_can_require_a_login(client, settings):
    settings.NEWSMAP_LOGIN_REQUIRED_FOR_BROWSING = True
    article = factories.article()
    for url in (reverse("article-list"), article.get_absolute_url(), reverse("article-status", args=[article.pk])):
        assert client.get(url).status_code == 302, url
