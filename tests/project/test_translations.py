"""The Arabic interface is complete: every string of the catalogue is translated and compiled."""

import gettext
import re
from pathlib import Path

from django.core.management import call_command

LOCALE = Path(__file__).resolve().parents[2] / "locale"


def entries(po: str) -> list[tuple[str, str]]:
    """(msgid, msgstr) pairs of a .po file, multi-line strings joined; plural forms left out."""
    pairs = []
    for block in po.split("\n\n"):
        if "msgid_plural" in block or block.lstrip().startswith("#~"):
            continue
        match = re.search(r'^msgid ((?:".*"\n?)+)msgstr ((?:".*"\n?)+)', block, re.MULTILINE)
        if match:
            join = lambda text: "".join(re.findall(r'"(.*)"', text))  # noqa: E731
            pairs.append((join(match.group(1)), join(match.group(2))))
    return [(msgid, msgstr) for msgid, msgstr in pairs if msgid]


def test_every_string_has_an_arabic_translation():
    po = (LOCALE / "ar/LC_MESSAGES/django.po").read_text(encoding="utf-8")
    missing = [msgid for msgid, msgstr in entries(po) if not msgstr]
    assert entries(po), "the catalogue is empty"
    assert missing == []


def test_the_compiled_catalogue_matches_the_source(tmp_path):
    catalogue = gettext.GNUTranslations((LOCALE / "ar/LC_MESSAGES/django.mo").open("rb"))
    po = (LOCALE / "ar/LC_MESSAGES/django.po").read_text(encoding="utf-8")
    stale = [msgid for msgid, msgstr in entries(po) if "\\" not in msgid and catalogue.gettext(msgid) == msgid]
    assert stale == [], "run compilemessages"


def test_no_interface_string_is_missing_from_the_catalogue():
    before = (LOCALE / "ar/LC_MESSAGES/django.po").read_text(encoding="utf-8")
    try:
        call_command(
            "makemessages", locale=["ar"], ignore_patterns=[".venv/*", "tests/*", "strikeparse/*"], verbosity=0
        )
        after = (LOCALE / "ar/LC_MESSAGES/django.po").read_text(encoding="utf-8")
        new = {msgid for msgid, _ in entries(after)} - {msgid for msgid, _ in entries(before)}
        assert new == set(), "run makemessages and translate"
    finally:
        (LOCALE / "ar/LC_MESSAGES/django.po").write_text(before, encoding="utf-8")
