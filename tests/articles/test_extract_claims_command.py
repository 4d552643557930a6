import io
import json

import pytest
from django.core.management import CommandError, call_command

from tests.factories import load_gazetteer, strike_report

pytestmark = pytest.mark.django_db


def run(*args) -> list[dict]:
    out = io.StringIO()
    call_command("extract_claims", *args, stdout=out, stderr=io.StringIO())
    return [json.loads(line) for line in out.getvalue().splitlines()]


def test_it_prints_one_line_per_document_in_the_eval_format(tmp_path):
    load_gazetteer()
    path = tmp_path / "in.jsonl"
    documents = [
        {"id": "a", "text": strike_report("كفرزيتا"), "published": "2020-01-07"},
        {"id": "b", "text": "اجتمع وزراء الخارجية في جنيف لبحث الأزمة السورية.", "published": None},
    ]
    path.write_text("\n".join(json.dumps(d, ensure_ascii=False) for d in documents), encoding="utf-8")
    first, second = run("--jsonl", str(path))
    assert [first["id"], second["id"]] == ["a", "b"]
    claim = next(c for c in first["claims"] if c["place"] == "كفرزيتا")
    assert claim["governorate"] == "SY-HM" and claim["precision"] == "town"
    assert claim["date"] == "2020-01-07" and claim["lat"] is not None
    assert set(claim) >= {"place", "place_en", "lat", "lon", "sources", "actor", "killed", "evidence"}
    assert second["claims"] == []


def test_it_reads_one_text_file_with_its_publication_date(tmp_path):
    path = tmp_path / "report.txt"
    path.write_text(strike_report("مورك"), encoding="utf-8")
    (result,) = run(str(path), "--published", "2021-03-02")
    assert any(c["place"] == "مورك" and c["date"] == "2021-03-02" for c in result["claims"])


def test_it_refuses_a_malformed_publication_date(tmp_path):
    path = tmp_path / "report.txt"
    path.write_text(strike_report(), encoding="utf-8")
    with pytest.raises(CommandError, match="--published"):
        run(str(path), "--published", "2 March")
