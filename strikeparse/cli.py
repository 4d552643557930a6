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
    if not value:
        return None
    return datetime.date.fromisoformat(value)


def run_jsonl(lines: Iterable[str], *, gazetteer: Gazetteer) -> Iterator[dict]:
    """One result per non-blank input line; a bad line gives {"id", "error"} instead of stopping the run."""
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            document = json.loads(line)
            published = parse_date(document.get("published"))
            text = document["text"]
        except (ValueError, KeyError, TypeError, AttributeError) as error:
            yield {"id": None, "line": number, "error": f"line {number}: {error}"}
            continue
        result = extract(text, published=published, gazetteer=gazetteer)
        yield {"id": document.get("id"), "claims": [claim.to_eval_dict() for claim in result.strike_claims]}


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
