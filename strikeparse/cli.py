"""Command line: `python -m strikeparse.cli --jsonl IN.jsonl` or `python -m strikeparse.cli FILE.txt`.

Prints one JSON line per document, `{"id": ..., "claims": [...]}`, with the packaged gazetteer (the
Django command `extract_claims` does the same with the database's gazetteer).
"""

from __future__ import annotations

import argparse
import datetime
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from strikeparse.extract import extract
from strikeparse.gazetteer import Gazetteer, default_gazetteer


def parse_date(value: str | None) -> datetime.date | None:
    """A day, or the day of a timestamp ("2021-03-10", "2021-03-10T14:30:00Z")."""
    if not value:
        return None
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        return datetime.datetime.fromisoformat(value).date()


def run_jsonl(lines: Iterable[str], *, gazetteer: Gazetteer) -> Iterator[dict]:
    """One result per non-blank input line. A line that is not a document gives {"id", "error"}; a
    document whose "published" is malformed is still read, with the date found in its text, and a
    warning. No line stops the run."""
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        document = None
        try:
            document = json.loads(line)
            text = document["text"]
            if not isinstance(text, str):
                raise TypeError('"text" is not a string')
        except (ValueError, KeyError, TypeError) as error:
            identifier = document.get("id") if isinstance(document, dict) else None
            yield {"id": identifier, "line": number, "error": f"line {number}: {error!r}"}
            continue
        result: dict = {"id": document.get("id")}
        try:
            published = parse_date(document.get("published"))
        except (ValueError, TypeError) as error:
            published = None
            result["warning"] = f"line {number}: published {document.get('published')!r}: {error}"
        extraction = extract(text, published=published, gazetteer=gazetteer)
        result["claims"] = [claim.to_eval_dict() for claim in extraction.strike_claims]
        yield result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("file", nargs="?", help="a UTF-8 text file")
    parser.add_argument("--jsonl", help='a file of {"id", "text", "published"} lines')
    parser.add_argument("--published", help="publication date of FILE, YYYY-MM-DD")
    args = parser.parse_args(argv)
    gazetteer = default_gazetteer()
    if args.jsonl:
        with open(args.jsonl, encoding="utf-8") as lines:
            for result in run_jsonl(lines, gazetteer=gazetteer):
                print(json.dumps(result, ensure_ascii=False))
        return 0
    if not args.file:
        parser.error("give FILE or --jsonl IN.jsonl")
    text = Path(args.file).read_text(encoding="utf-8")
    result = extract(text, published=parse_date(args.published), gazetteer=gazetteer)
    print(json.dumps({"id": args.file, "claims": [c.to_eval_dict() for c in result.strike_claims]}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
