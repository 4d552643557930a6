from django.core.management.base import BaseCommand, CommandError

from articles.models import Article
from articles.services.ingest import article_reprocess


class Command(BaseCommand):
    help = "Requeues articles for processing: the failed ones, all of them, or the given ids."

    def add_arguments(self, parser):
        parser.add_argument("ids", nargs="*", type=int)
        parser.add_argument("--failed", action="store_true", help="requeue the articles whose processing failed")
        parser.add_argument("--all", action="store_true", help="requeue every article")

    def handle(self, *args, ids, failed, all, **options):
        if sum([bool(ids), failed, all]) != 1:
            raise CommandError("give article ids, --failed or --all")
        if all:
            articles = Article.objects.all()
        elif failed:
            articles = Article.objects.filter(status=Article.Status.FAILED)
        else:
            articles = Article.objects.filter(pk__in=ids)
            unknown = set(ids) - set(articles.values_list("pk", flat=True))
            if unknown:
                raise CommandError(f"no article with id {', '.join(map(str, sorted(unknown)))}")
        count = 0
        for article in articles.iterator():
            article_reprocess(article=article)
            count += 1
        self.stdout.write(f"{count} article(s) requeued")
