import datetime
import statistics
import time

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db.models import Count, Max, Min
from django.test import Client

from articles.models import Claim


class Command(BaseCommand):
    help = (
        "Times the claims API on the current database (seed it first with --claims N): a governorate + "
        "one-month filter, the whole set, and the facets. Prints median and p95 in ms."
    )

    def add_arguments(self, parser):
        parser.add_argument("--claims", type=int, default=0, help="seed this many synthetic claims first")
        parser.add_argument("--runs", type=int, default=7)

    def handle(self, *args, claims, runs, **options):
        if claims:
            call_command("seed_demo", claims=claims, stdout=self.stdout)
        total = Claim.objects.visible().count()
        if not total:
            self.stdout.write("No claims: run with --claims N.")
            return
        busiest = Claim.objects.visible().values("governorate__code").annotate(n=Count("id")).order_by("-n").first()
        span = Claim.objects.visible().aggregate(first=Min("date"), last=Max("date"))
        month = span["last"].replace(day=1)
        last_day = (month.replace(day=28) + datetime.timedelta(days=4)).replace(day=1) - datetime.timedelta(days=1)
        client = Client(HTTP_HOST="127.0.0.1")
        cases = [
            (
                f"governorate {busiest['governorate__code']} + month {month:%Y-%m}",
                f"/api/claims.geojson?governorate={busiest['governorate__code']}"
                f"&date_from={month.isoformat()}&date_to={last_day.isoformat()}",
            ),
            ("whole set", "/api/claims.geojson"),
            ("facets, whole set", "/api/claims/facets.json"),
        ]
        self.stdout.write(f"{total} visible claims")
        for label, url in cases:
            timings = []
            features = None
            for _ in range(runs):
                started = time.perf_counter()
                response = client.get(url)
                timings.append((time.perf_counter() - started) * 1000)
                assert response.status_code == 200, response.content[:200]
                if features is None and url.startswith("/api/claims.geojson"):
                    features = response.content.count(b'"type":"Feature"')
            timings.sort()
            p95 = timings[min(len(timings) - 1, round(0.95 * (len(timings) - 1)))]
            extra = f", {features} features" if features is not None else ""
            self.stdout.write(f"{label}: median {statistics.median(timings):.0f} ms, p95 {p95:.0f} ms{extra}")
