from django.core.management.base import BaseCommand

from strikeparse.bench import format_figures, run


class Command(BaseCommand):
    help = "Articles per second of the extraction on one core, and its time against a bare camel-tools tokenisation."

    def add_arguments(self, parser):
        parser.add_argument("--articles", type=int, default=3000)

    def handle(self, *args, articles, **options):
        self.stdout.write(format_figures(run(articles=articles)))
