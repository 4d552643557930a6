import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from articles.models import Article
from tests.factories import analyst, strike_report

pytestmark = pytest.mark.django_db


@pytest.fixture
def client_in(client, django_capture_on_commit_callbacks):
    client.force_login(analyst())
    client.on_commit = django_capture_on_commit_callbacks
    return client


def post(client, **data):
    capture = getattr(client, "on_commit", None)
    if capture is None:
        return client.post(reverse("article-upload"), data)
    # Processing is enqueued after the commit; run those callbacks as a real transaction would.
    with capture(execute=True):
        return client.post(reverse("article-upload"), data)


def test_it_asks_anonymous_users_to_log_in(client):
    response = client.get(reverse("article-upload"))
    assert response.status_code == 302
    assert "login" in response["Location"]


def test_it_stores_a_pasted_article_and_shows_its_page(client_in):
    response = post(client_in, text=strike_report(), title="غارات على كفرزيتا", published="2020-01-07")
    article = Article.objects.get()
    assert response.status_code == 302
    assert response["Location"] == article.get_absolute_url()
    assert article.title == "غارات على كفرزيتا"
    assert article.uploaded_by.username == "analyst"
    # Celery runs eagerly in unit tests: the pipeline has already run.
    assert article.status == Article.Status.DONE
    assert article.claims.filter(place_name="كفرزيتا").exists()


def test_it_reads_a_windows_1256_file(client_in):
    upload = SimpleUploadedFile("report.txt", strike_report().encode("cp1256"), content_type="text/plain")
    post(client_in, file=upload)
    assert "كفرزيتا" in Article.objects.get().text


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"text": "   "}, "empty"),
        ({"text": "Air strikes hit Kafr Zita in northern Hama, the Observatory said."}, "not in Arabic"),
        ({"file": SimpleUploadedFile("x.txt", b"\x00\x01\x02\x03binary")}, "binary"),
        ({"file": SimpleUploadedFile("x.txt", "Köln ça va déjà".encode("latin-1") + b"\x81")}, "could not be read"),
        ({"file": SimpleUploadedFile("x.pdf", b"%PDF-1.4")}, ".txt and .html"),
        ({"text": strike_report(), "published": "30/09/2015"}, "YYYY-MM-DD"),
        ({"text": "اجتمع وزراء الخارجية في جنيف لبحث الأزمة وسبل التهدئة."}, "No Syrian place"),
    ],
)
def test_it_rejects_a_bad_upload_with_a_clear_message_and_stores_nothing(client_in, data, message):
    response = post(client_in, **data)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not Article.objects.exists()


def test_it_rejects_an_upload_over_the_size_limit(client_in, settings):
    settings.NEWSMAP_MAX_UPLOAD_BYTES = 1024
    response = post(client_in, file=SimpleUploadedFile("big.txt", strike_report().encode() * 20))
    assert response.status_code == 400
    assert "too large" in response.content.decode()
    assert not Article.objects.exists()


def test_it_rejects_a_duplicate_and_links_to_the_article_already_stored(client_in):
    post(client_in, text=strike_report())
    first = Article.objects.get()
    response = post(client_in, text="  " + strike_report().replace(" ", "  ") + "\n")
    assert response.status_code == 400
    assert "already in Newsmap" in response.content.decode()
    assert first.get_absolute_url() in response.content.decode()
    assert Article.objects.count() == 1


def test_it_stores_the_text_of_hostile_html_without_its_markup(client_in):
    html = (
        f"<html><head><title>تقرير</title><script>alert(1)</script></head><body><article><p>{strike_report()}</p>"
        "<img src=x onerror=alert(1)></article></body></html>"
    )
    post(client_in, file=SimpleUploadedFile("page.html", html.encode()))
    article = Article.objects.get()
    assert "alert" not in article.text and "<" not in article.text
    assert "كفرزيتا" in article.text


def test_it_rejects_a_pasted_text_over_the_size_limit_with_a_clear_message(client_in):
    # Just over the default 2 MB: Django's own request limit must not cut in before the form's message.
    repeats = 2 * 1024 * 1024 // len(strike_report().encode()) + 10
    response = post(client_in, text=strike_report() * repeats)
    assert response.status_code == 400
    assert "too large" in response.content.decode()
    assert not Article.objects.exists()
