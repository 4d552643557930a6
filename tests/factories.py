"""Test data built in code: Arabic strike reports written for the tests, users, loaded gazetteer."""

from __future__ import annotations

import datetime

from django.contrib.auth import get_user_model
from django.core.management import call_command

from articles.models import Article, Claim


def strike_report(place: str = "كفرزيتا", *, countryside: str = "حماة", extra: str = "") -> str:
    """A short report of air strikes on ``place``, attributed to the Syrian Observatory."""
    return (
        f"شنت طائرات حربية صباح اليوم الثلاثاء غارات عدة على بلدة {place} في ريف {countryside} الشمالي، "
        "وفق ما أفاد المرصد السوري لحقوق الإنسان.\n"
        "وقال المرصد إن الغارات أسفرت عن مقتل ثلاثة مدنيين وإصابة آخرين بجروح. "
        f"{extra}"
    )


def load_gazetteer() -> None:
    call_command("load_gazetteer", verbosity=0, stdout=open("/dev/null", "w"))  # noqa: SIM115


def analyst(username: str = "analyst"):
    return get_user_model().objects.create_user(username=username, password="pass-for-tests-1")


def article(text: str | None = None, **fields) -> Article:
    from articles.models import content_hash

    text = text or strike_report()
    return Article.objects.create(text=text, content_hash=content_hash(text), **fields)


def claim(article: Article, **fields) -> Claim:
    values = {
        "place_name": "كفرزيتا",
        "place_name_en": "Kafr Zita",
        "precision": Claim.Precision.TOWN,
        "lat": 35.37,
        "lon": 36.6,
        "date": datetime.date(2020, 1, 7),
        "date_precision": Claim.DatePrecision.DAY,
        "sources": "المرصد السوري لحقوق الإنسان",
        "evidence": "شنت طائرات حربية غارات على بلدة كفرزيتا",
        "evidence_start": 0,
        "evidence_end": 10,
        "mention_start": 0,
        "mention_end": 5,
    }
    values.update(fields)
    return Claim.objects.create(article=article, **values)
