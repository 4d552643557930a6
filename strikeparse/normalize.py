"""Arabic normalisation that remembers where every character came from.

camel-tools defines the normal forms (dediacritisation, alef, alef maksura and ta marbuta
normalisation). Calling its functions character by character on every article would be slow, so
they are applied once, at first use, to every character of the Arabic block, giving a translation
table. Hamza on waw/ya is folded too, because articles write "مؤسسة"/"موسسة" and "القائم"/"القايم"
interchangeably. Normalising only removes characters (diacritics, tatweel) or replaces one
character by one, so an offset map back to the original text is cheap.

Words are split with camel-tools' ``simple_word_tokenize``; its tokens are aligned back onto the
text to get their offsets. A word it would return whole is taken as it is, without its
per-character loop.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass

from camel_tools.tokenizers.word import simple_word_tokenize
from camel_tools.utils.charsets import EMOJI_ALL_CHARSET, UNICODE_PUNCT_SYMBOL_CHARSET
from camel_tools.utils.dediac import dediac_ar
from camel_tools.utils.normalize import (
    normalize_alef_ar,
    normalize_alef_maksura_ar,
    normalize_teh_marbuta_ar,
)

__all__ = [
    "QUOTES",
    "Normalized",
    "display_form",
    "normalize",
    "normalize_name",
    "plain_tokens",
    "separators",
    "tokens",
    "word_start",
]

_TATWEEL = "\u0640"
_EXTRA_FOLDS = {"ؤ": "و", "ئ": "ي"}


def _camel_form(char: str) -> str:
    folded = normalize_teh_marbuta_ar(normalize_alef_maksura_ar(normalize_alef_ar(dediac_ar(char))))
    return _EXTRA_FOLDS.get(folded, folded)


@functools.cache
def _table() -> dict[int, str | None]:
    table: dict[int, str | None] = {}
    for code in range(0x0600, 0x0700):
        char = chr(code)
        form = _camel_form(char)
        if form != char:
            table[code] = form or None
    table[ord(_TATWEEL)] = None
    # Marks camel-tools keeps: Quranic signs and the combining maddah and hamzas ("ا" + U+0654 is
    # "أ", which folds to "ا" anyway).
    for code in (*range(0x0610, 0x061B), *range(0x0653, 0x0660)):
        table[code] = None
    # Hashtags: "#درعا_البلد" is "درعا البلد" (one character for one keeps the offset map).
    table[ord("#")] = " "
    table[ord("_")] = " "
    # Presentation of the Arabic comma and question mark as their Latin counterparts is left alone:
    # the parsers look for both.
    return table


@functools.cache
def _removed_chars() -> re.Pattern[str]:
    removed = "".join(chr(code) for code, form in _table().items() if form is None)
    return re.compile(f"[{re.escape(removed)}]")


@dataclass(frozen=True, slots=True)
class Normalized:
    """Normalised text plus the map from its offsets back to the original text."""

    original: str
    text: str
    # Offsets in the original text of the characters that normalisation removed.
    _removed: tuple[int, ...]

    def to_original(self, index: int) -> int:
        """Original offset of the normalised offset ``index`` (``len(text)`` maps to ``len(original)``)."""
        if not self._removed:
            return index
        # The original offset of normalised offset i is the j with j == i + (removed offsets <= j):
        # iterate to that fixed point, which takes as many steps as removed characters near i.
        j = index
        while True:
            candidate = index + bisect.bisect_right(self._removed, j)
            if candidate == j:
                return j
            j = candidate

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original span of the normalised span [start, end)."""
        if end <= start:
            orig = self.to_original(start)
            return orig, orig
        return self.to_original(start), self.to_original(end - 1) + 1


@functools.cache
def _replacements() -> tuple[tuple[str, str], ...]:
    # No replacement produces a character another one replaces, so their order does not matter.
    return tuple((chr(code), form) for code, form in _table().items() if form is not None)


# The conjunction written as a word of its own ("قرى الفطيرة و كنصفرة", as some outlets write it) is
# joined to the word after it, as it is usually written, so that lists and names read the same
# either way: the space after it is removed like a diacritic.
# ("قريتي #الحميرات و #المستريحة": the hashtag mark after it goes with the space.)
_DETACHED_WAW = re.compile(r"(?<!\S)و[\u064b-\u0652]*( )(#?)(?=[\u0621-\u063a\u0641-\u064a])")


def normalize(text: str) -> Normalized:
    # The same as text.translate(_table()) (with the detached conjunction joined), but a few
    # whole-string replacements and, when there is anything to remove, one substitution are quicker
    # than a table lookup per character.
    removed = tuple(match.start() for match in _removed_chars().finditer(text))
    folded = text
    if " و " in text or "\nو " in text or text.startswith("و "):
        spaces = [
            position
            for match in _DETACHED_WAW.finditer(text)
            for position in ((match.start(1), match.start(2)) if match.group(2) else (match.start(1),))
        ]
        if spaces:
            for position in reversed(spaces):
                folded = folded[:position] + folded[position + 1 :]
            removed = tuple(sorted((*removed, *spaces)))
    for char, form in _replacements():
        if char in folded:
            folded = folded.replace(char, form)
    if removed:
        folded = _removed_chars().sub("", folded)
    return Normalized(original=text, text=folded, _removed=removed)


