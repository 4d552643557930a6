import io
import json

import pytest
from django.core.management import CommandError, call_command

from articles.models import Article
from tests.factories import strike_report

pytestmark = pytest.mark.django_db(transaction=True)


def run(*paths) -> str:
    out = io.StringIO()
    call_command("import_articles", *map(str, paths), stdout=out, stderr=io.StringIO())
    return out.getvalue()


def test_it_imports_txt_html_and_jsonl_and_sums_up(tmp_path):
    (tmp_path / "a.txt").write_text(strike_report("كفرزيتا"), encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(strike_report("مورك").encode("cp1256"))
    (tmp_path / "c.html").write_text(
        f"<html><head><title>حلفايا</title></head><body><article><p>{strike_report('حلفايا')}</p></article></body></html>",
        encoding="utf-8",
    )
    lines = [
        {
            "text": strike_report("صوران"),
            "title": "صوران",
            "outlet": "سمارت",
            "url": "https://example.org/1",
            "published": "2019-05-01",
        },
        {"text": strike_report("كفرزيتا")},
        {"text": "Air strikes on a town, in English."},
        {"text": strike_report("معردس"), "published": "01/05/2019"},
    ]
    jsonl = tmp_path / "d.jsonl"
    jsonl.write_text("\n".join(json.dumps(line, ensure_ascii=False) for line in lines) + "\nnot json\n", "utf-8")
    output = run(tmp_path / "a.txt", tmp_path / "b.txt", tmp_path / "c.html", jsonl)
    assert "4 imported, 1 duplicates, 3 rejected" in output
    assert "not in Arabic" in output and "YYYY-MM-DD" in output and "not a valid article line" in output
    stored = Article.objects.get(title="صوران")
    assert (stored.outlet, str(stored.published)) == ("سمارت", "2019-05-01")
    assert Article.objects.get(title="حلفايا").status == Article.Status.DONE


def test_it_refuses_a_missing_file():
    with pytest.raises(CommandError, match="no such file"):
        run("/nonexistent.txt")


def test_a_text_file_named_after_its_day_takes_that_day_as_publication_date(tmp_path):
    path = tmp_path / "2019-05-01-strikes-on-kafr-zita.txt"
    path.write_text(strike_report(), encoding="utf-8")
    run(path)
    assert str(Article.objects.get().published) == "2019-05-01"
