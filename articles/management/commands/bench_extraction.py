from django.core.management.base import BaseCommand

from strikeparse.bench import add_arguments, format_figures, run_from_arguments


class Command(BaseCommand):
    help = "Articles per second of the extraction on one core, and its time against a bare camel-tools tokenisation."

    def add_arguments(self, parser):
        add_arguments(parser)

    def handle(self, *args, **options):
        self.stdout.write(format_figures(run_from_arguments(options)))
