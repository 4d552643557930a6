from strikeparse.bench import format_figures, run, synthetic_articles


def test_the_synthetic_articles_are_1_to_2_thousand_characters():
    articles = synthetic_articles(20, seed=1)
    assert all(1000 <= len(text) <= 2300 for text in articles)
    assert synthetic_articles(3, seed=1) == articles[:3]


def test_it_reports_articles_per_second_and_the_ratio_to_tokenisation():
    figures = run(articles=10)
    assert figures["articles"] == 10 and figures["claims"] > 0
    assert figures["articles_per_second"] > 0 and figures["ratio"] > 0
    assert "articles/s" in format_figures(figures)
