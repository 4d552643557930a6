import io

from django.core.management import call_command


def test_it_prints_articles_per_second_and_the_ratio_to_tokenisation():
    out = io.StringIO()
    call_command("bench_extraction", "--articles", "20", stdout=out)
    assert "20 articles" in out.getvalue()
    assert "articles/s" in out.getvalue() and "extraction / tokenisation" in out.getvalue()
