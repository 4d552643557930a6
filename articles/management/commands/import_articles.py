import contextlib
import json
import re
from collections import Counter
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from articles.intake import IntakeError, Upload, parse_date, upload_from_file
from articles.services.ingest import article_ingest

_FILE_DATE = re.compile(r"^(\d{4}-\d{2}-\d{2})[-_ .]")


def _uploads(path: Path):
    """(label, Upload or IntakeError) for every article in the file."""
    if path.suffix.lower() == ".jsonl":
        with path.open(encoding="utf-8") as lines:
            for number, line in enumerate(lines, 1):
                if not line.strip():
                    continue
                label = f"{path.name}:{number}"
                try:
                    row = json.loads(line)
                    yield (
                        label,
                        Upload(
                            text=row["text"],
                            title=row.get("title") or "",
                            outlet=row.get("outlet") or "",
                            url=row.get("url") or "",
                            published=parse_date(row.get("published")),
                        ),
                    )
                except (ValueError, KeyError, TypeError) as error:
                    yield label, IntakeError(f"not a valid article line: {error}")
                except IntakeError as error:
                    yield label, error
        return
    try:
        upload = upload_from_file(name=path.name, data=path.read_bytes())
    except IntakeError as error:
        yield path.name, error
        return
    # Archives name files after their day ("2015-09-30-russian-strikes.txt"): a better publication date
    # than none, when the page itself gave none.
    named = _FILE_DATE.match(path.name)
    if upload.published is None and named:
        # An impossible date in a file name is not worth refusing the article for.
        with contextlib.suppress(IntakeError):
            upload.published = parse_date(named.group(1))
    yield path.name, upload


class Command(BaseCommand):
    help = "Imports articles from .txt, .html and .jsonl files and queues them for processing."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", type=Path)

    def handle(self, *args, paths, **options):
        missing = [str(path) for path in paths if not path.is_file()]
        if missing:
            raise CommandError(f"no such file: {', '.join(missing)}")
        counts = Counter()
        rejected = []
        items = [item for path in paths for item in _uploads(path)]
        for label, upload in tqdm(items, desc="Importing", unit="article", disable=len(items) < 2):
            if isinstance(upload, IntakeError):
                counts["rejected"] += 1
                rejected.append(f"{label}: {upload.message}")
                continue
            try:
                article_ingest(
                    text=upload.text,
                    title=upload.title,
                    outlet=upload.outlet,
                    url=upload.url,
                    published=upload.published,
                )
            except IntakeError as error:
                if error.existing is not None:
                    counts["duplicates"] += 1
                else:
                    counts["rejected"] += 1
                    rejected.append(f"{label}: {error.message}")
                continue
            counts["imported"] += 1
        self.stdout.write(
            f"{counts['imported']} imported, {counts['duplicates']} duplicates, {counts['rejected']} rejected"
        )
        for line in rejected:
            self.stdout.write(f"  rejected {line}")
