"""Speed of the extraction: articles per second on one core, against a bare tokenisation pass.

The articles are synthetic, 1-2 k characters, written from sentence templates with real place
names of the packaged gazetteer, so that every rule family has work to do.
Run: python -m strikeparse.bench [--articles N]
"""

from __future__ import annotations

import argparse
import datetime
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


def run(*, articles: int = 3000, seed: int = 0) -> dict:
    texts = synthetic_articles(articles, seed=seed)
    gazetteer = default_gazetteer()
    extract(texts[0], published=datetime.date(2020, 1, 1), gazetteer=gazetteer)  # warm caches
    started = time.perf_counter()
    for text in texts:
        simple_word_tokenize(text)
    tokenize_seconds = time.perf_counter() - started
    started = time.perf_counter()
    claims = 0
    for text in texts:
        claims += len(extract(text, published=datetime.date(2020, 1, 1), gazetteer=gazetteer).claims)
    seconds = time.perf_counter() - started
    return {
        "articles": len(texts),
        "chars": sum(len(text) for text in texts),
        "claims": claims,
        "seconds": seconds,
        "articles_per_second": len(texts) / seconds,
        "tokenize_seconds": tokenize_seconds,
        "ratio": seconds / tokenize_seconds,
    }


def format_figures(figures: dict) -> str:
    return (
        f"{figures['articles']} articles ({figures['chars'] / figures['articles']:.0f} chars on average), "
        f"{figures['claims']} claims\n"
        f"extraction: {figures['seconds']:.2f} s = {figures['articles_per_second']:.0f} articles/s on one core\n"
        f"bare simple_word_tokenize pass: {figures['tokenize_seconds']:.2f} s; "
        f"extraction / tokenisation = {figures['ratio']:.1f}x"
    )


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=3000)
    print(format_figures(run(articles=parser.parse_args().articles)))
