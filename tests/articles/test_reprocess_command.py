import io

import pytest
from django.core.management import CommandError, call_command

from articles.models import Article
from tests.factories import article, strike_report

pytestmark = pytest.mark.django_db(transaction=True)


def run(*args) -> str:
    out = io.StringIO()
    call_command("reprocess", *args, stdout=out)
    return out.getvalue()


def test_it_requeues_the_failed_articles_only():
    failed = article(strike_report("مورك"))
    failed.mark_failed("geocode: boom")
    done = article(strike_report("كفرزيتا"))
    done.mark_done()
    assert "1 article(s) requeued" in run("--failed")
    failed.refresh_from_db()
    done.refresh_from_db()
    assert failed.status == Article.Status.DONE and failed.error == ""
    assert done.processed_at is not None and done.claims.count() == 0


def test_it_requeues_the_given_ids_and_refuses_unknown_ones():
    report = article(strike_report())
    assert "1 article(s) requeued" in run(str(report.pk))
    assert Article.objects.get(pk=report.pk).claims.exists()
    with pytest.raises(CommandError, match="no article with id 999"):
        run("999")


def test_it_wants_exactly_one_selection():
    with pytest.raises(CommandError):
        run()
    with pytest.raises(CommandError):
        run("--all", "--failed")
