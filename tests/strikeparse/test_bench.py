import json

from strikeparse.bench import format_figures, read_texts, run, synthetic_articles


def test_the_synthetic_articles_are_1_to_2_thousand_characters():
    articles = synthetic_articles(20, seed=1)
    assert all(1000 <= len(text) <= 2300 for text in articles)
    assert synthetic_articles(3, seed=1) == articles[:3]


def test_it_reports_articles_per_second_and_the_ratio_to_tokenisation():
    figures = run(articles=10)
    assert figures["articles"] == 10 and figures["claims"] > 0
    assert figures["articles_per_second"] > 0 and figures["ratio"] > 0
    assert "articles/s" in format_figures(figures)


def test_it_times_the_articles_of_a_jsonl_file(tmp_path):
    path = tmp_path / "articles.jsonl"
    path.write_text(json.dumps({"id": "a", "text": "قصفت الطائرات بلدة كفرزيتا بريف حماة."}, ensure_ascii=False) + "\n")
    texts = read_texts(str(path), repeat=3)
    assert len(texts) == 3
    assert run(texts=texts)["claims"] == 3
