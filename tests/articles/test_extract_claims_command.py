import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from tests.factories import load_gazetteer, strike_report

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]


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


@pytest.mark.django_db(False)
def test_it_uses_the_packaged_gazetteer_when_the_database_was_never_migrated(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps({"id": "a", "text": strike_report("كفرزيتا"), "published": "2020-01-07"}), "utf-8")
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{tmp_path / 'never-migrated.sqlite3'}"}
    done = subprocess.run(
        [sys.executable, "manage.py", "extract_claims", "--jsonl", str(path)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    (result,) = [json.loads(line) for line in done.stdout.splitlines()]
    assert any(claim["place"] == "كفرزيتا" and claim["lat"] is not None for claim in result["claims"])
    assert "packaged" in done.stderr
