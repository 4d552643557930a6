"""The sample articles of sample_data/, stored through the real ingestion (and pipeline, when eager)."""

import datetime
import re
from pathlib import Path

from articles.models import Article
from articles.services.ingest import article_ingest
from tests.factories import load_gazetteer

SAMPLES = Path(__file__).resolve().parent.parent.parent / "sample_data"


def ingest_samples() -> list[Article]:
    load_gazetteer()
    articles = []
    for path in sorted(SAMPLES.glob("*.txt")):
        match = re.match(r"(\d{4})-(\d{2})-(\d{2})", path.name)
        published = datetime.date(*map(int, match.groups())) if match else None
        article = article_ingest(text=path.read_text(encoding="utf-8"), title=path.stem, published=published)
        article.refresh_from_db()
        articles.append(article)
    return articles
