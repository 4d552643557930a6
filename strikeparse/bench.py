"""Speed of the extraction: articles per second on one core, against a bare tokenisation pass.

The articles are synthetic, 1-2 k characters, written from sentence templates with real place
names of the packaged gazetteer, so that every rule family has work to do.
Run: python -m strikeparse.bench [--articles N] (or python manage.py bench_extraction), or time real
articles with --jsonl FILE [--repeat N].
"""

from __future__ import annotations

import argparse
import datetime
import json
import random
import time

from camel_tools.tokenizers.word import simple_word_tokenize

from strikeparse.extract import extract
from strikeparse.gazetteer import default_gazetteer

_TEMPLATES = [
    "شنت طائرات حربية {n} غارات على بلدة {a} بريف {g} الشمالي {d}، وفق ما أفاد المرصد السوري لحقوق الإنسان.",
    "وقال مصدر عسكري لوكالة فرانس برس إن القصف طال قرى {a} و{b} في ريف {g} {d}.",
    "وأسفرت الغارات عن مقتل {n} مدنيين بينهم طفلان في مدينة {a}، بحسب الدفاع المدني.",
    "وتعرضت مدينة {a} {d} لقصف بالبراميل المتفجرة من الطيران المروحي التابع لقوات النظام.",
    "وأعلنت وزارة الدفاع الروسية أن طائراتها استهدفت مواقع في محيط {a} ومناطق في محافظة {g}.",
    "في المقابل، بحث وزير الخارجية في {a} مع نظيره سبل التهدئة، فيما قال ناشطون إن الاشتباكات مستمرة.",
    "ونقل التلفزيون الرسمي السوري عن مصدر أمني في دمشق أن صواريخ سقطت على حي {b} في مدينة {a} {d}.",
    "ويأتي ذلك بعد أيام من هدوء نسبي شهدته المنطقة، وسط تحذيرات من موجة نزوح جديدة نحو الحدود التركية.",
]
# Most sentences of a real report are context, not strikes: about one in four names a struck place.
_CONTEXT = [
    "وتشهد المنطقة منذ أسابيع تصعيدا عسكريا متواصلا وسط مخاوف من موجة نزوح جديدة نحو المخيمات الحدودية.",
    "وكانت الأمم المتحدة قد حذرت في تقرير لها من تدهور الأوضاع الإنسانية في مناطق الشمال السوري.",
    "ويعاني السكان من نقص حاد في المواد الغذائية والأدوية بعد إغلاق المعابر منذ بداية الشهر الجاري.",
    "ودعت منظمات حقوقية إلى فتح تحقيق مستقل في الانتهاكات المرتكبة بحق المدنيين خلال الأشهر الماضية.",
    "وتتبادل الأطراف المتنازعة الاتهامات بخرق اتفاق وقف إطلاق النار الذي جرى التوصل إليه العام الماضي.",
    "وأشار ناشطون إلى أن فرق الإنقاذ واجهت صعوبات كبيرة في الوصول إلى المناطق المتضررة بسبب الطرق المقطوعة.",
]
_DATES = ["اليوم", "أمس الثلاثاء", "فجر الأربعاء", "ليل الخميس", "يوم 12 أيار/مايو", "صباح اليوم"]


def synthetic_articles(count: int, *, seed: int = 0) -> list[str]:
    rng = random.Random(seed)
    entries = default_gazetteer().entries
    towns = [entry.name_ar for entry in entries if entry.kind == "town"]
    governorates = [entry.name_ar for entry in entries if entry.kind == "governorate"]
    articles = []
    for _ in range(count):
        sentences = []
        target = rng.randint(1000, 2000)
        while sum(len(s) + 1 for s in sentences) < target:
            templates = _TEMPLATES if rng.random() < 0.35 else _CONTEXT
            sentences.append(
                rng.choice(templates).format(
                    a=rng.choice(towns),
                    b=rng.choice(towns),
                    g=rng.choice(governorates),
                    d=rng.choice(_DATES),
                    n=rng.randint(2, 30),
                )
            )
        articles.append("\n".join(sentences))
    return articles


def run(*, articles: int = 3000, seed: int = 0, texts: list[str] | None = None) -> dict:
    """Time the extraction and a bare tokenisation of the same texts (synthetic ones unless given),
    article by article in turn, so that a change in the machine's speed during the run touches both."""
    if texts is None:
        texts = synthetic_articles(articles, seed=seed)
    gazetteer = default_gazetteer()
    extract(texts[0], published=datetime.date(2020, 1, 1), gazetteer=gazetteer)  # warm caches
    clock = time.perf_counter
    tokenize_seconds = seconds = 0.0
    claims = 0
    for text in texts:
        started = clock()
        simple_word_tokenize(text)
        tokenized = clock()
        claims += len(extract(text, published=datetime.date(2020, 1, 1), gazetteer=gazetteer).claims)
        seconds += clock() - tokenized
        tokenize_seconds += tokenized - started
    return {
        "articles": len(texts),
        "chars": sum(len(text) for text in texts),
        "claims": claims,
        "seconds": seconds,
        "articles_per_second": len(texts) / seconds,
        "tokenize_seconds": tokenize_seconds,
        "ratio": seconds / tokenize_seconds,
    }


def read_texts(path: str, *, repeat: int = 1) -> list[str]:
    """The texts of a JSON-lines file of articles (``{"text": ...}`` per line), ``repeat`` times."""
    with open(path, encoding="utf-8") as lines:
        texts = [json.loads(line)["text"] for line in lines if line.strip()]
    return texts * repeat


def format_figures(figures: dict) -> str:
    return (
        f"{figures['articles']} articles ({figures['chars'] / figures['articles']:.0f} chars on average), "
        f"{figures['claims']} claims\n"
        f"extraction: {figures['seconds']:.2f} s = {figures['articles_per_second']:.0f} articles/s on one core\n"
        f"bare simple_word_tokenize pass: {figures['tokenize_seconds']:.2f} s; "
        f"extraction / tokenisation = {figures['ratio']:.1f}x"
    )


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--articles", type=int, default=3000, help="how many synthetic articles")
    parser.add_argument("--jsonl", help="time these articles instead (one JSON object with a text per line)")
    parser.add_argument("--repeat", type=int, default=1, help="with --jsonl: go over the file this many times")


def run_from_arguments(options: dict) -> dict:
    if options.get("jsonl"):
        return run(texts=read_texts(options["jsonl"], repeat=options["repeat"]))
    return run(articles=options["articles"])


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    add_arguments(parser)
    print(format_figures(run_from_arguments(vars(parser.parse_args()))))
