import datetime
import random
import time

from django.core.management.base import BaseCommand
from django.db import transaction

from articles.models import Article, Claim, content_hash
from geo.loading import governorates_load
from geo.models import Governorate, Place

SOURCES = [
    "المرصد السوري لحقوق الإنسان",
    "الدفاع المدني السوري",
    "وكالة سانا",
    "وزارة الدفاع الروسية",
    "ناشطون",
    "مصدر عسكري",
    "رويترز",
    "شبكة شام",
]
TEMPLATE = "شنت طائرات حربية غارات على {place} في محافظة {governorate}، بحسب {source}. (بيانات تجريبية {n})"
BATCH = 5000


class Command(BaseCommand):
    help = "Fills the database with N synthetic claims (demo data) over the gazetteer, 14 governorates and years."

    def add_arguments(self, parser):
        parser.add_argument("--claims", type=int, default=10000)
        parser.add_argument("--per-article", type=int, default=5)
        parser.add_argument("--seed", type=int, default=1)
        parser.add_argument("--years", type=int, default=5)

    def handle(self, *args, claims, per_article, seed, years, **options):
        started = time.perf_counter()
        rng = random.Random(seed)
        if Governorate.objects.count() < 14:
            governorates_load()
        governorates = list(Governorate.objects.all())
        places = list(
            Place.objects.exclude(governorate=None).values_list(
                "pk", "name_ar", "name_en", "lat", "lon", "governorate_id"
            )
        )
        by_id = {g.pk: g for g in governorates}
        actors = Claim.Actor.values
        first_day = datetime.date.today() - datetime.timedelta(days=365 * years)
        run = f"{seed}-{time.time_ns()}"
        made = 0
        while made < claims:
            with transaction.atomic():
                articles = []
                count = min(BATCH // per_article, (claims - made + per_article - 1) // per_article)
                for index in range(count):
                    governorate = rng.choice(governorates)
                    text = TEMPLATE.format(
                        place=governorate.name_ar,
                        governorate=governorate.name_ar,
                        source=rng.choice(SOURCES),
                        n=f"{run}-{made + index}",
                    )
                    articles.append(
                        Article(
                            title=f"بيانات تجريبية {made + index}",
                            text=text,
                            content_hash=content_hash(text),
                            outlet="seed_demo",
                            status=Article.Status.DONE,
                            step=Article.Step.FINISH,
                            published=first_day + datetime.timedelta(days=rng.randrange(365 * years)),
                        )
                    )
                Article.objects.bulk_create(articles, batch_size=BATCH)
                rows = []
                for article in articles:
                    for _ in range(per_article):
                        if made >= claims:
                            break
                        rows.append(self._claim(rng, article, places, governorates, by_id, actors))
                        made += 1
                Claim.objects.bulk_create(rows, batch_size=BATCH)
        self.stdout.write(f"{made} synthetic claims created in {time.perf_counter() - started:.1f} s")

    @staticmethod
    def _claim(rng, article, places, governorates, by_id, actors) -> Claim:
        date = article.published - datetime.timedelta(days=rng.choice([0, 0, 0, 1, 2]))
        if places and rng.random() < 0.8:
            pk, name_ar, name_en, lat, lon, governorate_id = rng.choice(places)
            governorate = by_id[governorate_id]
            precision = rng.choice([Claim.Precision.TOWN] * 4 + [Claim.Precision.NEIGHBOURHOOD])
            lat, lon = lat + rng.uniform(-0.01, 0.01), lon + rng.uniform(-0.01, 0.01)
            place_id = pk
        else:
            governorate = rng.choice(governorates)
            name_ar, name_en, lat, lon, place_id = f"ريف {governorate.name_ar}", governorate.name_en, None, None, None
            precision = Claim.Precision.GOVERNORATE
        sentence = f"شنت طائرات حربية غارات على {name_ar}."
        return Claim(
            article=article,
            place_id=place_id,
            governorate=governorate,
            place_name=name_ar,
            place_name_en=name_en,
            precision=precision,
            lat=lat,
            lon=lon,
            date=date,
            date_precision=Claim.DatePrecision.DAY,
            date_text=date.isoformat(),
            sources="\n".join(rng.sample(SOURCES, rng.choice([1, 1, 2]))),
            actor=rng.choice(actors),
            killed=rng.choice([None, None, None, 0, 1, 2, 3, 5, 12]),
            evidence=sentence,
            evidence_start=0,
            evidence_end=len(sentence),
            mention_start=0,
            mention_end=len(name_ar),
        )
