import json

from strikeparse.cli import main, run_jsonl
from strikeparse.gazetteer import default_gazetteer

REPORT = "شنت طائرات حربية اليوم غارات على مدينة الرستن في ريف حمص الشمالي، بحسب المرصد السوري لحقوق الإنسان."


def test_it_gives_one_result_per_line_in_input_order_and_reports_bad_lines():
    lines = [
        json.dumps({"id": "one", "text": REPORT, "published": "2015-09-30"}, ensure_ascii=False),
        "",
        "{not json",
        json.dumps({"id": "two", "text": "اجتمع الوزراء في جنيف.", "published": None}, ensure_ascii=False),
    ]
    results = list(run_jsonl(lines, gazetteer=default_gazetteer()))
    assert [result.get("id") for result in results] == ["one", None, "two"]
    assert results[0]["claims"][0]["place"] == "الرستن"
    assert results[0]["claims"][0]["date"] == "2015-09-30"
    assert "line 3" in results[1]["error"]
    assert results[2]["claims"] == []


def test_it_reads_a_text_file(tmp_path, capsys):
    path = tmp_path / "report.txt"
    path.write_text(REPORT, encoding="utf-8")
    assert main([str(path), "--published", "2015-09-30"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed["claims"][0]["governorate"] == "SY-HI"


def test_a_malformed_publication_date_still_gives_the_claims_with_a_warning():
    line = json.dumps({"id": "one", "text": REPORT, "published": "2015-13-45"}, ensure_ascii=False)
    (result,) = run_jsonl([line], gazetteer=default_gazetteer())
    assert result["id"] == "one" and result["claims"][0]["place"] == "الرستن"
    assert "2015-13-45" in result["warning"]


def test_a_timestamp_gives_its_day():
    line = json.dumps({"id": "one", "text": REPORT, "published": "2015-09-30T22:10:00+00:00"}, ensure_ascii=False)
    (result,) = run_jsonl([line], gazetteer=default_gazetteer())
    assert result["claims"][0]["date"] == "2015-09-30"


def test_a_document_without_text_keeps_its_id_in_the_error():
    (result,) = run_jsonl([json.dumps({"id": "one"})], gazetteer=default_gazetteer())
    assert result["id"] == "one" and "text" in result["error"]
