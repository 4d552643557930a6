import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError

from geo.gazetteer import current_gazetteer
from strikeparse.cli import parse_date, run_jsonl
from strikeparse.extract import extract
from strikeparse.gazetteer import Gazetteer, default_gazetteer


class Command(BaseCommand):
    help = (
        'Prints the strike claims of articles, one JSON line per document: --jsonl IN.jsonl ({"id", "text", '
        '"published"} lines) or FILE.txt [--published YYYY-MM-DD]. Uses the database gazetteer.'
    )

    def add_arguments(self, parser):
        parser.add_argument("file", nargs="?", type=Path)
        parser.add_argument("--jsonl", type=Path)
        parser.add_argument("--published")

    def handle(self, *args, file=None, jsonl=None, published=None, **options):
        gazetteer = self.gazetteer()
        if jsonl:
            if not jsonl.is_file():
                raise CommandError(f"{jsonl}: no such file")
            with jsonl.open(encoding="utf-8") as lines:
                for result in run_jsonl(lines, gazetteer=gazetteer):
                    for problem in ("error", "warning"):
                        if problem in result:
                            self.stderr.write(result[problem])
                    self.stdout.write(json.dumps(result, ensure_ascii=False))
            return
        if file is None:
            raise CommandError("give FILE.txt or --jsonl IN.jsonl")
        if not file.is_file():
            raise CommandError(f"{file}: no such file")
        try:
            date = parse_date(published)
        except ValueError as error:
            raise CommandError(f"--published: {error}") from error
        result = extract(file.read_text(encoding="utf-8"), published=date, gazetteer=gazetteer)
        claims = [claim.to_eval_dict() for claim in result.strike_claims]
        self.stdout.write(json.dumps({"id": file.name, "claims": claims}, ensure_ascii=False))

    def gazetteer(self) -> Gazetteer:
        try:
            return current_gazetteer()
        except DatabaseError as error:
            # A checkout whose database was never migrated: an empty database would give the
            # packaged gazetteer too, so extraction goes on with it.
            self.stderr.write(
                f"The database has no gazetteer ({error}): using the packaged one. "
                "Run `python manage.py migrate` and `python manage.py load_gazetteer` to use your own."
            )
            return default_gazetteer()