# The quotation marks around names in the news ("مطار «تيفور»").
QUOTES = frozenset("\"“”«»'‘’″„‟")
_QUOTES_AND_MARKS = str.maketrans({**dict.fromkeys(QUOTES, ""), "#": " ", "_": " ", _TATWEEL: ""})


@functools.lru_cache(maxsize=65536)
def display_form(name: str) -> str:
    """A name as written, for a map or a table: no quotes, hashtag marks, diacritics or tatweel
    ("مطار الناصرية" for "مطارِ الناصرية", "كفر زيتا" for "#كفر_زيتا"), on one line."""
    return " ".join(dediac_ar(name.translate(_QUOTES_AND_MARKS)).split())


@functools.lru_cache(maxsize=65536)
def normalize_name(name: str) -> str:
    """The matching key of a place name: normalised, single-spaced, no punctuation."""
    folded = name.translate(_table())
    folded = re.sub(r"[^\w\s]", " ", folded)
    return " ".join(folded.split())


# A plain character is one simple_word_tokenize never splits a word at: alphanumeric (str.isalnum,
# which is what \w means here less the underscore) and not U+2139, the one alphanumeric character of
# camel-tools' symbol set; every multi-character emoji sequence it splits off holds a character
# that is not alphanumeric (a joiner, a variation selector, a modifier, a keycap, a tag).
_PLAIN = r"[^\W_\u2139]"
# Common punctuation, each mark a token of its own. Between plain characters and these marks no
# multi-character sequence can form (each needs a joiner, selector, modifier, keycap or tag), so a
# word made of them splits at every mark, as camel-tools splits it.
_PUNCTUATION_CANDIDATES = ".,،;؛:!?؟()[]{}«»\"“”'‘’-–—/…%٪"


@functools.cache
def _simple_punctuation() -> str:
    return "".join(
        char for char in _PUNCTUATION_CANDIDATES if simple_word_tokenize(f"ب{char}{char}ب") == ["ب", char, char, "ب"]
    )


_WORD = re.compile(rf"(?<!\S)({_PLAIN}+)(?!\S)|\S+")
_SPAN_TEXT = re.compile(r".+", re.DOTALL)


@functools.cache
def _pieces() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A word of plain characters and simple punctuation, its tokens (the runs of plain characters
    and the punctuation marks), and a character no such word holds."""
    punctuation = re.escape(_simple_punctuation())
    return (
        re.compile(rf"(?:{_PLAIN}|[{punctuation}])+"),
        re.compile(rf"{_PLAIN}+|[{punctuation}]"),
        # A character that is neither plain, simple punctuation nor whitespace: one search for it is
        # quicker than matching a whole text character by character.
        re.compile(rf"[_\u2139]|[^\w\s{punctuation}]"),
    )


def plain_tokens(text: str) -> list[str] | None:
    """The tokens of ``tokens(text)`` for a text of plain words and common punctuation only (most
    sentences of a report), split by one regex pass; None for any other text. Only whitespace lies
    between them, so each one's offset is where ``text.find`` first sees it after the one before."""
    _, pieces, other = _pieces()
    return None if other.search(text) else pieces.findall(text)


def tokens(text: str) -> list[tuple[int, int]]:
    """Offsets of camel-tools' word and punctuation tokens in ``text``: the tokens of
    ``simple_word_tokenize(text)``. Most words are plain, or plain with punctuation glued to them,
    and are split here; every other word is handed to simple_word_tokenize itself."""
    spans = []
    simple, pieces, _ = _pieces()
    for word in _WORD.finditer(text):
        start, end = word.span()
        if word.lastindex:
            spans.append((start, end))
        elif simple.fullmatch(text, start, end):
            spans.extend(piece.span() for piece in pieces.finditer(text, start, end))
        else:
            position = start
            for token in simple_word_tokenize(word.group()):
                token_start = text.find(token, position, end)
                if token_start < 0:
                    continue
                position = token_start + len(token)
                spans.append((token_start, position))
    return spans


def word_start(text: str, index: int, seps: frozenset[str], reach: int = 4) -> int | None:
    """The start of the word that holds ``index`` (``seps``: `separators()`), when it lies at most
    ``reach`` characters before it: the proclitics a word takes before a name or a cue."""
    start = index
    while start > 0 and text[start - 1] not in seps:
        if index - start == reach:
            return None
        start -= 1
    return start


@functools.cache
def separators() -> frozenset[str]:
    """The characters between camel-tools word tokens: whitespace (what ``str.split`` splits on) and
    the punctuation, symbol and emoji characters that simple_word_tokenize splits a word on."""
    # Every character str.isspace() knows lies below U+3001.
    space = {chr(code) for code in range(0x3001) if chr(code).isspace()}
    return frozenset(space | {char for char in UNICODE_PUNCT_SYMBOL_CHARSET | EMOJI_ALL_CHARSET if len(char) == 1})
