"""From what a user gives (pasted text, a .txt or .html file, a JSONL line) to clean article text.

Every refusal is an IntakeError with a message meant for the user; nothing is stored before the
text has passed every check.
"""

from __future__ import annotations

import datetime
import re
import unicodedata
from dataclasses import dataclass
from pathlib import PurePath

from django.conf import settings
from django.utils.translation import gettext as _

_ARABIC_LETTER = re.compile(r"[\u0621-\u064a\u0671-\u06d3]")
_LETTER = re.compile(r"[^\W\d_]")
_HTML = re.compile(r"<\s*(html|body|p|div|article|script|style|img|a|span|br|h[1-6])\b", re.IGNORECASE)
# Control characters other than tab, newline and carriage return mean a binary file.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm"}
# Share of Arabic letters among all letters below which a text is not taken as an Arabic article.
MIN_ARABIC_SHARE = 0.5


class IntakeError(ValueError):
    def __init__(self, message: str, *, existing=None):
        super().__init__(message)
        self.message = message
        self.existing = existing


@dataclass
class Upload:
    text: str
    title: str = ""
    outlet: str = ""
    url: str = ""
    published: datetime.date | None = None


def max_bytes() -> int:
    return settings.NEWSMAP_MAX_UPLOAD_BYTES


def check_size(size: int) -> None:
    if size > max_bytes():
        raise IntakeError(
            _("The text is too large: %(size)s KB, the limit is %(limit)s KB.")
            % {"size": size // 1024, "limit": max_bytes() // 1024}
        )


def decode(data: bytes) -> str:
    """UTF-8 (with or without BOM), else Windows-1256, the other encoding of Arabic text files."""
    if b"\x00" in data[:8192]:
        raise IntakeError(_("This is a binary file, not a text: upload a .txt or .html file."))
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1256")
    except UnicodeDecodeError as error:
        raise IntakeError(
            _("The file could not be read: it is neither UTF-8 nor Windows-1256 (Arabic) text.")
        ) from error
    if _arabic_share(text) < MIN_ARABIC_SHARE:
        raise IntakeError(_("The file could not be read: it is neither UTF-8 nor Windows-1256 (Arabic) text."))
    return text


def html_to_upload(html: str) -> Upload:
    """Main text and metadata of a web page; scripts, styles and markup are dropped."""
    import trafilatura  # imported here: it pulls in lxml, needed only for HTML uploads

    document = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    if document is None:
        raise IntakeError(_("No article text was found in this HTML page."))
    if not isinstance(document, dict):
        document = document.as_dict()
    published = None
    if document.get("date"):
        try:
            published = datetime.date.fromisoformat(str(document["date"])[:10])
        except ValueError:
            published = None
    return Upload(
        text=document.get("text") or "",
        title=document.get("title") or "",
        outlet=document.get("sitename") or "",
        url=document.get("url") or "",
        published=published,
    )


def upload_from_file(*, name: str, data: bytes) -> Upload:
    check_size(len(data))
    suffix = PurePath(name).suffix.lower()
    if suffix not in TEXT_SUFFIXES | HTML_SUFFIXES:
        raise IntakeError(_("Only .txt and .html files can be uploaded (got “%(name)s”).") % {"name": name})
    text = decode(data)
    if suffix in HTML_SUFFIXES:
        return html_to_upload(text)
    return Upload(text=text)


def upload_from_text(text: str) -> Upload:
    """Pasted text; pasted HTML source is reduced to its text like an uploaded page."""
    check_size(len(text.encode("utf-8")))
    if _HTML.search(text[:5000]):
        return html_to_upload(text)
    return Upload(text=text)


def clean_text(text: str) -> str:
    """The article text as stored: NFC, Unix newlines, no trailing blanks; refused when not an article."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = "\n".join(line.rstrip() for line in text.split("\n")).strip()
    if not text:
        raise IntakeError(_("The article is empty."))
    check_size(len(text.encode("utf-8")))
    if _CONTROL.search(text):
        raise IntakeError(_("This looks like a binary file, not a text."))
    if _arabic_share(text) < MIN_ARABIC_SHARE:
        raise IntakeError(_("This text is not in Arabic: Newsmap reads Arabic news reports."))
    return text


def _arabic_share(text: str) -> float:
    letters = _LETTER.findall(text)
    if not letters:
        return 0.0
    return sum(1 for letter in letters if _ARABIC_LETTER.match(letter)) / len(letters)


def parse_date(value: str | None) -> datetime.date | None:
    if value in (None, ""):
        return None
    try:
        date = datetime.date.fromisoformat(str(value).strip())
    except ValueError as error:
        raise IntakeError(_("“%(value)s” is not a date: write it as YYYY-MM-DD.") % {"value": value}) from error
    if date > datetime.date.today() + datetime.timedelta(days=1) or date.year < 1990:
        raise IntakeError(_("%(value)s is not a plausible publication date.") % {"value": value})
    return date
