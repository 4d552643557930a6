"""From an article's text to its strike claims.

The text is normalised once (strikeparse.normalize) and cut into paragraphs and sentences; a
sentence is cut into camel-tools tokens only when one Aho-Corasick pass over the text finds a word in
it that a rule reads (a strike word, a descriptor), and parsed for sources only when it has an
attribution word. Place mentions come from two places: the gazetteer scan (known places, any
spelling, with proclitics) and descriptors ("قرية X", "قرى X وY وZ", "مطار X", "ريف X الشمالي"),
which also find the places the gazetteer lacks. A mention is a claim when its sentence says a
strike happened and the mention is in the target position: after the strike word, or the subject
of "تعرضت ... لغارات". Seats of sources, launch sites, the direction of an advance and meeting
places are not targets. Each claim then gets its governorate (from the place, or from the context
for unknown places), a date, the sources, the actor and the number killed.
"""

from __future__ import annotations

import bisect
import datetime
import functools
import itertools
import math
import re
from collections import Counter, deque
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace

import ahocorasick

from strikeparse import lexicon as lx
from strikeparse.dates import DateMention, anchors, detect_publication_date, find_dates
from strikeparse.gazetteer import Entry, Gazetteer, default_gazetteer
from strikeparse.normalize import (
    QUOTES,
    Normalized,
    display_form,
    normalize,
    normalize_name,
    plain_tokens,
    separators,
    word_start,
)
from strikeparse.normalize import tokens as token_spans
from strikeparse.sources import (
    SourceMention,
    Token,
    byline_source,
    find_sources,
    goes_on,
    is_complementiser,
    starts_two_word_outlet,
    trigger_words,
)
from strikeparse.sources import opens as opens_attribution
from strikeparse.spans import SpanSet

__all__ = ["Claim", "Extraction", "extract", "names_a_place"]


@dataclass
class Claim:
    place: str
    place_en: str
    governorate: str | None
    precision: str  # town | neighbourhood | district | governorate
    lat: float | None
    lon: float | None
    entry_key: str | None
    needs_placement: bool
    date: datetime.date | None
    date_precision: str
    date_text: str
    sources: list[str]
    actor: str
    killed: int | None
    negated: bool
    evidence: str
    evidence_start: int
    evidence_end: int
    mention_start: int
    mention_end: int
    # The bare name, without a facility descriptor ("حميميم" for "مطار حميميم").
    name: str = ""
    # The city that gives its governorate its name ("حلب"): a claim on it is vague when the article
    # names its neighbourhoods.
    place_is_capital: bool = False
    # ... named bare, without "مدينة": it may stand for the whole governorate.
    bare_capital: bool = False
    # A governorate-level claim on places the text does not name ("على قرى في ريف إدلب"): an event of
    # its own beside the named places of the governorate.
    unnamed_places: bool = False
    # What tells this strike's day from others at the same place: the date, or, where the article has
    # no publication date to resolve "الجمعة" against, the days it gives against stand-ins.
    day: datetime.date | tuple[datetime.date, ...] | None = None
    # A facility that is a place of its own ("سجن تدمر"), not the town it is named after.
    own_place: bool = False

    def to_eval_dict(self) -> dict:
        return {
            "place": self.place,
            "place_en": self.place_en,
            "name_ar": self.name or self.place,
            "governorate": self.governorate,
            "precision": self.precision,
            "lat": self.lat,
            "lon": self.lon,
            "date": self.date.isoformat() if self.date else None,
            "date_text": self.date_text,
            "sources": list(self.sources),
            "actor": self.actor,
            "killed": self.killed,
            "needs_placement": self.needs_placement,
            "evidence": self.evidence,
        }


@dataclass
class Extraction:
    claims: list[Claim]
    published: datetime.date | None
    published_detected: bool

    @property
    def strike_claims(self) -> list[Claim]:
        """The claims to map: denied strikes left out."""
        return [claim for claim in self.claims if not claim.negated]


class _cached_property:
    """functools.cached_property without the lock that Python 3.11 takes on every first read (3.12
    dropped it): most properties of a sentence are read once, so the lock was most of their cost."""

    def __init__(self, function):
        self.function = function
        self.__doc__ = function.__doc__

    def __set_name__(self, owner, name: str) -> None:
        self.name = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        value = instance.__dict__[self.name] = self.function(instance)
        return value


@dataclass(slots=True)
class _Token(Token):
    """A token of the normalised text (``text`` and ``key`` are the same string), also read by the
    sources parser."""

    word: str  # without conjunction and preposition, the article kept (_strip_proclitics)
    kinds: int  # what the rules may read it as (_token_kinds)


@dataclass
class _Sentence:
    start: int
    end: int
    paragraph: int
    text: str  # normalised
    index: int = 0
    gate: int = 0  # which kinds of word may be among the tokens (see _gate_flags)
    # Right after a sentence that reports strikes, it tells of people killed by them (see _after_strike).
    after_strike: bool = False
    _every_kind: int = 0  # the kinds of all its tokens, set with them: read it as token_kinds
    # (offset in ``text``, actor) where an actor word starts, from the document's one automaton pass.
    actor_starts: list[tuple[int, str]] = field(default_factory=list)
    occupier: str = "israel"  # whose "الاحتلال" is, bare (see _Document)
    # (start, end) in the normalised text of the sources the sentence names, once it was parsed for them.
    source_spans: Sequence[tuple[int, int]] = ()

    # Most sentences of a report give no claim: they are tokenised only when a strike word or a
    # descriptor may be in them, and what every mention asks about its sentence is worked out once.
    @_cached_property
    def tokens(self) -> list[_Token]:
        base, text = self.start, self.text
        toks: list[_Token] = []
        append = toks.append
        every = 0  # the kinds of all the tokens: what no token is needs no scan of them
        plain = plain_tokens(text)
        if plain is None:
            for start, end in token_spans(text):
                token = text[start:end]
                word, kinds, opening = _token_kinds(token)
                every |= kinds
                append(_Token(base + start, base + end, token, token, opening, word, kinds))
        else:
            find, end = text.find, 0
            for token in plain:
                start = find(token, end)
                end = start + len(token)
                word, kinds, opening = _token_kinds(token)
                every |= kinds
                append(_Token(base + start, base + end, token, token, opening, word, kinds))
        self._every_kind = every
        return toks

    @property
    def token_kinds(self) -> int:
        """The kinds of all the tokens (see _token_kinds): what no token is needs no scan of them."""
        if "tokens" not in self.__dict__:
            _ = self.tokens  # works out the tokens and their kinds
        return self._every_kind

    @_cached_property
    def may_strike(self) -> bool:
        """Could a token be a strike word, or a weak one beside a munition?"""
        return bool(
            self.gate & _STRIKE
            or (
                self.gate & _WEAK
                and (
                    lx.MUNITION.search(self.text)
                    or _AIR_ATTACK.search(self.text)
                    or ("دمر" in self.text and _ARMY_TARGET.search(self.text))
                )
            )
        )

    @property
    def may_describe(self) -> bool:
        """Could a token be a descriptor, countryside or province word?"""
        return bool(self.gate & _DESCRIPTOR)

    @_cached_property
    def token_ends(self) -> list[int]:
        return [token.end for token in self.tokens]

    @_cached_property
    def words(self) -> list[str]:
        """The tokens without conjunction and preposition (the article kept)."""
        return [token.word for token in self.tokens]

    @_cached_property
    def strike_positions(self) -> list[int]:
        """Token indices of the strike words, weak ones ("سقطت") only beside a munition."""
        if not self.may_strike:
            return []
        toks = self.tokens
        if not self.token_kinds & (_CUE | _WEAK_CUE):
            return []
        every, words = self.token_kinds, self.words
        gunfire = "رصاص" in self.text or "قنص" in self.text or "قناص" in self.text
        cues = []
        strike_words = 0  # the tokens that may be strike words, to tell whether a rule read one as none
        for i, token in enumerate(toks):
            if not token.kinds & _CUE:
                continue
            strike_words += 1
            if i > 0 and toks[i - 1].kinds & _CANCELLER:
                continue
            if every & _THREAT and any(other.kinds & _THREAT for other in toks[max(0, i - 3) : i]):
                continue
            if every & _FEAR and _feared(toks, i):
                continue
            # "قنبلة عنقودية من مخلفات القصف": a munition left by an old strike.
            if every & _CANCELLER and not lx.LEFTOVERS.isdisjoint(words[i + 1 : i + 5]):
                continue
            # "استطاعت المعارضة استهداف إحدى المقاتلات": fire at an aircraft, not a strike.
            if token.word == "استهداف" and _aircraft_targeted(words, i):
                continue
            # "غارات وهمية": mock raids, sonic booms over a town.
            if i + 1 < len(toks) and toks[i + 1].text in lx.MOCK_WORDS:
                continue
            # "ضربت قوات الأمن طوقا حول البلدة": a cordon, not a strike.
            if not lx.NOT_STRIKE_OBJECTS.isdisjoint(words[i + 1 : i + 4]):
                continue
            # "شن مسلحون هجوما على حاجز": an attack on the ground, where no arms of a strike are named.
            if (
                not every & _MUNITION
                and not lx.ATTACKS.isdisjoint(words[i + 1 : i + 4])
                and _LAUNCHED.fullmatch(token.word)
                and not _AIR_ATTACK.search(self.text)
            ):
                continue
            # "تشن القوات الإسرائيلية عمليات توغل": an operation on the ground, before any strike word.
            if _LAUNCHED.fullmatch(token.word) and _ground_operation(toks, i):
                continue
            # "كما شنت فصائل المعارضة هجوما على الحواجز": forces on the ground launched the attack
            # (though the sentence told of air strikes before it).
            if _LAUNCHED.fullmatch(token.word) and _forces_attack(toks, i):
                continue
            # "الهجوم الانتحاري الذي استهدف": a bomber on the ground; "الزلزال الذي ضرب", "ضرب زلزال": a quake.
            if (
                every & _GROUND
                and (
                    any(_on_the_ground(toks, k) for k in range(max(0, i - 4), i))
                    # "استهدف هجوم انتحاري حاجزا": the attack after its verb.
                    or any(_on_the_ground(toks, k) for k in range(i + 1, min(len(toks), i + 3)))
                    or any(other.word in lx.QUAKES for other in toks[i + 1 : i + 3])
                )
            ):
                continue
            if _bare(token.text) in ("انفجار", "تفجير") and _blast_not_strike(toks, i):
                continue
            # "سقط قتيلان بتفجير في اللاذقية": a bombing in a place, no strike on it.
            if _bare(token.text) == "تفجير" and i + 1 < len(toks) and toks[i + 1].text in _IN_OR_NEAR:
                continue
            # 'عملية “ردع العدوان”', 'معركة "الفتح المبين"': the quoted name of an operation.
            if i > 1 and _named_operation(toks, i):
                continue
            # "استهدفت الفصائل برصاص قناصتها عناصر": gunfire, not a strike.
            if gunfire and not lx.GUNFIRE.isdisjoint(words[i + 1 : i + 4]):
                continue
            cues.append(i)
        if every & _WEAK_CUE:
            munition = every & _MUNITION
            weak = [
                i
                for i, token in enumerate(toks)
                if token.kinds & _WEAK_CUE
                and not (token.word in _FALL_VERBS and _aircraft_fell(words, i, token.text.startswith("و")))
                # "هجوم الجيش السوري على الأحياء الشرقية": an offensive on the ground.
                and not (token.word in lx.ATTACKS and i + 1 < len(toks) and words[i + 1] in lx.GROUND_FORCES)
                and not (
                    token.word in lx.ATTACKS
                    and any(_LAUNCHED.fullmatch(words[k]) and _forces_attack(toks, k) for k in range(max(0, i - 4), i))
                )
                and (
                    # "ألقت المروحيات منشورات على X": leaflets or aid, not a strike.
                    (munition and lx.NOT_MUNITIONS.isdisjoint(words[i + 1 : i + 4]))
                    # "دمرت بعمليات مركزة تجمعات وأوكارا للإرهابيين في بلدات X": the army's strikes.
                    or (token.word in _DESTROYED and not lx.ARMY_TARGETS.isdisjoint(words[i + 1 : i + 6]))
                    # "في هجوم جوي على X": an attack from the air, with or without its arms named;
                    # "هجومين مماثلين": like the strikes told before.
                    or (
                        token.word in lx.ATTACKS
                        and i + 1 < len(toks)
                        and (
                            words[i + 1] in lx.AIR_WORDS
                            or words[i + 1] in lx.SIMILAR_WORDS
                            # "الهجوم الإسرائيلي أصاب بلدة X": a power that strikes Syria from the air.
                            or words[i + 1] in _AIR_POWERS
                            # "إلى هجمات برية وجوية": by land and by air.
                            or (i + 2 < len(toks) and words[i + 1] in _BY_LAND and words[i + 2] in lx.AIR_WORDS)
                        )
                    )
                )
            ]
            if weak:
                self.__dict__["has_cancelled_cue"] = strike_words > len(cues)
                return sorted(cues + weak)
        self.__dict__["has_cancelled_cue"] = strike_words > len(cues)
        return cues

    @_cached_property
    def actor_cues(self) -> list[tuple[int, int, str]]:
        """(start, end, actor) of the attackers the sentence names, offsets in ``text``."""
        if not self.actor_starts:
            return []
        cues = _actor_cues(self.text, self.actor_starts)
        if self.occupier != "israel":
            cues = [
                (start, end, self.occupier if actor == "israel" and "احتلال" in self.text[start:end] else actor)
                for start, end, actor in cues
            ]
        return cues

    @_cached_property
    def may_name_an_origin(self) -> bool:
        """An origin clause opens with "من" or "انطلاقا" before an origin noun or "مناطق سيطرتها"
        (see _origin_step)."""
        words = self.words
        if {"من", "انطلاقا", *_SOURCE_OF_FIRE}.isdisjoint(words):
            return False
        return any(
            (word in ("من", "انطلاقا") and _opens_origin(words, position + 1, len(words)))
            or (word in _SOURCE_OF_FIRE and _is_cue(self.tokens[position + 1]))
            for position, word in enumerate(words[:-1])
        )

    @_cached_property
    def first_strike_verb(self) -> int:
        """The index of the first finite strike verb among the words ("قصفت"), or the words' length."""
        return next((i for i, word in enumerate(self.words) if lx.STRIKE_VERB.fullmatch(word)), len(self.words))

    @_cached_property
    def first_residence(self) -> int:
        """The index of the first verb of living somewhere ("يقيم"), or the words' length."""
        return next((i for i, word in enumerate(self.words) if word in lx.RESIDE_VERBS), len(self.words))

    @_cached_property
    def names_a_road(self) -> bool:
        """Is a road word among the words (see _names_a_road)?"""
        return not lx.ROAD_WORDS.isdisjoint(self.words)

    @_cached_property
    def has_cancelled_cue(self) -> bool:
        """Is a strike word among the tokens that the rules read as no strike (see _caused_by_no_strike)?
        Set with the strike positions; with none worked out, there is none."""
        _ = self.strike_positions
        return self.__dict__.get("has_cancelled_cue", False)

    @_cached_property
    def to_a_building(self) -> bool:
        """Is a hospital or a mosque named after "ل" ("لمشفى X")?"""
        return any(token.text[:1] == "ل" and token.text[1:] in lx.BUILDINGS for token in self.tokens)

    @_cached_property
    def tells_of_control(self) -> bool:
        """Does the sentence tell of places taken ("وسيطر", "واستعاد")?"""
        return "وسيطر" in self.text or "واستعاد" in self.text

    @_cached_property
    def names_a_launch(self) -> bool:
        """Does the sentence say something was fired or took off ("أطلقت", "أطلقتها", "أقلعت")?"""
        return any(_launches(word) for word in self.words)

    @_cached_property
    def origin_clauses(self) -> list[bool]:
        """Per token, is an origin clause ("من مراصدها في X") open before it (see _in_origin_clause)?"""
        states, open_clause = [], False
        for position in range(len(self.tokens)):
            states.append(open_clause)
            open_clause = _origin_step(self, position, open_clause, len(self.tokens))
        states.append(open_clause)
        return states

    @_cached_property
    def tells_undated_past(self) -> bool:
        """Does the sentence tell of an earlier strike it does not date (see _UNDATED_PAST)?"""
        return bool(_UNDATED_PAST.search(self.text))

    @_cached_property
    def actor_cue_starts(self) -> list[int]:
        return [cue[0] for cue in self.actor_cues]

    @_cached_property
    def agent_cues(self) -> list[tuple[int, int, str]]:
        """The actor cues after "من قبل" ("لقصف من قبل الفصائل"): the agents of a passive."""
        return [
            cue
            for cue in self.actor_cues
            if _BY_AGENT.search(self.text, max(0, cue[0] - 12), cue[0])
            # ("قصف الطيران الروسي بلدة X تزامنا مع قصف مدفعي من قبل النظام": the agent of what went on beside.)
            and not _ACCOMPANYING_AGENT.search(self.text, max(0, cue[0] - 60), cue[0])
        ]

    @_cached_property
    def clause_starts(self) -> list[int]:
        """Offsets in ``text`` where a clause with a subject of its own starts ("فيما", "في حين")."""
        toks = self.tokens
        return [toks[i].start - self.start for i in self._openers]

    @_cached_property
    def _contrasts(self) -> list[int]:
        """The indices of the first tokens of clauses set against the one before ("بينما", "فيما")."""
        if not self.token_kinds & _OPENER:
            return []
        return [i + 1 for i, token in enumerate(self.tokens[:-1]) if token.kinds & _OPENER]

    @_cached_property
    def contrast_starts(self) -> list[int]:
        """Offsets in ``text`` where a clause set against the one before starts."""
        return [self.tokens[i].start - self.start for i in self._contrasts]

    @_cached_property
    def _openers(self) -> list[int]:
        """The indices of the first tokens of clauses with a subject of their own: after "فيما", "في
        حين", or from the "و" (or "كما", "كذلك") after a comma that a strike verb follows ("قتل خمسة في
        X، وفي اليوم التالي استهدفت الطائرات Y": the day after is Y's)."""
        toks = self.tokens
        found = set(self._contrasts)
        for i in self.strike_positions:
            # (After "، كذلك" or "، كما" any strike word opens the next event: "، كذلك ألقى الطيران".)
            verb = lx.STRIKE_VERB.fullmatch(toks[i].word) is not None
            if not verb and all(token.text not in _GOING_ON_WORDS for token in toks[max(0, i - 3) : i]):
                continue
            comma = next(
                (
                    j
                    for j in range(i - 1, max(0, i - 4) - 1, -1)
                    if toks[j].text in {"،", ","}
                    and ((verb and toks[j + 1].text[0] == "و") or toks[j + 1].text in _GOING_ON_WORDS)
                ),
                None,
            )
            if comma is not None:
                found.add(comma + 1)
        if self.token_kinds & _COUNTS:
            # "قتل 15 في X، وقتل مدنيان آخران في قصف على Y": the dead of a strike of their own, Y's
            # ("قصفت الطائرات X، وقتل في القصف 30 شخصا" tells of X's).
            strikes = self.strike_positions
            found.update(
                i
                for i in range(1, len(toks))
                if toks[i].kinds & _COUNTS
                and toks[i - 1].text in {"،", ","}
                and toks[i].text[0] == "و"
                and toks[i].word in lx.KILL_VERBS
                and any(
                    not toks[j].word.startswith("ال")
                    for j in strikes[bisect.bisect_right(strikes, i) : bisect.bisect_left(strikes, i + 8)]
                )
            )
        return sorted(found)

    def _clause(self, position: int) -> int:
        """How many clause openers come before the token at ``position``."""
        return bisect.bisect_right(self._openers, position)

    @_cached_property
    def _killed(self) -> list[tuple[int, int]]:
        return _counts_killed(self)

    @_cached_property
    def _killed_by_clause(self) -> dict[int, tuple[int, int]]:
        found: dict[int, tuple[int, int]] = {}
        for count, position in self._killed:
            found.setdefault(self._clause(position), (count, position))
        return found

    def killed(self, index: int) -> tuple[int, int] | None:
        """(the number the sentence says were killed in the clause of token ``index``, the token index
        where it says it), if it says one ("قتلت امرأة في X، في حين قصفت المدفعية Y": the dead are
        X's)."""
        if not self._killed:
            return None
        return self._killed_by_clause.get(self._clause(min(index, len(self.tokens) - 1)))

    @_cached_property
    def negations(self) -> list[tuple[int, bool]]:
        """(token index, negates only the next verb) of "لم"/"لن" and of denial verbs ("نفى")."""
        found: list[tuple[int, bool]] = []
        toks = self.tokens
        if not self.token_kinds & (_NEGATOR | _DENIER):
            return found
        for position, token in enumerate(toks):
            if token.kinds & _NEGATOR:
                found.append((position, True))
            elif token.kinds & _DENIER:
                found.append((position, False))
        return found


def _forces_attack(toks: list[_Token], k: int) -> bool:
    """Does the verb "شن" at ``k`` have forces on the ground for its subject and an attack for its
    object ("شنت فصائل المعارضة هجوما"), not one from the air or with arms that strike from afar?"""
    words = [token.word for token in toks[k + 1 : k + 6]]
    return (
        len(words) > 1
        and (toks[k + 1].text in lx.GROUND_FORCES or words[0] in lx.GROUND_FORCES)
        and not lx.ATTACKS.isdisjoint(words[1:4])
        and lx.AIR_WORDS.isdisjoint(words[1:5])
        # ("شنت قوات النظام هجوما صاروخيا": its arms make it a strike.)
        and not any(token.kinds & _MUNITION for token in toks[k + 2 : k + 6])
    )


def _on_the_ground(toks: list[_Token], k: int) -> bool:
    """Is token ``k`` a bomber or a bomb on the ground ("انتحاري", "مفخخة"), not a suicide drone
    ("طائرة مسيرة انتحارية")?"""
    return bool(toks[k].kinds & _GROUND) and not any(token.word in lx.DRONE_WORDS for token in toks[max(0, k - 2) : k])


def _feared(toks: list[_Token], index: int) -> bool:
    """Is the strike word at ``index`` what someone fears or warns of ("يخشى السكان أن تتعرض المدينة
    لقصف", "حذر من قصف"), a few words after the fear and "أن"/"من", in the same clause?"""
    for position in range(index - 1, max(-1, index - 9), -1):
        token = toks[position]
        if token.text in _PUNCT:
            return False
        if token.word in lx.FEARS and any(
            other.text in {"ان", "من"} for other in toks[position + 1 : min(index, position + 3)]
        ):
            return True
    return False


_FALL_VERBS = frozenset(word for word in lx.WEAK_CUE if "سقط" in word)


def _aircraft_fell(words: list[str], index: int, joined: bool = False) -> bool:
    """ "سقطت طائرة حربية قرب X", "المسيرة التركية سقطت قرب X": the aircraft came down (it crashed or
    was shot down), unless it was a suicide drone ("سقطت طائرة مسيرة مفخخة على منزل"). ``joined``:
    the verb follows another with "و", whose subject it shares ("لتصدر الطائرة دخانا ... وتسقط")."""
    subject = words[index + 1 : index + 2] + words[max(0, index - (15 if joined else 2)) : index]
    return not lx.AIRCRAFT.isdisjoint(subject) and lx.GROUND_ATTACKS.isdisjoint(words[index + 1 : index + 5])


def _named_operation(toks: list[_Token], index: int) -> bool:
    """Is the token inside the quoted name of an operation or a battle, a word or two after its
    opening quote?"""
    for k in range(index - 1, max(-1, index - 4), -1):
        if toks[k].text in QUOTES:
            return k > 0 and _bare(toks[k - 1].text) in _OPERATION_WORDS
        if toks[k].text in _PUNCT:
            return False
    return False


_OPERATION_WORDS = frozenset(("عمليه", "معركه", "حمله", "عمليات", "غرفه"))


_IN_OR_NEAR = frozenset(("في", "قرب", "داخل", "وسط"))


def _blast_not_strike(toks: list[_Token], index: int) -> bool:
    """ "انفجار لغم"، "تفجير سيارة مفخخة": a mine or a bomb on the ground, not a strike."""
    return any(other.word in lx.NOT_STRIKE_BLASTS for other in toks[index + 1 : index + 3])


@dataclass
class _Mention:
    start: int  # normalised offsets of the place text (descriptor included for facilities)
    end: int
    name_start: int
    name_end: int
    entries: tuple[Entry, ...]
    precision: str  # town | neighbourhood | governorate
    descriptor: str = ""
    countryside_of: str | None = None  # ISO code, for "ريف X"
    article: bool = False  # the name starts with the article "ال"
    locator: bool = False  # "بريف X" after a place: says where the place is, not a place struck
    list_end: int = 0  # in a list of names ("قرى X وY وZ"), where the last one ends
    # The first governorate of "ريفي حماة وإدلب" for the ones after it: they locate with it.
    head: _Mention | None = None
    settlement: bool = False  # named after "قرية", "بلدة", "مدينة" or their plurals: a town or village
    reference: bool = False  # a point another place is measured from: "(9 كم شرق مدينة دمشق)"
    # An end of a road's name ("أوتوستراد دمشق - حلب"), or a wire's dateline: locates nothing near it.
    locates_nothing: bool = False
    near: bool = False  # a landmark ("قرب حلب", "بين درعا والسويداء"): so is a name joined to it


# The lookahead lets the regex engine skip to the next mark or newline (an alternation alone
# makes it try every position): half the time of the split.
# A mark and the newlines right after it are one match ("نهاية الجملة.\n"): one step, not two.
# A full stop between words without a space after it ends a sentence too ("أطفال.واستهدفت"), but not
# in an abbreviation ("أ.ف.ب", "د.محمد").
_SENTENCE_END = re.compile(
    r"(?=[.!?؟…\n])(?:(?P<mark>[.!?؟…]+[\"”»']?)(?=\s|(?<=[ء-ي]{2}\.)[ء-ي]{3}|(?<=[\"”»']\.)[ء-ي]{3})"
    r"(?P<newline>[^\S\n]*\n+)?|\n+)"
)
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_DIGIT_CHARS = frozenset("0123456789") | {chr(code) for code in _DIGITS}
_PUNCT = frozenset(".,،;؛:!?؟()[]{}-–—/|…") | QUOTES
_PUNCT_CHARS = "".join(_PUNCT)
# A compass phrase: "شرقي", "شمال غرب", "جنوبي".
_COMPASS = r"(?:(?:شمال|جنوب)ي?\s*)?(?:شرق|غرب)ي?|(?:شمال|جنوب)ي?"
_LOCATOR = re.compile(
    rf"[\s\"“”«»',،)]*(?P<preposition>في|ب|وسط|داخل|قرب|بالقرب من|في محيط|بمحيط|من|{_COMPASS}"
    # "قرية الزيارة التابعة لمنطقة الغاب", "التابعة لناحية تل تمر", "الواقعة في", "قريتي X وY
    # التابعتين لناحية Z", "مخيم X والواقع في مناطق Y"
    r"|و?(?:التابعه|التابع|التابعتين|التابعين|الواقعه|الواقع|الواقعتين|الواقعين)\s*(?:في|ل)?"
    # "قرية X الواقعة قرب Y", "والقريبة من Y", "المحاذية لY": Y is a landmark, not struck.
    rf"|و?(?:الواقعه|الواقع|الواقعتين|الواقعين)\s*(?:قرب|بالقرب من|علي مقربه من|{_COMPASS})"
    r"|و?(?:القريبه|القريب|القريبتين|القريبين)\s*من|و?(?:المحاذيه|المحاذي|المجاوره|المجاور|المتاخمه|المتاخم)\s*ل?)?"
    r"\s*(?P<within>ب)?(?P<descriptor>مدينه|مدينتي|بلده|قريه|حي|منطقه|ناحيه|ناحيتي|مقاطعه|مناطق)?\s*(ب|ل)?"
    # ('منطقة “الحولة”': the quotes of its name.)
    r"[\"“”«»']?"
)


@functools.lru_cache(maxsize=65536)
def _bare(token: str) -> str:
    word = token
    if len(word) > 3 and word[0] in lx.CONJUNCTIONS:
        word = word[1:]
    if len(word) > 3 and word.startswith("لل"):
        return word[2:]  # "للقصف": "ل" and the article
    if len(word) > 3 and word[0] in lx.PREPOSITIONS:
        word = word[1:]
    if len(word) > 3 and word.startswith("ال"):
        word = word[2:]
    return word


@functools.lru_cache(maxsize=65536)
def _strip_proclitics(token: str) -> str:
    """The token without conjunction and preposition, keeping the article: "وبالرستن" -> "الرستن"."""
    word = token
    if len(word) > 3 and word[0] in lx.CONJUNCTIONS:
        word = word[1:]
    if len(word) > 3 and word[0] in lx.PREPOSITIONS and word[1:3] == "ال":
        word = word[1:]
    elif len(word) > 3 and word.startswith("لل"):
        word = "ا" + word[1:]
    return word


@functools.lru_cache(maxsize=65536)
def _word_forms(token: str) -> frozenset[str]:
    """Every reading of a token with or without its proclitics, for matching function words."""
    forms = {token}
    word = token
    if len(word) > 2 and word[0] in lx.CONJUNCTIONS:
        word = word[1:]
        forms.add(word)
    # ("كفر", a village's first word, is no "ك" + "فر", fled.)
    if len(word) > 2 and word[0] in lx.PREPOSITIONS and not (word[0] == "ك" and len(word) == 3):
        forms.add(word[1:])
    if len(word) > 3 and word.startswith("لل"):
        forms.add("ا" + word[1:])
    return frozenset(forms)


def _in(token: str, words) -> bool:
    return not _word_forms(token).isdisjoint(words)


def _which(token: str, table: dict) -> str | None:
    for form in _word_forms(token):
        if form in table:
            return form
    return None


class _Document:
    def __init__(self, text: str, gazetteer: Gazetteer):
        self.text = text
        self.gazetteer = gazetteer
        self.norm: Normalized = normalize(text)
        ntext = self.norm.text
        self.sentences = self._split(ntext)
        self.sentence_starts = [sentence.start for sentence in self.sentences]
        # One pass of one automaton finds the place names and the words of the gate.
        self.place_hits: list[tuple[int, tuple]] = []
        hits = gazetteer.automaton_with(_gate_words()).iter(ntext)
        self.gate = _gate_flags(ntext, self.sentences, hits, self.place_hits)
        if "الاحتلال التركي" in ntext and "الاحتلال الاسراييلي" not in ntext:
            # Kurdish outlets call Turkey "الاحتلال" once they have named it: the bare word is then
            # Turkey's, not Israel's.
            for sentence in self.sentences:
                sentence.occupier = "turkey"

    @staticmethod
    def _split(ntext: str) -> list[_Sentence]:
        sentences: list[_Sentence] = []
        paragraph = 0
        position = 0
        for match in _SENTENCE_END.finditer(ntext):
            end = match.end("mark")
            if end < 0:  # newlines alone
                end = match.start()
            piece = ntext[position:end]
            if piece and not piece.isspace():
                sentences.append(_Sentence(position, end, paragraph, piece, len(sentences)))
            if end == match.start() or match.start("newline") >= 0:
                paragraph += 1
            position = match.end()
        piece = ntext[position:]
        if piece and not piece.isspace():
            sentences.append(_Sentence(position, len(ntext), paragraph, piece, len(sentences)))
        return sentences

    @_cached_property
    def sole_attacker(self) -> str:
        """The attacker, when the sentences that may report strikes name only one."""
        actors = {
            actor
            for sentence in self.sentences
            if sentence.gate & (_STRIKE | _WEAK)
            for _, _, actor in sentence.actor_cues
        }
        return actors.pop() if len(actors) == 1 else "unknown"

    def sentence_at(self, offset: int) -> _Sentence | None:
        """The sentence holding normalised ``offset`` (a bisection: articles can be 2 MB long)."""
        index = bisect.bisect_right(self.sentence_starts, offset) - 1
        if index < 0:
            return None
        sentence = self.sentences[index]
        return sentence if offset < sentence.end else None

    def original(self, start: int, end: int) -> tuple[int, int, str]:
        ostart, oend = self.norm.span(start, end)
        return ostart, oend, self.text[ostart:oend]


_STRIKE, _WEAK, _DESCRIPTOR, _SOURCE, _SOURCE_ENDING = 1, 2, 4, 8, 16
_MONTH, _RELATIVE, _PERIOD = 32, 64, 128  # the anchors of dates (strikeparse.dates.anchors)
_NUMBER = 256  # a month name or separated digits ("12/8/2015"), set by _date_windows
_ACTOR = 512  # a word that may name an attacker (lx.ACTOR_CUES, anywhere in a word: "الروسية")
_REGION = 1024  # the name of a region (lx.REGIONS, "جبل الزاوية"), anywhere


@functools.cache
def _gate_words() -> dict[str, tuple[int, int]]:
    """Every spelling of the strike words, weak strike words, descriptors, attribution words and
    date anchors, with its length and tags, for one Aho-Corasick pass over the text (beside the
    place names) that tells which sentences need tokenising, which need parsing for sources and
    which may hold a date."""
    tagged: dict[str, int] = {}
    triggers, endings = trigger_words()
    groups = (
        (_STRIKE, lx.spellings(lx.STRIKE_CUE) | lx.spellings(lx.STRIKE_VERB)),
        (_WEAK, lx.WEAK_CUE),
        (_DESCRIPTOR, {*lx.COUNTRYSIDE, *lx.PROVINCE, *lx.SETTLEMENT_LISTS, *lx.SETTLEMENTS, *lx.FACILITIES}),
        # "وقال" is "قال" after a conjunction (see _PROCLITIC_RUNS): one spelling, one hit.
        (_SOURCE, {word for word in triggers if not (word[0] in "وف" and word[1:] in triggers)}),
        (_SOURCE_ENDING, endings),
        (_MONTH, anchors().months),
        (_RELATIVE, anchors().relative),
        (_PERIOD, anchors().period),
        (_ACTOR, _actor_spellings().keys()),
        (_REGION, lx.REGIONS),
    )
    for tag, words in groups:
        for word in words:
            tagged[word] = tagged.get(word, 0) | tag
            if word.startswith("ال") and tag in (_STRIKE, _DESCRIPTOR):
                # After "ل" the article loses its alef: "للضربات" reads "الضربات".
                tagged["ل" + word[2:]] = tagged.get("ل" + word[2:], 0) | tag
    return {word: (len(word), tag) for word, tag in tagged.items()}


# What each token test strips before a word: a strike word is tested without conjunction,
# preposition and article (or the "ل" of "لل"), a weak one without conjunction, a descriptor
# without conjunction and preposition.
_PROCLITIC_RUNS = {
    _STRIKE: frozenset(c + p + a for c in ("", "و", "ف") for p in ("", "ب", "ل", "ك") for a in ("", "ال", "ل")),
    _WEAK: frozenset(("", "و", "ف", "ب", "وب")),
    _DESCRIPTOR: frozenset(c + p for c in ("", "و", "ف") for p in ("", "ب", "ل", "ك")),
    _SOURCE: frozenset(("", "و", "ف")),
}


def _gate_flags(
    ntext: str,
    sentences: list[_Sentence],
    hits: Iterable[tuple[int, tuple[tuple | None, tuple[int, int] | None]]],
    place_hits: list[tuple[int, tuple]],
) -> int:
    """Set each sentence's ``gate`` from the ``hits`` of the gate's words (end index, (place, (length,
    tags))): which kinds of word may be tokens of it (a superset, from whole-token matches allowing
    proclitics; the tokens themselves decide). The hits of place names go to ``place_hits``. Returns
    the kinds of the whole text."""
    seps = separators()
    starts = [sentence.start for sentence in sentences]
    length = len(ntext)
    actors = _actor_spellings()
    # Date anchors and actor words are not whole tokens: no proclitic test for them.
    not_tokens = _MONTH | _RELATIVE | _PERIOD | _ACTOR | _REGION
    seen = 0
    for end_index, (place, gate) in hits:
        if place is not None:
            place_hits.append((end_index, place))
            if gate is None:
                continue
        size, tag = gate
        end = end_index + 1
        start = end - size
        kinds = tag & (_RELATIVE | _PERIOD | _ACTOR | _REGION)
        if tag & _MONTH and (start == 0 or not ntext[start - 1].isalpha()):
            # A month name counts where a word starts: "آب", not "الإرهاب".
            kinds |= _MONTH
        if tag & ~not_tokens and (end == length or ntext[end] in seps):
            if tag & _SOURCE_ENDING:
                # "على لسان", "بلسان": the ending is enough.
                kinds |= _SOURCE
            # The token starts at most four characters (its proclitics) before the word.
            token_start = word_start(ntext, start, seps)
            if token_start is not None:
                kinds |= _run_kinds(tag, ntext[token_start:start])
        if not kinds:
            continue  # a hit inside a longer word ("مدن" in "مدنيين")
        seen |= kinds
        index = bisect.bisect_right(starts, start) - 1
        if index < 0:
            continue
        sentence = sentences[index]
        sentence.gate |= kinds
        if tag & _ACTOR:
            sentence.actor_starts.append((start - sentence.start, actors[ntext[start:end]]))
    return seen


@functools.lru_cache(maxsize=1024)
def _run_kinds(tag: int, prefix: str) -> int:
    """The kinds of the word tagged ``tag`` that allow ``prefix`` before it (see _PROCLITIC_RUNS)."""
    found = 0
    for kind, runs in _PROCLITIC_RUNS.items():
        if tag & kind and prefix in runs:
            found |= kind
    return found


@functools.cache
def _actor_spellings() -> dict[str, str]:
    """Every word an actor pattern matches, with its actor (each word is one actor's)."""
    return {word: actor for actor, pattern in lx.ACTOR_CUES for word in lx.spellings(pattern)}


_WEAK_NOUNS = frozenset(word for word in lx.WEAK_CUE if word.startswith(("مجزر", "مجازر", "سقوط")))


def _token_index(sentence: _Sentence, offset: int) -> int:
    """The index of the first token that ends after ``offset``."""
    return bisect.bisect_right(sentence.token_ends, offset)


def _is_cue(token: _Token) -> bool:
    return bool(token.kinds & _CUE)


# What a token may be, worked out once per spelling: most tests on a sentence's tokens are then a
# bit test rather than a call.
_CUE, _CANCELLER, _MUNITION, _WEAK_CUE, _DESCRIBES, _NEGATOR, _THREAT, _DENIER, _GROUND, _FEAR, _OPENER, _COUNTS = (
    1,
    2,
    4,
    8,
    16,
    32,
    64,
    128,
    256,
    512,
    1024,
    2048,
)
_LIST_START = 4096  # may start a list of names after it (see _LIST_TRIGGERS)


@functools.lru_cache(maxsize=65536)
def _token_kinds(text: str) -> tuple[str, int, bool]:
    word = _strip_proclitics(text)
    forms = _word_forms(text)
    kinds = 0
    if _is_cue_text(text):
        kinds |= _CUE
    if forms & lx.CUE_CANCELLERS:
        kinds |= _CANCELLER
    if forms & lx.THREATS:
        kinds |= _THREAT
    if lx.MUNITION.search(text):
        kinds |= _MUNITION
    if word in lx.WEAK_CUE or (word[:1] == "ب" and word[1:] in _WEAK_NOUNS):
        kinds |= _WEAK_CUE  # "قتل عشرة في X بمجزرة ارتكبها الطيران", "بسقوط قذائف"
    if _may_describe(text):
        kinds |= _DESCRIBES
    if forms & lx.NEGATORS:
        kinds |= _NEGATOR
    if forms & lx.GROUND_ATTACKS or forms & lx.QUAKES:
        kinds |= _GROUND
    if word in lx.FEARS:
        kinds |= _FEAR
    if text.removeprefix("و") in lx.CLAUSE_OPENERS:
        kinds |= _OPENER  # "فيما", "وفي حين"
    if text in ("في", "وفي", "علي", "وعلي") or text.startswith(("ب", "وب")):
        kinds |= _LIST_START
    if text[0] in _DIGIT_CHARS or word in _COUNT_OR_KILL or word[1:] in lx.KILL_CUES or word in lx.TOLL_WORDS:
        kinds |= _COUNTS  # where a count of the dead may start (see _counts_killed)
    # A denial verb or noun, also with an object pronoun ("نفته"); not a word that starts alike ("تنفيذ").
    if any(form in lx.DENIALS or form.removesuffix(_object_pronoun(form)) in lx.DENIALS for form in forms):
        kinds |= _DENIER
    return word, kinds, opens_attribution(text)


@functools.lru_cache(maxsize=65536)
def _is_cue_text(text: str) -> bool:
    if lx.STRIKE_CUE.fullmatch(_strip_proclitics(text)):
        return True
    bare = _bare(text)
    # "تعرضوا للضرب", "بضرب": "ضرب" after a preposition or the article is a beating, not a strike.
    return bool(lx.STRIKE_CUE.fullmatch(bare)) and bare not in lx.VERB_ONLY_CUES


@functools.lru_cache(maxsize=65536)
def _may_describe(text: str) -> bool:
    """Is the token a descriptor, countryside or province word (any proclitic)?"""
    forms = _word_forms(text)
    return any(
        not forms.isdisjoint(words)
        for words in (lx.COUNTRYSIDE, lx.PROVINCE, lx.SETTLEMENT_LISTS, lx.SETTLEMENTS, lx.FACILITIES)
    )


# "المدعو" and a name or two before the hit: a person named after a place ("المدعو منهل الجاسم").
_PERSON_NAMED = re.compile(r"(?<!\S)(?:ال)?مدعو[ه]?\s+[\"“«]?(?:\S+\s+)?(?:ال)?$")

# Words before a list of places: a common noun after them and "و" is one of the places.
_PLACES_LISTED = re.compile(r"قري|بلدات|بلدتي|مناطق|احياء")


def _aircraft_targeted(words: list[str], index: int) -> bool:
    """Is the object of the verbal noun at ``index`` an aircraft ("استهداف إحدى المقاتلات", "استهداف
    طائرة حربية بالمضادات")? Bare, the aircraft after it is the one that struck: "جراء استهداف طائرة
    مسيرة تركية" is a drone's strike."""
    following = words[index + 1 : index + 3]
    quantified = bool(following) and following[0] in ("احدي", "احد")
    if quantified:
        following = following[1:]
    if not following or following[0] not in lx.AIRCRAFT:
        return False
    return quantified or any(word.startswith(_ANTI_AIRCRAFT) for word in words[index + 2 : index + 7])


# Fire at an aircraft: "بالمضادات الأرضية", "بصاروخ مضاد للطائرات", "بالرشاشات الثقيلة".
_ANTI_AIRCRAFT = ("مضاد", "المضاد", "بالمضاد", "بمضاد", "الدفاعات", "بالرشاش", "دفاعات")


def _ground_operation(toks: list[_Token], index: int) -> bool:
    """Is what the verb "شن" at ``index`` launches an operation on the ground ("عمليات توغل", "حملة
    مداهمات"), named before any strike word or munition?"""
    for k in range(index + 1, min(len(toks), index + 12)):
        token = toks[k]
        if token.kinds & (_CUE | _MUNITION) or token.text in _PUNCT:
            return False
        if token.word in lx.GROUND_OPERATIONS:
            return True
        if token.word in _CAMPAIGNS:
            # "شنت حملة لاستعادة المناطق الجنوبية", but "حملة غارات", "حملة جوية" are strikes.
            after = toks[k + 1] if k + 1 < len(toks) else None
            return after is None or not (after.kinds & (_CUE | _MUNITION) or after.word in lx.AIR_WORDS)
    return False


_DESTROYED = frozenset(("دمر", "دمرت"))
_ARMY_TARGET = re.compile("|".join(sorted(lx.ARMY_TARGETS)))
_CAMPAIGNS = frozenset(("حمله", "حملات", "الحمله"))


def _find_mentions(doc: _Document) -> list[_Mention]:
    ntext = doc.norm.text
    seps = separators()
    mentions: list[_Mention] = []
    taken = SpanSet()

    def free(start: int, end: int) -> bool:
        return taken.is_free(start, end)

    def add_names(found: list[_Mention], *, of_villages: bool = False) -> None:
        """Keep the names of a list read without a descriptor, up to the first that is no name
        (``of_villages``: the list picks out villages named before, "قرى ... من بينها X وحمادي عمر":
        its names may have two words)."""
        for mention in found:
            if not mention.entries and not _plain_name(doc, mention, between_known=of_villages):
                break  # "في سراقب وقتلت خمسة مدنيين": the list ended before
            if free(mention.start, mention.end):
                mentions.append(mention)
                taken.add(mention.start, mention.end)

    # Regions first: "قرى جبل الأكراد" are the villages of a region, not a village named after it.
    regions = _regions().finditer(ntext) if doc.gate & _REGION else ()
    for match in regions:
        start, end = match.span("name")
        if _NAMED_BEFORE_REGION.search(ntext, max(0, start - 30), start):
            continue  # "بلدة سحم الجولان": the second word of a town's name, not the region
        entry = doc.gazetteer.governorate_entry(lx.REGIONS[match.group("name")])
        if entry is not None and free(start, end):
            mentions.append(_Mention(start, end, start, end, (entry,), "district", countryside_of=entry.governorate))
            taken.add(start, end)

    if "الريف" in ntext or "الارياف" in ntext:
        for mention in _countrysides_named_after(doc):
            if free(mention.start, mention.end):
                mentions.append(mention)
                taken.add(mention.start, mention.end)

    for sentence in doc.sentences:
        if not sentence.may_describe:
            continue
        toks = sentence.tokens
        for i, token in enumerate(toks):
            if not token.kinds & _DESCRIBES:
                continue
            if _in(token.text, lx.COUNTRYSIDE) or _in(token.text, lx.PROVINCE):
                mention = _countryside(doc, sentence, i, _in(token.text, lx.PROVINCE))
                if mention:
                    mentions.append(mention)
                    taken.add(mention.start, mention.end)
                    if _in(token.text, lx.PROVINCES) or (
                        # "بريف مدينتي منبج وكوباني": the countryside of each of the two towns.
                        mention.precision == "district" and i + 1 < len(toks) and toks[i + 1].word in _TWO_TOWNS
                    ):
                        mentions.extend(_province_list(doc, sentence, mention, taken))
                    continue
            listed = _which(token.text, lx.SETTLEMENT_LISTS)
            single = _which(token.text, lx.SETTLEMENTS) or _which(token.text, lx.FACILITIES)
            if listed:
                found = _name_list(doc, sentence, i + 1, lx.SETTLEMENT_LISTS[listed])
                if found and listed in lx.FACILITY_LISTS and i > 0 and toks[i - 1].word in _ONE_OF_PLURAL:
                    found = []  # "طريق الكاستيلو آخر معابر حلب": what the place before is, no list
                if found and lx.FACILITY_LISTS.get(listed) == "حقل" and not _OIL_OR_GAS.match(ntext, found[-1].end):
                    found = []  # "حقول الزيتون ومنازل المدنيين": olive groves; "حقول X وY النفطية" are oil fields
                if listed == "جبلي":
                    found = [_region_of_two(doc, mention) or mention for mention in found]
                for mention in found:
                    _area_of_town(doc, mention, listed)
                    if listed in lx.FACILITY_LISTS:
                        _facility_named_after(doc, mention, lx.FACILITY_LISTS[listed])
                    mention.settlement = listed in lx.TOWNS_AND_VILLAGES
                    if free(mention.start, mention.end):
                        mentions.append(mention)
                        taken.add(mention.start, mention.end)
            elif single:
                word = single
                facility = word in lx.FACILITIES
                precision = lx.FACILITIES.get(word) or lx.SETTLEMENTS[word]
                first = i + 1
                if word in lx.UTILITY_FACILITIES:
                    while first < len(toks) and toks[first].word in lx.UTILITY_KINDS:
                        first += 1  # "محطة كهرباء تل تمر": the place the station is named after
                # "كل من حي بستان القصر والهلك والحيدرية": after "كل من" a list, whatever its first descriptor.
                all_of = i > 1 and toks[i - 1].text == "من" and toks[i - 2].text in ("كل", "كلا", "وكل")
                found = _name_list(
                    doc, sentence, first, precision, facility_start=token if facility else None, single=not all_of
                )
                for mention in found:
                    if free(mention.start, mention.end):
                        mention.descriptor = word
                        mention.settlement = word in lx.TOWNS_AND_VILLAGES
                        _area_of_town(doc, mention, word)
                        if word in lx.CITY:
                            mention = _compass_part(doc, mention, token.start) or mention
                        mentions.append(mention)
                        taken.add(mention.start, mention.end)

    unnamed_in: _Mention | None = None  # the last governorate named after unnamed places in it
    countryside_ends = {mention.end for mention in mentions if mention.countryside_of}
    for match in doc.gazetteer.scan_hits(ntext, doc.place_hits):
        if not free(match.start, match.end):
            continue
        window = ntext[max(0, match.start - 24) : match.start]
        if any(noun in window for noun in _GROUP_NOUNS) and _GROUP_BEFORE.search(window):
            continue  # "فصيل جيش اليرموك", "لواء القدس": an armed group named after a place
        if "المدعو" in window and _PERSON_NAMED.search(window):
            continue  # 'بينهم المدعو "منهل الجاسم"': a person's name
        if match.key == "العاصمه" and _ANOTHER_CAPITAL.match(ntext, match.end):
            continue  # "العاصمة اللبنانية", "العاصمة دمشق": another country's, or the name follows
        if "حكوم" in window and _GOVERNMENT_OF.search(window) and any(e.kind == "governorate" for e in match.entries):
            continue  # "قوات حكومة دمشق": the government that sits in a capital, an actor
        if match.start and ntext[match.start - 1] not in seps:
            token_start = word_start(ntext, match.start, seps) or 0
            if ntext[token_start : match.end].removeprefix("و") in lx.FOREIGN_NAMES:
                continue  # "ولبنان" is Lebanon, not "ل" + the village "بنان"
        # ("للتفتيش والسجن": a common noun with a proclitic too, but in a list of villages.)
        if (
            ntext[match.start : match.end] in lx.COMMON_NOUN_TOWNS
            and not (ntext[match.start - 1 : match.start] == "و" and _PLACES_LISTED.search(window))
            and not _PLACE_BEFORE.search(ntext, max(0, match.start - 8), match.start)
            and not _NEAR_BEFORE.search(ntext, max(0, match.start - 16), match.start)
        ):
            continue  # "يفتح الباب أمام تصعيد", "خلال الزيارة التي": the door, the visit
        if (
            ntext.startswith("التل", match.start)
            and match.end - match.start == 4
            and _HILL_BEFORE.search(ntext, max(0, match.start - 400), match.start)
        ):
            continue  # "(تل عنتر) ... قصف مدفعي استهدف التل": the hill named before, not the town At Tall
        if ntext.startswith("القريتين", match.start) and ntext.rfind("قريتي ", 0, match.start) != -1:
            continue  # "بقريتي الشراشير والحويز ... على القريتين": the two villages, not the town Al-Qaryatayn
        if ntext.startswith(" ال", match.end) and _ORDINAL_AFTER.match(ntext, match.end):
            continue  # "فجوة في سقف الطبقة الأخيرة": a storey, not the town Al-Tabqa
        if (
            ntext.startswith("تدمر", match.start)
            and _DESTROYS_AFTER.search(ntext, max(0, match.start - 24), match.start)
            # ("قصفت الطائرات الحربية تدمر": the object of a strike verb is Palmyra.)
            and not any(
                lx.STRIKE_VERB.fullmatch(_strip_proclitics(word))
                for word in ntext[max(0, match.start - 40) : match.start].split()
            )
        ):
            continue  # "غارات أميركية تدمر رتلا": the verb "destroys", not Palmyra
        precision = "governorate" if all(entry.kind == "governorate" for entry in match.entries) else "town"
        start, entries = match.start, match.entries
        # "تل ملح" is not "ملح": after a construct noun the known name is part of another, unknown one.
        head = _CONSTRUCT_BEFORE.search(ntext, max(0, start - 8), start)
        if head and _DESERTS_OF.search(ntext, max(0, start - 12), start):
            head = None  # "في بوادي الميادين": the deserts of Mayadin, not a valley named after it
        if head and precision == "town" and free(head.start("noun"), start):
            start, entries = head.start("noun"), tuple(doc.gazetteer.lookup(ntext[head.start("noun") : match.end]))
        mention = _Mention(start, match.end, start, match.end, entries, precision)
        # "ودرعا البلد"، "وحمص القديمة": a part of the city named after it, a quarter the resolver places
        # at the city (see _named_after).
        city_part = _CITY_PART.match(ntext, match.end) if precision == "town" else None
        if city_part and free(match.end, city_part.end()):
            mention = _Mention(start, city_part.end(), start, city_part.end(), (), "neighbourhood")
            mentions.append(mention)
            taken.add(start, city_part.end())
            continue
        part = _compass_part(doc, mention, start)
        if part is not None and free(part.start, start):
            # "مواقع شرقي دير الزور", "غارات شمال حلب": a part of the governorate, as "ريف X" is, not
            # the city ("أريحا جنوبي إدلب" locates the town before it, as "أريحا بريف إدلب" does).
            mention = part
            start = part.start
        # "على قرى في إدلب", "على بلدة وقرية في إدلب وحماة": unnamed places in the governorates.
        unnamed = (
            precision == "town"
            and (
                (
                    ntext.find("في", max(0, start - 4), start) != -1
                    and _UNNAMED_IN.search(ntext, max(0, start - 40), start) is not None
                )
                or (unnamed_in is not None and _AND_NEXT.fullmatch(ntext, unnamed_in.end, start) is not None)
                # "في ريف حلب الغربي وإدلب المجاورة": a capital joined to a countryside is its governorate.
                or (
                    start > 1
                    and ntext[start - 1] == "و"
                    and max(0, start - 40) + len(ntext[max(0, start - 40) : start - 1].rstrip()) in countryside_ends
                )
            )
        )
        if unnamed:
            mention = _province_named(mention, start) or mention
        unnamed_in = mention if unnamed and mention.precision == "governorate" else None
        window = ntext[max(0, start - 40) : start]
        if ("طريق" in window or "تستراد" in window or "توستراد" in window) and _ROAD_BEFORE.search(window):
            mention.locates_nothing = True  # "أوتوستراد دمشق - حلب الدولي": names a road, locates nothing
        mentions.append(mention)
        taken.add(start, match.end)

    # Unknown names after "في" in a list with a known or descriptor mention: "في تردين والحدادة".
    area_ends = {mention.end for mention in mentions if mention.countryside_of}
    for sentence in doc.sentences:
        if not sentence.strike_positions:
            continue  # a name no strike word points at is never a claim
        # "قرى جبل الزاوية: البارة، كنصفرة، والفطيرة": the places of an area, named after it.
        if ":" in sentence.text or "هي" in sentence.text or "كل من" in sentence.text:
            for i, token in enumerate(sentence.tokens):
                if token.text not in {":", "هي", "وهي", "من"} or i == 0:
                    continue
                if token.text == "من" and sentence.tokens[i - 1].text != "كل":
                    continue
                # Read as after a descriptor ("قرى X، Y"): the area stands for one; so do the places a
                # strike hit ("والقرى التي تعرضت للقصف هي: X وY", "القرى المستهدفة كل من (X، Y)").
                # ("... وقرى سهل الغاب، وريف حلب الغربي، وهي: “X، Y”": after the comma that closes them.)
                area_before = sentence.tokens[i - 1].end in area_ends or (
                    i > 1 and sentence.tokens[i - 1].text in {"،", ","} and sentence.tokens[i - 2].end in area_ends
                )
                if area_before or _struck_places_named(sentence, i):
                    listed = _name_list(doc, sentence, i + 1, "town")
                    if listed and (
                        _believable_list(doc, sentence, listed, closing=True) or _believable_list(doc, sentence, listed)
                    ):
                        add_names(listed)
        # 'قرى ريف منبج الغربي "الدندنية، الفارات"', "قرى ريف X (Y، Z)": the same, in quotes or brackets.
        if area_ends and ("(" in sentence.text or any(quote in sentence.text for quote in QUOTES)):
            for i, token in enumerate(sentence.tokens[1:], 1):
                if (token.text == "(" or token.text in QUOTES) and sentence.tokens[i - 1].end in area_ends:
                    listed = _name_list(doc, sentence, i, "town")
                    if len(listed) > 1 and _believable_list(doc, sentence, listed, closing=True):
                        add_names(listed)
        toks = sentence.tokens
        # The tokens where _LIST_TRIGGERS matches the text (a whole word, "في", "على" or "ب..."),
        # tried only at the tokens that may start one.
        text, base = sentence.text, sentence.start
        triggers = [
            i
            for i, token in enumerate(toks)
            if token.kinds & _LIST_START and _LIST_TRIGGERS.match(text, token.start - base)
        ]
        if "كلا من" in sentence.text or "كل من" in sentence.text:
            triggers = sorted({*triggers, *_tokens_starting(sentence, _ALL_OF)})
        for i in triggers:
            if toks[i].text not in {"في", "وفي"} and not _aims_at(toks, i):
                continue
            all_of = _all_of(toks, i + 1)
            if all_of and i > 0 and toks[i - 1].word in lx.STATIONED:
                continue  # "قوات النظام المتمركزة في كل من (تل X، تل Y)": where the forces are
            if all_of:
                i += 2  # "استهدفت الغارات كلا من X وY"
            elif i + 2 < len(toks) and toks[i + 1].text in QUOTES and not toks[i + 2].kinds & _DESCRIBES:
                # 'القصف على المدن والبلدات في “الرستن، وتلبيسة، وديرفول”': the places, a list in quotes.
                add_names(_quoted_list(doc, sentence, i + 1), of_villages=True)
                continue
            if (
                i + 1 >= len(toks)
                or toks[i + 1].kinds & _DESCRIBES
                or (toks[i + 1].text in _PUNCT and not (all_of and toks[i + 1].text in _LIST_OPENERS))
            ):
                continue  # "في مدينة X", "في ريف X": read by the descriptor pass already
            # ('كل من “أوتايا، عين ترما، كفربطنا”': all of a list, with commas alone.)
            found = _name_list(
                doc,
                sentence,
                i + 1,
                "town",
                proper_only=True,
                written_first=all_of,
                article_first=all_of,
                commas=all_of,
            )
            if toks[i].kinds & _MUNITION and not (len(found) > 1 and _believable_list(doc, sentence, found)):
                found = []  # after a munition, only a list located as a whole: "بالصواريخ X وY في سهل الغاب"
            if not found and _starts_with_article(sentence.tokens, i + 1):
                # "في الفطيرة وسفوهن وكنصفرة بجبل الزاوية": a first name with the article, in a list
                # that ends where its places are located.
                listed = _name_list(doc, sentence, i + 1, "town", proper_only=True, article_first=True)
                if len(listed) > 1 and (
                    _believable_list(doc, sentence, listed)
                    # "قصفت مناطق في الحويجة وتل هواش والتوبة.": the areas a list of names spells out;
                    # "تركز على البارة وكنصفرة.": where the strikes fell most.
                    or (
                        (_after_area_noun(toks, i) or (i > 0 and toks[i - 1].word in lx.FOCUS_VERBS))
                        and _believable_list(doc, sentence, listed, closing=True)
                    )
                ):
                    found = listed
            add_names(found)
        # "قصف الطيران المروحي بالبراميل المتفجرة الهبيط وعابدين بريف إدلب": the objects of a strike
        # verb, after its attacker and arms, when the list ends where its places are located.
        for position in sentence.strike_positions:
            if not lx.STRIKE_VERB.fullmatch(toks[position].word):
                continue
            start = position + 1
            while start < min(len(toks), position + 7) and (
                toks[start].word in lx.STRIKER_WORDS or toks[start].kinds & _MUNITION
            ):
                start += 1
            if start < len(toks) and not toks[start].kinds & _DESCRIBES and toks[start].text not in _PUNCT:
                listed = _name_list(doc, sentence, start, "town", proper_only=True, article_first=True)
                if listed and _believable_list(doc, sentence, listed):
                    add_names(listed)
            elif start + 1 < len(toks) and toks[start].text in QUOTES and not toks[start + 1].kinds & _DESCRIBES:
                # 'ليطال “تل طويل، والدشيشة، وسكر الأحيمر”': the places struck, a list in quotes.
                add_names(_quoted_list(doc, sentence, start), of_villages=True)
        # "عدة قرى في ريف حماة، بينها اللطامنة وكفرزيتا": the places the sentence picks out.
        including = any(word in sentence.text for word in _PICKING_OUT)
        for i in _tokens_starting(sentence, _INCLUDING) if including else ():
            # ("عدد من الأحياء ومنها التجارة، والعباسيين": the list goes on after commas.)
            quarters = any(token.word.removeprefix("ال") in _QUARTER_LISTS for token in toks[max(0, i - 12) : i])
            precision = "neighbourhood" if quarters else "town"
            listed = _name_list(doc, sentence, i + 1, precision, proper_only=True, article_first=True, commas=True)
            if len(listed) > 1 or (listed and listed[0].entries):
                villages = any(_in(token.text, lx.SETTLEMENT_LISTS) for token in toks[max(0, i - 12) : i])
                add_names(listed, of_villages=villages)

    # Unknown names that go on a list after a place: "قصفت الطائرات كفرنبل وحاس وكفرومة في ريف إدلب".
    # Also after an unknown village's name: "قرية البارة وكنصفرة في جبل الزاوية".
    read_until = -1  # the end of the last list read: a place inside it would read the rest again
    # And after the countryside that locates a village list: "قرى فطيرة بريف إدلب الجنوبي ودوير
    # الأكراد والسرمانية غربي حماه".
    settlement_ends = {mention.end for mention in mentions if mention.settlement}
    for mention in sorted(mentions, key=lambda mention: mention.start):
        if mention.start < read_until:
            continue
        if mention.countryside_of and not settlement_ends:
            continue
        # ("أحياء شارع النيل والسبيل والموكامبو": a street opens a list of quarters.)
        street = _street_of_quarters(doc, mention)
        if not (mention.countryside_of or mention.entries or mention.descriptor in lx.SETTLEMENTS or street):
            continue
        sentence = doc.sentence_at(mention.start)
        if sentence is None or not sentence.may_strike:
            continue
        toks = sentence.tokens
        if mention.countryside_of:
            head = _token_index(sentence, mention.start)
            if head and toks[head - 1].text in _LOCATED_IN:
                head -= 1  # "قرى X وY في ريف إدلب"
            if not (head and toks[head - 1].end in settlement_ends):
                continue
        index = _token_index(sentence, mention.end)
        if mention.countryside_of and index + 1 < len(toks) and toks[index].text in {"،", ","}:
            index += 1  # "بلدات البارة وفليفل في ريف إدلب، والعنكاوي في سهل الغاب"
        if (
            index >= len(toks)
            or toks[index].text[0] != "و"
            or (len(toks[index].text) < 4 and toks[index].text[1:] not in lx.CONSTRUCT_NOUNS)  # "وأم الخلاخيل"
        ):
            continue
        found = _name_list(doc, sentence, index, "town", proper_only=True, after_name=True)
        if found:
            read_until = found[-1].end
        head = _token_index(sentence, mention.start)
        # "دارة عزة وأورم الكبرى وجبل الأتارب والتوامة والحور وقبتان الجبل وحريتان ومحيط الفوج": the
        # unknown words between known places are places too (what follows the last one may not be).
        last_known = max((k for k, extra in enumerate(found) if extra.entries), default=-1)
        # "طال القصف عربين وحمورية وسقبا والنشابية وحزرما وأوتايا، تزامنا مع": a list of two known
        # places or more is a list of places up to the end of its clause.
        known_list = (
            len(found) > 2
            and bool(mention.entries) + sum(bool(extra.entries) for extra in found) > 1
            and _believable_list(doc, sentence, found, closing=True)
        )
        if last_known > 0 and not known_list and not _believable_list(doc, sentence, found):
            between = found[: last_known + 1]
            if all(extra.entries or _plain_name(doc, extra, between_known=True) for extra in between):
                found = between
                for extra in found:
                    extra.list_end = found[-1].end
        if found and (
            (last_known > 0 and len(found) == last_known + 1)
            or _believable_list(doc, sentence, found)
            # "قرب قرية حريصون والبلوطية والخراب، إضافة إلى": a village's descriptor for a list of
            # names up to the end of the clause.
            or (mention.settlement and len(found) > 1 and _believable_list(doc, sentence, found, closing=True))
            or known_list
            or _apposed(doc, sentence, mention, found, area_ends)
            # "مواقع في السقيلبية وسلحب، ما أدى": the areas a list of names spells out.
            or (
                head > 0
                and sentence.tokens[head - 1].text in {"في", "وفي"}
                and _after_area_noun(toks, head - 1)
                and _believable_list(doc, sentence, found, closing=True)
            )
        ):
            for extra in found:
                if free(extra.start, extra.end):
                    if not extra.entries and (mention.descriptor == "حي" or street):
                        # "حي القصاع وباب توما": a quarter's descriptor, written once, for the list.
                        extra.precision = "neighbourhood"
                    mentions.append(extra)
                    taken.add(extra.start, extra.end)

    # An unknown name that opens a list of known places: "بالإضافة إلى اللطامنة وكفرزيتا ومورك بريف حماة".
    known_ends = {mention.start: mention.end for mention in mentions if mention.entries}
    for mention in sorted(mentions, key=lambda mention: mention.start):
        if not mention.entries or mention.countryside_of or mention.descriptor:
            continue
        sentence = doc.sentence_at(mention.start)
        if sentence is None or not sentence.strike_positions:
            continue
        opener = _list_opener(doc, sentence, _token_index(sentence, mention.start), known_ends)
        if opener is not None and free(opener.start, opener.end):
            mentions.append(opener)
            taken.add(opener.start, opener.end)

    # "تزامنت الغارة على الشعاب ... سمع سكان قرية الشعاب": a village the article names with its
    # descriptor once is that village wherever else it is named bare.
    named = {
        ntext[mention.name_start : mention.name_end]: mention
        for mention in mentions
        if not mention.entries and mention.descriptor in lx.SETTLEMENTS and not mention.countryside_of
    }
    if named:
        for again in _named_again(doc, named):
            if free(again.start, again.end):
                mentions.append(again)
                taken.add(again.start, again.end)
    # "غارتين على اللواء 12", "مستهدفة الفوج 175", "قواعد عسكرية مثل اللواء 23": a unit's base, by
    # its number, as the target (a unit named by an ordinal, "الفرقة الرابعة", is more often the one
    # that fired, and a unit after a verb its subject).
    if "لواء" in ntext or "فوج" in ntext or "كتيبه" in ntext or "فرقه" in ntext:
        for match in _UNIT_TARGET.finditer(ntext):
            start, end = match.span("unit")
            holder = doc.sentence_at(start)
            if holder is not None and holder.may_strike and free(start, end):
                mentions.append(_Mention(start, end, start, end, (), "town"))
                taken.add(start, end)
    if "ريفها" in ntext:
        mentions.extend(_countryside_of_capital(doc, mentions, taken))
    mentions.sort(key=lambda mention: mention.start)
    if any(word in ntext for word in _TOWARDS_HINTS):
        # "على قرى غربي مدينة منبج": unnamed villages in a town's countryside, not the town.
        mentions = [
            (_towards_town(doc, mention) or mention) if mention.precision == "town" and mention.entries else mention
            for mention in mentions
        ]
    # "ريف عين العرب (كوباني)": the other name of the place before, in brackets, is no place of its own.
    # "منطقة الهرمل اللبنانية", "معبري جديدة يابوس والمصنع في الأراضي اللبنانية": places abroad.
    abroad = any(word in ntext for word in _ABROAD_HINTS)
    # "وفي العراق، قصفت طائرات التحالف مدينة القائم": a sentence about another country.
    foreign = (
        {sentence.index for sentence in doc.sentences if _FRONTED_ABROAD.match(sentence.text)}
        if any(name in ntext for name in _ABROAD)
        else set()
    )
    if foreign:
        mentions = [
            mention
            for mention in mentions
            if (holder := doc.sentence_at(mention.start)) is None or holder.index not in foreign
        ]
    return [
        mention
        for previous, mention in zip([None, *mentions], mentions, strict=False)
        if (
            previous is None
            or not _BRACKETED.fullmatch(ntext, previous.end, mention.start)
            or not ntext.startswith(")", mention.end)
            or not mention.entries
            or entry_governorates(list(mention.entries)).isdisjoint(_mention_governorates(previous))
        )
        and not (abroad and lx.ABROAD.match(ntext, (end := max(mention.end, mention.list_end)), end + 40) is not None)
    ]


_BRACKETED = re.compile(r"\s*\(\s*")
_ASIDE = re.compile(r"^\s*\([^()]{0,200}\)")
_NAMED_BEFORE_REGION = re.compile(r"(?<!\S)[وبل]?(?:بلده|قريه|مدينه|بلدتي|قريتي|مدينتي)\s+[^\s،,.:()\"]+\s+$")
_UNNAMED_IN = re.compile(r"(?<!\S)(?:و?(?:قري|بلدات|مدن|مناطق|مخيمات|بلده|قريه|بلدتين|قريتين)\s+)+في\s+$")
_AND_NEXT = re.compile(r"\s*[،,]?\s*و?")
_OF_THE_CITY = re.compile(r"\s+ل(?:لعاصمه\s+|مدينه\s+)?")
_ITS_COUNTRYSIDE = re.compile(r"\s*[،,]?\s*و(?:في\s+|ب)?(?P<head>ريفها)(?P<directions>(?:\s+\S+){0,2})")


def _countryside_of_capital(doc: _Document, mentions: list[_Mention], taken: SpanSet) -> list[_Mention]:
    """ "دمشق وريفها", "مدينة إدلب وريفها": a governorate's capital and its countryside, the
    governorate-level place its pronoun names (a town's countryside, "سراقب وريفها", is no province)."""
    ntext = doc.norm.text
    found = []
    for mention in mentions:
        if mention.countryside_of or (mention.descriptor and mention.descriptor not in lx.CITY):
            continue
        capital = next((entry for entry in mention.entries if entry.kind == "governorate"), None)
        match = _ITS_COUNTRYSIDE.match(ntext, mention.end) if capital is not None else None
        if match is None:
            continue
        end = match.end("head")
        for word in match.group("directions").split():
            if word.rstrip(_PUNCT_CHARS) not in lx.DIRECTIONS:
                break
            end = ntext.index(word, end) + len(word.rstrip(_PUNCT_CHARS))
        code = _countryside_code(capital.governorate)
        entry = doc.gazetteer.governorate_entry(code)
        start = match.start("head")
        if entry is not None and taken.is_free(start, end):
            found.append(_Mention(start, end, start, end, (entry,), "governorate", countryside_of=code))
            taken.add(start, end)
    return found


_ABROAD_HINTS = ("لبنان", "عراق", "اردن", "اراضي", "تركي", "اليمن", "غزه")
# Where else a sentence may be set: the foreign countries, and lands of the region that are no state of theirs.
_ABROAD = (*sorted(lx.FOREIGN_NAMES), "اليمن", "قطاع غزه", "غزه", "الضفه الغربيه")
_FRONTED_ABROAD = re.compile(r"\s*[وف]?(?:في|ب)\s*(?:" + "|".join(_ABROAD) + r")\s*[،,]")


def _region_of_two(doc: _Document, mention: _Mention) -> _Mention | None:
    """ "في جبلي الأكراد والتركمان": each a region ("جبل الأكراد"), a part of its governorate."""
    code = lx.REGIONS.get("جبل " + doc.norm.text[mention.name_start : mention.name_end])
    entry = doc.gazetteer.governorate_entry(code) if code else None
    if entry is None:
        return None
    return replace(mention, entries=(entry,), precision="district", countryside_of=code)


def _compass_part(doc: _Document, mention: _Mention, before: int) -> _Mention | None:
    """ "غارات شمال حلب", "قرية خاضعة لسيطرة التنظيم شرق مدينة حلب": a compass word right before
    ``before`` (the name, or its descriptor) makes a capital a part of its governorate, not the city."""
    compass = _COMPASS_BEFORE.search(doc.norm.text, max(0, before - 24), before)
    if compass is None:
        return None
    return _province_named(mention, compass.start() + len(compass.group("conjunction")))


def _province_named(mention: _Mention, start: int) -> _Mention | None:
    """The governorate a capital's name stands for, from ``start`` to the name's end."""
    capital = next((entry for entry in mention.entries if entry.kind == "governorate"), None)
    if capital is None:
        return None
    return _Mention(
        start,
        mention.end,
        mention.name_start,
        mention.name_end,
        (capital,),
        "governorate",
        countryside_of=capital.governorate,
    )


# The facilities a list names by their places ("مطاري حلب ودمشق"), as written.
_FACILITY_WRITTEN = {normalize_name(word): word for word in ("مطار", "قاعدة", "معبر", "شارع")}


def _facility_named_after(doc: _Document, mention: _Mention, kind: str) -> None:
    """ "مطاري حلب ودمشق": each name of the list is a facility of its kind, the one the gazetteer
    knows by that name ("مطار دمشق" is the airport, not the city), else the place it is named after."""
    site = doc.gazetteer.lookup(f"{kind} {doc.norm.text[mention.name_start : mention.name_end]}")
    if site:
        mention.entries = tuple(site)
    mention.descriptor = kind


def _area_of_town(doc: _Document, mention: _Mention, descriptor: str) -> None:
    """ "منطقة مصياف", "منطقتي تل رفعت ومنبج": the area of a known town is the town itself, not one
    of its neighbourhoods; so is a part of it named by direction ("مقاطعة منبج الغربية")."""
    if descriptor in lx.AREA_WORDS and not mention.entries:
        words = doc.norm.text[mention.name_start : mention.name_end].split()
        if len(words) > 1 and words[-1] in lx.DIRECTION_ADJECTIVES:
            town = [entry for entry in doc.gazetteer.lookup(" ".join(words[:-1])) if entry.kind == "town"]
            if town:
                mention.entries, mention.name_end = tuple(town), mention.name_start + len(" ".join(words[:-1]))
    if descriptor in lx.AREA_WORDS and any(entry.kind == "town" for entry in mention.entries):
        mention.precision = "town"
    elif descriptor in lx.PLURAL_AREA_WORDS:
        # "في مناطق حمص وحماة واللاذقية": the areas of a governorate, as "ريف حمص" is, not its city.
        capital = next((entry for entry in mention.entries if entry.kind == "governorate"), None)
        if capital is not None:
            mention.entries, mention.precision, mention.countryside_of = (capital,), "governorate", capital.governorate


# "أيضا", "كذلك": what a sentence tells goes on from what was told before.
_ALSO_WORDS = ("ايضا", "كذلك")
_ALSO = re.compile(r"(?<!\S)(?:" + "|".join(_ALSO_WORDS) + r")(?!\S)")
_GOING_ON_WORDS = frozenset(("كما", *_ALSO_WORDS))  # "، كذلك ألقى الطيران": the next of the events told
# "شن", "شنت": launched (raids, or an attack).
_LAUNCHED = re.compile(r"(?:ي|ت)?شن(?:ت|وا)?")
# "هجوم جوي", "هجمات جوية": a weak cue that needs no munition beside it.
# An attack from the air ("هجوم جوي"), or like the strikes told before ("هجومين مماثلين").
_BY_LAND = frozenset(("بريه", "بريا", "صاروخيه", "مدفعيه"))
# "الهجوم الإسرائيلي": the attacks of the powers that strike Syria from the air (Turkey's are also on
# the ground).
_AIR_POWERS = frozenset(("الاسراييلي", "اسراييلي", "الروسي", "روسي", "الامريكي", "امريكي", "الاميركي", "اميركي"))
_AIR_ATTACK = re.compile(
    rf"(?<!\S)[وف]?(?:{'|'.join(lx.ATTACKS)})\s+(?:(?:{'|'.join(_BY_LAND)})\s+و)?"
    rf"(?:{'|'.join(lx.AIR_WORDS | lx.SIMILAR_WORDS | _AIR_POWERS)})(?!\w)"
)  # ... or "إلى هجمات برية وجوية": by land and by air
# Words that put a place near or around a city: "قرب دير الزور", "في محيط حلب".
_NEAR_BEFORE = re.compile(r"(?<!\S)[وف]?(?:قرب|بالقرب من|محيط|بمحيط|اطراف|باطراف|ضواحي|بضواحي)\s+$")
# A compass phrase right before a name: "شرقي دير الزور", "وشمال غرب حلب".
# An armed group's name before a place's ("جيش اليرموك", "ألوية صقور الشام"), not its article form
# ("قصف الجيش حلب": the army struck Aleppo).
_GROUP_NOUNS = ("جيش", "لواء", "الويه", "فيلق", "كتيبه", "كتائب", "حركه", "تجمع", "فصيل")
_GROUP_BEFORE = re.compile(
    rf"(?<![^\s\"“”«»'(])[وبل]?(?:{'|'.join(_GROUP_NOUNS)})"
    r"(?:\s+(?:شهداء|احرار|ثوار|اسود|صقور|فرسان|احفاد))?\s*[\"“”«»']?\s*$"
)
_PLACE_BEFORE = re.compile(r"(?<!\S)و?(?:في|علي|الي)\s+$")
_GOVERNMENT_OF = re.compile(r"(?<!\S)[وبل]?(?:ال)?حكومه\s+$")
_ROAD_BEFORE = re.compile(r"(?:طريق|تستراد|توستراد)\s+(?:(?:ال)?(?:دولي|سريع|عام|قديم)\s+)?(?:\S+\s*[-–]\s*)?$")
_HILL_BEFORE = re.compile(r"(?<!\S)[وبل(]?تل\s+\S")
_PEOPLE_OF = frozenset(("سكان", "اهالي", "ابناء"))
_DISPLACED_OF = frozenset(("مهجري", "مهجرو", "نازحي", "نازحو", "لاجيي", "لاجيو"))
_COMING_FROM = (
    frozenset(("نازحون", "نازحين", "النازحين", "النازحون", "المنحدر", "المنحدره", "ينحدر", "تنحدر"))
    | lx.WITHDRAW_WORDS
    # "وهو ناشط من مدينة أطمة": where a speaker is from.
    | frozenset(("ناشط", "ناشطه", "ناشطون", "ناشطين", "صحفي", "اعلامي", "مراسل"))
)
# A place that measures where another is: "(25 كم غرب مدينة الرقة)", "على بعد نحو خمسة كيلومترات
# شمالي مدينة حمص", "على بعد 5 كلم عن قلعة الرحبة".
_DISTANCE_BEFORE = re.compile(
    rf"(?<![^\s\d])(?:كم|كلم|كيلو|كيلومتر|كيلومترا|كيلومترات|كيلو\s*متر|كيلو\s*مترات|ميل|اميال|متر|مترا|امتار)"
    rf"\s*(?:(?:الي\s+)?(?:ال)?(?:{_COMPASS})\s*)?(?:من|عن)?\s*(?:مدينه|بلده|قريه)?\s*[\"“«]?$"
)
# "على الحدود الإدارية لمحافظة حماة", "قرب الحدود مع تركيا": the line between, not a place struck.
_BORDER_WITH = re.compile(r"(?<!\S)(?:ال)?حدود\s+(?:(?:ال)?اداريه\s+)?(?:ل|مع\s+)$")
# The two ends of a road: "طريق استراتيجي يربط الرقة بمدينة دير الزور", "الطريق الواصل بين X وY"
# (the first right after the verb, the second after "ب", "و" or "بين"; what the road's towns are
# may come between them: "يربط الرقة "شمال"، معقل التنظيم، بمدينة دير الزور").
_ROAD_VERBS = "يربط|تربط|يربطان|الرابط|الرابطه|الواصل|الواصله"
_LINKS_BEFORE = re.compile(rf"(?<!\S)(?:{_ROAD_VERBS}|يصل|تصل)(?!\S)")
_LINKED_END = re.compile(
    rf"(?:(?:^|\s)(?:بين\s+|[وب]|وب)|(?<!\S)(?:{_ROAD_VERBS})\s+)(?:مدينه\s+|بلده\s+|قريه\s+)?[\"“«]?$"
)


_REFERENCE_WORDS = re.compile("كم|كلم|كيلو|متر|ميل|حدود|ربط|واصل|يصل|تصل|رابط|مجاور|محاذي|متاخم|تبعد|يبعد")
# "بلدة أطمة التي تبعد مئات الأمتار عن مخيم للنازحين في بلدة القاح": what it lies away from.
_AWAY_FROM = re.compile(r"(?<!\S)(?:ت|ي)بعد(?:ان)?\s[^.،,؛:]{0,40}?(?<!\S)عن\s[^.،,؛:]{0,50}$")
# "قرية بالة الواقعة في ريف حلب الغربي المجاور لإدلب", "منطقة قرقميش المحاذية لمدينة جرابلس": the
# place it lies next to.
_NEXT_TO_BEFORE = re.compile(r"(?:مجاور|محاذي|متاخم)\S*\s+ل(?:مدينه\s+|بلده\s+|محافظه\s+)?$")
# The verbs of a road that may lie far back (not "واصلت", "متواصل").
_LINK_HINTS = ("يربط", "تربط", "الرابط", "الواصل")


def _reference_point(ntext: str, mention: _Mention, links: bool) -> bool:
    """Is the place named as a point another is measured from or a road runs to, not struck?
    ``links``: does the text hold a road's verb at all ("يربط", "الواصل")?"""
    before = ntext[max(0, mention.start - 60) : mention.start]
    if "فوق" in before[-14:] and _OVER_BEFORE.search(before):
        return True  # "إسقاط مقاتلة سورية فوق دير الزور", "حلقت طائرات فوق X": over it, not on it
    if ("دخول" in before[-22:] or "اقتحام" in before[-22:]) and _ENTERING_BEFORE.search(before):
        return True  # "مع تأهب قوات لدخول مدينة السويداء": where forces on the ground are to go
    # (One search for any of their words first: most places have none before them; a road's verb may
    # lie further back, "يربط الرقة "شمال"، معقل التنظيم، بمدينة دير الزور".)
    if _REFERENCE_WORDS.search(before) is None:
        if not links:
            return False
        far = ntext[max(0, mention.start - 120) : max(0, mention.start - 60)]
        if not any(word in far for word in _LINK_HINTS):
            return False
    elif (
        _DISTANCE_BEFORE.search(before)
        or _BORDER_WITH.search(before)
        or _NEXT_TO_BEFORE.search(before)
        or _AWAY_FROM.search(before)
    ):
        return True
    if _LINKED_END.search(before[-30:]):  # (it ends the text: only its tail is searched)
        before = ntext[max(0, mention.start - 120) : mention.start]
        verbs = list(_LINKS_BEFORE.finditer(before))
        # Only within the road's own words: no sentence mark between.
        return bool(verbs) and not re.search(r"[.؟!؛]", before[verbs[-1].end() :])
    return False


def _named_again(doc: _Document, named: dict[str, _Mention]) -> Iterator[_Mention]:
    """The other places where the article names the unknown villages of ``named`` (name -> the
    mention with its descriptor) bare, with their proclitics; a name of fewer than four letters or a
    word no name has is not looked for. One automaton pass, however many villages the article names."""
    names = {
        name: mention
        for name, mention in named.items()
        if len(name.replace(" ", "")) >= 4 and not _ends_a_name(name, name) and name not in lx.GENERIC_PLACE_WORDS
    }
    if not names:
        return
    automaton = ahocorasick.Automaton()
    for name in names:
        automaton.add_word(name, name)
    automaton.make_automaton()
    ntext = doc.norm.text
    seps = separators()
    for last, name in automaton.iter(ntext):
        end = last + 1
        start = end - len(name)
        first = names[name]
        begins = word_start(ntext, start, seps)
        if (
            begins is not None
            and ntext[begins:start] in _BARE_PROCLITICS
            and (end == len(ntext) or ntext[end] in seps)
            and not first.start <= start < first.end
        ):
            yield _Mention(
                start, end, start, end, (), first.precision, article=first.article, settlement=first.settlement
            )


_UNITS = frozenset(("لواء", "فوج", "كتيبه", "فرقه"))
_UNIT_TARGET = re.compile(
    r"(?<!\S)(?:(?:علي|مستهدف\S*|مثل|استهداف|واستهداف|باستهداف)\s+(?:(?:مقر|مقرات|مواقع|ثكنه|قاعده)\s+)?"
    # ("واستهدفت الغارات الفرقة 17": the object after the strike's subject.)
    r"|(?:مقر|مقرات|ثكنه|قاعده|الغارات|الغاره|القصف|الطايرات)\s+"
    # ("غارات استهدفتا اللواء 132": the verb after the strikes, the unit its object; "ثكنة عسكرية في
    # اللواء 132": the base the target is in.)
    # ("بالتزامن مع قصف مدفعي استهدف اللواء 52": shelling, too.)
    r"|(?:غارات|غاره|الغارات|الغاره|صواريخ|الصواريخ|قصف|القصف|قذايف|القذايف)\s+(?:\S+\s+)?(?:استهدف|قصف)\S*\s+"
    r"|(?:ثكنه|مقر|مقرات|موقع|مواقع)\s+(?:عسكري\S*\s+)?في\s+"
    # ("وتعرضت مدينة X وأطراف اللواء (52) لقصف": its outskirts, its number in brackets.)
    r"|و?(?:اطراف|محيط)\s+)"
    rf"(?P<unit>(?:ال)?(?:{'|'.join(sorted(_UNITS))})\s+(?:\d+|\(\s*\d+\s*\)))(?!\w)"
)


def _theirs(word: str) -> bool:
    """Is the word a site or target noun with a possessive pronoun ("مطارها", "بساتينها", "ريفهما")?"""
    stem = word.removesuffix("هما").removesuffix("ها")
    return stem in lx.COMMON_TARGETS or stem in lx.FACILITIES or stem in lx.GENERIC_PLACE_WORDS or stem in lx.NOT_NAMES


_CITY_PART = re.compile(r"\s+(?:البلد|القديمه|الجديده)(?!\w)")
_BARE_PROCLITICS = frozenset(("", "و", "ف", "ب", "وب", "فب", "ل", "ول", "ك"))
# "العاصمة" alone is Damascus; not before another country's adjective ("العاصمة الكازاخية أستانا") or
# the name it stands for ("العاصمة دمشق", read as Damascus itself).
_ANOTHER_CAPITAL = re.compile(r"\s+(?:ال(?!سوريه)\w+يه(?!\w)|دمشق(?!\w))")


def _towards_town(doc: _Document, mention: _Mention) -> _Mention | None:
    """ "قرى غربي مدينة منبج", "مواقع شرق بلدة X": the countryside of a town in that direction, at
    district level (the villages are unnamed), where the gazetteer places the town in one governorate."""
    ntext = doc.norm.text
    window = max(0, mention.start - 40)
    if not any(ntext.find(word, window, mention.start) != -1 for word in _TOWARDS_HINTS):
        return None
    found = _UNNAMED_TOWARDS.search(ntext, window, mention.start)
    governorates = {entry.governorate for entry in mention.entries}
    if found is None or len(governorates) != 1:
        return None
    (code,) = governorates
    entry = doc.gazetteer.governorate_entry(code)
    if entry is None:
        return None
    return _Mention(
        found.start("compass")
        if found.group("compass")
        else found.start("area")
        if found.group("area")
        else found.start(),
        mention.end,
        mention.name_start,
        mention.name_end,
        (entry,),
        "district",
        countryside_of=code,
    )


_TOWARDS_HINTS = ("شرق", "غرب", "شمال", "جنوب", "منطقه", "تابعه")
_UNNAMED_TOWARDS = re.compile(
    r"(?<!\S)[وب]?(?:ال)?(?:(?:قري|بلدات|مناطق|مواقع|احياء|مزارع|نقاط|اطراف|قريتين|بلدتين|موقعين|نقطتين)\s+"
    rf"(?P<compass>{_COMPASS})\s+(?:مدينه\s+|بلده\s+)?"
    # ("قصف على قرى في منطقة عفرين": the villages of the town's area; "مواقع في منطقة الكسوة" may be
    # the town's.)
    r"|(?:قري|بلدات|قريتين|بلدتين)\s+في\s+(?P<area>منطقه)\s+"
    # ("قرى تابعة لتل تمر": the town's villages.)
    r"|(?:قري|بلدات|مزارع)\s+(?P<belonging>(?:ال)?تابعه\s+)ل(?:مدينه\s+|بلده\s+)?)$"
)
_ENTERING_BEFORE = re.compile(r"(?<!\S)[وب]?ل?(?:ال)?(?:دخول|اقتحام)\s+(?:(?:مدينه|بلده|قريه|حي|منطقه)\s+)?$")
_OVER_BEFORE = re.compile(r"(?<!\S)فوق\s+(?:(?:مدينه|بلده|قريه|منطقه|سماء|اجواء)\s+)?$")
# ("جنوبي العاصمة دمشق": the capital called so before its name.)
_COMPASS_BEFORE = re.compile(rf"(?<!\S)(?P<conjunction>[وب]?)(?:{_COMPASS})\s+(?:العاصمه\s+)?$")


# What comes right before the first name of a list of targets: "على", "إلى", "في", or a strike word.
_BEFORE_TARGETS = frozenset({"علي", "وعلي", "الي", "في", "وفي", "حتي"})


def _apposed(doc: _Document, sentence: _Sentence, first: _Mention, names: list[_Mention], area_ends: set[int]) -> bool:
    """Does the list ``first``, ``names`` name the places of the countryside right before it, and
    end the sentence or clause ("بلدات ريف حماة الشمالي، كفرزيتا ومورك واللطامنة", "ثلاث بلدات في
    ريف إدلب هي كفرنبل وحاس")?"""
    toks = sentence.tokens
    index = _token_index(sentence, first.start)
    if index < 2 or toks[index - 1].text not in {"،", ",", ":", "هي", "وهي"}:
        return False
    if not _believable_list(doc, sentence, names, closing=True):
        return False
    return toks[index - 2].end in area_ends


def _after_area_noun(toks: list[_Token], index: int) -> bool:
    """Is a plural noun of areas or positions among the three tokens before ``index`` ("في"), in the same
    phrase ("مناطق في", "مواقع لقوات النظام في")?"""
    for position in range(index - 1, max(-1, index - 4), -1):
        if toks[position].text in _PUNCT:
            return False
        if toks[position].word in lx.AREA_NOUNS:
            return True
    return False


def _list_opener(doc: _Document, sentence: _Sentence, index: int, known_ends: dict[int, int]) -> _Mention | None:
    """The unknown name before the known place at token ``index`` ("وكفرزيتا"), when it opens the
    list: it follows "على"/"إلى"/"في" or a strike word, and the list ends where its places are located.
    ``known_ends``: the end of each known place, by its start."""
    toks = sentence.tokens
    if index < 2 or toks[index].text[0] != "و" or len(toks[index].text) < 4:
        return None
    first = index - 1
    if first > 0 and toks[first - 1].text in lx.CONSTRUCT_NOUNS:
        first -= 1  # "تل الصخر وكفرزيتا"
    before = toks[first - 1] if first > 0 else None
    if before is None or not (before.text in _BEFORE_TARGETS or before.kinds & _CUE):
        return None
    word = toks[index - 1].text
    plain = _strip_proclitics(word)
    if _known_end(toks[index - 1], known_ends) is not None:
        return None  # a known place already
    start = toks[first].start
    candidate = _Mention(start, toks[index - 1].end, start, toks[index - 1].end, (), "town")
    # As any unknown name of a list ("غارات على المعارضة وكفرزيتا", "على الطريق ومورك" are none).
    if (
        len(plain) < 3
        or word in _PUNCT
        or plain in lx.GENERIC_PLACE_WORDS
        or plain.isdigit()
        or _ends_a_name(word, plain)
        or not _plain_name(doc, candidate)
    ):
        return None
    # The list goes on over the known places after it and must end where they are located.
    end = index
    while end < len(toks):
        # A known place starts at its token or after the token's proclitics ("وكفرزيتا", "وبكفرزيتا").
        stop = _known_end(toks[end], known_ends)
        if stop is None:
            break
        end = _token_index(sentence, stop)
        if end >= len(toks) or toks[end].text[0] != "و" or len(toks[end].text) < 4:
            break
    if not _list_ends(sentence, end):
        return None
    candidate.article = doc.norm.text[start : candidate.end].startswith("ال")
    return candidate


def _known_end(token: _Token, known_ends: dict[int, int]) -> int | None:
    """The end of the known place the token holds: at its start or after its proclitics ("وكفرزيتا",
    "وبكفرزيتا")."""
    return next((known_ends[at] for at in range(token.start, token.start + 3) if at in known_ends), None)


_CONSTRUCT_BEFORE = re.compile(
    rf"(?<!\S)[وف]?[بل]?(?P<noun>{'|'.join(sorted(lx.CONSTRUCT_NOUNS, key=len, reverse=True))}) $"
)
_DESERTS_OF = re.compile(r"(?<!\S)(?:في|و?علي) بوادي $")
# Where the tokens that may open a list of targets are: "في", "على", a munition with "ب" (see _aims_at).
_LIST_TRIGGERS = re.compile(r"(?<!\S)(?:و?في|و?علي|و?ب\S+)(?!\S)")
# The word before "كلا من" ("استهدفت الغارات كلا من X وY").
_ALL_OF = re.compile(r"\S+(?=\s+كلا?\s+من[\s:])")


def _struck_places_named(sentence: _Sentence, index: int) -> bool:
    """Do the words before token ``index`` ("هي", ":", "كل من") say which places were struck: a plural
    of places and a strike word, a few words back ("والقرى التي تعرضت للقصف هي", "القرى المستهدفة")?"""
    before = sentence.tokens[max(0, index - 7) : index]
    return any(token.word in _STRUCK_PLACES for token in before) and any(
        token.kinds & _CUE or token.word.startswith(_SUFFERED) for token in before
    )


_STRUCK_PLACES = frozenset("ال" + word for word in lx.UNNAMED_PLACES) | {"المناطق", "المواقع"}


def _all_of(toks: list[_Token], index: int) -> bool:
    """Do "كلا من" ("each of") start at token ``index``?"""
    return [token.text for token in toks[index : index + 2]] in (["كلا", "من"], ["كل", "من"])


def _aims_at(toks: list[_Token], index: int) -> bool:
    """Does token ``index`` say what the strike just named hit: "غارات جوية على X" ("على" a word or
    two after a strike word), "قصفت قوات النظام بالصواريخ X" (a munition with "ب", then the object)?"""
    token = toks[index]
    if _all_of(toks, index + 1):
        # ("قصف صاروخي، تعرضت له كل من": what was struck by the strike the pronoun stands for.)
        return any(other.kinds & _CUE for other in toks[max(0, index - 3) : index + 1]) or (
            token.text in lx.PRONOUN_PREPOSITIONS and index > 0 and toks[index - 1].word.startswith("تعرض")
        )
    if token.text in {"علي", "وعلي"}:
        if index > 0 and toks[index - 1].word in lx.FOCUS_VERBS:
            return True  # "لقصف مكثف، تركز على X وY"
        return any(other.kinds & _CUE for other in toks[max(0, index - 3) : index]) and not any(
            other.text in _PUNCT for other in toks[max(0, index - 3) : index]
        )
    # The munition after the verb and its subject: "قصفت قوات النظام بالصواريخ".
    return (
        token.text.startswith(("ب", "وب"))
        and bool(token.kinds & _MUNITION)
        and bool(token.kinds & _CUE)
        and any(lx.STRIKE_VERB.fullmatch(other.word) for other in toks[max(0, index - 4) : index])
    )


# Words that pick out some of the places just named: "بينها", "ومنها", "أبرزها".
_PICKING_OUT = ("بينها", "منها", "ابرزها", "اهمها", "خصوصا", "خاصه", "تحديدا", "لاسيما")
_QUARTER_LISTS = frozenset(word for word, precision in lx.SETTLEMENT_LISTS.items() if precision == "neighbourhood")
_INCLUDING = re.compile(rf"(?<!\S)و?(?:{'|'.join(_PICKING_OUT)})(?!\S)")
# What follows a countryside whose places a list picks out: "، أبرزها", "ومنها".
_PICKED_OUT = re.compile(rf"[\s،,:]*و?(?:{'|'.join(_PICKING_OUT)})(?!\S)")


def _tokens_starting(sentence: _Sentence, pattern: re.Pattern[str]) -> Iterator[int]:
    """The indices of the tokens that start where ``pattern`` matches the sentence's text: looked up
    in the text rather than token by token."""
    toks = sentence.tokens
    for match in pattern.finditer(sentence.text):
        offset = sentence.start + match.start()
        i = _token_index(sentence, offset)
        if i < len(toks) and toks[i].start == offset:
            yield i


def _starts_with_article(toks: list[_Token], index: int) -> bool:
    """Does the first name from token ``index`` on (after any quotes) carry the article? Only then
    does reading a list with ``article_first`` find more than reading it without."""
    while index < len(toks) and toks[index].text in QUOTES:
        index += 1
    return index < len(toks) and toks[index].word.startswith("ال")


def _plain_name(doc: _Document, mention: _Mention, *, between_known: bool = False) -> bool:
    """Could an unknown word after "و" be a village's name: one word, or two after a construct noun
    ("عين الشمس"), located or between known names (``between_known``), no pronoun ("ومحيطهما",
    "وغيرها")?"""
    words = doc.norm.text[mention.name_start : mention.name_end].split()
    while len(words) > 2 and (words[-1] in lx.BARE_DIRECTIONS or words[-1] in lx.NAME_ADJECTIVES):
        words.pop()  # "تل أحمر شرقي", "تل الأحمر الشرقي"
    # ("وادي عين ترما": two construct nouns, then the name, where the text locates it.)
    nested = (
        len(words) == 3
        and words[0] in lx.CONSTRUCT_NOUNS
        and (
            words[1] in lx.CONSTRUCT_NOUNS or words[1] in lx.KINSHIP  # "قصر بن وردان"
        )
    )
    if (len(words) > 2 and not (nested and (between_known or _located_next(doc, mention)))) or (
        len(words) == 2 and words[0] not in lx.CONSTRUCT_NOUNS and not between_known and not _located_next(doc, mention)
    ):
        return False
    if len(words) == 1 and words[0] in lx.CONSTRUCT_NOUNS:
        return False  # "في مزرعة بريف حماة": a farm, not one named
    # "وقتلت خمسة", "وخلفت دمارا" fail on the construct noun already; "على المعارضة وكفرزيتا" names
    # an actor.
    return (
        not words[-1].endswith(("ها", "هم", "هما"))
        and not _looks_like_verb(words[0])
        and _word_forms(words[0]).isdisjoint(_actor_spellings())
        # ("بستان القصر": a target noun that opens a name, with the name's second word.)
        and (words[0] not in lx.COMMON_TARGETS or (len(words) > 1 and words[0] in lx.CONSTRUCT_NOUNS))
    )


def _street_of_quarters(doc: _Document, mention: _Mention) -> bool:
    """Is the mention a street or square named first in a list of quarters ("أحياء شارع النيل و...")?"""
    if mention.descriptor not in lx.FACILITIES or lx.FACILITIES[mention.descriptor] != "neighbourhood":
        return False
    before = doc.norm.text[max(0, mention.start - 12) : mention.start].split()
    return bool(before) and _strip_proclitics(before[-1]).removeprefix("ال") in _QUARTER_LISTS


def _quoted_list(doc: _Document, sentence: _Sentence, start: int) -> list[_Mention]:
    """The names of a list in quotes opening at token ``start``, if they read as names (see
    _quoted_names), else none."""
    listed = _name_list(doc, sentence, start, "town", commas=True)
    return listed if len(listed) > 1 and _quoted_names(doc, sentence, listed) else []


def _quoted_names(doc: _Document, sentence: _Sentence, names: list[_Mention]) -> bool:
    """Are the words of a list in quotes names: the list closing at the quote, each name of up to
    three words ("تل طويل الآشورية"; the quotes set them off as names) that reads as no verb, pronoun
    or actor?"""
    end = _token_index(sentence, names[-1].end)
    if end >= len(sentence.tokens) or sentence.tokens[end].text not in QUOTES:
        return False
    for name in names:
        words = doc.norm.text[name.name_start : name.name_end].split()
        if len(words) == 3 and words[0] in lx.CONSTRUCT_NOUNS:
            words = words[:2]
        if len(words) > 2 or not _plain_name(doc, name, between_known=True):
            return False
    return True


def _located_next(doc: _Document, mention: _Mention) -> bool:
    """Is the name, or the list it is in, followed by where it is ("في شير مغار بريف حماة")? Then two
    words are a name too."""
    sentence = doc.sentence_at(mention.name_start)
    end = max(mention.name_end, mention.list_end)
    return sentence is not None and _list_ends(sentence, _token_index(sentence, end))


def _believable_list(doc: _Document, sentence: _Sentence, names: list[_Mention], *, closing: bool = False) -> bool:
    """Are the unknown words of a list names: each a plain name, and the list ending where its places
    are located (``closing``: ending the sentence or its clause, where what comes before the list
    says what the names are)?"""
    if not all(_plain_name(doc, name) for name in names):
        return False
    end = _token_index(sentence, names[-1].end)
    if closing:
        return end >= len(sentence.tokens) or sentence.tokens[end].text in _PUNCT
    if end < len(sentence.tokens) and (sentence.tokens[end].text in QUOTES or sentence.tokens[end].text == ")"):
        end += 1  # 'كلا من “X – Y” في ريف إدلب': the list closes before where its places are
    return _list_ends(sentence, end)


@functools.cache
def _regions() -> re.Pattern[str]:
    names = "|".join(sorted(map(re.escape, lx.REGIONS), key=len, reverse=True))
    return re.compile(rf"(?<!\w)[وف]?[بلك]?(?P<name>{names})(?!\w)")


def _list_ends(sentence: _Sentence, index: int) -> bool:
    """Does a list of unknown names end at token ``index`` where the text says where the places are
    ("في ريف X", "بريف X", "جنوب X")? Anything else ("سراقب ومعظم المناطق", "سراقب وقتلت خمسة
    مدنيين.") means the words after "و" were not names."""
    toks = sentence.tokens
    if index >= len(toks):
        return False
    word = toks[index].text
    return (
        word in {"في", "ب", "قرب", "بالقرب"}
        or _in(word, lx.COUNTRYSIDE)
        or _in(word, lx.PROVINCE)
        or _in(word, lx.COMPASS_WORDS)
        or (word[0] == "ب" and _located_by(word[1:]))  # "بجبل الزاوية", "بمدينة"
        # "بلدة جلين وتل شهاب ومنطقة الأشعري": the list goes on with a place named by its descriptor.
        or (
            word[0] == "و"
            and bool(toks[index].kinds & _DESCRIBES)
            and (word[1:] in lx.SETTLEMENTS or word[1:] in lx.SETTLEMENT_LISTS or word[1:] in lx.FACILITIES)
        )
    )


# "ريف مدينة X", "ريفي بلدة تل تمر", "بريف ناحية تل تمر", "بريف منطقة منبج": the countryside of the
# town after its descriptor.
_TOWN_WORDS = frozenset(("بلده", "ناحيه", "منطقه", "مدينتي", "بلدتي"))
_TWO_TOWNS = frozenset(("مدينتي", "بلدتي"))


_COUNTRYSIDE_BEFORE = re.compile(r"(?<!\S)[وف]?(?:في\s+|ب)?(?:ريف|ريفي)\s+(?:\S+\s+)?$")
_UNKNOWN_TOWNS_COUNTRYSIDE = re.compile(
    r"[\s\"“”«»',،]*(?:في|ب|قرب|بالقرب من)?[\s\"“”«»']*(?:(?:ب|في\s+)?(?:قريه|مزرعه|بلده|تله|مخيم)\s+)?"
)


def _countryside_code(code: str) -> str:
    """The governorate of a governorate's countryside: the countryside of Damascus (a governorate
    that is the city alone) is Rif Dimashq ("ريفي دمشق والقنيطرة", "أرياف دمشق")."""
    return "SY-RD" if code == "SY-DI" else code


def _countryside(doc: _Document, sentence: _Sentence, index: int, province: bool) -> _Mention | None:
    """ "ريف حماة الشمالي", "محافظة إدلب": a governorate-level mention."""
    toks = sentence.tokens
    if index + 1 >= len(toks):
        return None
    end_token = index + 1
    # "مناطق في محافظات أخرى مثل إدلب وحماة": the provinces named after "other" and "such as".
    picked = province and _in(toks[index].text, lx.PROVINCES)
    while picked and end_token + 1 < len(toks) and toks[end_token].text in _OTHER_SUCH_AS:
        end_token += 1
    picked = end_token > index + 1
    if (_in(toks[end_token].text, lx.CITY) or _in(toks[end_token].text, _TOWN_WORDS)) and index + 2 < len(toks):
        end_token = index + 2
    target = toks[end_token]
    # Two-word governorates and towns: "دير الزور", "ريف دمشق".
    candidates = []
    whole = [
        entry
        for entry in doc.gazetteer.lookup("ريف " + doc.norm.text[target.start : target.end])
        if entry.kind == "governorate"
    ]
    if whole and _in(toks[index].text, {"ريف"}):
        # "ريف دمشق" is a governorate of its own, not the countryside of Damascus.
        candidates = whole
    for width in (2, 1) if not candidates else ():
        if end_token + width <= len(toks) and toks[end_token + width - 1].text not in _PUNCT:
            span_end = toks[end_token + width - 1].end
            name = doc.norm.text[target.start : span_end]
            entries = doc.gazetteer.lookup(name)
            if entries:
                candidates = entries
                end_token = end_token + width - 1
                break
    if not candidates:
        return None
    governorates = {entry.governorate for entry in candidates if entry.governorate}
    if not governorates:
        return None
    governorate_entries = [entry for entry in candidates if entry.kind == "governorate"]
    if not governorate_entries and _in(toks[index].text, _DESERT_WORDS):
        return None  # "بادية السخنة": the desert around a town is read as the town, as "بوادي الميادين" is
    code = governorate_entries[0].governorate if governorate_entries else sorted(governorates)[0]
    if not province:
        code = _countryside_code(code)
    end = toks[end_token].end
    # A direction adjective belongs to the countryside: "ريف حماة الشمالي".
    while end_token + 1 < len(toks) and toks[end_token + 1].text in lx.DIRECTIONS:
        end_token += 1
        end = toks[end_token].end
    entry = doc.gazetteer.governorate_entry(code)
    if entry is None:
        return None
    town_named = not governorate_entries
    head = toks[index].text
    # "بريف حماة", "وبمحافظة إدلب": the mention starts at the head word, after its proclitics.
    form = max(
        (form for form in _word_forms(head) if (form in lx.COUNTRYSIDE or form in lx.PROVINCE) and head.endswith(form)),
        key=len,
        default=_strip_proclitics(head),
    )
    return _Mention(
        start=target.start if picked else toks[index].start + len(head) - len(form),
        end=end,
        name_start=target.start,
        name_end=end,
        entries=(entry,),
        precision="district" if town_named and not province else "governorate",
        countryside_of=code,
    )


_DESERT_WORDS = frozenset(("باديه",))
_SUCH_AS = frozenset(("مثل", "منها", "ومنها"))
_OTHER_SUCH_AS = _SUCH_AS | {"اخري", "بينها", "هي", "وهي"}
_WORD = re.compile(r"\S+")
_DEFINITE_COUNTRYSIDE = re.compile(
    r"(?<!\S)[وف]?(?:في\s+|ب)?(?P<head>الريف|الارياف)((?:\s+\S+){1,2}?)\s+(?P<lam>لل|ل)(?=\S)"
)


_CANTONS = frozenset(("مقاطعه",))


def _countrysides_named_after(doc: _Document) -> Iterator[_Mention]:
    """ "بالريف الشرقي لدير الزور", "في الريف الغربي لمدينة حلب": the countryside of the place after "ل"."""
    ntext = doc.norm.text
    for match in _DEFINITE_COUNTRYSIDE.finditer(ntext):
        if not all(word in lx.DIRECTIONS for word in match.group(2).split()):
            continue
        # "للرقة" is "ل" and "الرقة", written without the article's alef.
        start, article = match.end(), "ال" if match.group("lam") == "لل" else ""
        # The words after "ل", with where each ends (whatever spaces or line breaks stand between).
        words = [(word.group(), word.end()) for word in _WORD.finditer(ntext, start, start + 40)]
        # ("في الريف الغربي لمقاطعة الحسكة": the Autonomous Administration's name for a province.)
        if (
            words
            and not article
            and (_in(words[0][0], lx.CITY) or _in(words[0][0], lx.PROVINCE) or _in(words[0][0], _CANTONS))
        ):
            start = words[1][1] - len(words[1][0]) if len(words) > 1 else start
            words = words[1:]
        for width in (2, 1):
            if len(words) < width:
                continue
            name = " ".join(word for word, _ in words[:width]).rstrip(_PUNCT_CHARS)
            codes = {entry.governorate for entry in doc.gazetteer.lookup(article + name) if entry.governorate}
            if len(codes) == 1:
                code = _countryside_code(codes.pop())  # "في الريف الغربي لدمشق"
                entry = doc.gazetteer.governorate_entry(code)
                if entry is not None:
                    last, last_end = words[width - 1]
                    end = last_end - (len(last) - len(last.rstrip(_PUNCT_CHARS)))
                    yield _Mention(match.start("head"), end, start, end, (entry,), "governorate", countryside_of=code)
                break


def _province_list(doc: _Document, sentence: _Sentence, first: _Mention, taken: SpanSet) -> list[_Mention]:
    """The governorates after "محافظات X": "في محافظات دمشق وادلب واللاذقية"."""
    found = []
    index = _token_index(sentence, first.end)
    toks = sentence.tokens
    while index < len(toks):
        # "في محافظات اللاذقية، حمص، ودرعا": a comma may stand for the "و".
        comma = toks[index].text in {"،", ","} and index + 1 < len(toks)
        token = toks[index + 1] if comma else toks[index]
        skip = 1 if token.text[0] in lx.CONJUNCTIONS and len(token.text) > 2 else 0
        if not (skip or comma):
            break
        entries = [e for e in doc.gazetteer.lookup(token.text[skip:]) if e.kind == "governorate"]
        width = 1
        if not entries and index + comma + 1 < len(toks):
            entries = [
                e
                for e in doc.gazetteer.lookup(doc.norm.text[token.start + skip : toks[index + comma + 1].end])
                if e.kind == "governorate"
            ]
            width = 2
        if not entries and first.precision == "district":
            # "أرياف مدينتي الدرباسية وعامودا": the countryside of each town.
            entries = [e for e in doc.gazetteer.lookup(token.text[skip:]) if e.kind == "town" and e.governorate]
            width = 1
        if not entries:
            break
        index += comma
        if not _in(toks[_token_index(sentence, first.start)].text, lx.PROVINCE):
            # "ريفي السويداء ودمشق"
            entries = [doc.gazetteer.governorate_entry(_countryside_code(entries[0].governorate)) or entries[0]]
        # "ريفي إدلب الجنوبي وحماة الشمالي": each countryside keeps its direction.
        while index + width < len(toks) and toks[index + width].text in lx.DIRECTIONS:
            width += 1
        end = toks[index + width - 1].end
        found.append(
            _Mention(
                start=token.start + skip,
                end=end,
                name_start=token.start + skip,
                name_end=end,
                entries=(entries[0],),
                precision="district" if first.precision == "district" else "governorate",
                countryside_of=entries[0].governorate,
                head=first,
            )
        )
        taken.add(token.start + skip, end)
        index += width
    return found


def _name_list(doc: _Document, sentence: _Sentence, index: int, precision: str, **options) -> list[_Mention]:
    """Names after a descriptor, one or several joined by "و" or "،" (see _read_name_list); the
    names of a list know where it ends, so that the location given after it applies to all."""
    found = _read_name_list(doc, sentence, index, precision, **options)
    if len(found) > 1:
        for mention in found:
            mention.list_end = found[-1].end
    return found


def _read_name_list(
    doc: _Document,
    sentence: _Sentence,
    index: int,
    precision: str,
    *,
    facility_start: _Token | None = None,
    proper_only: bool = False,
    single: bool = False,
    after_name: bool = False,
    article_first: bool = False,
    written_first: bool = False,
    commas: bool = False,
) -> list[_Mention]:
    """Names after a descriptor, one or several joined by "و" or "،": "قرى أبو دالية وعكش وصلبا";
    ``after_name``: the names that go on a list after a place already found ("كفرنبل وحاس")."""
    toks = sentence.tokens
    mentions: list[_Mention] = []
    listed = after_name  # names so far, before this call or in it
    i = index
    # 'قرى “X، محيط القاعدة، Y”': a list in quotes holds names to its end, whatever item stands between.
    quote_end = _closing_quote(toks, i) if i < len(toks) and toks[i].text in QUOTES else -1
    # "أحياء «X وY»", "بلدات (X، Y)", "قرى: X، Y", "قرى؛ “X، Y”".
    # ("كل من: “X – Y”", "في كل من (X، Y)": after "كل من" too.)
    while i < len(toks) and (
        toks[i].text in QUOTES or ((not proper_only or written_first) and toks[i].text in {"(", ":", "؛"})
    ):
        i += 1
        if quote_end < 0 and i < len(toks) and toks[i].text in QUOTES:
            quote_end = _closing_quote(toks, i)
    if not proper_only and i + 1 < len(toks) and toks[i].text in _SUCH_AS:
        i += 1  # "قرى مثل فركيا وسرجا", "بلدات منها X وY": the names the villages are, or some of them
    # Right after a descriptor a name has no "ف" before it ("بلدة فريكة"), and "و" only in a word
    # that opens names ("قرية وادي X"; "أحياء وشوارع" is another noun).
    # ("كلا من بالا وزبدين": after "كل من" too, where no preposition goes before the first name.)
    bare_first = i if (not proper_only or written_first) and not after_name and i < len(toks) else -1
    if bare_first >= 0 and toks[i].text[0] == "و" and toks[i].text not in lx.CONSTRUCT_NOUNS:
        bare_first = -1
    # After a dual descriptor a name must follow, whatever else its word may mean.
    named_first = bare_first if index > 0 and _strip_proclitics(toks[index - 1].text) in lx.DUAL_DESCRIPTORS else -1
    while i < len(toks):
        name_tokens: list[_Token] = []
        j = i
        while j < len(toks) and len(name_tokens) < 3:
            token = toks[j]
            word = token.text
            if word in QUOTES:
                break
            if word in _PUNCT:
                break
            if (
                name_tokens
                and word[0] in lx.CONJUNCTIONS
                and word not in lx.NAME_ADJECTIVES
                # "رسم فالح": a second word that starts like "ف" and reads as no word after it.
                and not (word[0] == "ف" and len(word) > 3 and not _ends_a_name(word[1:], word[1:]))
                # "تل واسط": a construct noun alone is no name, what follows it is its second word.
                and not (
                    len(name_tokens) == 1
                    and (
                        name_tokens[0].word in lx.CONSTRUCT_NOUNS
                        or (name_tokens[0].text[0] in lx.CONJUNCTIONS and name_tokens[0].text[1:] in lx.CONSTRUCT_NOUNS)
                    )
                )
                # "حمام واصل": a known name whose second word starts like "و".
                and not doc.gazetteer.lookup(doc.norm.text[name_tokens[0].start : token.end])
                # "قصر بن وردان": a person's name after "بن".
                and name_tokens[-1].text not in lx.KINSHIP
            ):
                break
            if name_tokens and word[0] in "بل" and _located_by(word[1:]):
                break  # "كنصفرة بجبل الزاوية", "كفرنبل بريف إدلب": where the name is, not a part of it
            if word.startswith("لل"):
                break  # "مخيم للنازحين": a camp for the displaced; no name starts with "ل" and the article
            if name_tokens and word[0] == "ل" and word[1:] in _PURPOSES:
                break  # "معمل الديري لإنتاج خيوط البوليستر": what the site makes
            if name_tokens and word in lx.NISBAS:
                break  # "حي جوبر الدمشقي": the adjective says where the place is
            if name_tokens and len(word) >= 5 and word[0] in "تي" and word.endswith("ت"):
                break  # "في حي هادئ تطايرت حجارة": a verb after the name ("تل رفعت" is a name)
            if name_tokens and len(word) >= 5 and word[:2] in ("لت", "لي") and not doc.gazetteer.lookup(word):
                break  # "من ناحية زركان لتتسع رقعة القصف": a verb of purpose after the name
            if name_tokens and token.kinds & _DESCRIBES and (word in lx.SETTLEMENTS or word in lx.SETTLEMENT_LISTS):
                break  # "في قرية القيراطة قريتي X وY": the next descriptor
            if name_tokens and word[0] == "ب" and len(word) > 3 and doc.gazetteer.lookup(word[1:]):
                break  # "حي القصاع بدمشق": the city it is in
            if name_tokens and word[0] == "ب" and (word[1:] in _COUNTS_OF or word[1:].isdigit()):
                break  # "بلدة X بأربعة براميل": what it was struck with
            # ("وادي عين ترما": a construct noun that starts like "و" keeps it.)
            valley = word in _WAW_NOUNS and _as_written_valley(doc, token)
            plain = _strip_proclitics(word) if not name_tokens and j != bare_first and not valley else word
            if not name_tokens:
                if word in lx.PRONOUN_PREPOSITIONS:
                    break  # "مستهدفة قرى بها مدنيون": what the villages hold, no name
                if plain.removeprefix("ال") in _UNITS and j + 1 < len(toks) and toks[j + 1].text[0] in "(0123456789":
                    break  # "وأطراف اللواء (52)": a unit's base by its number (see _UNIT_TARGET)
                if plain.endswith(("ها", "هما")) and _theirs(plain):
                    break  # "قرى الحميدية والضبعة ومطارها وبساتينها": the town's airport and orchards
                if (
                    plain in lx.GENERIC_PLACE_WORDS
                    and plain not in lx.CONSTRUCT_NOUNS
                    and j + 1 < len(toks)
                    and not doc.gazetteer.lookup(doc.norm.text[token.start : toks[j + 1].end])
                ):
                    break  # "أحد أحياء المدينة دفعة واحدة": the city told of, no name
                if plain in lx.NUMBER_WORDS:
                    break  # "على بلدتي زملكا وعربين، وأربع غارات على دوما": a count starts the next phrase
                if (
                    word[0] == "ب"
                    and (
                        # ("عدة أحياء بالمدينة": in the city told of, no name.)
                        word[1:] in lx.NOT_NAMES
                        or word[1:] in _COUNTS_OF
                        or word[1:2].isdigit()
                        or word[1:] in _ANAPHOR_KINDS
                        # ("أحياء المدينة ومناطق بالريف"، "ومناطق بريفها": in the countryside told of.)
                        or word[1:] in lx.GENERIC_PLACE_WORDS
                        or word[1:] in lx.NAME_STOPS
                    )
                ):
                    break  # "قرى X وY، بأكثر من 30 قذيفة", "13 منطقة بـ15 غارة": what they were struck with
                if (
                    word[0] == "ب"
                    and len(word) > 3
                    and doc.gazetteer.lookup(word[1:])
                    and not doc.gazetteer.lookup(word)
                ):
                    break  # "ضاحية بدمشق": where the place is, not its name
                if (
                    word[0] == "ل"
                    and (
                        word[1:] in lx.COMMON_TARGETS
                        # "سرجة، لأكثر من سبعين غارة": no name after "ل" either.
                        or word[1:] in lx.NOT_NAMES
                        # "معمل لإنتاج الخيوط": what the site makes.
                        or word[1:] in _PURPOSES
                        # "محطة لضخ النفط", "مستودع لتخزين الأسلحة": what the site is for.
                        or (facility_start is not None and j + 1 < len(toks) and toks[j + 1].text.startswith("ال"))
                    )
                ):
                    break  # "مناطق لعناصر التنظيم": whose they are
                if word[0] == "و" and len(word) > 3 and not listed and j != bare_first and not valley:
                    return mentions
                if token.kinds & _DESCRIBES and not (
                    # "شارع مشفى الحماد", "دوار جامع الروضة": a street named after a building on it.
                    facility_start is not None and facility_start.word in _STREETS and word in lx.FACILITIES
                ):
                    # "قرى وبلدات قريبة", "بمدينة حلب وبلدات بريف حماة": the next descriptor, no name.
                    break
                if word[0] == "و" and len(word) > 3 and listed and j != bare_first:
                    plain = word[1:]
                    if _looks_like_verb(plain):
                        break
            # "باب شرقي", "عين شمالي": after a construct noun a bare direction is part of the name.
            direction_of_name = (
                name_tokens
                and name_tokens[0].word in lx.CONSTRUCT_NOUNS
                and plain in lx.BARE_DIRECTIONS
                and (
                    len(name_tokens) == 1
                    # "تل أحمر شرقي في ريف القنيطرة" (but "تل أحمر شرقي حلب" is east of Aleppo).
                    or (len(name_tokens) == 2 and (j + 1 == len(toks) or _ends_the_name_after(toks[j + 1])))
                )
            )
            if (
                not direction_of_name
                and (
                    word in lx.NAME_STOPS
                    if j == named_first >= 0
                    else _ends_a_name_as_written(word) and not _cue_named_as_village(toks, index, word)
                    if j == bare_first or valley
                    else _ends_a_name(word, plain)
                )
                and not _named_ali(doc, name_tokens, token)
                # "أبو غارة", "أم شرشوح": the word after a kunya's "father of" is a name, whatever it means.
                and not (name_tokens and name_tokens[-1].word in _KUNYA and not token.text.startswith("و"))
            ):
                break
            if plain.isdigit() and facility_start is None:
                break
            if name_tokens and len(word) == 1:
                break  # "حي مساكن هنانو بـ 150 قذيفة": a preposition written apart, no part of a name
            if j + 1 < len(toks) and toks[j + 1].text in lx.PRONOUN_PREPOSITIONS and not plain.startswith("ال"):
                break  # "مدينة تسيطر عليها المعارضة": a verb, whose object is the place
            if plain[1:3] == "ست" and _VERB_WITH_OBJECT.fullmatch(plain):
                break  # "معبر تستخدمه الميليشيات": a verb with the place as its object
            if (
                name_tokens
                and plain.startswith("ال")
                and plain.endswith(("تين", "تان", "يين"))
                # ("غدير البستان": after a construct noun, a word that only ends like a dual.)
                and name_tokens[-1].word not in lx.CONSTRUCT_NOUNS
            ):
                break
            second_definite = (
                name_tokens
                and plain.startswith("ال")
                and plain not in lx.NAME_ADJECTIVES
                and (len(name_tokens) > 1 or _strip_proclitics(name_tokens[0].text).startswith("ال"))
                and (facility_start is None or plain not in lx.FACILITY_ADJECTIVES)
                # "مسجد عمر بن الخطاب": a person's name after "بن" goes on.
                and name_tokens[-1].text not in lx.KINSHIP
                # "مشفى الشهيد حسن الأعرج": a site named after a martyr takes his full name.
                and not (facility_start is not None and name_tokens[0].word in _MARTYR and len(name_tokens) < 4)
                # "جسر بيت الراس": a construct noun inside the name takes the word after it.
                and not (len(name_tokens) > 1 and name_tokens[-1].word in lx.CONSTRUCT_NOUNS)
            )
            # A second word with the article is a name part only in known names ("دير الزور").
            if second_definite and not doc.gazetteer.lookup(
                doc.norm.text[name_tokens[0].start : token.end].split(" ", 1)[0] + " " + plain
            ):
                break
            if (
                proper_only
                and not name_tokens
                # "في تردين والحدادة": after a first name, a name with the article continues the list.
                and (
                    (plain.startswith("ال") and not listed and not article_first)
                    or (len(plain) < 3 and plain not in lx.CONSTRUCT_NOUNS)  # "تل أحمر" is a name
                    # "باب" alone is no name, "باب الطاقة" is: a construct noun is judged with what follows.
                    or (plain in lx.GENERIC_PLACE_WORDS and plain not in lx.CONSTRUCT_NOUNS)
                    # ("أحياء بينها بستان القصر والجلوم": in a list of quarters, a target noun before a
                    # definite word opens a quarter's name.)
                    or (
                        plain in lx.COMMON_TARGETS
                        and not (
                            precision == "neighbourhood"
                            and j + 1 < len(toks)
                            and toks[j + 1].text.startswith("ال")
                            and toks[j + 1].text not in lx.NAME_ADJECTIVES
                        )
                    )
                )
            ):
                return mentions
            name_tokens.append(token)
            j += 1
        if not name_tokens:
            following = _next_quoted_item(toks, i, quote_end)
            if following < 0:
                break
            i = bare_first = following
            continue
        # "بلدة كفرزيتا صباحا": when the whole is unknown but a shorter start is a known name, cut there.
        trailing_adjectives = all(
            token.text in lx.FACILITY_ADJECTIVES or token.text in lx.NAME_ADJECTIVES for token in name_tokens[1:]
        )
        if len(name_tokens) > 1 and not trailing_adjectives and not doc.gazetteer.lookup(_joined(doc, name_tokens)):
            for size in range(len(name_tokens) - 1, 0, -1):
                start_of = _joined(doc, name_tokens[:size])
                known = doc.gazetteer.lookup(start_of)
                # ("قريتي رقة سمرة ورطلة": "رقة" is the city "الرقة" only without its article; the
                # village's name goes on.)
                if known and not (
                    not start_of.startswith("ال")
                    and all(normalize_name(entry.name_ar).startswith("ال") for entry in known)
                ):
                    # "بلدة الغارية الغربية صباحا": the adjectives after the known name stay in it.
                    while size < len(name_tokens) - 1 and name_tokens[size].text in lx.NAME_ADJECTIVES:
                        size += 1
                    j -= len(name_tokens) - size
                    name_tokens = name_tokens[:size]
                    break
        first = name_tokens[0]
        offset = first.start + (len(first.text) - len(_strip_proclitics(first.text)))
        if i == bare_first or (first.text in _WAW_NOUNS and _as_written_valley(doc, first)):
            offset = first.start
        elif listed and first.text[0] in lx.CONJUNCTIONS:
            offset = first.start + 1
        name_end = name_tokens[-1].end
        core = list(name_tokens)
        while len(core) > 1 and core[-1].text in lx.FACILITY_ADJECTIVES:
            core.pop()
        core_end = core[-1].end
        name = doc.norm.text[offset:core_end]
        if name in lx.GENERIC_PLACE_WORDS or len(name.replace(" ", "")) < 3:
            break
        entries = tuple(doc.gazetteer.lookup(name))
        if facility_start is not None:
            # "مطار دمشق الدولي" is the airport, not the city: a site the gazetteer knows by its full name.
            site = doc.gazetteer.lookup(f"{_which(facility_start.text, lx.FACILITIES)} {name}")
            entries = tuple(site) or entries
        if proper_only and not entries and not listed:
            # "في X" alone is too weak for an unknown name; a list ("في X وY"), a known name or a name
            # the text locates ("في جورين بسهل الغاب", "في X بريف حماة") is not.
            after_name = j
            if after_name < len(toks) and toks[after_name].text == "(":
                # "في الكبينة (الكبانة) بمنطقة جبل الأكراد": past its other name in brackets.
                after_name = next(
                    (k + 1 for k in range(after_name + 1, min(len(toks), after_name + 5)) if toks[k].text == ")"),
                    after_name,
                )
            nxt = toks[after_name] if after_name < len(toks) else None
            listed_next = nxt and (
                (nxt.text[0] in lx.CONJUNCTIONS and len(nxt.text) > 2)
                or (commas and (nxt.text in {"،", ","} or (nxt.text in _DASHES and after_name < quote_end)))
            )
            after = toks[after_name + 1] if after_name + 1 < len(toks) else None
            located = nxt and (
                (nxt.text[0] == "ب" and _located_by(nxt.text[1:]))
                # "تلمنس في ريف إدلب" ("على مدرسة في حي القصاع" names no place in "مدرسة").
                or (
                    nxt.text in {"في", "وفي"}
                    and after is not None
                    and (
                        after.word in lx.COUNTRYSIDE
                        or after.word in lx.PROVINCE
                        # ("في كرسعة في الريف الجنوبي": the countryside named before.)
                        or (
                            after.word == "الريف"
                            and after_name + 2 < len(toks)
                            and toks[after_name + 2].word in lx.DIRECTIONS
                        )
                    )
                )
            )
            if not (listed_next or located):
                return mentions
        start = offset
        if facility_start is not None and not mentions:
            # "لمطار أبو الظهور": the descriptor without the preposition before it.
            start = facility_start.end - len(_which(facility_start.text, lx.FACILITIES) or facility_start.text)
        if facility_start is not None and mentions:
            break
        mentions.append(
            _Mention(
                start=start,
                end=name_end,
                name_start=offset,
                name_end=core_end,
                entries=entries,
                precision=precision,
                article=name.startswith("ال"),
            )
        )
        listed = True
        i = j
        if i < len(toks) and toks[i].text in QUOTES:
            i += 1
        if i + 1 < len(toks) and toks[i].text in lx.NISBAS and toks[i + 1].text[0] == "و":
            i += 1  # "أحياء سليمان الحلبي وصلاح الدين": the list goes on after the adjective
        # ('“التمانعة – سكيك – التح”': a dash parts the names of a quoted list as a comma does.)
        comma = i < len(toks) and (toks[i].text in {"،", ","} or (toks[i].text in _DASHES and i < quote_end))
        if comma:
            i += 1
        if not single and i + 2 < len(toks) and toks[i].text == "و" and toks[i + 1].text in QUOTES:
            # 'مناطق "الشيخ لطفي" و"مساكن هنانو"': the next name in quotes, its "و" written apart.
            i += 2
            bare_first = i
            continue
        if comma and i + 1 < len(toks) and toks[i].text in QUOTES and toks[i + 1].text not in _PUNCT:
            i += 1  # 'قرى “قراموغ”، “جيشان”': the next name in quotes after the comma
        # ("، أم عدسة": a construct noun of two letters opens the next name.)
        if single or i >= len(toks) or (len(toks[i].text) < 3 and toks[i].text not in lx.CONSTRUCT_NOUNS):
            break
        if toks[i].text[0] != "و" and not (comma and (not proper_only or commas)):
            break  # after a descriptor, names also go on after a comma alone: "قرى X، Y، وZ"
        if comma and toks[i].text[0] != "و":
            bare_first = i  # ... each read as written: "بلدات مرتين، فيلون" (no "ف" to strip)
        following = toks[i].text[1:]
        if following in lx.SETTLEMENTS or following in lx.SETTLEMENT_LISTS or following in lx.FACILITIES:
            break
        if (
            following in lx.OUTSKIRTS
            and i + 1 < len(toks)
            and toks[i + 1].text[0] != "و"
            and not toks[i + 1].kinds & _DESCRIBES
            and toks[i + 1].text not in _PUNCT
        ):
            # "بلدات كنصفرة والفطيرة وأطراف البارة وبينين": the list goes on with the outskirts of a
            # town, whose name is read as written.
            i += 1
            bare_first = i
    return mentions


def _closing_quote(toks: list[_Token], opening: int) -> int:
    """The index of the quote that closes the one at ``opening`` within the sentence, or -1."""
    for k in range(opening + 1, min(len(toks), opening + 80)):
        if toks[k].text in QUOTES:
            return k
    return -1


def _next_quoted_item(toks: list[_Token], index: int, quote_end: int) -> int:
    """The start of the item after the next comma before ``quote_end``, or -1."""
    for k in range(index, quote_end - 1):
        if toks[k].text in {"،", ","}:
            return k + 1
    return -1


_WAW_NOUNS = frozenset(word for word in lx.CONSTRUCT_NOUNS if word.startswith("و"))
_DASHES = frozenset("-–—")
_ONE_OF_PLURAL = frozenset(("اخر", "احد", "احدي", "ابرز", "اهم", "اكبر"))
_OIL_OR_GAS = re.compile(r"\s+(?:النفطيه|الغازيه|للنفط|للغاز|النفط|الغاز)(?!\w)")
# What may open the list after "كل من": a quote, a bracket or a colon.
_LIST_OPENERS = frozenset((*QUOTES, "(", ":"))


def _as_written_valley(doc: _Document, token: _Token) -> bool:
    """Is "وادي" written as the noun ("وادي عين ترما"), not as "وأدى" (and it led), which normalises alike?"""
    written = doc.original(token.start, token.end)[2]
    return "أ" not in written and "إ" not in written


# "بأربعة براميل", "بعشرات البراميل": what a place was struck with, after its name.
_COUNTS_OF = frozenset(lx.NUMBER_WORDS) | frozenset(("عشرات", "العشرات", "مئات", "المئات", "عده", "عشره"))


def _ends_the_name_after(token: _Token) -> bool:
    """Does the token close the name before it: punctuation, "في", or where the place is ("بريف")?"""
    return token.text in _PUNCT or token.text in _LOCATED_IN or (token.text[0] == "ب" and _located_by(token.text[1:]))


def _named_ali(doc: _Document, name_tokens: list[_Token], token: _Token) -> bool:
    """ "قرية الشيخ علي", "تل علي": the name "علي" as written (with "ي"), after a word that opens a
    name; normalised, it reads as the preposition "على"."""
    return (
        token.text == "علي"
        and bool(name_tokens)
        and (name_tokens[-1].word in lx.CONSTRUCT_NOUNS or name_tokens[-1].word in _BEFORE_ALI)
        and doc.original(token.start, token.end)[2].endswith("ي")
    )


_KUNYA = frozenset(("ابو", "ام"))
_MARTYR = frozenset(("الشهيد", "الشهيده", "شهيد"))
_BEFORE_ALI = frozenset(("الشيخ", "شيخ", "السيد", "قبر", "مزار", "بني", "ابو", "الامام", "امام"))


@functools.lru_cache(maxsize=65536)
def _ends_a_name(word: str, plain: str) -> bool:
    """Is the token (``plain``: as the list reads it) a word no place name has: a stop word, a word
    that is not a name, a strike word?"""
    return _no_name_in(_word_forms(word) | {plain}, word)


def _cue_named_as_village(toks: list[_Token], index: int, word: str) -> bool:
    """Is the strike noun right after a singular settlement word its name ("قرية عدوان": Adwan, no
    aggression)? Not a verb, nor a noun with a proclitic or the article ("بلدات لقصف")."""
    return (
        index > 0
        and toks[index - 1].word in _SINGLE_SETTLEMENTS
        and _strip_proclitics(word) == word
        and not word.startswith("ال")
        and _is_cue_text(word)
        and lx.STRIKE_VERB.fullmatch(word) is None
    )


_STREETS = frozenset(("شارع", "دوار", "ساحه"))
_PURPOSES = frozenset(("انتاج", "تصنيع", "صناعه", "تخزين", "تكرير", "توليد", "معالجه", "تعبيه"))
_SINGLE_SETTLEMENTS = frozenset(("قريه", "بلده", "مدينه"))


@functools.lru_cache(maxsize=65536)
def _ends_a_name_as_written(word: str) -> bool:
    """The same for the word right after a descriptor, read without proclitics ("قرية وادي X" is no
    "و" before "أدى"); but a strike word keeps them ("بلدات لقصف براجمات الصواريخ")."""
    return _no_name_in(frozenset((word,)), None) or _is_cue_text(word)


def _no_name_in(forms: frozenset[str], word: str | None) -> bool:
    return (
        not forms.isdisjoint(lx.NAME_STOPS)
        or not forms.isdisjoint(lx.NOT_NAMES)
        or not forms.isdisjoint(lx.NOT_NAME_ADJECTIVES)
        or not forms.isdisjoint(lx.CLAUSE_VERBS)
        # "قصفت الطائرات سراقب، وقتل في القصف 30 شخصا": the harm, not a second place.
        or not forms.isdisjoint(lx.KILL_CUES)
        or not forms.isdisjoint(lx.DEAD_NOUNS)
        or not forms.isdisjoint(lx.WOUNDED_VERBS)
        # "ما تسبب في تدمير واسع": the damage, not a place.
        or not forms.isdisjoint(lx.DAMAGE_WORDS)
        # "ومدنيين اثنين في بلدة X": people counted, no place.
        or any((noun := lx.PERSON_NOUNS.match(form)) is not None and _persons(noun) != 1 for form in forms)
        # "قاعدة حميميم تعرضت لهجوم": the verb after the name.
        or not forms.isdisjoint(lx.WEAK_CUE)
        or any(lx.STRIKE_CUE.fullmatch(form) for form in (*forms, *((_bare(word),) if word else ())))
    )


def _located_by(word: str) -> bool:
    """Does ``word`` after "ب" say where a place is ("بريف", "بمدينة", "بجبل", "بالغوطة الشرقية")?"""
    return word in _locating_words()


@functools.cache
def _locating_words() -> frozenset[str]:
    """Construct nouns, countryside, province and settlement words, and the first words of the
    regions ("الغوطه" of "الغوطه الشرقيه")."""
    regions = (name.split()[0] for name in lx.REGIONS)
    # "بلدة حيان بالريف الشمالي", "حي الصاخور بالأحياء الشرقية": a countryside or part of a city
    # the context names.
    parts = ("الريف", "الارياف", "الاحياء", "القطاع", "المدينه", "البلده", "القريه")
    return frozenset().union(lx.CONSTRUCT_NOUNS, lx.COUNTRYSIDE, lx.PROVINCE, lx.SETTLEMENTS, regions, parts)


def _joined(doc: _Document, name_tokens: list[_Token]) -> str:
    first = name_tokens[0]
    start = first.start + len(first.text) - len(_strip_proclitics(first.text))
    return doc.norm.text[start : name_tokens[-1].end]


# An imperfect verb of the tenth form with an object pronoun: "تستخدمه", "يستهدفها".
_VERB_WITH_OBJECT = re.compile(r"[تي]ست\w{3,}(?:ه|ها|هم|هما)")


def _looks_like_verb(word: str) -> bool:
    """A past-tense verb that ends a list: "ومنطقة السكة واقتصرت الأضرار", "ودمرت", "وتزامن ذلك"."""
    if word.startswith("ال"):
        return False
    return (
        (len(word) >= 5 and word[0] in "اتي" and word.endswith(("ت", "وا")))
        # a three-letter root with the feminine ending: "دمرت", "قتلت"
        or (len(word) == 4 and word.endswith("ت") and not word.endswith("ات"))
        # the reciprocal form: "تزامن", "تواصل", "تصاعد"
        or (len(word) == 5 and word[0] == "ت" and word[2] == "ا")
    )


def _mention_governorates(mention: _Mention) -> list[str]:
    if mention.countryside_of:
        return [mention.countryside_of]
    codes = {entry.governorate for entry in mention.entries if entry.governorate}
    return sorted(codes) if len(codes) == 1 else []


def entry_governorates(entries: list[Entry]) -> set[str]:
    return {entry.governorate for entry in entries if entry.governorate}


def _km(a: Entry, b: Entry) -> float:
    """The distance between two places (an equirectangular approximation: a few km apart, as here)."""
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return math.inf
    x = math.radians(b.lon - a.lon) * math.cos(math.radians((a.lat + b.lat) / 2))
    return 6371.0 * math.hypot(x, math.radians(b.lat - a.lat))


# Within this of a governorate's seat a village lies in or at the border of that governorate.
_BORDER_KM = 40.0
# A town this large is known well enough for its only entry to be the one meant.
_WELL_KNOWN = 10000
# "بالريف الغربي" alone, not "بالريف الغربي لدير الزور" (which names its governorate).
_AGAIN = r"[وف]?(?:في\s+|ب)(?:الريف|الارياف)(?!\S)(?!(?:\s+\S+){1,2}?\s+ل)"
_COUNTRYSIDE_AGAIN = re.compile(rf"\s*[،,]?\s*{_AGAIN}")
_FROM_IT = re.compile(r"\s*(?:جنوب|شمال|شرق|غرب)ي?(?:ها|ه)(?!\w)")
_NEXT_CLAUSE = re.compile(rf"(?<!\S)(?:{'|'.join(lx.CLAUSE_OPENERS)}|[وف]?(?:{lx.STRIKE_VERB.pattern}))(?!\S)")
_LIST_JOINT = re.compile(r"\s*[،,]?\s*و?\s*(?:(?:ال)?(?:قريه|بلده|مدينه|قريتي|بلدتي|مدينتي|قرى|بلدات|مدن)\s+)?")
_COUNTRYSIDE_AGAIN_IN = re.compile(rf"(?<!\S){_AGAIN}")
# How many places on each side of a mention its sentence's context reads.
_CONTEXT_REACH = 40
# "وفي حمص، ...": a place named first in its sentence, after "في".
_FRONTED = re.compile(r"\s*[وف]?(?:في|ب)\s*")


class _Resolver:
    """Chooses each mention's entry and governorate from the context."""

    def __init__(self, doc: _Document, mentions: list[_Mention]):
        self.doc = doc
        self.mentions = mentions
        self._paragraphs: dict[int, list[str]] = {}
        # Mentions per sentence and per paragraph, so that context lookups stay linear in long texts.
        self.by_sentence: dict[int, list[_Mention]] = {}
        self.by_paragraph: dict[int, list[_Mention]] = {}
        for mention in mentions:
            sentence = doc.sentence_at(mention.start)
            if sentence is not None:
                self.by_sentence.setdefault(sentence.index, []).append(mention)
                self.by_paragraph.setdefault(sentence.paragraph, []).append(mention)
        # ... and their starts (mentions come sorted), for the mentions near one in a long sentence.
        self.starts_by_sentence = {
            index: [mention.start for mention in found] for index, found in self.by_sentence.items()
        }
        self._cities: dict[int, list[tuple[int, str, bool]]] = {}
        self._preceding: dict[int, list[str]] = {}
        self._countrysides: list[tuple[int, str]] | None = None
        self._city_starts: list[tuple[int, str]] | None = None
        self._support: dict[str, set[tuple[str, ...]]] | None = None
        self._explicit_by_sentence: dict[int, list[tuple[int, str]]] = {}
        self._moved_ids: dict[int, bool] = {}
        self._again: dict[int, bool] = {}
        self._stationed: dict[int, bool] = {}

    @_cached_property
    def placed_names(self) -> dict[str, str]:
        """The governorate of each unknown name where the article locates it ("بلدة كفرلاتا بريف إدلب"),
        for the other mentions of the same name ("تعرضت أطراف قرية كفرلاتا لهجوم")."""
        placed: dict[str, str] = {}
        text = self.doc.norm.text
        for mention in self.mentions:
            if mention.entries or mention.countryside_of:
                continue
            sentence = self.doc.sentence_at(mention.start)
            code = self._explicit_governorate(sentence, mention) if sentence is not None else None
            if code:
                placed.setdefault(text[mention.name_start : mention.name_end], code)
        return placed

    @_cached_property
    def article_counts(self) -> Counter[str]:
        """How many mentions of the article each governorate has (read for names of several places only)."""
        counts: Counter[str] = Counter()
        for mention in self.mentions:
            for code in _mention_governorates(mention):
                counts[code] += 1
        return counts

    @staticmethod
    def _explicit(mention: _Mention) -> bool:
        """Does the mention name a governorate: "ريف X", "محافظة X", or a city named like its governorate?"""
        return bool(mention.countryside_of) or any(entry.kind == "governorate" for entry in mention.entries)

    def _tiers(self, mentions: list[_Mention]) -> list[str]:
        codes: list[str] = []
        for mention in mentions:
            if self._explicit(mention) and not mention.locates_nothing and not self.where_forces_are(mention):
                codes.extend(
                    _mention_governorates(mention)
                    or [e.governorate for e in mention.entries if e.kind == "governorate"]
                )
        for mention in mentions:
            if mention.locates_nothing or self.where_forces_are(mention):
                continue
            if len(mention.entries) != 1 or not self._moved(mention):
                codes.extend(_mention_governorates(mention))
        # Only the order of first appearance counts: at most the 14 governorates, however many places.
        return list(dict.fromkeys(codes))

    def sentence_explicit(self, sentence: _Sentence, mention: _Mention) -> list[str]:
        """Governorates the text gives for this mention: "X بريف Y" right after it, or, for a
        neighbourhood, the city of the sentence ("أحياء ... في مدينة دير الزور")."""
        in_sentence = self.by_sentence.get(sentence.index, [])
        starts = self.starts_by_sentence.get(sentence.index, [])
        # After a list, the location is that of every name of it ("قرى X وY وZ بريف عفرين"); after
        # one name, not of the names before it ("حلب وكفرنبل بريف إدلب").
        end = max(mention.end, mention.list_end)
        text = self.doc.norm.text
        codes = []
        # The locators after it may be a chain ("بناحيتي X وY في عفرين"): a "و" inside a list of
        # locators does not end it.
        chain_end, chain_list_end = end, -1
        for m in in_sentence[bisect.bisect_left(starts, end) : bisect.bisect_right(starts, end + 60)]:
            # ('قرية “السعن الأسود” (3كم شرق تلبيسة)': a town a few km from it, right after it, says
            # which governorate it lies in.)
            measured = m.reference and m.start - end < 24 and "كم" in text[end : m.start]
            if m is mention or not (m.countryside_of or (m.locator and not m.reference) or measured):
                continue
            if self.where_forces_are(m):
                break  # "مخيم قاح، مشيرة إلى أن القصف مصدره قاعدة جنوبي حلب": the fire's origin locates nothing
            if re.search(r"(^|\s)و", text[chain_end : m.start]) and m.start > chain_list_end:
                continue
            if _NEXT_CLAUSE.search(text, end, m.start):
                break  # "وبلدة الجديدة غربها، كما استهدف قصف بلدة كفرتعال غربي حلب": another clause's
            chain_end, chain_list_end = m.end, max(chain_list_end, m.list_end)
            if m.countryside_of:
                codes.append(m.countryside_of)
            elif len(governorates := _mention_governorates(m)) == 1:
                # "بلدة المنصورة غرب حلب", "حي X في حمص": the place that locates it.
                codes.extend(governorates)
            elif not m.entries and len(governorates := entry_governorates(self._named_after(m))) == 1:
                # "منطقة البزورية في دمشق القديمة": the part of the city that locates it.
                codes.extend(governorates)
        # "بلدات عدة في ريف درعا، أبرزها الحراك والمليحة": the countryside the list picks its places out of.
        before = bisect.bisect_left(starts, mention.start)
        for m in reversed(in_sentence[max(0, before - _CONTEXT_REACH) : before]):
            if m.countryside_of:
                if _PICKED_OUT.match(text, m.end) and mention.start - m.end < 200:
                    codes.append(m.countryside_of)
                break
        if mention.precision == "neighbourhood":
            # (A city said after the quarter without "في" is of another clause: "... في منطقة المزرعة،
            # ..., هذا وشهدت مدينة درعا اشتباكات".)
            codes += [code for start, code, said_in in self._cities_of(sentence) if start < mention.start or said_in]
        if not codes and _FROM_IT.match(text, end):
            # "قرية كنصفرة جنوبها": south of the place named before it.
            for m in reversed(in_sentence[: bisect.bisect_left(starts, mention.start)]):
                if len(governorates := _mention_governorates(m)) == 1:
                    codes.extend(governorates)
                    break
        if not codes and _COUNTRYSIDE_AGAIN.match(text, end):
            # "بلدة حيان بالريف الشمالي": the countryside last named ("ريف حلب الغربي" before), or the
            # governorate the sentence named last before it ("وفي دير الزور، ... في بلدة X في الريف الشرقي").
            nearest = next(
                (
                    m
                    for m in reversed(in_sentence[: bisect.bisect_left(starts, mention.start)])
                    if m.countryside_of or (not m.descriptor and any(e.kind == "governorate" for e in m.entries))
                ),
                None,
            )
            if nearest is not None and not nearest.countryside_of:
                codes += [entry.governorate for entry in nearest.entries if entry.kind == "governorate"]
            else:
                codes += self._last_countryside(mention.start)
        return codes

    def _list_neighbour(self, sentence: _Sentence, mention: _Mention) -> str | None:
        """The governorate of the known place next to an unknown name in a list ("كفرنبل وحاس",
        "حاس وكفرنبل"), joined to it by "و" or a comma alone."""
        in_sentence = self.by_sentence.get(sentence.index, [])
        starts = self.starts_by_sentence.get(sentence.index, [])
        index = bisect.bisect_left(starts, mention.start)
        text = self.doc.norm.text
        for other in (
            in_sentence[index - 1] if index else None,
            in_sentence[index + 1] if index + 1 < len(in_sentence) else None,
        ):
            if other is None or other is mention or other.locates_nothing or other.countryside_of or other.locator:
                continue
            between = (
                text[other.end : mention.start] if other.start < mention.start else text[mention.end : other.start]
            )
            if not _LIST_JOINT.fullmatch(between):
                continue
            # ("أحياء الحمدانية وحلب الجديدة": a part of a known town, named after it, is known too.)
            codes = _mention_governorates(other) or sorted(entry_governorates(self._named_after(other)))
            if len(codes) == 1 and not (len(other.entries) == 1 and self._moved(other)):
                return codes[0]
        return None

    def _last_countryside(self, offset: int) -> list[str]:
        """The countryside named last before ``offset``; where none was, the one named soon after it
        ("... وقرية الزكاة في الريف الشمالي.\nوكثف الطيران غاراته على مناطق ريف حماة")."""
        if self._countrysides is None:
            self._countrysides = sorted((m.start, m.countryside_of) for m in self.mentions if m.countryside_of)
        index = bisect.bisect_left(self._countrysides, (offset, ""))
        if index:
            return [self._countrysides[index - 1][1]]
        if index < len(self._countrysides) and self._countrysides[index][0] - offset < 600:
            return [self._countrysides[index][1]]
        return []

    def _last_city(self, offset: int) -> list[str]:
        """The governorate of the city named last before ``offset`` ("مدينة X", or a capital): the
        caller asks before the sentence, in which a capital may be a source's seat ("مصدر في دمشق")."""
        if self._city_starts is None:
            self._city_starts = sorted(
                (m.start, entry.governorate)
                for m in self.mentions
                if not m.countryside_of and (m.descriptor in lx.CITY or any(e.kind == "governorate" for e in m.entries))
                for entry in m.entries[:1]
            )
        index = bisect.bisect_left(self._city_starts, (offset, ""))
        return [self._city_starts[index - 1][1]] if index else []

    def _cities_of(self, sentence: _Sentence) -> list[tuple[int, str, bool]]:
        """The cities of the sentence, (start, governorate, said to hold what comes before it): "أحياء
        ... في مدينة دير الزور", "وفي حمص، قصفت الطائرات حي X"."""
        if sentence.index not in self._cities:
            text = self.doc.norm.text
            self._cities[sentence.index] = [
                (
                    m.start,
                    entry.governorate,
                    _SAID_IN_TOWN.search(text, max(sentence.start, m.start - 6), m.start) is not None,
                )
                for m in self.by_sentence.get(sentence.index, [])
                if m.descriptor in lx.CITY or (not m.descriptor and _FRONTED.fullmatch(text, sentence.start, m.start))
                for entry in m.entries
                if entry.kind == "governorate"
            ]
        return self._cities[sentence.index]

    def sentence_context(self, sentence: _Sentence, mention: _Mention) -> list[str]:
        """Governorates the sentence names near the mention: explicit ones first, the nearest after it first."""
        in_sentence = self.by_sentence.get(sentence.index, [])
        starts = self.starts_by_sentence.get(sentence.index, [])
        # The nearest ones only: a sentence can run on for thousands of places.
        first_after = bisect.bisect_left(starts, mention.end)
        after = in_sentence[first_after : first_after + _CONTEXT_REACH]
        last_before = bisect.bisect_left(starts, mention.start)
        before = in_sentence[max(0, last_before - _CONTEXT_REACH) : last_before][::-1]
        return self._tiers([m for m in (*after, *before) if m is not mention])

    def preceding_context(self, sentence: _Sentence) -> list[str]:
        if sentence.index not in self._preceding:
            self._preceding[sentence.index] = self._preceding_context(sentence)
        return self._preceding[sentence.index]

    def _preceding_context(self, sentence: _Sentence) -> list[str]:
        """The governorates of the nearest of the three sentences before that names any: "وفي ريف
        حماة، قصفت المروحيات قرية الزكاة.\nوألقت المروحيات براميل على قرية الجنابرة" (a paragraph
        per sentence, as many sites write)."""
        for index in range(sentence.index - 1, max(-1, sentence.index - 4), -1):
            codes = self._tiers(self.by_sentence.get(index, []))
            if codes:
                return codes
        return []

    def paragraph_context(self, sentence: _Sentence) -> list[str]:
        if sentence.paragraph not in self._paragraphs:
            self._paragraphs[sentence.paragraph] = self._paragraph_context(sentence)
        return self._paragraphs[sentence.paragraph]

    def _paragraph_context(self, sentence: _Sentence) -> list[str]:
        around = self.by_paragraph.get(sentence.paragraph, [])
        return self._tiers(around)

    def resolve(self, sentence: _Sentence, mention: _Mention) -> tuple[Entry | None, str | None]:
        entry, code = self._resolve(sentence, mention)
        if entry is None and code is not None and mention.settlement:
            # A town or village the context places at Damascus ("بلدة جسرين في غوطة دمشق", "بلدتي
            # مسرابا (18 كم شرق دمشق)") lies in its countryside.
            code = _countryside_code(code)
        return entry, code

    def _resolve(self, sentence: _Sentence, mention: _Mention) -> tuple[Entry | None, str | None]:
        entries = list(mention.entries)
        if mention.countryside_of:
            return entries[0], mention.countryside_of
        nisba = self._nisba(mention)
        if nisba:
            # "حي جوبر الدمشقي": the text says where the place is, as "بريف دمشق" would.
            chosen = [entry for entry in entries if entry.governorate == nisba and entry.kind != "governorate"]
            return (max(chosen, key=lambda entry: entry.population) if chosen else None), nisba
        if entries:
            non_gov = [entry for entry in entries if entry.kind != "governorate"]
            if non_gov and (mention.descriptor or len(entries) > len(non_gov)):
                # "مدينة حلب" or a bare "حلب" is the city; "ريف حلب" was handled as countryside.
                entries = non_gov
            explicit_here = self.sentence_explicit(sentence, mention)
            names_governorate = any(entry.kind == "governorate" for entry in mention.entries)
            # A place the text puts at Damascus may lie in its countryside ("منطقة الكسوة جنوب دمشق").
            around = {*explicit_here, _countryside_code("SY-DI")} if "SY-DI" in explicit_here else explicit_here
            # (A site's name, an airbase's, names no other place.)
            unique = all(entry.kind == "site" for entry in entries)
            if (
                explicit_here
                and not names_governorate
                and not unique
                and entry_governorates(entries).isdisjoint(around)
            ):
                # The text says where this is, and no place of that name lies there: never pick one
                # elsewhere; keep the name in the governorate the text gives, for an analyst to place.
                return None, explicit_here[0]
            if len(entries) == 1:
                elsewhere = self._homonym_elsewhere(sentence, mention, entries[0])
                if elsewhere:
                    return None, elsewhere
                return entries[0], entries[0].governorate
            for code in self._ranked_context(sentence, mention):
                chosen = [entry for entry in entries if entry.governorate == code]
                if chosen:
                    return max(chosen, key=lambda entry: entry.population), code
            explicit = self._explicit_governorate(sentence, mention)
            if explicit:
                return None, explicit
            entry = max(entries, key=lambda entry: (entry.kind != "governorate", entry.population))
            # ("بلدة عين التينة" of Latakia and of Tartus, in a report on the countryside of Quneitra.)
            elsewhere = self._homonym_elsewhere(sentence, mention, entry)
            if elsewhere and all(entry.population < _WELL_KNOWN for entry in entries):
                return None, elsewhere
            return entry, entry.governorate
        ranked_context = self._ranked_context(sentence, mention)
        # "أحياء حمص القديمة", "حي حلب الجديدة": a part of a known town, named after it.
        named_after = self._named_after(mention)
        within = entry_governorates(named_after)
        explicit_here = self.sentence_explicit(sentence, mention)
        if explicit_here and within.isdisjoint(explicit_here):
            # "بلدة حيان بالريف الشمالي", and "بلدة الغارية الغربية بريف درعا" is not a part of the
            # Ghariyah of another governorate.
            return None, explicit_here[0]
        placed = self.placed_names.get(self.doc.norm.text[mention.name_start : mention.name_end])
        if placed and (not within or placed in within):
            return _town_in(named_after, placed), placed
        neighbour = self._list_neighbour(sentence, mention)
        if neighbour is not None and (not within or neighbour in within):
            # "قصفت الطائرات حلب، كما قصفت بلدات كفرنبل وحاس": Hass is where Kafranbel is.
            return _town_in(named_after, neighbour), neighbour
        # A part of a city named like its governorate is the city's wherever the context looks
        # ("أحياء حلب الشرقية"); a village named after another village ("الغارية الغربية") takes the
        # governorate the context names, if any.
        capital = any(entry.kind == "governorate" for entry in named_after)
        if not capital and within:
            # (The context near it first: a governorate the article names elsewhere, where the forces
            # that fired are, say, does not outrank the one the sentences around it name.)
            near = [
                *self.sentence_context(sentence, mention),
                *self.paragraph_context(sentence),
                *self.preceding_context(sentence),
            ]
            if near and near[0] not in within:
                return None, near[0]
        for code in [*ranked_context, *(sorted(within) if capital or not ranked_context else ())]:
            if code in within:
                # Placed at the town it is a part of: "أحياء حلب الشرقية" lie within a few km of Aleppo.
                return _town_in(named_after, code), code
        return None, ranked_context[0] if ranked_context else None

    def _homonym_elsewhere(self, sentence: _Sentence, mention: _Mention, entry: Entry) -> str | None:
        """The governorate the context names for a small village whose only known namesake lies in a
        governorate nothing else in the article names: the packaged gazetteer holds one "المنصورة"
        (Raqqa's), but "بلدة المنصورة" in a report on the countryside of Aleppo is Aleppo's."""
        if entry.population >= _WELL_KNOWN or entry.kind in ("governorate", "site"):
            return None
        # Named before it: "سراقب وكفرومة بريف حماة" locates the name after Saraqib, not Saraqib.
        # Only a countryside or a province: a capital may be a source's seat ("مصدر أمني في دمشق").
        named = [code for start, code in self._explicit_codes(sentence.index) if start < mention.start]
        if not named and (
            self._countryside_again(sentence) or (mention.settlement and not _in(mention.descriptor, lx.CITY))
        ):
            # "... وبلدة المنصورة ومنطقة الراشدين بالريف الغربي": the countryside named before; so
            # for a village the text calls one ("وقرى المنصورة وتل واسط" after "ريف حماة الغربي").
            named = self._last_countryside(sentence.start)
        if (
            not named
            and mention.precision == "neighbourhood"
            and mention.descriptor not in _AREA_WORDS
            # ("حي X في مدينة Y": the city it names, known or not.)
            and not _IN_A_CITY_AFTER.match(self.doc.norm.text, max(mention.end, mention.list_end))
        ):
            # "غارات على مدينة دير الزور. وطالت الغارات أحياء الحميدية والعمال": a quarter is one of
            # the city the report is on, not a town of its name elsewhere (an area, "منطقة", may be either).
            named = self._last_city(sentence.start)
        if not named or entry.governorate in named:
            return None
        if self._support is None:
            self._support = {}
            for m in self.mentions:
                for code in _mention_governorates(m):
                    self._support.setdefault(code, set()).add(tuple(e.key for e in m.entries))
        if self._support.get(entry.governorate, set()) - {tuple(e.key for e in mention.entries)}:
            return None
        # A namesake close to the governorate named is the village itself, on the other side of a
        # border the text is loose about ("كفرناسج" of Daraa, in a report on the Quneitra front).
        # (Not a common noun's namesake: "والسجن" in a list of Daraa's villages is its prison, not
        # Sweida's village.)
        named_governorate = self.doc.gazetteer.governorate_entry(named[-1])
        name = self.doc.norm.text[mention.name_start : mention.name_end]
        if (
            named_governorate is not None
            and name not in lx.COMMON_NOUN_TOWNS
            and _km(entry, named_governorate) < _BORDER_KM
        ):
            return None
        return named[-1]

    def _countryside_again(self, sentence: _Sentence) -> bool:
        if sentence.index not in self._again:
            text = self.doc.norm.text
            self._again[sentence.index] = text.find("الري", sentence.start, sentence.end) != -1 and (
                _COUNTRYSIDE_AGAIN_IN.search(text, sentence.start, sentence.end) is not None
            )
        return self._again[sentence.index]

    def where_forces_are(self, mention: _Mention) -> bool:
        """ "أطلقتها التنظيمات المنتشرة في حي القابون والغوطة الشرقية": where the fire came from, which
        locates nothing else."""
        key = id(mention)
        if key not in self._stationed:
            # (The "و" of "والغوطة الشرقية" joins the place to the one the forces are in.)
            before = self.doc.norm.text[max(0, mention.start - 40) : mention.start].rstrip(" و").split()
            # ("المتمركزة في كل من (تل بزاق": the list of the places the forces are in.)
            if "من" in before[-4:]:
                before = _without_all_of(before)
            # ("من اتجاه الجولان": where the jets fired from locates nothing either, nor "القصف مصدره
            # قاعدة تل عزام جنوبي حلب".)
            self._stationed[key] = (
                _stationed_in(before)
                or _came_from(before)
                or not _FIRE_CAME_FROM.isdisjoint(before[-6:])
                # ("من مواقعه في معسكر الشيخ حديد": the positions the fire came from.)
                or _from_positions(before[-4:])
                # ("المتمركزة في مطار الثعلة العسكري بريف السويداء": the countryside of that place.)
                or (mention.countryside_of is not None and self._locates_where_forces_are(mention))
            )
        return self._stationed[key]

    def _locates_where_forces_are(self, mention: _Mention) -> bool:
        """Does the countryside locate the place named right before it, where the forces are?"""
        sentence = self.doc.sentence_at(mention.start)
        if sentence is None:
            return False
        in_sentence = self.by_sentence.get(sentence.index, [])
        k = bisect.bisect_left(self.starts_by_sentence.get(sentence.index, []), mention.start) - 1
        if k < 0:
            return False
        previous = in_sentence[k]
        between = self.doc.norm.text[previous.end : mention.start]
        # (Not through a chain of countrysides: one place, then where it lies.)
        return (
            previous.countryside_of is None
            and _LOCATOR_OF_PLACE.fullmatch(between) is not None
            and self.where_forces_are(previous)
        )

    def _moved(self, mention: _Mention) -> bool:
        """Is the mention a small village's name the context places elsewhere than its only entry?"""
        if len(mention.entries) != 1 or mention.countryside_of or self._explicit(mention):
            return False
        key = id(mention)
        if key not in self._moved_ids:
            sentence = self.doc.sentence_at(mention.start)
            self._moved_ids[key] = sentence is not None and bool(
                self._homonym_elsewhere(sentence, mention, mention.entries[0])
            )
        return self._moved_ids[key]

    def _explicit_codes(self, index: int) -> list[tuple[int, str]]:
        """Where a sentence names a countryside or a province ("ريف X", "محافظة X"), and whose."""
        if index not in self._explicit_by_sentence:
            self._explicit_by_sentence[index] = [
                (m.start, m.countryside_of) for m in self.by_sentence.get(index, []) if m.countryside_of
            ]
        return self._explicit_by_sentence[index]

    def _ranked_context(self, sentence: _Sentence, mention: _Mention) -> list[str]:
        """The governorates the context names, nearest first: the sentence, the paragraph, the
        sentences before, the article."""
        return [
            *self.sentence_context(sentence, mention),
            *self.paragraph_context(sentence),
            *self.preceding_context(sentence),
            *[code for code, _ in self.article_counts.most_common()],
        ]

    def _named_after(self, mention: _Mention) -> list[Entry]:
        """The known town an unknown name is made of, with adjectives after it ("حمص القديمة")."""
        words = self.doc.norm.text[mention.name_start : mention.name_end].split()
        if len(words) < 2 or words[-1] not in lx.NAME_ADJECTIVES:
            return []
        while len(words) > 1 and words[-1] in lx.NAME_ADJECTIVES:
            words.pop()
        return self.doc.gazetteer.lookup(" ".join(words))

    def _nisba(self, mention: _Mention) -> str | None:
        """The governorate of the adjective right after the name ("الدمشقي", "الحلبية"), if any."""
        text = self.doc.norm.text
        if not text.startswith(" ", mention.name_end):
            return None
        following = text[mention.name_end : mention.name_end + 16].split(maxsplit=1)
        return lx.NISBAS.get(following[0].rstrip(_PUNCT_CHARS)) if following else None

    def _explicit_governorate(self, sentence: _Sentence, mention: _Mention) -> str | None:
        """The governorate that "بريف X" / "في محافظة X" right after the mention names."""
        # (The sentence's mentions come sorted: only those starting in the 40 characters after it.)
        in_sentence = self.by_sentence.get(sentence.index, [])
        starts = self.starts_by_sentence.get(sentence.index, [])
        limit = min(sentence.end, mention.end + 40)
        for k in range(bisect.bisect_left(starts, mention.end), len(starts)):
            if starts[k] >= limit:
                break
            if in_sentence[k].countryside_of:
                if self.where_forces_are(in_sentence[k]):
                    break  # "حي X في دمشق، مصدرها الغوطة الشرقية": where the fire came from
                return in_sentence[k].countryside_of
        return None


_CAME_FROM_PLACE = frozenset(
    (
        "نازح", "نازحه", "نازحون", "نازحين", "النازح", "النازحه", "النازحين", "مهجر", "مهجرون", "مهجرين",
        "المهجرين", "ينحدر", "تنحدر", "المنحدر", "المنحدرين", "فار", "فارين", "الفارين", "فروا", "نزحوا", "نزح",
    )
)  # fmt: skip


def _town_in(entries: Sequence[Entry], code: str) -> Entry | None:
    """The most populous town of ``entries`` in governorate ``code``, if any."""
    towns = [entry for entry in entries if entry.governorate == code and entry.kind != "governorate"]
    return max(towns, key=lambda entry: entry.population, default=None)


def _without_all_of(words: list[str]) -> list[str]:
    """The words before a place without "كل من", an opening bracket or quote, or the first word of
    the place's name ("في كل من (تل" -> "في")."""
    words = [word.strip('("“«') for word in words]
    words = [word for word in words if word]
    if words and words[-1] in lx.CONSTRUCT_NOUNS:
        words = words[:-1]
    if words[-2:] == ["كل", "من"]:
        words = words[:-2]
    return words


def _stationed_in(words: list[str]) -> bool:
    """Do the words before a place say forces are stationed there ("المتمركزة في مدينة X", "المتمركزة
    بسد X": "ب" glued to the place or its descriptor)?"""
    return not lx.STATIONED.isdisjoint(words[-4:]) and (
        "في" in words[-3:]
        or "علي" in words[-3:]  # "المتواجدة على حاجز X", "المتمركزة على أطراف X"
        or words[-1] in lx.STATIONED
        or (len(words) > 1 and words[-2] in lx.STATIONED and words[-1].startswith("ب"))
    )


def _by_way_of(near: list[str]) -> bool:
    """Do the words before a place go through it ("عبر مطاري دمشق و...")? Not where "على" or "في"
    follows "عبر" ("غارات عبر الحدود على X")."""
    after = near[len(near) - near[::-1].index("عبر") :]
    return not any(word in ("علي", "في", "الي") for word in after)


def _came_from(words: list[str]) -> bool:
    """Do the words before a place say the strike came from or over it ("من اتجاه الجولان", "من
    فوق شمال الجولان", "صواريخ عبرت أجواء محافظة إدلب")?"""
    if not words or words[-1] not in _OVER_WORDS:
        return False  # (most places: the last word tells at once)
    if words[-1] in lx.PROVINCE:
        words = words[:-1]
    if words and words[-1] in lx.COMPASS_WORDS:
        words = words[:-1]
    return len(words) >= 2 and words[-1] in lx.FROM_DIRECTION and words[-2] in _FROM_OR_OVER


_FROM_OR_OVER = frozenset(("من", "عبر", "عبرت", "تعبر", "يعبر", "اخترقت", "اخترق"))
_OVER_WORDS = lx.FROM_DIRECTION | lx.COMPASS_WORDS | lx.PROVINCE


def _after_strike(before: _Sentence, sentence: _Sentence) -> bool:
    """Does the sentence tell of people killed or things destroyed, right after a sentence that
    reports strikes, with nothing else to do it ("وقصفت الطائرات ريف حمص الشمالي. وقتل ثلاثة مدنيين
    في تير معلة", "... كما تم تدمير مستودعات في منطقة X")?"""
    if sentence.strike_positions or not before.strike_positions or sentence.paragraph - before.paragraph > 1:
        return False
    words = sentence.words
    return (
        # (A blast, a bomb or a quake killed them where a strike word was cancelled or none was said.)
        not sentence.token_kinds & (_CUE | _GROUND)
        and not _HARM_WORDS.isdisjoint(words)
        and lx.NOT_STRIKE_KILLINGS.isdisjoint(words)
        and lx.NOT_STRIKE_BLASTS.isdisjoint(words)
        # "لقي 10 أشخاص مصرعهم في حلب إثر انهيار بناية": a cause of its own, no strike.
        and lx.CAUSE_WORDS.isdisjoint(words)
        and lx.CLASH_WORDS.isdisjoint(words)
        and "منذ" not in words
    )


def _fired_towards(sentence: _Sentence, cue: int | None, index: int, near: list[str]) -> bool:
    """ "غارات جوية نفذتها المسيرات باتجاه مدينة عين العرب": strikes, not forces, sent towards the
    place, a few words after the strike word, with no word of moving or advancing between."""
    if cue is None or index - cue > 12 or lx.TOWARDS.isdisjoint(near):
        return False
    # ("قصفت الطائرات مطار التيفور باتجاه منطقة التنف": the target named before, and where it lies.)
    # (The word of direction may come before the strike word: "نحو قصف مدينة X".)
    towards = next((k for k in range(index - 1, cue, -1) if sentence.words[k] in lx.TOWARDS), cue)
    if any(token.kinds & _DESCRIBES for token in sentence.tokens[cue + 1 : towards]):
        return False
    # ("ونزح الأهالي جراء القصف باتجاه مدينة X": people fled there.)
    clause = sentence.words[max(0, cue - 6) : index]
    return lx.MOVING_WORDS.isdisjoint(clause) and all(
        word in lx.TOWARDS or word not in lx.ADVANCE_WORDS for word in clause
    )


def _said_in(sentence: _Sentence, mention: _Mention) -> int | None:
    """The index of the token before "في X" / "في بلدة X" / "بقرية X" (what happened there comes
    before it), or None where the place is not said with "in"."""
    before_name = _token_index(sentence, mention.start) - 1
    if before_name > 0 and sentence.tokens[before_name].text in _NAME_OPENERS:
        before_name -= 1  # 'في بلدة "X"', "في بلدة (X)"
    return _in_before(sentence.tokens, before_name)


_NAME_OPENERS = frozenset((*QUOTES, "("))


def _in_before(toks: list[_Token], before_name: int) -> int | None:
    within = False  # "قتل شخصان في مزرعة بقرية X": "ب" on the descriptor says where, as "في" does
    if before_name >= 0 and toks[before_name].kinds & _DESCRIBES:
        descriptor = toks[before_name]
        within = descriptor.text.startswith(("ب", "وب"))
        before_name -= 1  # "في بلدة X"
        if not within and descriptor.text.startswith("و"):
            # "في مدينة تلبيسة وبلدة الغنطو": said in, as the place it is joined to is.
            for k in range(before_name, max(-1, before_name - 6), -1):
                if toks[k].text in _PUNCT:
                    break
                if toks[k].kinds & _DESCRIBES and not toks[k].text.startswith("و"):
                    return _in_before(toks, k)
    if before_name >= 1 and toks[before_name].text == "من" and toks[before_name - 1].text in ("كل", "وكل"):
        before_name -= 2  # "في كل من مدينة X"
    if within or (before_name >= 0 and toks[before_name].text in _LOCATED_IN):
        return before_name
    # "قتل مدنيان قرب قرية X جراء غارة": the harm was done near the place, as a strike near it hits it.
    if before_name >= 0 and toks[before_name].text in _NEAR_WORDS:
        return before_name
    if before_name >= 1 and toks[before_name].text == "من" and toks[before_name - 1].text in _NEAR_WORDS:
        return before_name - 1  # "بالقرب من"
    return None


_NEAR_WORDS = frozenset({"قرب", "وقرب", "بالقرب", "وبالقرب", "بمحيط", "وبمحيط"})


def _killed_there(sentence: _Sentence, mention: _Mention) -> bool:
    """Were people killed or things destroyed in the place, by the sentence's words ("وقتل ثلاثة
    مدنيين في بلدة X", 'كما تم تدمير "معهد علمي" وعدة مواقع أخرى في منطقة X')?"""
    before_name = _said_in(sentence, mention)
    return before_name is not None and not _HARM_WORDS.isdisjoint(
        sentence.words[max(0, before_name - 10) : max(0, before_name)]
    )


# Killed, died, or destroyed and damaged (said without a subject that could be anyone's: "تم تدمير",
# "تضررت").
_HARM_WORDS = lx.KILL_CUES | lx.DIED_VERBS | lx.DAMAGE_WORDS


# A toll counted over the war, not a strike: "خلال الأزمة", "منذ بداية الثورة", "خلال سنوات الحرب".
_WHOLE_WAR = re.compile(
    r"(?<!\S)(?:خلال|منذ\s+(?:بدايه|بدء|اندلاع))\s+(?:سنوات\s+)?(?:الازمه|الثوره|الحرب|النزاع|الصراع)(?!\S)"
)
_COUNT_OF_VICTIMS = re.compile(r"(?<!\S)(?:توثيق|وثق\S*|حصيله|اجمالي|مجموع|ضحيه|ضحايا)(?!\S)")


_FOREIGN_CAPITALS = "|".join(sorted(lx.FOREIGN_CAPITALS))
_CAPITAL_BEFORE = re.compile(rf"(?<!\S)(?:{_FOREIGN_CAPITALS})\s+و$")
_CAPITAL_AFTER = re.compile(rf"\s+و(?:{_FOREIGN_CAPITALS})(?!\w)")


def _beside_a_foreign_capital(sentence: _Sentence, mention: _Mention) -> bool:
    """Is the place joined to a foreign capital, the two governments ("موسكو ودمشق")?"""
    text, start, end = sentence.text, mention.start - sentence.start, mention.end - sentence.start
    return bool(_CAPITAL_BEFORE.search(text, max(0, start - 10), start) or _CAPITAL_AFTER.match(text, end))


def _from_positions(words: Sequence[str]) -> bool:
    """Do the words hold "من مواقعها", "انطلاقا من مقراته": the positions fire came from?"""
    return any(words[j] in lx.ORIGIN_NOUNS and words[j - 1] in {"من", "انطلاقا"} for j in range(1, len(words)))


def _caused_by_no_strike(sentence: _Sentence, index: int) -> bool:
    """ "قتل طفل في بلدة X نتيجة انفجار قنبلة من مخلفات القصف": the harm told at the place has a cause of
    its own, a strike word the rules read as no strike (a leftover's blast, fire at an aircraft)."""
    if not sentence.has_cancelled_cue:
        return False
    toks = sentence.tokens
    for k in range(index + 1, min(len(toks) - 1, index + 8)):
        if toks[k].text in _PUNCT:
            return False
        if toks[k].word in lx.CAUSE_WORDS:
            following = toks[k + 1]
            return bool(following.kinds & _CUE) and k + 1 not in sentence.strike_positions
    return False


def _strike_target(sentence: _Sentence, mention: _Mention, source_spans: list[tuple[int, int]]) -> bool:
    toks = sentence.tokens
    positions = sentence.strike_positions
    if not positions:
        return sentence.after_strike and _killed_there(sentence, mention)
    if sentence.text[:12].lstrip().startswith(("تتعرض", "وتتعرض", "يتعرض", "ويتعرض")) and _HABITUAL.match(
        sentence.text
    ):
        return False  # "وتتعرض عدد من المناطق لا سيما دمشق وحلب لسقوط قذائف": what goes on, no report
    if (
        ("منذ" in sentence.text or "خلال" in sentence.text)
        and _WHOLE_WAR.search(sentence.text)
        and _COUNT_OF_VICTIMS.search(sentence.text)
    ):
        return False  # "توثيق نحو 35 ألف ضحية خلال الأزمة نتيجة القذائف في ... دمشق وحلب": a war's toll
    index = _token_index(sentence, mention.name_start)
    # Inside a source's span ("مصدر أمني في دمشق"): the spans are in text order and do not overlap.
    holder = bisect.bisect_right(source_spans, (mention.name_start, float("inf"))) - 1
    if holder >= 0 and source_spans[holder][0] <= mention.name_start < source_spans[holder][1]:
        return False
    if _caused_by_no_strike(sentence, index):
        return False
    if mention.entries and _beside_a_foreign_capital(sentence, mention):
        return False  # "وقف إطلاق النار الذي أعلنته موسكو ودمشق": the governments, not the city
    # The nearest strike words before and after the mention (positions are sorted).
    split = bisect.bisect_left(positions, index)
    last_before = positions[split - 1] if split > 0 else None
    split_after = split + 1 if split < len(positions) and positions[split] == index else split
    first_after = positions[split_after] if split_after < len(positions) else None
    if last_before is not None and sentence.token_kinds & _OPENER:
        # "غارات على إدلب، فيما أصبحت أحياء في حلب في قبضة الجيش": a clause of its own, with no strike
        # word (or harm) of its own before the place, tells of something else.
        openers = sentence._openers
        k = bisect.bisect_right(openers, index) - 1
        opener = openers[k] if k >= 0 and openers[k] > last_before else None
        clause = sentence.words[opener:index] if opener is not None else []
        # ("فيما عثر على جثث 34 شخصا قرب دمشق": bodies found are no harm the strike did.)
        # ("، كما قضت امرأة في قرية X": the same strike's dead.)
        harm = any(lx.HARM.search(word) or word in lx.KILL_CUES for word in clause)
        if opener is not None and (not harm or not lx.FOUND.isdisjoint(clause)):
            last_before = None
    if (
        last_before is not None
        and first_after is None
        and "من" in sentence.words[last_before:index]
        and _HOURS_AFTER.search(sentence.text, toks[last_before].end - sentence.start, mention.start - sentence.start)
    ):
        # "وجاء القصف بعيد ساعات من هجوم نفذه التنظيم على مواقع قرب هجين": the event before the strike.
        last_before = None
    if last_before is None and first_after is None:
        return False
    # What stands between the nearest cue and the mention must not turn it into something else.
    window = toks[max(0, index - 6) : index]
    words = sentence.words[max(0, index - 6) : index]
    near = words[-3:]
    # "من مورك", "من بلدة مورك": the word before the name, or before its descriptor.
    before_name = near[:-1] if near and window[-1].kinds & _DESCRIBES else near
    if before_name and before_name[-1] in QUOTES:
        before_name = [word for word in words[-5:-1] if word not in QUOTES][-2:]  # 'تنسحب من "السويداء"'
    if _names_a_road(sentence, index):
        return False
    if "خارج" in near:
        return False  # "أهداف عسكرية خارج العاصمة دمشق": outside the place, not in it
    if _came_from(words):
        return False  # "من فوق الجولان", "من اتجاه البحر", "من أراضي الجولان"
    if len(before_name) >= 2 and (
        (before_name[-2] == "من" and before_name[-1] in _PEOPLE_OF)
        or (before_name[-1] == "من" and before_name[-2] in _COMING_FROM)
    ):
        return False  # "وهي من سكان بلدة الموحسن", "نازحون من قرية X": where people are from
    if "عبر" in near and _by_way_of(near):
        return False  # "تحويل الرحلات لتصبح عبر مطاري دمشق واللاذقية": the way through, not struck
    if before_name and _in(before_name[-1], _DISPLACED_OF):
        return False  # "والمأهولة بمهجري مدينة عفرين": where the people living there fled from
    # "ونقل الجرحى إلى مستشفى مدينة X": where the wounded were taken, not struck.
    to = next((j for j in range(index - 1, max(-1, index - 5), -1) if sentence.words[j] == "الي"), None)
    if to is not None and to > 0 and sentence.words[to - 1] in _IN_ADDITION:
        to = None  # "بالإضافة إلى أحياء X": in addition to, not where someone was taken
    if to is None and sentence.to_a_building:
        # "أسعف المصابون لمشفى المعبر الميداني في بلدة X": "ل" before a hospital is "إلى".
        to = next(
            (
                j
                for j in range(index - 1, max(-1, index - 6), -1)
                if toks[j].text[:1] == "ل" and toks[j].text[1:] in lx.BUILDINGS
            ),
            None,
        )
    # (Every reading of a word: "فروا" is not "و" after "ف", "وفر" is "فر" after "و".)
    if to is not None and any(_in(token.text, lx.TRANSPORT_WORDS) for token in toks[max(0, to - 8) : to]):
        return False
    # "قافلة متجهة من مدينة كوباني إلى سد تشرين": where the people struck on the way came from.
    if before_name and before_name[-1] == "من" and any(_in(token.text, lx.MOVING_WORDS) for token in window):
        return False
    # "ويقيم النازحون الفارون من القصف في مخيمات أطمة": where people live, in a sentence that reports
    # no strike with a verb before the place ("قصفت الطائرات مخيمات يقيم فيها النازحون في أطمة" does).
    if sentence.first_residence < index <= sentence.first_strike_verb and (
        (before_name and before_name[-1] in {"في", "ب"}) or (window and window[-1].text in {"في", "ب"})
    ):
        return False
    if not lx.ADVANCE_WORDS.isdisjoint(near) and not _fired_towards(sentence, last_before, index, near):
        return False
    if not lx.MEETING_WORDS.isdisjoint(words[-4:]):
        return False
    if before_name and before_name[-1] == "علي" and "سيطره" in near:
        return False  # "بعد يومين من سيطرة الثوار على مورك": taken on the ground, not struck
    if (
        before_name
        and before_name[-1] in {"من", "انطلاقا"}
        and (
            sentence.names_a_launch
            or not lx.ORIGIN_NOUNS.isdisjoint(words)
            # "بقصف صاروخي من معسكر ملوك": a base the fire came from.
            or mention.descriptor in _BASES
        )
    ):
        return False
    # "وسط قصف مدفعي من تلة حرفوش على منطقة الاشتباك": from one place onto another ("من قبل كتيبة
    # الهندسة في الرستن على مدينة الحولة": from the unit there).
    if (
        before_name
        and (before_name[-1] == "من" or (before_name[-1] == "في" and "من" in words[-6:-1]))
        and _ONTO.match(sentence.text, max(mention.end, mention.list_end) - sentence.start)
    ):
        return False
    # "نتيجة القصف الصاروخي من قوات النظام في معسكر جورين": where the forces that fired are.
    if (
        before_name
        and before_name[-1] == "في"
        and any(
            words[k] == "من" and (words[k + 1] in lx.GROUND_FORCES or window[k + 1].text in lx.GROUND_FORCES)
            for k in range(len(words) - 2)
        )
    ):
        return False
    # "وقصفت الشريط الحدودي من ديرك شرقا حتى منبج غربا": the ends of a stretch, neither struck itself.
    if before_name and (
        (before_name[-1] == "حتي" and "من" in words[-6:-1])
        or (before_name[-1] == "من" and _UNTIL_AFTER.match(sentence.text, mention.end - sentence.start))
    ):
        return False
    # "مشيرة إلى أن القصف مصدره قاعدة X", "رشقات كان مصدرها قرية Y": where the fire came from.
    if not _FIRE_CAME_FROM.isdisjoint(words[-4:]):
        return False
    # "من مواقعها في X": where the fire came from ("لقصف مواقع في X" is the target).
    if _from_positions(words[-5:]):
        return False
    if toks[index - 1].text in {"في", "ب"} if index > 0 else False:
        seat_window = words[-5:-1]
        # ("قال مصدر إن موقعا في X تعرض لعدوان": what the source says begins after "إن".)
        said = max((k for k, word in enumerate(seat_window) if is_complementiser(word)), default=-1)
        seat_window = seat_window[said + 1 :]
        if any(word in lx.SEAT_NOUNS or word.startswith("مصدر") for word in seat_window) and not any(
            _is_cue(token) for token in window[-5:]
        ):
            return False
    if _in_origin_clause(sentence, index):
        return False
    # "قصفت قوات النظام المتمركزة في مدينة سراقب بلدة آفس": where the forces are, not struck
    # ("المتمركزة في كل من (تل بزاق، ...": nor any of the places a list of them names).
    if _stationed_in(words) or ("من" in words[-4:] and _stationed_in(_without_all_of(words))):
        return False
    # "استشهاد الشاب علي وهو نازح من قرية الأربعين": where a person comes from.
    origin = words[:-1] if words and words[-1] in lx.SETTLEMENTS else words
    if len(origin) > 1 and origin[-1] == "من" and origin[-2] in _CAME_FROM_PLACE:
        return False
    # "الذي يؤوي الفارين من القتال في جنوب حلب وتدمر": where the people fled the fighting in.
    fled = sentence.words[max(0, index - 9) : index]
    fled_in = (
        -1 if _CAME_FROM_PLACE.isdisjoint(fled) else max((k for k, word in enumerate(fled) if word == "في"), default=-1)
    )
    # (Only the place's names, its compass word and "و" after "في": not "... في قصف على X".)
    if (
        fled_in > 1
        and any(fled[k] == "من" and fled[k - 1] in _CAME_FROM_PLACE for k in range(1, fled_in))
        and not any(_is_cue(token) or token.kinds & _DESCRIBES for token in toks[index - len(fled) + fled_in : index])
    ):
        return False
    if last_before is not None:
        # (The words just before the place: in a list of thousands, the strike word is far back.)
        start = max(last_before + 1, index - 30)
        between = sentence.words[start:index]
        # "... معربا عن خشيته من تكرار قصف حي X", "استهدفت الطاقم وهو يتجهز لاستهداف قرية X": what is
        # feared, threatened or attempted, after the strike told.
        if sentence.token_kinds & (_FEAR | _THREAT) and any(
            token.kinds & (_FEAR | _THREAT) for token in toks[start:index]
        ):
            return False
        # "قصف التحالف عقب اشتباكات على أطراف بلدة X": X is where the fighting was; "يأتي القصف بعد
        # اجتماع عقد في أنقرة لبحث الأوضاع في X": X is what a meeting was about.
        # "ردا على ..."، "وتزامن ذلك مع ...": what the strike answers, what happened at the same time.
        if not _BETWEEN_STOPS.isdisjoint(between) or _ground_offensive(between):
            return False
        if not lx.THE_CLASHES.isdisjoint(between) and any(
            word in lx.THE_CLASHES and (k == 0 or between[k - 1] not in lx.AREA_NOUNS) for k, word in enumerate(between)
        ):
            return False
        # "... التي يشنها الجيش، وسيطر خلالها على سبع قرى ... ورأس العين": taken, in a clause of its own.
        if sentence.tells_of_control and any(token.text in _TOOK_CONTROL for token in toks[start:index]):
            return False
        # "في قصف على الزبداني، وقتل ثلاثة في حلب برصاص الجيش": people killed in X by gunfire, not
        # by the strike named before them.
        if not lx.KILL_CUES.isdisjoint(_strip_proclitics(word) for word in between):
            end = _token_index(sentence, mention.end)
            if any(_strip_proclitics(word) in lx.NOT_STRIKE_KILLINGS for word in sentence.words[end : end + 4]):
                return False
        # "تعرضت مدينة البوكمال لغارات تركزت في محيط المنطقة الصناعية": parts of a town already named
        # ("تعرضت قرى جبل الزاوية لقصف تركز على البارة وكنصفرة" names the villages of an area).
        focus = next((start + j for j, word in enumerate(between) if word in lx.FOCUS_VERBS), None)
        return focus is None or not any(word in lx.SETTLEMENTS for word in sentence.words[:focus])
    # Mention before the strike word: only as the subject of a passive ("تعرضت مدينة X لغارات"), or
    # where the harm done there is said to come from the strike ("قتلى في X جراء غارات"), or fronted
    # as where the strikes of the clause fell ("وفي ريف اللاذقية، شنت الطائرات غارات على ...").
    if _passive_subject(sentence, index) and (
        _within_words(sentence, index, first_after, 12) or _names_joined_until(sentence, index, first_after)
    ):
        return True
    if _fronted(sentence, mention, first_after):
        return True
    if _struck_after_it(sentence, mention, first_after):
        return True
    # "في مدينة تلبيسة وبلدة الغنطو وقرية تير معلة، جراء قصف": the places joined to it share its cause.
    last = index
    for k in range(index + 1, first_after):
        token = sentence.tokens[k]
        if token.kinds & _DESCRIBES and token.text.startswith("و"):
            last = k
    if first_after - last > 20:
        return False
    # (Where the place is, "في سهل الغاب بريف حماة الشمالي الغربي،", does not part them.)
    gap = [
        token
        for token in sentence.tokens[last + 1 : first_after]
        if token.text not in _PUNCT and not token.kinds & _DESCRIBES and token.word not in lx.DIRECTIONS
    ]
    if len(gap) > 8:
        return False  # (the harm and its cause below are told within a few words of each other)
    cause = sentence.words[index + 1 : first_after]
    # Said to be in the place, after the harm done there: "قتل شخصان في بلدة X".
    before_name = _said_in(sentence, mention)
    # ("وقضت امرأتان في مدينة X، نتيجة القصف": died, as killed.)
    harmed = before_name is not None and any(
        lx.HARM.search(word) or word in lx.KILL_VERBS
        for word in sentence.words[max(0, before_name - 8) : max(0, before_name)]
    )
    # "جراء القصف", or the strike word with "ب": "قتل مدنيان في X، وآخران في Y، بقصف صاروخي".
    # "قتل خمسة في بلدة X بريف إدلب، حيث استهدفت الطائرات السوق": where the strike verb after it fell.
    caused = (
        not lx.CAUSE_WORDS.isdisjoint(cause[-3:])
        or sentence.tokens[first_after].text.startswith(("ب", "وب"))
        or ("حيث" in cause and lx.STRIKE_VERB.fullmatch(sentence.words[first_after]) is not None)
    )
    return harmed and caused


# Words that refer back to a place named before: "قصفت الطائرات البلدة".
_ANAPHOR_KINDS = {
    "المدينه": "town",
    "البلده": "town",
    "القريه": "town",
    "المخيم": "town",
    "الحي": "neighbourhood",
    "المطار": "town",
    # "في منطقة تل رفعت ... نتيجة قصف مدفعي على المنطقة": an area, of whatever precision it was named with.
    "المنطقه": "",
}
_ANAPHOR_QUALIFIERS = frozenset(word for word in lx.NOT_NAME_ADJECTIVES if word.startswith("ال")) | frozenset(
    ("الواقعه", "الواقع", "التابعه", "التابع", "الخاضع", "المستهدفه", "المذكوره", "المنكوبه")
)
# Anaphors that stand for a facility of their own kind only: "المطار" for "مطار حماة العسكري".
_ANAPHOR_DESCRIPTORS = {"المطار": "مطار", "المنطقه": "منطقه"}
# (After "ل" the article loses its alef: "قصف الطيران للحي".)
_ANAPHOR_WORDS = re.compile("(?:ال|لل)(?:" + "|".join(word[2:] for word in _ANAPHOR_KINDS) + ")")
# What an anaphor does not stand for: "المدينة" no village, "القرية" no city.
_CITY_WORDS = frozenset(word for word in lx.TOWNS_AND_VILLAGES if word.startswith("مد"))  # "مدينة", "مدن"
# ... nor a place named as an area ("نازحي منطقة عفرين ... واستمر القصف على المدينة").
# ... nor a facility named after its town ("أقلعت من مطار دير الزور ... قصف أحياء المدينة": another city).
_NOT_THE_ANAPHORS = {
    "المدينه": (lx.TOWNS_AND_VILLAGES - _CITY_WORDS) | lx.AREA_WORDS | lx.FACILITIES.keys(),
    "البلده": lx.AREA_WORDS | lx.FACILITIES.keys(),
    "القريه": _CITY_WORDS | lx.AREA_WORDS | lx.FACILITIES.keys(),
}


def _byline(doc: _Document, sentence: _Sentence) -> SourceMention | None:
    """The outlet of a report's opening line ("محافظة دير الزور- المرصد السوري لحقوق الإنسان::"), where
    the sentence opens a paragraph (the caller asks of the article's first three sentences only)."""
    if sentence.index and sentence.paragraph == doc.sentences[sentence.index - 1].paragraph:
        return None
    byline = byline_source(doc.norm.text, sentence.start)
    return byline if byline is not None and byline.end <= sentence.end else None


def _anaphoric_targets(
    doc: _Document, sentence: _Sentence, mentions_by_sentence: dict[int, list[_Mention]]
) -> list[tuple[_Mention, _Mention]]:
    """(the place, a stand-in at the anaphor) for each "البلدة", "المدينة" a strike word a few words
    before aims at, standing for the nearest place of its kind named before it: in the sentence, or in
    the two sentences before."""
    toks, positions = sentence.tokens, sentence.strike_positions
    found = []
    for i, token in enumerate(toks):
        kind = _ANAPHOR_KINDS.get(token.word)
        if kind is None:
            continue
        # "المدينة الصناعية", "البلدة القديمة": a name of its own, or part of one ("القرية الواقعة جنوبي
        # حلب" is the village, where it lies).
        if i + 1 < len(toks) and (
            (
                toks[i + 1].word.startswith("ال")
                and toks[i + 1].word not in _ANAPHOR_QUALIFIERS
                and toks[i + 1].word not in lx.NAME_STOPS  # "استهدفت المدينة اليوم"
            )
            # ("على المدينة ومناطق أخرى جوارها": the city, and other places beside it.)
            or (toks[i + 1].kinds & _DESCRIBES and not toks[i + 1].text.startswith("و"))
        ):
            continue
        cue = bisect.bisect_left(positions, i)
        if cue == 0 or i - positions[cue - 1] > 4 or any(t.text in _PUNCT for t in toks[positions[cue - 1] : i]):
            continue
        if not kind and toks[i - 1].text not in {"علي", "وعلي"}:
            continue  # "قصف على المنطقة" is the area struck; "بلدة عياش في المنطقة" says where the town is
        antecedent = None
        for index in range(sentence.index, max(-1, sentence.index - 3), -1):
            # The nearest first: walked back from the anaphor (mentions come in text order).
            named = mentions_by_sentence.get(index, [])
            antecedent = next(
                (
                    m
                    for m in reversed(named[: bisect.bisect_right(named, token.start, key=lambda m: m.start)])
                    if m.end <= token.start
                    and not m.countryside_of
                    and (m.precision == kind or not kind)
                    and (m.entries or m.descriptor)
                    and m.descriptor == _ANAPHOR_DESCRIPTORS.get(token.word, m.descriptor)
                    # ("قرية الكفير جنوب المدينة. كما استهدفت المدينة": the city, not the village.)
                    and m.descriptor not in _NOT_THE_ANAPHORS.get(token.word, ())
                ),
                None,
            )
            if antecedent is not None:
                break
        if antecedent is None:
            continue
        stand_in = replace(antecedent, start=token.start, end=token.end, name_start=token.start, name_end=token.end)
        found.append((antecedent, stand_in))
    return found


def _fronted(sentence: _Sentence, mention: _Mention, first_after: int) -> bool:
    """ "وفي ريف اللاذقية، شنت الطائرات غارات": the place opens the sentence after "في" and a comma,
    and the clause after the comma opens with a strike word."""
    toks = sentence.tokens
    start = _token_index(sentence, mention.start)
    if start >= 2 and toks[start - 1].kinds & _DESCRIBES:
        start -= 1  # "وفي مدينة دوما،"
    after = _token_index(sentence, mention.end)
    if start == 2 and toks[0].text in {"اما", "واما"} and toks[1].text == "في":
        # "أما في حي X فقد ألقت مروحية برميلا على ...": the place the rest of the sentence is about.
        # (Where it is may come between: "أما في حي X بمدينة حلب فقد ...".)
        return first_after - after <= 10 and any(
            toks[k].text == "فقد" or (k == first_after and toks[k].text.startswith("ف"))
            for k in range(after, min(first_after + 1, after + 5))
        )
    if start != 1 or toks[0].text not in {"في", "وفي"} or after >= len(toks):
        return False
    # "وفي ناحية كنسبا القريبة،", "وفي بلدة X بريف اللاذقية،": what it is like or where it lies, then
    # the comma that closes the fronted place.
    # ("وفي قرية أم شامة جنوبي شرقي السويداء،": a compass phrase says where it lies too.)
    if toks[after].text not in {"،", ","} and (
        toks[after].word in lx.NOT_NAME_ADJECTIVES
        or toks[after].text.startswith("ب")
        or toks[after].text == "في"
        or toks[after].word in lx.COMPASS_WORDS
    ):
        comma_at = next((k for k in range(after + 1, min(len(toks), after + 5)) if toks[k].text in _PUNCT), None)
        if comma_at is not None and toks[comma_at].text in {"،", ","} and comma_at < first_after:
            after = comma_at
    comma = toks[after].text in {"،", ","}
    if comma and after + 1 == first_after:
        return True
    # "وفي مدينة خان شيخون، قتل ثلاثة مدنيين بقصف مدفعي" (with or without the comma): the clause
    # opens with the harm done there, and the strike that did it follows within a few words.
    clause = after + 1 if comma else after
    opening = sentence.words[clause] if clause < len(toks) else ""
    # ("سقط قتيلان": the dead fell.)
    fell_dead = opening in _FELL and clause + 1 < len(toks) and sentence.words[clause + 1] in lx.DEAD_NOUNS
    if not (
        first_after - after <= 10
        and (lx.HARM.search(opening) is not None or opening in lx.KILL_CUES or fell_dead)
        and (
            toks[first_after].text.startswith(("ب", "وب"))
            or not lx.CAUSE_WORDS.isdisjoint(sentence.words[max(after, first_after - 3) : first_after])
        )
    ):
        return False
    # ("وفي مدينة X، قتل ثلاثة بقصف على بلدة Y": the strike fell on the town it names.)
    for token in toks[first_after + 1 : first_after + 8]:
        if token.text in _PUNCT:
            break
        if token.kinds & _DESCRIBES and not token.word.startswith("ال"):
            return False
    return True


_FELL = frozenset(("سقط", "سقطت", "وسقط", "وسقطت"))


# The strikes (or their attacker's adjective) right before a verb: "غارات أميركية تدمر", "الغارات تدمر".
_DESTROYS_AFTER = re.compile(
    r"(?<!\S)(?:غارات|الغارات|غاره|الغاره|ضربات|الضربات|صواريخ|الصواريخ|قذائف|القذائف|براميل|البراميل"
    r"|(?:ال)?(?:روسيه|اميركيه|امريكيه|اسرائيليه|تركيه|اردنيه|جويه|حربيه|صاروخيه|مدفعيه))\s+$"
)
_ORDINAL_AFTER = re.compile(r" (?:الاخيره|الاولي|الثانيه|الثالثه|الرابعه|العلويه|السفليه|الارضيه)(?!\S)")
_HOURS_AFTER = re.compile(r"(?<!\S)(?:بعد|بعيد|عقب)\s+(?:\S+\s+)?(?:ساعات|ساعه|ساعتين|ايام|يوم|يومين|اسبوع)\s+من\s")
_HABITUAL = re.compile(r"\s*و?[تي]تعرض\s+(?:عدد\s+من\s+)?(?:ال)?مناطق(?!\S)")
_FIRE_CAME_FROM = frozenset(("مصدره", "مصدرها", "مصدرهما", "مصدرهم"))


def _names_a_road(sentence: _Sentence, index: int) -> bool:
    """ "طريق حلب - دمشق": the towns name the road; "الطريق الدولي قرب مدينة X", "طريق X - Y في
    ريف Z" and "طريق X - Y شرقي Z": X and Z say where it was hit."""
    if not sentence.names_a_road:
        return False
    toks, words = sentence.tokens, sentence.words
    if (
        0 < index < len(toks)
        and toks[index].word != toks[index].text
        and toks[index].text[0] in lx.CONJUNCTIONS
        and words[index - 1] in lx.ROAD_WORDS
    ):
        return False  # "غارات على الطريق ومورك": the road and the town ("طريق X وY" is one road)
    for j in range(index - 1, max(-1, index - 6), -1):
        if words[j] in lx.ROAD_WORDS:
            # ("على طريق قرية سميع": the road of one village, named with its descriptor, is at it.)
            return not (
                j + 2 == index
                and words[j + 1] in lx.TOWNS_AND_VILLAGES
                and (index + 1 >= len(toks) or toks[index + 1].text not in _ROAD_JOINTS)
            )
        if (
            toks[j].text in _LOCATED_IN
            or words[j] in lx.NEAR_WORDS
            or words[j] in lx.COMPASS_WORDS
            or (toks[j].text.startswith("ب") and toks[j].kinds & _DESCRIBES)
        ):
            return False
    return False


_LOCATED_IN = frozenset({"في", "وفي", "داخل"})
_ROAD_JOINTS = frozenset("-–—/")  # "طريق بلدة X - بلدة Y": a road between two places


def _road_named(doc: _Document, mention: _Mention) -> bool:
    sentence = doc.sentence_at(mention.name_start)
    return sentence is not None and _names_a_road(sentence, _token_index(sentence, mention.name_start))


def _period_since(sentence: _Sentence, dates: _Dates) -> int | None:
    """The token index of "منذ" where the sentence gives a toll or a campaign since a time long past
    ("منذ بدء التدخل الروسي في أيلول 2015، قتلت الغارات آلاف المدنيين في إدلب"), with no day of its
    own: the places after it are background, not strikes ("بلدة X التي تشهد معارك منذ أشهر" says
    nothing of X itself); -1 where the sentence tells of years of strikes and reports none with a
    strike verb: all its places are background."""
    # ("لم تتعرض X لأي قصف منذ بدء الهدنة" stays what it is: a denial.)
    if sentence.index in dates.by_sentence or sentence.negations:
        return None
    if _OVER_YEARS.search(sentence.text) and sentence.first_strike_verb == len(sentence.words):
        # "آثار القصف الذي تعرضت له المدينة خلال السنوات الماضية": years of strikes, none of them
        # ("قصفت الطائرات مدينة X التي تعرضت لمئات الغارات خلال السنوات الماضية" reports one).
        return -1
    if "منذ" not in sentence.text:
        return None
    toks = sentence.tokens
    for i, token in enumerate(toks[:-1]):
        if token.text not in ("منذ", "ومنذ"):
            continue
        if not lx.SUPERLATIVES.isdisjoint(sentence.words[max(0, i - 3) : i]):
            continue
        following = toks[i + 1]
        if following.word in lx.SINCE_PERIODS or following.text.isdigit() or _month_name(following.word):
            return i
    return None


# ("منذ سنوات" frames only what comes after it: see "منذ" below.)
_OVER_YEARS = re.compile(r"(?<!\S)(?:خلال|طوال|مدى)\s+(?:السنوات|الاعوام|سنوات|اعوام)(?!\S)")


def _month_name(word: str) -> bool:
    return word in anchors().months


def _part_of_facility(part: _Mention, whole: _Mention, between: str) -> bool:
    """Is ``part`` an unknown square, street or yard inside the airport, port or prison ``whole``?"""
    return (
        not part.entries
        and lx.FACILITIES.get(part.descriptor) == "neighbourhood"
        and lx.FACILITIES.get(whole.descriptor) == "town"
        and between.strip() in {"في", "داخل", "ب"}
    )


def _outside(between: str) -> bool:
    """Does the text between two places put the first one next to the second, not in it?"""
    words = between.strip(" \"“”«»'").split()
    return bool(words) and (words[0] in lx.NEAR_WORDS or (words[0] in lx.COMPASS_WORDS and words[0] != "وسط"))


def _building_in(building: _Mention, place: _Mention, between: str) -> bool:
    """Is ``building`` an unknown hospital or mosque that the text puts inside the town or
    neighbourhood ``place`` ("مسجد X في حي Y", "مشفى X في مدينة Y")?"""
    return (
        not building.entries
        and building.descriptor in lx.BUILDINGS
        and not place.countryside_of
        and place.precision in ("town", "neighbourhood")
        # "مشفى X قرب بلدة Y", "مسجد X شرق Y": outside the place.
        and not _outside(between)
    )


def _after_unnamed_places(sentence: _Sentence, mention: _Mention) -> bool:
    """Is the mention the countryside of places left unnamed: "على مدن وبلدات قريبة في ريف دمشق"?"""
    index = _token_index(sentence, mention.start)
    for token in reversed(sentence.tokens[max(0, index - 10) : index]):
        if _in(token.text, lx.UNNAMED_PLACES):
            return True
        # ("اربع قرى واقعة تحت سيطرة التنظيم في ريف الحسكة": what the villages are, in between.)
        if token.text in _PUNCT or _is_cue(token):
            return False
    return False


def _names_joined_until(sentence: _Sentence, start: int, end: int) -> bool:
    """Are the tokens from ``start`` to ``end`` a list of names joined by "و" ("وتعرضت بلدة X وقرى Y
    وZ وW ... لقصف": the whole list is the subject)? Few words without "و", no verb, no mark but a
    comma."""
    if end - start > 60:
        return False
    loose = 0
    for token in sentence.tokens[start + 1 : end]:
        if token.text in _PUNCT:
            if token.text not in {"،", ","}:
                return False
        elif token.text[0] == "و" and len(token.text) > 2:
            if _looks_like_verb(token.text[1:]):
                return False
        elif not token.kinds & _DESCRIBES:
            loose += 1
    return loose <= 6


def _within_words(sentence: _Sentence, start: int, end: int, limit: int) -> bool:
    """Are at most ``limit`` of the tokens from ``start`` to ``end`` words ('قرى "X" و"Y"': quotes and a
    "و" written apart are none, nor an aside in brackets: "تعرض فجر اليوم (2 كانون الثاني 2023)، لقصف")?
    Read no further than it takes to tell."""
    if end - start <= limit:
        return True
    words, toks = 0, sentence.tokens
    depth = 0
    for k in range(start, end):
        text = toks[k].text
        if text == "(":
            depth += 1
        elif text == ")":
            depth = max(0, depth - 1)
        elif depth == 0 and text not in QUOTES and text != "و":
            words += 1
            if words > limit:
                return False
    return True


def _passive_subject(sentence: _Sentence, index: int) -> bool:
    """Is the token in the subject of "تعرضت" / "شهدت", up to six words before it with no
    punctuation between ("وتعرضت مواقع قوات النظام في ريف اللاذقية لقصف")?"""
    reach = 7
    position = index - 1
    while position >= max(0, index - reach):
        if sentence.tokens[position].text in QUOTES or sentence.tokens[position].text in ("و", "(", ")"):
            # ('قرى "X" و"Y"', "وأطراف اللواء (52)": the quotes, brackets and a "و" written apart are no words)
            reach += 1
        elif sentence.tokens[position].text in _PUNCT:
            # ('تعرض مطار "تيفور" لقصف': the quotes of a name are not a break.)
            # "وشهدت مناطق في ريف إدلب، ومنها سراقب وتفتناز، قصفا": the places picked out of the subject.
            following = sentence.tokens[position + 1].text if position + 1 < len(sentence.tokens) else ""
            # ("وتعرضت مدينة X، وقرية Y في ريف إدلب، إلى هجمات": a comma and "و" go on with the subject.)
            listed = sentence.tokens[position].text in {"،", ","} and following[:1] == "و"
            if not listed and not _INCLUDING.fullmatch(following):
                break  # (no verb before it across the mark; one after it may still say so)
            reach = 14
        elif sentence.words[position].startswith(_SUFFERED):
            return True
        elif sentence.tokens[position].text[0] == "و" and reach < 20:
            reach += 1  # ("وتعرضت مدينتي X وY وأطراف Z وبلدة W لقصف": the names of a list before it)
        position -= 1
    # "وكانت مدينة X قد تعرضت لغارات": the subject before its verb; "قريتي X وY في ريف حماة تعرضتا
    # لقصف": a list and where it lies before it (the verb itself then has no "و").
    # (The names of a list after it are no words of the clause: 'قرى "X وY وجسر بيت الراس وZ" في منطقة
    # سهل الغاب تعرضتا لقصف', the quotes of a name neither.)
    reach, position = 9, index
    while position + 1 < min(len(sentence.tokens), index + reach):
        position += 1
        token = sentence.tokens[position]
        if token.text in QUOTES:
            reach += 1
            continue
        if token.text[0] == "و" and len(token.text) > 2 and reach < 30:
            reach += 2
        if token.text in _PUNCT:
            # ("إن حي بابا عمرو في حمص، تعرض للقصف": a comma before the verb itself.)
            following = sentence.words[position + 1] if position + 1 < len(sentence.tokens) else ""
            return token.text in {"،", ","} and following.startswith(_SUFFERED) and position > index + 1

        if sentence.words[position].startswith(_SUFFERED) and (
            position < index + 4 or token.text.startswith(_SUFFERED)
        ):
            return True
    return False


# ("فكانت بلدة صيدا من أول المستهدفين بالبراميل": the targeted ones, as "تعرضت".)
_SUFFERED = ("تعرض", "شهد", "يتعرض", "تتعرض", "بتعرض", "لتعرض", "المستهدف")


def _struck_after_it(sentence: _Sentence, mention: _Mention, cue: int) -> bool:
    """ "منزل في مدينة X استهدفته غارة", "... دمرته غارة", "مستشفى في X بعدما طالته الغارات": a verb
    whose object pronoun stands for the place, or for what was hit in it, right after its name."""
    words = sentence.words
    position = _token_index(sentence, mention.end)
    # ("قرية X في ريف إدلب طالها القصف": after where it lies.)
    countryside = position + 1 if position < cue and words[position] == "في" else position
    if countryside + 1 < cue and words[countryside] in ("ريف", "ريفي"):
        position = countryside + 2
        while position < cue and words[position] in lx.DIRECTIONS:
            position += 1
    while position < cue and words[position] in _BEFORE_A_CLAUSE:
        position += 1
    if position == cue:
        verb = words[cue]
        return _object_pronoun(verb) != "" and (lx.STRIKE_VERB.match(verb) is not None or verb.startswith("طال"))
    return position + 1 == cue and _object_pronoun(words[position]) != "" and lx.HARM.match(words[position]) is not None


# What may open the clause of that verb: a relative pronoun or a conjunction of time.
_BEFORE_A_CLAUSE = frozenset(("الذي", "التي", "بعدما", "عندما", "حين", "حينما", "اثر", "بعد", "ان", "وقد", "قد"))


def _in_origin_clause(sentence: _Sentence, index: int) -> bool:
    """Is the token inside "من مراصدها في X وY،", the clause naming where the fire came from?"""
    if not sentence.may_name_an_origin:
        return False
    # The clause state before the last two tokens is read off once per sentence: a sentence can run
    # on for thousands of places. The last two are read here, since what opens a clause must come
    # before the token asked about.
    start = max(0, index - 2)
    open_clause = sentence.origin_clauses[start]
    for position in range(start, index):
        open_clause = _origin_step(sentence, position, open_clause, index)
    return open_clause


_SOURCE_OF_FIRE = frozenset(("مصدر", "ومصدر"))
# Between a place and the countryside that locates it: its adjectives ("العسكري") and "في".
_LOCATOR_OF_PLACE = re.compile(r"(?:\s+ال\S+){0,2}\s+(?:في\s+|ب)?")
_BASES = frozenset(("معسكر", "قاعده", "مطار"))
_TOOK_CONTROL = frozenset(("وسيطر", "وسيطرت", "وسيطروا", "واستعاد", "واستعادت", "واستعادوا"))
_UNTIL_AFTER = re.compile(r"\s+(?:\S+\s+)?حتي\s")
_ONTO = re.compile(r"\s*(?:علي(?!\s+يد)|باتجاه|نحو|تجاه)\s")
# Words between a strike word and a place that tell of something else there (see _strike_target).
# ("قصفت الطائرات X، وانفجرت قنبلة من مخلفات القصف في Y": what an old strike left exploded in Y.)
# ("وتزامنت الغارات مع إطلاق قنابل مضيئة في ريف X": where the flares were.)
_BETWEEN_STOPS = (
    lx.CLASH_WORDS
    | lx.MEETING_WORDS
    | lx.REASON_WORDS
    | lx.AT_THE_SAME_TIME
    | lx.LEFTOVERS
    | lx.FLARES
    # "وأن مجهولين اغتالوا ستة عناصر قرب بلدة كفريا": killed by gunmen, not struck.
    | frozenset(("اغتال", "اغتالوا", "اغتالت", "اغتيال", "باغتيال"))
)
_IN_ADDITION = frozenset(("الاضافه", "اضافه", "علاوه"))


def _ground_offensive(words: list[str]) -> bool:
    """ "هجوم بري": an offensive on the ground told between a strike word and a place."""
    noun, adjectives = lx.GROUND_OFFENSIVE
    return noun in words and any(a == noun and b in adjectives for a, b in itertools.pairwise(words))


def _origin_step(sentence: _Sentence, position: int, open_clause: bool, limit: int) -> bool:
    """The origin clause state after the token at ``position``, reading words before ``limit`` only."""
    toks, words = sentence.tokens, sentence.words
    word = words[position]
    if (
        toks[position].text in {"،", ",", ".", "؛", ":"}
        or word in {"علي", "الي", "باتجاه", "نحو"}
        # "انطلقت من قاعدة حميميم لقصف مواقع في X": the strike word turns to the target.
        or (open_clause and _is_cue(toks[position]) and not (position and words[position - 1] in _SOURCE_OF_FIRE))
    ):
        return False
    if (
        open_clause
        and position
        and toks[position].text == word
        and (word in lx.SETTLEMENT_LISTS or word in lx.OUTSKIRTS or word in lx.AREA_NOUNS)
        and words[position - 1] not in lx.NAME_STOPS
        and words[position - 1] not in lx.COMPASS_WORDS
    ):
        # "من مواقعها في معسكر جورين قرى الزيارة والعنكاوي": villages, outskirts or positions that no
        # preposition or conjunction ties to the origin's name start the object of the strike.
        return False
    if word in {"من", "انطلاقا"} and position + 1 < limit and _opens_origin(words, position + 1, limit):
        return True
    if word in _SOURCE_OF_FIRE and position + 1 < limit and _is_cue(toks[position + 1]):
        return True  # "مصدر القصف هو مقرات النظام في معسكر جورين": where the fire came from
    return open_clause


def _opens_origin(words: list[str], position: int, limit: int) -> bool:
    """Does the origin the word before ``position`` opens follow, in the words before ``limit``: an
    origin noun ("من مراصدها"), or "انطلقت من مناطق سيطرتها في X", the areas the fire came from?"""
    following = words[position]
    if following in lx.ORIGIN_NOUNS or not lx.ORIGIN_NOUNS.isdisjoint(_word_forms(following)):
        return True
    return following == "مناطق" and position + 1 < limit and words[position + 1].startswith(_HELD_BY)


# "مناطق سيطرتها", "مناطق انتشارها", "مناطق تواجدهم", "مناطق نفوذه": the areas a force holds.
_HELD_BY = ("سيطر", "انتشار", "تواجد", "تمركز", "نفوذ")


def _negated(sentence: _Sentence, mention: _Mention) -> bool:
    """Denied ("نفى ... أن تكون الطائرات قصفت") or negated ("لم تستهدف الغارات") strikes."""
    if not sentence.negations:
        return False
    index = _token_index(sentence, mention.name_start)
    for position, verb_only in sentence.negations:
        if position >= index:
            break
        if not verb_only:
            if any(token.word in lx.AFFIRMERS for token in sentence.tokens[position + 1 : index]):
                continue
            return True
        # "لم" negates only the verb next to it.
        following = sentence.tokens[position + 1 : position + 6]
        if following and following[0].word in lx.RESULT_VERBS:
            continue  # "لم يسفر القصف على X عن ضحايا": a strike that did no harm
        if following and following[0].word in _CEASE_VERBS:
            continue  # "ولم تتوقف غارات النظام، وتعرضت بلدة X لغارات": strikes that went on
        if following and _is_cue(following[0]):
            return True
        # "لم يتم قصف X", "لم يحدث قصف": the strike is what did not happen; "لم تصب الغارات أحدا": the
        # strikes, definite, are the subject of what did not happen.
        if len(following) > 1 and _is_cue(following[1]) and not following[1].word.startswith("ال"):
            return True
        # "لم تسجل أي غارات على X", "لم تشهد المدينة غارات": no strike was recorded there; but "لم تسجل
        # إصابات جراء الغارات على X" and "لم تسجل الغارات إصابات" record no harm from strikes that were.
        if following and following[0].word in lx.RECORD_VERBS:
            for other in following[1:]:
                # ("لم تسجل إصابات بغارات شنتها الطائرات على X": the harm is what was not recorded.)
                if other.word in lx.CAUSE_WORDS or (not _is_cue(other) and lx.HARM.search(other.word)):
                    break
                if _is_cue(other):
                    return not other.word.startswith("ال")
    return False


_CEASE_VERBS = frozenset(("تتوقف", "يتوقف", "تهدا", "يهدا", "تنقطع", "ينقطع", "تكف", "يكف"))


def _object_pronoun(word: str) -> str:
    return next((suffix for suffix in ("هما", "هم", "ها", "ه") if word.endswith(suffix)), "")


def _count_of(token: _Token) -> int | None:
    """The number a token writes, in digits or in words ("12", "١٢", "ستة")."""
    if token.text[0] in _DIGIT_CHARS:
        word = token.text.translate(_DIGITS)
        return int(word) if word.isdigit() else None
    return lx.NUMBER_WORDS.get(token.word)


_FAMILY_OF = lx.FAMILY_WORDS | {"مولفه", "مكونه", "من"}
# What may come between a word of killing and its count: "قتل في القصف", "قتل جراء الغارة".
_IN_OR_BY = lx.CAUSE_WORDS | {"في"}
# The words a count of the dead may start at: a number word or a word of killing.
# Two dead, said by the noun alone: "أدت لوقوع شهيدين", "سقوط قتيلين".
_TWO_DEAD = frozenset(word for word in lx.DEAD_NOUNS if word.endswith(("ين", "ان")))
_COUNT_OR_KILL = frozenset(lx.NUMBER_WORDS) | lx.KILL_CUES | lx.DUAL_DIED_VERBS | _TWO_DEAD


def _counts_killed(sentence: _Sentence) -> list[tuple[int, int]]:
    """(a number killed, the token index where the sentence says it), for every count of the dead."""
    toks = sentence.tokens
    found: list[tuple[int, int]] = []
    if not sentence.token_kinds & _COUNTS:
        return found
    words = sentence.words
    counted_until = 0  # the tokens of a count already read
    for i, token in enumerate(toks):
        if i < counted_until or not token.kinds & _COUNTS:
            continue
        count = _count_of(token)
        if count and i + 1 < len(toks):
            # "12 قتيلا"; "ستة مدنيين قتلوا".
            if words[i + 1] in lx.DEAD_NOUNS:
                found.append((count, i))
                counted_until = i + 2
                continue
            # "25 شخصا على الأقل قتلوا", "21 مدنيا، بينهم 5 أطفال، قتلوا".
            verb = i + 4 if words[i + 2 : i + 4] == ["علي", "الاقل"] else _after_among(words, i + 2)
            if (words[i + 1] in lx.KILLED_NOUNS or lx.PERSON_NOUNS.match(words[i + 1])) and (
                verb < len(toks) and words[verb] in lx.DIED_VERBS
            ):
                found.append((count, i))
                counted_until = verb + 1
                continue
        if words[i] in lx.DUAL_DIED_VERBS:
            found.append((2, i))  # "أن شخصين قتلا في مزرعة": a verb of two dead
            continue
        if words[i] in _TWO_DEAD and (i == 0 or not toks[i - 1].kinds & _COUNTS):
            found.append((2, i))  # "أدت لوقوع شهيدين" ("12 قتيلا" is read with its number)
            continue
        if words[i] in lx.TOLL_WORDS:
            # "ارتفعت حصيلة القتلى إلى 17", "ارتفع عدد الضحايا إلى سبعة", "ارتفع عدد القتلى جراء
            # الغارات على X إلى 15".
            if i + 3 < len(toks) and words[i + 1] in lx.TOLL_OF:
                to = next((j for j in range(i + 2, min(len(toks) - 1, i + 10)) if words[j] == "الي"), None)
                count = _count_of(toks[to + 1]) if to is not None else None
                if count and not any(token.text in _PUNCT for token in toks[i + 2 : to]):
                    found.append((count, i))
                    counted_until = to + 2
            continue
        # "أدى لمقتل", "أفاد بمقتل": the preposition is glued to a noun without the article.
        if words[i] not in lx.KILL_CUES and not (words[i][:1] in "لب" and words[i][1:] in lx.KILL_CUES):
            continue
        # "وقتل في القصف نحو 30 شخصا": the strike the dead fell in, before their count.
        if i + 2 < len(toks) and words[i + 1] in _IN_OR_BY and toks[i + 2].kinds & _CUE:
            i += 2
        total = 0
        # A number counts the dead once a noun of people follows it: "سقوط ثلاث قذائف" counts shells.
        pending = 0
        read = i + 1  # the token after the count
        family = i + 1 < len(toks) and words[i + 1] in lx.FAMILY_WORDS
        dual_before = False  # the token before was a noun of two people ("مدنيين")
        group = 0  # how many the noun before counted ("10 قتلى", "مدنيان"), whom the next noun may name
        apposed = 0  # ... of them, how many are yet to be named one by one ("مدنيان سيدة وطفل")
        for other in toks[i + 1 : i + 8]:
            read += 1
            word = other.text.translate(_DIGITS)
            plain = word[1:] if word[0] in lx.CONJUNCTIONS and len(word) > 2 else word
            if family and not pending and plain in _FAMILY_OF:
                continue  # "مقتل عائلة مؤلفة من خمسة أفراد": the family's members are counted
            if dual_before and word in _TWO:
                dual_before = False
                continue  # "مقتل مدنيين اثنين": the two already counted
            dual_before = False
            person = lx.PERSON_NOUNS.match(plain)
            if apposed and person and plain != word:
                apposed -= _persons(person) or apposed
                continue  # "... وطفل": the next of them
            apposed = 0
            if group and person and plain == word and not pending:
                # "10 قتلى مدنيين", "استشهاد مدنيين اثنين سيدة وطفل": who the counted dead were (a noun
                # without "و" right after them), not more of them.
                apposed = max(0, group - (_persons(person) or group))
                group = 0
                continue
            group = 0
            if plain.isdigit():
                pending += int(plain)
            elif plain in lx.NUMBER_WORDS:
                pending += lx.NUMBER_WORDS[plain]
            elif not pending and not total and plain in lx.APPROXIMATORS:
                continue  # "راح ضحيتها ما لا يقل عن عشرة مدنيين"
            elif pending and (person or plain in lx.KILLED_NOUNS or plain == "من"):
                # "12 مدنيا", "5 أشخاص", "3 من عناصر": the noun counted by the number before it.
                total += pending
                group, pending = pending, 0
                if plain == "من":
                    break
            elif pending:
                # "مقتل 3، وإصابة": a number that ends the phrase counts people too.
                total += pending if word in _PUNCT else 0
                break
            elif person:
                dual = _persons(person) == 2 or (not total and person.group(2) == "ين")
                total += 2 if dual else 1
                dual_before = dual
                group = 2 if dual else 0
            elif plain in lx.KILLED_NOUNS:
                continue
            else:
                break
        else:
            total += pending
        if total:
            found.append((total, i))
            counted_until = read
    return found


_TWO = frozenset(word for word, value in lx.NUMBER_WORDS.items() if value == 2)  # "اثنين", "اثنتان"


def _persons(noun: re.Match[str]) -> int | None:
    """How many people a noun of ``lx.PERSON_NOUNS`` names: 1 or 2, or None for a plural ("مدنيين"
    may be either: a plural where it is not the first noun of a count)."""
    suffix = noun.group(2) or ""
    if suffix in {"تين", "تان", "ان"} or (suffix == "ين" and noun.group(1) in lx.DUAL_STEMS):
        return 2
    return None if suffix == "ين" else 1


_BELONGING = re.compile("تابع|مقرب|موالي")
# What went on beside the strike told: "وتزامنا مع القصف الروسي"، "بالتزامن مع غارات".
_ALONG_WITH = r"(?:تزامنا|بالتزامن|تزامن)\s+مع\s+"
_ACCOMPANYING = re.compile(_ALONG_WITH + r"(?:\S+\s+){0,2}\S*$")
_ASIDE_MARKS = frozenset("،,()")  # what an aside on the dead may hold besides words


def _after_among(words: list[str], position: int) -> int:
    """The word after an aside on who the dead were at ``position`` ("، بينهم 5 أطفال،", "من عائلة
    واحدة بينهم أطفال ونساء", "بينهم طفلة (5 سنوات)،"), where a verb of their death follows it; else
    ``position``."""
    window = words[position : position + 9]
    if lx.DIED_VERBS.isdisjoint(window):
        return position  # (most counts: no verb of their death follows)
    for end, word in enumerate(window, position):
        if word in lx.DIED_VERBS:
            return end
        # ("خمسة مدنيين أصيبوا وقتل طفل": a harm of their own, not an aside on the dead.)
        if (word in _PUNCT and word not in _ASIDE_MARKS) or word in lx.KILL_CUES or lx.HARM.search(word):
            break
    return position


_BY_AGENT = re.compile(r"من قبل\s*$")
_ACCOMPANYING_AGENT = re.compile(_ALONG_WITH + r"(?:[^\s،,.]+\s+){0,4}من قبل\s*$")
# "استهداف النظام أحد المشافي": right after the verbal noun comes its agent ("استهداف جماعات
# المعارضة", with a noun between, is its object).
_AGENT_OF_NOUN = re.compile(r"(?:^|[\s\"“«])[وبل]?استهداف\s+$")
# Words before an actor that make it the target: "مواقع لتنظيم داعش", "ضد قوات النظام" (the
# preposition "ل", glued to the actor or alone; not the "ل" of "من قبل" or of the article).
_TARGET_NOUNS = (
    "مواقع|مقرات|مقر|ضد|عناصر|مسلحي|مقاتلي|جماعات|اليات|اهداف|هدفا|تابعه|منزل|منازل|بيت|سياره|تجمعات|تجمع|تحصينات|"
    "اوكار|معاقل|مستودعات|مراكز|نقاط|خطوط|دفاعات|"
    # "استهدفت مسيرة تركية موقعا لقوات الأسد": one position, the forces' (not "مواقع" alone).
    "موقع|موقعا|نقطه|حاجز|حاجزا|معسكر|معسكرا|ثكنه|"
    # "مقر هيئة أركان الجيش السوري", "مبنى قيادة الجيش": the army's headquarters, struck.
    "اركان|قياده|مبني"
)
_TARGET_OF = re.compile(
    rf"(({_TARGET_NOUNS})\s*|(^|[\sوف])لـ?\s*|(^|\s)و?علي\s+|({_TARGET_NOUNS})\s+(?:لـ?)?(قوات|ميليشيات|مليشيات)\s+)$"
)
# "مواقع تنظيم "داعش"", "مواقع متطرفي داعش", "مواقع لتنظيم داعش": the group's positions, with its noun
# between.
_GROUP_TARGET = re.compile(
    rf"(?:^|\s)(?:{_TARGET_NOUNS})(?:\s+(?:متطرفي|ارهابيي|مسلحي|عناصر|مقاتلي))?"
    rf"(?:(?:\s+ل?(?:تنظيم|جماعه|ميليشيا|مليشيا))?\s*[\"“”«»']|\s+ل?(?:تنظيم|جماعه|ميليشيا|مليشيا))\s*$"
)
_OUTLET_BEFORE = re.compile(r"(?:^|\s)[وف]?(?:بحسب|حسب|وفق|وفقا|ل|لـ|قناه|لقناه|موقع|مراسل|مراسله|شبكه)\s*$")
_GROUP_NOUN_BEFORE = re.compile(r"(?:تنظيم|جماعه|ميليشيا|مليشيا)\s*$")
# "الطيران الحربي التابع للنظام": the arms that belong to an actor are its, not its target.
_ARMS_OF = re.compile(
    r"(طيران|طاير|مقاتلات|مروحي|مدفعيه|راجمات|قوات|صواريخ|مسيره|مسيرات)\S*(\s+\S+)?\s+(ال)?تابع(ه)?\s*(لـ?\s*)?$"
)
# "مقتل ثلاثة عناصر من قوات النظام": the people hit belong to the actor.
_MEMBERS_OF = re.compile(
    r"(عناصر|عنصرا|عنصرين|عنصر|جنود|جنديا|جنديين|جندي|جنديان|مقاتلين|مقاتلي|افراد)\s+(من\s+)?(قوات|ميليشيات|صفوف)?\s*$"
    # "أوقعت قتلى وجرحى في صفوف القوات السورية": the dead were its.
    r"|(?:^|\s)(?:في|من|ب)\s+صفوف\s+(?:ال)?(?:قوات|ميليشيات|عناصر)?\s*$"
)
# "التكتم من قبل إعلام النظام", "وكالة أنباء النظام": the actor's media or sources speak, they strike
# nothing.
_VOICE_OF = re.compile(
    # ... and "مصادر مقربة من القوات الحكومية": sources close to it.
    r"(اعلام|انباء|قناه|تلفزيون|صحيفه|اذاعه|مصادر|مصدر|ناطق|متحدث باسم"
    r"|(?:مقربه|مقرب|مقربون|مقربين)\s+من(?:\s+(?:ال)?قوات)?)\s*$"
)
# A defence ministry or general staff, before the actor word of its country ("وزارة الدفاع التركية").
_DEFENCE_BEFORE = re.compile(r"(?:وزاره\s+(?:ال)?دفاع|رياسه\s+(?:ال)?اركان|هييه\s+(?:ال)?اركان)\s+(?:ال)?$")
# "حي الزهراء الخاضع لسيطرة النظام", "مناطق نفوذ الفصائل": who holds the place, not who struck it.
_BORDER_OF = re.compile(r"(?:^|\s)(?:ال)?حدود\s+(?:(?:ال)?سوريه\s+)?[-–]?\s*$")
_SEAT_OF = re.compile(r"(?:مقر|مبني|مجمع|بوابه|مدخل)\s+$")
_DESTROYING = re.compile(r"(?:^|\s)[وف]?ب?تدمير\s+$")
# Aircraft flying over or watching: "تحليق مكثف للطيران الروسي", "طائرات الاستطلاع التركية".
_WATCHING = re.compile(r"(?:تحليق|استطلاع)\S*(?:\s+\S+){0,2}\s*$")
_CONTROL_OF = re.compile(r"(?:سيطره|نفوذ|قبضه)\s*$")
# "مواقع كانت تستخدم من قبل الجيش السوري", "الفصائل المدعومة من تركيا": who used, held or backs a
# place or a force, not who struck.
_USED_BY = re.compile(
    r"(?:^|\s)(?:[تي]ستخدم(?:ها)?|استخدمت|(?:ال)?مستخدمه|[تي]ستعمل(?:ها)?|[تي]دار|(?:ال)?مداره|(?:ال)?مدعومه?"
    r"|(?:ال)?محتله|[تي]حتلها|[تي]شغلها)\s+من(?:\s+قبل)?\s*$"
)
# "قصف مدفعي وصاروخي لقوات الأسد": "ل" after the attack itself names whose attack it was.
_ATTACK_OF = re.compile(r"(?:^|\s)((?:\S+\s+){1,3})لـ?\s*$")


def _attack_of(before: str) -> bool:
    found = _ATTACK_OF.search(before)
    if found is None:
        return False
    words = found.group(1)
    return bool(lx.ATTACKER.search(words)) and not re.search(_TARGET_NOUNS, words)


def _actor_cues(text: str, starts: list[tuple[int, str]]) -> list[tuple[int, int, str]]:
    """(start, end, actor) of the attackers ``text`` names: an actor word right after an attack word
    ("طائرات روسية", "قصفت قوات النظام", "العدوان الإسرائيلي"); targets ("مواقع لتنظيم داعش") and
    other mentions ("وكالة أنباء النظام") are left out. ``starts``: (offset, actor) where the
    document's automaton pass saw an actor word begin, so that no pattern scans the text itself."""
    found = []
    offsets: dict[str, set[int]] = {}
    for offset, actor in starts:
        offsets.setdefault(actor, set()).add(offset)
    for actor, pattern in lx.ACTOR_CUES:
        if actor not in offsets:
            continue
        for match in _matches_at(pattern, text, sorted(offsets[actor])):
            before = text[max(0, match.start() - 30) : match.start()]
            if _TARGET_OF.search(before[-12:]) and not _ARMS_OF.search(before) and not _attack_of(before):
                continue
            if (before.rstrip()[-1:] in QUOTES or _GROUP_NOUN_BEFORE.search(before)) and _GROUP_TARGET.search(before):
                continue
            if "تدمير" in before and _DESTROYING.search(before):
                continue  # "توعدت إسرائيل بتدمير قوات الحكومة": what is to be destroyed
            if (
                _MEMBERS_OF.search(before)
                or _VOICE_OF.search(before)
                or _CONTROL_OF.search(before)
                or ("من" in before and _USED_BY.search(before))
            ):
                continue
            if "حدود" in before and _BORDER_OF.search(before):
                continue  # "قرب الحدود التركية": a country's border, not its arms
            if starts_two_word_outlet(text, match.start()) and _OUTLET_BEFORE.search(before):
                continue  # "بحسب روسيا اليوم", "مراسل روسيا اليوم": the channel, a source
            # "طائرات روسية", "قصفت قوات النظام"; or the subject of a strike verb: "الجيش السوري استهدف".
            subject = _strike_verb_follows(text, match.end()) or _announces_own_arms(text, match.end())
            if not subject and ("تحليق" in before or "استطلاع" in before) and _WATCHING.search(before):
                continue  # "وسط تحليق للطيران الروسي", "طائرات الاستطلاع الروسية": flying over, not striking
            # "واصلت القوات السورية قصفها": the actor's name says it is armed.
            if (
                not subject
                and not lx.ATTACKER.search(before)
                and not lx.ATTACKER.search(match.group())
                and not _AGENT_OF_NOUN.search(before)
            ):
                continue
            found.append((match.start(), match.end(), actor, subject))
    found.sort()
    # "روسيا تستهدف الدولة الإسلامية": after a subject and its verb comes the object, the target.
    kept = []
    for cue in found:
        start, _, actor, subject = cue
        if not subject and any(
            other[3] and other[2] != actor and other[1] <= start and len(text[other[1] : start].split()) <= 3
            for other in kept
        ):
            continue
        kept.append(cue)
    return [(start, end, actor) for start, end, actor, _ in kept]


def _matches_at(pattern: re.Pattern[str], text: str, offsets: list[int]) -> list[re.Match[str]]:
    """What ``pattern.finditer(text)`` finds, when every match starts at one of ``offsets`` (where
    the automaton saw one of its words begin): the same scan, trying those offsets only."""
    found = []
    end = 0
    for offset in offsets:
        if offset < end:
            continue
        match = pattern.match(text, offset)
        if match is not None:
            found.append(match)
            end = match.end()
    return found


def _strike_verb_follows(text: str, offset: int) -> bool:
    """Is one of the three words after ``offset`` (the rest of the actor's name, then its verb) a
    strike verb, or the actor's own aircraft or forces?"""
    # The cue may end inside its word ("روسي" of "الروسية"): the words counted start after it.
    match = _NEXT_WORDS.match(text, offset)
    # A verb takes "و" or "ف" but no preposition: "بقصف" is the noun ("بقصف للفصائل"). "الإرهابيين
    # أطلقوا قذائف": firing is striking too; "قال الجيش التركي إن طائراته دمرت": its own arms are.
    # ("وتزامنا مع القصف الروسي، قصفت قوات النظام": after a comma, the verb is another's.)
    comma = _COMMA.search(text, offset, match.end())
    cut = comma.start() if comma else match.end()
    return any(
        _acts(word) or _acts_by(word, next_word)
        for k, (word, next_word) in enumerate(itertools.pairwise((*match.groups(), None)), 1)
        if word and match.start(k) < cut
    )


def _acts_by(word: str, next_word: str | None) -> bool:
    """ "ردت فصائل المعارضة بقصف مناطق", "قامت قوات النظام بقصف": the actor's strike, told as "ب" and
    the strike's noun right after its name ("بقصف للفصائل" is the noun of another's strike)."""
    return word in _BY_STRIKING and not (next_word and next_word.startswith("ل"))


# "ب" and the noun of a strike the actor carries out (not its arms: "الدولة الإسلامية بصواريخ" is the target).
_BY_STRIKING = frozenset(("بقصف", "باستهداف", "بشن", "بالقاء", "باطلاق", "بتنفيذ"))


@functools.lru_cache(maxsize=65536)
def _acts(word: str) -> bool:
    """Is the word (after "و" or "ف") a strike or launch verb, an actor's own arms or "نفذ"?"""
    verb = word[1:] if word[0] in "وف" else word
    return bool(lx.STRIKE_VERB.fullmatch(verb) or _launches(verb) or verb in lx.OWN_ARMS or verb in lx.CARRY_VERBS)


def _announces_own_arms(text: str, offset: int) -> bool:
    """ "أعلن الجيش التركي، في بيان، أن مقاتلاته دمرت": what its own arms did, said a few words on."""
    words = _ANNOUNCED.match(text, offset).group(1).split()
    return any(
        first.removeprefix("ب") in ("ان", "انه") and second.strip(_PUNCT_CHARS) in lx.OWN_ARMS
        for first, second in itertools.pairwise(words)
    )


def _launches(word: str) -> bool:
    """Is the word a verb of firing or taking off, with an object pronoun or not ("أطلقتها")?"""
    return word in lx.LAUNCH_VERBS or word.removesuffix(_object_pronoun(word)) in lx.LAUNCH_VERBS


# The rest of a word, then up to eight words of the same clause.
_ANNOUNCED = re.compile(r"\S*((?:\s+[^\s.؟!]+){0,8})")
# The rest of a word, then up to three words.
_NEXT_WORDS = re.compile(r"\S*(?:\s+(\S+))?(?:\s+(\S+))?(?:\s+(\S+))?")
_COMMA = re.compile("[،,]")


def _attacker_cues(sentence: _Sentence) -> tuple[list[tuple[int, int, str]], list[int], list[tuple[int, int, str]]]:
    """The sentence's actor cues, their starts and its agents, without whom a source belongs to ("وقال
    مرصد طيران عسكري تابع للنظام السوري إن ..."; an army announcing its own strike, "أعلن الجيش
    الإسرائيلي أن طائراته", is one); worked out once per sentence and sources."""
    spans = sentence.source_spans
    cached = sentence.__dict__.get("_attackers")
    if cached is not None and cached[0] is spans:
        return cached[1]
    cues = sentence.actor_cues
    found = (cues, sentence.actor_cue_starts, sentence.agent_cues)
    if cues and spans:
        base = sentence.start
        kept = [
            cue
            for cue in cues
            if not any(a < base + cue[0] < b and _BELONGING.search(sentence.text, a - base, cue[0]) for a, b in spans)
        ]
        if len(kept) < len(cues):
            found = (kept, [cue[0] for cue in kept], [cue for cue in sentence.agent_cues if cue in kept])
    sentence.__dict__["_attackers"] = (spans, found)
    return found


def _actor(doc: _Document, sentence: _Sentence, mention_start: int) -> str:
    """The first actor the clause names before the place: Arabic news puts the attacker first
    ("شنت طائرات روسية غارات على ...", "قصفت قوات النظام ...")."""
    cues, starts, agents = _attacker_cues(sentence)
    if cues:
        # "تعرضت مواقع النظام لقصف من قبل الفصائل": the agent after "من قبل" is the attacker.
        if agents:
            return agents[0][2]
        offset = mention_start - sentence.start
        # "شنت طائرات روسية غارات على X، فيما استهدفت قوات النظام Y": a clause of its own names Y's
        # attacker; else the first one named before the place; else the first one named.
        clauses = sentence.clause_starts
        clause = clauses[bisect.bisect_right(clauses, offset) - 1] if clauses and clauses[0] <= offset else 0
        in_clause = bisect.bisect_left(starts, clause)
        for first in (in_clause, 0):
            for k, (start, end, actor) in enumerate(cues[first:], first):
                if start > offset:
                    break
                if end <= offset:
                    if (
                        k + 1 < len(cues)
                        and cues[k + 1][1] <= offset
                        and _ACCOMPANYING.search(sentence.text, max(0, start - 30), start)
                    ):
                        continue  # "وتزامنا مع القصف الروسي، قصفت قوات النظام X": the other one's
                    return actor
            if first == in_clause and clause:
                # "..., في حين شهدت مدينة X غارات للتحالف": named after the place, in its own clause.
                clause_end = next((start for start in clauses if start > offset), len(sentence.text))
                after = [cue for cue in cues[in_clause:] if offset < cue[0] < clause_end]
                if after:
                    return after[0][2]
        if not any(offset < start <= cues[0][0] for start in sentence.contrast_starts):
            return cues[0][2]
        # "هزت غارات دمشق، بينما توعدت إسرائيل بتدمير قوات الحكومة": only a later clause set against
        # it names an actor; the sentences around say who struck.
    # "أعلنت وزارة الدفاع التركية تحييد 15 عنصرا في غارات جوية": a defence ministry that names no
    # other attacker announces its own strikes.
    for offset, actor in sentence.actor_starts:
        defence = _DEFENCE_BEFORE.search(sentence.text, max(0, offset - 24), offset)
        # ("مقر هيئة أركان الجيش السوري", "مبنى وزارة الدفاع": the building struck, not its announcer.)
        if defence and not _SEAT_OF.search(sentence.text, max(0, defence.start() - 12), defence.start()):
            return actor
    # The nearest sentence before it in its paragraph that names an actor (a wall of text with no
    # paragraphs is read 20 sentences back), then the lead.
    earlier = []
    for index in range(sentence.index - 1, max(-1, sentence.index - 21), -1):
        other = doc.sentences[index]
        if other.paragraph != sentence.paragraph:
            break
        earlier.append(other)
    for other in [*earlier, *doc.sentences[:2]]:
        # (A lead sentence after it says who struck only where the sentence names no actor at all:
        # "غارات على X، فيما قصفت قوات النظام Y.\nوردت الفصائل بقصف Z" does not.)
        if other is sentence or (other.index > sentence.index and sentence.actor_cues):
            continue
        cues = _attacker_cues(other)[0]
        if cues:
            # "غارات للتحالف والنظام": a context naming two attackers does not say which one this was.
            return cues[0][2] if len({actor for _, _, actor in cues}) == 1 else "unknown"
    # An article that names one attacker only, later on ("واتهم ناشطون النظام باستهداف الحي"), names
    # the attacker of its unattributed strikes (not the actor of a clause set against the place's).
    return "unknown" if sentence.actor_cues else doc.sole_attacker


_DATE_FAMILIES = {"number": _NUMBER, "month": _MONTH, "relative": _RELATIVE, "period": _PERIOD}


def _date_windows(doc: _Document) -> dict[str, list[tuple[int, int]]]:
    """Per kind of date (strikeparse.dates._FAMILIES), the original spans of the runs of sentences
    that hold its anchor."""
    found = anchors()
    # English month names are matched ignoring case: a sentence with a Latin letter may hold one.
    for sentence in _sentences_matching(doc, found.latin):
        sentence.gate |= _MONTH
    # "12 آب" is a month's sentence already; otherwise the digits must be separated.
    for sentence in _sentences_matching(doc, found.separated):
        sentence.gate |= _NUMBER
    for sentence in doc.sentences:
        if sentence.gate & _MONTH:
            sentence.gate |= _NUMBER
    windows: dict[str, list[tuple[int, int]]] = {}
    for family, flag in _DATE_FAMILIES.items():
        spans = windows[family] = []
        previous = -2
        for sentence in doc.sentences:
            if not sentence.gate & flag:
                continue
            end = doc.norm.to_original(sentence.end)
            if sentence.index == previous + 1:
                spans[-1] = (spans[-1][0], end)
            else:
                spans.append((doc.norm.to_original(sentence.start), end))
            previous = sentence.index
    return windows


def _sentences_matching(doc: _Document, pattern: re.Pattern[str]) -> Iterator[_Sentence]:
    """The sentences in whose text ``pattern`` matches: searched for over the whole text, a match
    inside one sentence at a time, then on from that sentence's end (most sentences hold none)."""
    ntext = doc.norm.text
    position = 0
    while (match := pattern.search(ntext, position)) is not None:
        sentence = doc.sentence_at(match.start())
        if sentence is not None and match.end() <= sentence.end:
            yield sentence
            position = sentence.end
        else:
            # Across a sentence's end, or between sentences: try again from the next character.
            position = match.start() + 1
        if position >= len(ntext):
            return


class _Dates:
    """The day-precision dates of the text, indexed by sentence and paragraph, and the coarser ones
    (a week, a month, the last hours) by sentence."""

    def __init__(self, doc: _Document, dates: list[tuple[int, int, DateMention]]):
        self.by_sentence: dict[int, list[DateMention]] = {}
        self.coarse_by_sentence: dict[int, list[DateMention]] = {}
        # Per paragraph: (sentence index, date) in text order.
        self.by_paragraph: dict[int, list[tuple[int, DateMention]]] = {}
        self.carried: list[tuple[int, DateMention]] = []  # (sentence index, day) in text order, not after "منذ"
        self.normalised_start: dict[int, int] = {}  # original start -> normalised start
        for start, _, date in dates:
            sentence = doc.sentence_at(start)
            if sentence is None:
                continue
            self.normalised_start[date.start] = start
            if date.precision != "day" or date.vague:
                self.coarse_by_sentence.setdefault(sentence.index, []).append(date)
                continue
            self.by_sentence.setdefault(sentence.index, []).append(date)
            if (
                "منذ" in doc.norm.text[max(0, start - 16) : start]
                and _SINCE_BEFORE.search(doc.norm.text, max(0, start - 16), start)
                # ("منذ صباح اليوم الجمعة": since a time of the day told, on that day.)
                and not _TODAY.match(doc.norm.text, start)
            ):
                # "عقب مواجهات شهدتها المدينة منذ يوم الأحد": the start of a period, not the day of
                # the strikes told in the sentences after it.
                continue
            if "بعد" in doc.norm.text[max(sentence.start, start - 60) : start] and _AFTER_EVENT.search(
                doc.norm.text, max(sentence.start, start - 60), start
            ):
                # "يأتي القصف بعد أن استعادت الفصائل، أمس، نقاطا": the day of what came before the
                # strikes, not theirs.
                continue
            self.by_paragraph.setdefault(sentence.paragraph, []).append((sentence.index, date))
            self.carried.append((sentence.index, date))
        self._carry_the_strikes_day(doc)

    def _carry_the_strikes_day(self, doc: _Document) -> None:
        """Of the days a sentence gives, carry to the sentences after it the one told nearest to a
        strike word ("استهدفت المروحيات صباح اليوم أحياء X، وتمكنت ليل أمس من احتلال Y": this
        morning, not the night before, when the town was taken)."""
        by_index: dict[int, list[DateMention]] = {}
        for index, date in self.carried:
            by_index.setdefault(index, []).append(date)
        dropped: set[int] = set()  # id() of the days not carried
        for index, days in by_index.items():
            if len(days) < 2:
                continue
            sentence = doc.sentences[index]
            positions = sentence.strike_positions
            if not positions:
                continue
            if any(0 <= later.start - earlier.end < 8 for earlier, later in itertools.pairwise(days)):
                continue  # "ليل الأربعاء وفجر اليوم الخميس": one night told by its two days, the later carried
            starts = [sentence.tokens[k].start for k in positions]
            nearest = min(days, key=lambda date: _distance(self.normalised_start[date.start], starts))
            start = self.normalised_start[nearest.start]
            if _AFTER_MIDNIGHT.search(doc.norm.text, max(0, start - 12), start + 12):
                continue  # "بعد منتصف الليلة الماضية": early on the day after, as the later day says
            dropped.update(id(date) for date in days if date is not nearest)
        if dropped:
            self.carried = [(i, date) for i, date in self.carried if id(date) not in dropped]
            for paragraph, items in self.by_paragraph.items():
                self.by_paragraph[paragraph] = [(i, date) for i, date in items if id(date) not in dropped]


def _distance(offset: int, offsets: list[int]) -> int:
    """How far ``offset`` is from the nearest of ``offsets`` (sorted)."""
    k = bisect.bisect_left(offsets, offset)
    return min(abs(offset - offsets[j]) for j in (k - 1, k) if 0 <= j < len(offsets))


_ROUND_UP = datetime.timedelta(days=60)
_SINCE_BEFORE = re.compile(r"(?<!\S)و?منذ\s+(?:\S+\s+)?$")
_AFTER_EVENT = re.compile(r"(?<!\S)و?بعد\s+(?:ان|ما)(?!\S)")
_TODAY = re.compile(r"(?:(?:صباح|فجر|ظهر|عصر|مساء|ساعات)\s+)?اليوم(?!\S)")


def _claim_date(doc: _Document, sentence: _Sentence, mention: _Mention, dates: _Dates) -> DateMention | None:
    """The day of the claim (see _day_told): "مساء أمس السبت ... بعد منتصف الليل" is the next day."""
    date = _day_told(doc, sentence, mention, dates)
    ntext = doc.norm.text
    # (Said of the place itself, a few words from it: "مدينة دارة عزة، غربي حلب، بعد منتصف الليل".)
    near = (max(sentence.start, mention.start - 40), min(sentence.end, mention.end + 40))
    if (
        date is not None
        and date.precision == "day"
        and ntext.find("منتصف", *near) != -1
        and _AFTER_MIDNIGHT.search(ntext, *near)
        and _EVENING.search(normalize_name(date.text))
        and not any(character.isdigit() for character in date.text)
    ):
        return replace(date, date=date.date + datetime.timedelta(days=1))
    return date


_AFTER_MIDNIGHT = re.compile(r"(?<!\S)بعد\s+منتصف\s+(?:الليل|ليل|الليله|ليله)(?!\w)")
_EVENING = re.compile(r"(?<!\S)(?:مساء|ليل|ليله|الليله)(?!\w)")


def _day_told(doc: _Document, sentence: _Sentence, mention: _Mention, dates: _Dates) -> DateMention | None:
    """The day the sentence gives, else its week or month ("قصفت الأسبوع الماضي"), else the last day of
    the paragraph before, else the last day told before it in the article (an article that makes each
    sentence a paragraph goes on with the day it last gave)."""
    # "بعد أسابيع من القصف الروسي على X": strikes over weeks before the day the sentence tells of.
    window = max(sentence.start, mention.start - 60)
    if doc.norm.text.find("بعد", window, mention.start) != -1 and _WEEKS_AFTER.search(
        doc.norm.text, window, mention.start
    ):
        return None
    days = dates.by_sentence.get(sentence.index, [])
    coarse = dates.coarse_by_sentence.get(sentence.index, [])
    # A week or a month said of the place ("قصفت X الأسبوع الماضي، قبل أن تعاود اليوم قصف Y") competes
    # with the days by nearness; "خلال الساعات الماضية" only stands in where no day is given.
    in_sentence = sorted(days + [date for date in coarse if not date.vague], key=lambda date: date.start) or coarse
    if in_sentence:
        # "غارات يوم الخميس على X، فيما قصفت الطائرات يوم السبت Y": the dates of the place's clause.
        clauses = sentence.clause_starts
        if clauses:
            clause = bisect.bisect_right(clauses, mention.name_start - sentence.start)
            same = [
                date
                for date in in_sentence
                if bisect.bisect_right(clauses, dates.normalised_start[date.start] - sentence.start) == clause
            ]
            in_sentence = same or in_sentence
        # The nearest: the dates are in text order, the one before or the one after the place.
        offset = doc.norm.to_original(mention.name_start)
        after = bisect.bisect_left(in_sentence, offset, key=lambda date: date.start)
        nearby = in_sentence[max(0, after - 1) : after + 1]
        return min(nearby, key=lambda date: abs(date.start - offset) if date.start > offset else offset - date.end)
    # "وسبق أن استهدفت الطائرات X", "وكانت X قد تعرضت في الأشهر الماضية لغارات": an earlier strike
    # the sentence does not date is not on the day of the report.
    if sentence.tells_undated_past:
        return None
    earlier = [date for index, date in dates.by_paragraph.get(sentence.paragraph, []) if index < sentence.index]
    if earlier:
        return earlier[-1]
    before = bisect.bisect_left(dates.carried, sentence.index, key=lambda item: item[0])
    if before:
        return dates.carried[before - 1][1]
    # "مطار حلب تعرض لضربة إسرائيلية. وأضافت الوكالة أن الهجوم وقع فجر اليوم الثلاثاء": the day one
    # of the next two sentences gives the strike it tells of again.
    for following in doc.sentences[sentence.index + 1 : sentence.index + 3]:
        days = dates.by_sentence.get(following.index, [])
        if days and _STRIKE_TOLD_AGAIN.search(following.text):
            return days[0]
    return None


# "أن الهجوم وقع", "إن الغارات جرت": the strike told before, as the subject of a verb of happening.
_STRIKE_TOLD_AGAIN = re.compile(
    r"(?<!\S)(?:الهجوم|القصف|الغاره|الغارات|الضربه|الضربات|الاستهداف|العدوان)\s+(?:\S+\s+)?"
    r"(?:وقع|وقعت|جري|جرت|حصل|حصلت|حدث|حدثت|تم|كان|كانت|نفذ|نفذت)(?!\S)"
)
_WEEKS_AFTER = re.compile(r"(?<!\S)و?بعد\s+(?:ايام|اسابيع|اشهر|شهور|سنوات|اعوام)\s+من\s+(?:\S+\s+){0,5}$")
_UNDATED_PAST = re.compile(
    r"(?<!\S)(?:و?سبق\s+(?:ان|و)|و?في\s+وقت\s+سابق(?!\s+من)|سابقا|مرات\s+عده|عده\s+مرات|مرات\s+عديده"
    # "وقبل أيام قتل قيادي بغارة": some days before, which the text does not give.
    r"|و?قبل\s+(?:ايام|فتره)|و?منذ\s+ايام|مؤخرا"
    r"|(?:خلال|في|طوال|مدى)\s+(?:الاسابيع|الاشهر|الشهور|السنوات|الاعوام)\s+(?:الماضيه|الاخيره|الفايته|السابقه)"
    r"|و?(?:كان|كانت)\s+(?:\S+\s+){0,4}قد)(?![^\s،,.؛])"
)


def names_a_place(text: str, *, gazetteer: Gazetteer | None = None) -> bool:
    """Does the text name any Syrian place (known to the gazetteer, or a village after a descriptor)?"""
    doc = _Document(text, gazetteer or default_gazetteer())
    return any(mention.entries or mention.descriptor for mention in _find_mentions(doc))


def _as_written(doc: _Document, source: SourceMention) -> str:
    written = doc.original(source.start, source.end)[2]
    return "ا" + written if source.alef_restored else written


_BETWEEN_BEFORE = re.compile(r"(?<!\S)(?:ما\s+)?بين\s+(?:(?:قريتي|بلدتي|مدينتي|بلده|قريه|مدينه)\s+)?$")


def _near(preposition: str | None) -> bool:
    """Does the locating phrase put the place near the one after it ("قرب", "القريبة من")?"""
    return bool(preposition) and ("قرب" in preposition or "القريب" in preposition)


_JOINED = re.compile(r"\s+(?:وبين\s+|و)")


# A count documented ("وثقت فرق الدفاع المدني استهداف 13 منطقة"), whose places the next sentence lists.
_DOCUMENTED = re.compile(r"(?<!\S)[وف]?(?:وثق|وثقت|رصد|رصدت|سجل|سجلت|احصي|احصت)(?!\S)")


# "... على أوتوستراد الجامعة في مدينة اللاذقية", "بحلب": the town said to hold what comes before.
_SAID_IN_TOWN = re.compile(r"(?:(?<!\S)في\s+|(?<!\S)ب)(?:مدينه\s+)?$")


def _said_in_town(sentence: _Sentence, quarter: _Mention, town: _Mention) -> bool:
    end = town.name_start - sentence.start
    return _SAID_IN_TOWN.search(sentence.text, max(quarter.end - sentence.start, end - 14), end) is not None


_AREA_WORDS = frozenset(("منطقه", "منطقتي", "مقاطعه"))
_IN_A_CITY_AFTER = re.compile(r"\s*(?:في\s+|ب)مدينه\s")
# Governorates that are one city: Damascus's lies within the city's limits.
_CITY_GOVERNORATES = frozenset(("SY-DI",))


class _Towns:
    """The known towns the article names, per governorate, for placing the quarters it names that the
    gazetteer does not know (worked out once per article: a report may list thousands of places)."""

    def __init__(self, mentions: list[_Mention], gazetteer: Gazetteer):
        self.gazetteer = gazetteer
        self.last_town: dict[str, Entry] = {}  # code -> the town the last quarter placed by its sentence is in
        # code -> (starts, [(mention, town, named as the governorate's capital)]), in text order.
        self.by_code: dict[str, tuple[list[int], list[tuple[_Mention, Entry, bool]]]] = {}
        for mention in mentions:
            if mention.countryside_of or mention.precision != "town" or mention.near:
                continue
            capital = any(entry.kind == "governorate" for entry in mention.entries)
            for entry in mention.entries:
                if entry.kind == "town" and entry.governorate and entry.lat is not None:
                    starts, towns = self.by_code.setdefault(entry.governorate, ([], []))
                    starts.append(mention.start)
                    towns.append((mention, entry, capital))

    def of_quarter(self, sentence: _Sentence, quarter: _Mention, code: str) -> Entry | None:
        """The town an unknown quarter of governorate ``code`` lies in: the one its sentence names
        before it or in its clause ("أحياء الشعار والحيدرية في مدينة حلب"), else the capital of the
        governorate, where it is the only town the article names there (for a quarter called one: an
        "area", "منطقة الجاير", may lie anywhere in the governorate)."""
        starts, towns = self.by_code.get(code, ([], []))
        at = bisect.bisect_left(starts, quarter.start)
        low = max(bisect.bisect_left(starts, sentence.start), at - _CONTEXT_REACH)
        high = min(bisect.bisect_left(starts, sentence.end), at + _CONTEXT_REACH)
        near = [
            (abs(mention.start - quarter.start), entry)
            for mention, entry, _ in towns[low:high]
            # After it, only a town that locates it ("أحياء X وY في مدينة حلب"): not a place struck beside
            # it ("أحياء X وY، بالإضافة لبلدة الأتارب"), nor a town of the next clause ("، كما استهدف
            # مسلحون في دوما مخيم الوافدين").
            if mention.start < quarter.start
            or (
                (mention.locator or _said_in_town(sentence, quarter, mention))
                and not _NEXT_CLAUSE.search(sentence.text, quarter.end - sentence.start, mention.start - sentence.start)
            )
        ]
        if near:
            town = self.last_town[code] = min(near, key=lambda found: found[0])[1]
            return town
        if code in _CITY_GOVERNORATES:
            return self._city(code)  # "حيي جوبر والقابون" in Damascus: the governorate is the city
        if quarter.descriptor in _AREA_WORDS:
            return None
        # "في حي الوعر بحمص ... وسقطت قذائف على أحياء النزهة وعكرمة": the town the article's quarters
        # were last placed in.
        return self.last_town.get(code) or self.capital_alone.get(code)

    def _city(self, code: str) -> Entry | None:
        """The town a governorate that is one city is named after."""
        governorate = self.gazetteer.governorate_entry(code)
        towns = [
            entry
            for entry in (self.gazetteer.lookup(governorate.name_ar) if governorate else ())
            if entry.kind == "town" and entry.governorate == code
        ]
        return max(towns, key=lambda entry: entry.population, default=None)

    @_cached_property
    def capital_alone(self) -> dict[str, Entry]:
        """code -> the governorate's capital, where it is the only town the article names there."""
        alone = {}
        for code, (_, towns) in self.by_code.items():
            _, entry, capital = towns[0]
            if capital and all(other.key == entry.key for _, other, _ in towns):
                alone[code] = entry
        return alone


# A dateline: the place a report was filed from, opening a line, then its date, its agency or a dash
# ("دمشق 28 ابريل 2016 (شينخوا)", "تل تمر- نورث برس", "ريف دمشق، سوريا، 22 أغسطس، أخبار الآن -"), or
# closing a short line after the outlet and a dash ("جسر – السويداء").
_DATELINE_AFTER = re.compile(r"[^\S\n]*(?:[،,][^\S\n]*(?:سوريا|سوريه)[^\S\n]*)?[،,]?[^\S\n]*(?:\d|\(|[-–—])")
_DATELINE_BEFORE = re.compile(r"^[^\n]{1,20}[-–—][^\S\n]*$")


def _dateline(doc: _Document, mention: _Mention) -> bool | None:
    """Is the mention the dateline of a paragraph (see _DATELINE_AFTER): None if not, else whether it
    is dated, as a wire's is?"""
    sentence = doc.sentence_at(mention.start)
    if sentence is None or (sentence.index and doc.sentences[sentence.index - 1].paragraph == sentence.paragraph):
        return None
    text = doc.norm.text
    opening = text[sentence.start : mention.start]
    if not opening.strip() and mention.start - sentence.start < 4:
        after = _DATELINE_AFTER.match(text, mention.end)
        return None if after is None else after.group().rstrip()[-1:].isdigit()
    line_end = text.find("\n", mention.end)
    if (
        (line_end == -1 or not text[mention.end : line_end].strip())
        and line_end - sentence.start < 40
        and _DATELINE_BEFORE.match(opening) is not None
    ):
        return False
    return None


def extract(text: str, *, published: datetime.date | None = None, gazetteer: Gazetteer | None = None) -> Extraction:
    gazetteer = gazetteer or default_gazetteer()
    detected = False
    reference = published
    if reference is None:
        reference = detect_publication_date(text)
        detected = reference is not None
    doc = _Document(text, gazetteer)
    mentions = _find_mentions(doc)
    for mention in mentions:
        dateline = _dateline(doc, mention)
        if dateline is not None:
            # Where the report was filed from is no claim. A wire's, with its date, is a bureau ("دمشق
            # 28 ابريل 2016 (شينخوا)" files on Aleppo): no context for the places near it either, though
            # it counts among the article's governorates; a local outlet's ("درعا (قاسيون) -") is the
            # story's town.
            mention.locator = True
            mention.locates_nothing = dateline
    resolver = _Resolver(doc, mentions)
    towns: _Towns | None = None  # the towns quarters lie in, when a quarter needs them
    # Date offsets are in the original text; keep them with their normalised start for sentence lookup.
    norm_starts = _original_to_normalised(doc)
    windows = _date_windows(doc)
    # A publication date read off the text is the first date it gives: a round-up of a month goes on
    # to later days of the same year ("بتاريخ 9/10/2015 ... في التاسع عشر من تشرين الأول").
    until = reference + _ROUND_UP if detected else None
    found_dates = find_dates(text, reference=reference, windows=windows, undated_until=until)
    # (start, end) of the dates no publication date resolves -> the days they give against stand-ins.
    unresolved: dict[tuple[int, int], tuple[datetime.date, ...]] = {}
    if reference is None:
        # Without a publication date, "الجمعة" and "أمس" name no date, but they still tell two days
        # apart: read against two stand-in days of different weekdays (against one, "أمس" and a
        # weekday could fall together), they give the claims their day for telling strikes apart, and
        # their words, but no date.
        resolved = {(found.start, found.end) for found in found_dates}
        readings = [find_dates(text, reference=day, windows=windows) for day in _STAND_IN_DAYS]
        found_dates = readings[0]
        days = [{(found.start, found.end): found.date for found in reading} for reading in readings]
        for span in days[0].keys() - resolved:
            if all(span in other for other in days[1:]):
                unresolved[span] = tuple(other[span] for other in days)
    dates = _Dates(doc, [(norm_starts(d.start), norm_starts(d.end), d) for d in found_dates])

    # "غارة وقعت بين درعا والسويداء", "الطريق بين X وY": somewhere between two places, neither struck.
    if "بين" in doc.norm.text:
        for mention in mentions:
            window = max(0, mention.start - 16)
            if doc.norm.text.find("بين", window, mention.start) != -1 and _BETWEEN_BEFORE.search(
                doc.norm.text, window, mention.start
            ):
                mention.locator = mention.near = True
    # "بريف X" or "في مدينة X" right after a place says where that place is: X is not struck itself.
    for previous, mention in itertools.pairwise(mentions):
        between = doc.norm.text[previous.end : mention.start]
        if "(" in between and between.lstrip().startswith("("):
            # "محطة مياه عري (وهي خارجة عن الخدمة) غربي إدلب": an aside in brackets stands between.
            between = _ASIDE.sub("", between, count=1)
        joined = re.search(r"(^|\s)و", between)
        located = _LOCATOR.fullmatch(between)
        # "في مورك، بلدة كفرزيتا": after a comma, only a preposition makes the next place a locator.
        if located and not located.group("preposition") and re.search("[،,]", between):
            located = None
        # "سراقب بلدة آفس": a descriptor alone puts a town beside a town, not inside it (a
        # neighbourhood or a facility may lie in the city named right after it).
        if (
            located
            and not located.group("preposition")
            and not located.group("within")
            and located.group("descriptor")
            and previous.precision == "town"
            # ("قصفت القوات المتمركزة بمطار X بلدة Y": where the forces are, then what they struck.)
            and (previous.descriptor not in lx.FACILITIES or resolver.where_forces_are(previous))
        ):
            located = None
        # ("محافظات اللاذقية، حمص": the next governorate of a list locates nothing.)
        listed = mention.head is not None and (mention.head is previous or mention.head is previous.head)
        # "في ريف بلدة تربه سبيه "قرية حاصودة"": the countryside of a town the gazetteer does not know,
        # and the village in it that was struck.
        if (
            not previous.entries
            and previous.descriptor
            and (_in(previous.descriptor, _TOWN_WORDS) or _in(previous.descriptor, lx.CITY))
            and not mention.countryside_of
            and _UNKNOWN_TOWNS_COUNTRYSIDE.fullmatch(between)
            and _COUNTRYSIDE_BEFORE.search(doc.norm.text, max(0, previous.start - 20), previous.start)
        ):
            previous.locator = True
        # ("بريف القامشلي قرب قرية X": a village does not locate a countryside, it is the place in it.)
        elif (mention.countryside_of and 0 <= len(between) <= 12 and not joined and not listed) or (
            located
            and (
                (previous.precision != "governorate" and not previous.countryside_of)
                # "منطقة جبل الأربعين قرب مدينة أريحا": near it ("بريف سراقب قرب قرية X" is the village
                # in the countryside).
                or (
                    _near(preposition := located.group("preposition"))
                    # ("بريف حماه والقريبة من منطقة الحولة": the participle says it of the town before.)
                    and (not doc.norm.text.startswith("ريف", previous.start) or "ال" in preposition)
                )
            )
        ):
            if _part_of_facility(previous, mention, between) or _building_in(previous, mention, between):
                # "ساحة الحاويات في ميناء اللاذقية": the port is the place struck, the yard a part of it;
                # "مستشفى نبض الحياة في بلدة حاس": the town is, the hospital a building of it.
                previous.locator = True
            elif not _road_named(doc, previous):
                # "طريق درعا - طفس في ريف درعا": the towns name the road, the countryside is where it was hit.
                mention.locator = True
                mention.near = bool(located and _near(located.group("preposition")))
        if previous.near and _JOINED.fullmatch(between):
            # "في محيط مدينة السفيرة قرب حلب وإدلب", "بين درعا والسويداء": both are landmarks.
            mention.locator = mention.near = True
        if (
            previous.countryside_of
            and any(entry.kind == "governorate" for entry in mention.entries)
            and (
                _OF_THE_CITY.fullmatch(between)
                or (
                    located
                    and located.group("preposition") in ("ب", "في")
                    and any(entry.governorate == previous.countryside_of for entry in mention.entries)
                )
            )
        ):
            # "الغوطة الشرقية للعاصمة دمشق": the region is the city's; "ريف معرة النعمان الجنوبي
            # بإدلب": the governorate the countryside lies in.
            mention.locator = True
        if mention.head is not None and mention.head.locator:
            # "قرى كفرنبودة والهبيط بريفي حماة وإدلب": every governorate of the list locates them.
            mention.locator = True
        if previous.locator and previous.list_end and mention.start < previous.list_end:
            # "بناحيتي شيراوا وشران": every name of a list that locates the places before does.
            mention.locator = True

    links = any(word in doc.norm.text for word in _LINK_HINTS)
    for mention in mentions:
        if _reference_point(doc.norm.text, mention, links):
            mention.locator = mention.reference = True

    claims: list[Claim] = []
    last_sources: dict[int, list[str]] = {}
    latest_sources: list[str] = []  # the last sentence's own, in any paragraph
    known_sources: list[str] = []
    known_set: set[str] = set()
    companions: dict[str, list[str]] = {}
    unsourced: list[tuple[int, Claim]] = []  # (sentence index, claim) of the claims before any attribution
    told_before: list[str] = []  # the sources of the sentence before, where it told of strikes at no place
    told_index = -2
    mentions_by_sentence: dict[int, list[_Mention]] = {}
    for mention in mentions:
        holder = doc.sentence_at(mention.name_start)
        if holder is not None:
            mentions_by_sentence.setdefault(holder.index, []).append(mention)
    # Only a sentence with a place and a strike word can give a claim; what comes after the last
    # one (background, reactions) cannot change any claim, but for the attribution of an unattributed
    # report in the two sentences after it, and is not parsed for sources.
    # "قتل خمسة في بلدة حاس. وقصفت الطائرات البلدة بعشرات الغارات": a strike on the town named before.
    anaphoric: dict[int, list[tuple[_Mention, _Mention]]] = {}
    for sentence in doc.sentences:
        if sentence.gate & (_STRIKE | _WEAK) and _ANAPHOR_WORDS.search(sentence.text) and sentence.strike_positions:
            found = _anaphoric_targets(doc, sentence, mentions_by_sentence)
            if found:
                anaphoric[sentence.index] = found
    for index in mentions_by_sentence:
        if index > 0:
            doc.sentences[index].after_strike = _after_strike(doc.sentences[index - 1], doc.sentences[index])
    last_claim = max(
        (
            index
            for index in (*mentions_by_sentence, *anaphoric)
            if doc.sentences[index].strike_positions or doc.sentences[index].after_strike
        ),
        default=-1,
    )
    for sentence in doc.sentences[: last_claim + 3 if last_claim >= 0 else 0]:
        if sentence.index > last_claim and not unsourced:
            break
        sentence_mentions = mentions_by_sentence.get(sentence.index, [])
        ostart, oend, sentence_text = doc.original(sentence.start, sentence.end)
        # The sources parser reads the sentence's own tokens; what a source says is taken back from
        # the original text, as written.
        found_sources = find_sources(doc.norm.text, sentence.tokens) if sentence.gate & _SOURCE else []
        if sentence.index < 3 and (byline := _byline(doc, sentence)) is not None:
            found_sources = [byline, *found_sources]
        sources = list(dict.fromkeys(_as_written(doc, source) for source in found_sources))
        source_spans = [(source.start, source.end) for source in found_sources]
        sentence.source_spans = source_spans
        going_on = not sources and latest_sources and sentence.gate & _SOURCE and goes_on(sentence.tokens)
        if going_on:
            # Sites that set every sentence as a paragraph: "وقال المرصد ... \n وأضاف، أن ...".
            sources = latest_sources
        told_by_before = latest_sources  # the sources of the last sentence that named any
        if sources:
            latest_sources = sources
            last_sources[sentence.paragraph] = sources
            if (
                -1 not in last_sources
                and sentence.may_strike
                and any(
                    lx.STRIKE_VERB.fullmatch(token.word) or (sentence_mentions and _is_cue(token))
                    for token in sentence.tokens
                )
            ):
                # The attribution of the article's first strike report (a strike verb, or a strike
                # noun with a place: "سقط قتلى في القصف على مدينة X") covers the story.
                last_sources[-1] = sources
            known_sources.extend(source for source in sources if source not in known_set)
            known_set.update(sources)
            for source in sources:
                # "بحسب بيان صادر عن الوزارة": a later "البيان" is the ministry's.
                companions.setdefault(source, [other for other in sources if other != source])
        since = _period_since(sentence, dates) if sentence_mentions else None
        tolls: dict[int, list[Claim]] = {}  # the claims of the sentence per count of the dead they took
        claim_sources: list[str] | None = None
        first_claim = len(claims)  # the claims of this sentence are claims[first_claim:]
        candidates = [(mention, mention) for mention in sentence_mentions] + anaphoric.get(sentence.index, [])
        for mention, here in candidates:
            # ``here``: the mention itself, or the anaphor ("البلدة") that stands for it in this sentence.
            if here is mention and (mention.locator or not _strike_target(sentence, mention, source_spans)):
                continue
            index = _token_index(sentence, here.name_start)
            if since is not None and since < index:
                continue
            home = sentence if here is mention else doc.sentence_at(mention.start)
            entry, code = resolver.resolve(home, mention)
            if code is None:
                continue
            if claim_sources is None:  # the same for every claim of the sentence
                claim_sources = _expand_sources(
                    sources
                    or (told_before if told_index == sentence.index - 1 else [])
                    or last_sources.get(sentence.paragraph)
                    or last_sources.get(-1, []),
                    known_sources,
                    companions=companions,
                    lead=last_sources.get(-1, []),
                    latest=told_by_before,
                )
            date = _claim_date(doc, sentence, here, dates)
            mstart, mend, place = doc.original(mention.start, mention.end)
            _, _, name = doc.original(mention.name_start, mention.name_end)
            if mention.start == mention.name_start and mention.descriptor in _FACILITY_WRITTEN:
                place = f"{_FACILITY_WRITTEN[mention.descriptor]} {place}"  # "مطاري حلب ودمشق": "مطار دمشق"
            camp = mention.descriptor == "مخيم" and mention.start == mention.name_start
            governorate_level = mention.precision == "governorate" or (
                entry is not None and entry.kind == "governorate" and not mention.descriptor
            )
            precision = mention.precision
            if governorate_level:
                precision = "governorate"
            elif entry is not None and entry.feature_code == "PPLX":
                precision = "neighbourhood"
            if precision == "district":
                precision = "governorate"
            lat = lon = None
            if entry is not None and precision != "governorate":
                lat, lon = entry.lat, entry.lon
            elif precision == "neighbourhood":
                # "قصف على أحياء الشعار والحيدرية في مدينة حلب": a quarter the gazetteer does not know
                # lies within a few km of its town, as ACLED codes it; still flagged for an analyst.
                towns = towns or _Towns(mentions, gazetteer)
                if town := towns.of_quarter(home, mention, code):
                    lat, lon = town.lat, town.lon
            toll = sentence.killed(index)
            claims.append(
                Claim(
                    # 'مخيم “قاح”' is the camp, not the village Qah: a camp keeps its descriptor.
                    place=display_form(f"مخيم {place}" if camp else place),
                    place_en=entry.name_en if entry and precision != "governorate" else _gov_name(gazetteer, code),
                    governorate=code,
                    precision=precision,
                    lat=lat,
                    lon=lon,
                    entry_key=entry.key if entry else None,
                    needs_placement=entry is None and precision != "governorate",
                    date=date.date if date and (date.start, date.end) not in unresolved else None,
                    date_precision=date.precision if date and (date.start, date.end) not in unresolved else "",
                    date_text=date.text if date else "",
                    day=(unresolved.get((date.start, date.end)) or date.date) if date else None,
                    sources=list(claim_sources),
                    actor=_actor(doc, sentence, here.name_start),
                    killed=toll[0] if toll else None,
                    negated=_negated(sentence, here),
                    evidence=sentence_text.strip(),
                    evidence_start=ostart,
                    evidence_end=oend,
                    mention_start=mstart,
                    mention_end=mend,
                    # An airport goes by its town's name ("حميميم" for "مطار حميميم"); a port, prison or
                    # suburb is a place of its own and keeps its full name, without the adjectives
                    # reports vary ("سجن عدرا" for "سجن عدرا المركزي").
                    name=display_form(
                        name
                        if mention.descriptor in lx.NAMED_AFTER_TOWN
                        else doc.original(mention.start, mention.name_end)[2]
                        if mention.descriptor in lx.FACILITIES and mention.name_end > mention.start
                        else place
                    ),
                    place_is_capital=bool(
                        entry
                        and (not mention.descriptor or mention.descriptor in lx.CITY)
                        and any(other.kind == "governorate" for other in mention.entries)
                    ),
                    unnamed_places=precision == "governorate" and _after_unnamed_places(sentence, mention),
                    # (An airport or base goes by its town, and a strike on a hospital or mosque is one
                    # on the town it is in: lx.BUILDINGS.)
                    own_place=mention.descriptor in lx.FACILITIES
                    and mention.descriptor not in lx.NAMED_AFTER_TOWN
                    and mention.descriptor not in lx.BUILDINGS,
                    bare_capital=bool(
                        entry
                        and not mention.descriptor
                        and any(other.kind == "governorate" for other in mention.entries)
                        # "4 ضربات قرب دير الزور": near the city, a point.
                        and not _NEAR_BEFORE.search(doc.norm.text, max(0, mention.start - 16), mention.start)
                    ),
                )
            )
            if toll:
                tolls.setdefault(toll[1], []).append(claims[-1])
            if not claim_sources and -1 not in last_sources:
                unsourced.append((sentence.index, claims[-1]))
        # "ووثقت فرق الدفاع المدني استهداف 13 منطقة بـ15 غارة. القصف طال مدينة X وبلدة Y": a source
        # that tells of strikes at no place gives its word to the places the next sentence lists.
        told_before = (
            sources
            if sources
            and len(claims) == first_claim
            and sentence.strike_positions
            and _DOCUMENTED.search(sentence.text) is not None
            else []
        )
        told_index = sentence.index
        # Only the two sentences after an unattributed claim may attribute it.
        unsourced = [(index, claim) for index, claim in unsourced if sentence.index - index <= 2]
        # Or the sentence right after it tells only of the harm ("... وقال الدفاع المدني إن فرقه
        # انتشلت جثث الضحايا"), not of a toll over a period ("قتل 35 مدنيا منذ مطلع الشهر").
        of_harm = (
            unsourced
            and not sentence.strike_positions
            and lx.HARM.search(sentence.text)
            and _period_since(sentence, dates) is None
        )
        # (A speaker who goes on, "وأضاف أن ...", goes on from the sentence before, not from the lead.)
        if unsourced and sources and not going_on and (sentence.strike_positions or of_harm):
            # "قتل خمسة مدنيين بقصف على أريحا. وقال مراسل عنب بلدي إن الطائرات استهدفت سوقا وسط
            # المدينة": the attribution right after an unattributed lead, telling of no other place,
            # covers the lead too.
            told = {claim.name or claim.place for claim in claims[first_claim:]}
            # "وأضاف المصدر أن القصف تسبب بأضرار": the source named before it.
            late = _expand_sources(sources, known_sources, companions=companions, lead=last_sources.get(-1, []))
            # "... مشيرا إلى أن القصف طال أيضا بلدتي X وY": other places "also" struck go on from the lead.
            also = _ALSO.search(sentence.text) is not None
            for index, claim in unsourced:
                if (also or told <= {claim.name or claim.place}) and (not of_harm or index == sentence.index - 1):
                    claim.sources = list(late)
        for shared in tolls.values():
            # "استشهد 12 مواطنا إثر القصف على أحياء X وY وZ": a toll of several places is none of theirs.
            if len({claim.name or claim.place for claim in shared}) > 1:
                for claim in shared:
                    claim.killed = None
    claims = _dedupe(_without_parts_of_towns(claims, text))
    return Extraction(claims=claims, published=reference, published_detected=detected)


# Any days of different weekdays serve: only the differences between the days they give are read.
_STAND_IN_DAYS = (datetime.date(2000, 1, 1), datetime.date(2000, 1, 5))
_AREA_BEFORE = re.compile(r"(?<!\w)(?:منطقة|منطقه|مقاطعة|مقاطعه)\s+$")
_ELABORATION = re.compile(r"(?<!\w)(?:اذ|إذ|حيث)(?!\w)")


def _without_parts_of_towns(claims: list[Claim], text: str) -> list[Claim]:
    """ "قذائف على مدينة جرمانا، إذ سقطت قذيفتان في منطقة الجمعيات": where in a town they fell is
    part of the town's claim, not a place of its own."""
    kept: list[Claim] = []
    # Per sentence (evidence start), the towns claimed in it so far: a long article has thousands.
    towns: dict[int, list[Claim]] = {}
    for claim in claims:
        part_of_town = (
            claim.needs_placement
            and claim.precision == "neighbourhood"
            and any(
                _ELABORATION.search(text, town.mention_end, claim.mention_start)
                for town in towns.get(claim.evidence_start, [])
            )
        )
        if part_of_town:
            continue
        kept.append(claim)
        # A governorate's capital is a city of neighbourhoods, each a place of its own; the area of a
        # town ("منطقة عفرين ... حيث رصد المرصد قصفا على منطقة بعدينا") holds villages.
        if (
            claim.precision == "town"
            and claim.entry_key
            and not claim.place_is_capital
            and not _AREA_BEFORE.search(text, max(0, claim.mention_start - 10), claim.mention_start)
        ):
            towns.setdefault(claim.evidence_start, []).append(claim)
    return kept


@functools.lru_cache(maxsize=65536)
def _head(name: str) -> str:
    word = normalize_name(name).split(" ")[0] if name.strip() else ""
    if word.endswith(("نا", "ها")) and word[:-2] in _POSSESSED_HEADS:
        return word[:-2]  # "وأضاف مراسلنا": the outlet's correspondent named before
    return word[2:] if word.startswith("ال") and len(word) > 4 else word


_POSSESSED_HEADS = frozenset(("مراسل", "مصادر", "موفد"))


def _expand_sources(
    sources: list[str],
    known: list[str],
    *,
    companions: dict[str, list[str]] | None = None,
    lead: list[str],
    latest: Sequence[str] = (),
) -> list[str]:
    """Anaphoric and short sources ("الموقع", "البيان", "المرصد", "مدير المرصد ...") also name the
    fullest source given earlier that they refer to (same head noun), and an anaphoric statement the
    sources named with it ("بيان صادر عن الوزارة"); an anaphor with no antecedent stands for the
    article's first source, and "the same source" for the ``latest`` sources named before it."""
    companions = companions or {}
    expanded: dict[str, None] = {}  # an ordered set

    def add(name: str) -> None:
        expanded.setdefault(name)

    pending = deque(dict.fromkeys(sources))
    # Each step only adds names of ``known``: the walk ends.
    while pending:
        source = pending.popleft()
        if source in expanded:
            continue
        add(source)
        words = {_head(word) for word in source.split()}
        antecedents = [k for k in known if k != source and _head(k) in words and not _distinct(source, k)]
        if antecedents:
            antecedent = max(antecedents, key=len)
            pending.append(antecedent)
            if _head(antecedent) in lx.ANAPHORIC_SOURCES:
                pending.extend(companions.get(antecedent, []))
    # "وأضاف المصدر", "الموقع نفسه" refer back; "وكالة سانا", "مصدر عسكري" name a source of their own.
    if expanded and all(_anaphor(name) for name in expanded):
        # ("وشمل القصف -وفق المصدر نفسه- سبع غارات": the source of the sentence before, whatever its head.)
        same = latest and len(expanded) == 1 and _the_same(next(iter(expanded)))
        for name in latest if same else lead:
            add(name)
    return list(expanded)


def _the_same(name: str) -> bool:
    """ "المصدر نفسه", "نفس المصدر", "المصدر ذاته": the source named last."""
    words = normalize_name(name).split()
    return len(words) == 2 and (words[1] in lx.SAME_WORDS or words[0] == "نفس")


def _distinct(source: str, other: str) -> bool:
    """Do the two names of one head differ in an adjective ("وزارة الدفاع التركية" and "وزارة الدفاع
    الروسية"), so that neither is a short form of the other?"""
    mine, theirs = normalize_name(source).split(), normalize_name(other).split()
    return _head(mine[0]) == _head(theirs[0]) and any(
        a != b and a.startswith("ال") and b.startswith("ال") and a.endswith(("يه", "ي")) and b.endswith(("يه", "ي"))
        for a, b in zip(mine[1:], theirs[1:], strict=False)
    )


def _anaphor(name: str) -> bool:
    words = normalize_name(name).split()
    if len(words) == 2 and words[1] in lx.SAME_WORDS:
        words = words[:1]
    elif len(words) == 2 and words[0] == "نفس":
        words = words[1:]
    return len(words) == 1 and _head(words[0]) in lx.ANAPHORIC_SOURCES


def _gov_name(gazetteer: Gazetteer, code: str | None) -> str:
    entry = gazetteer.governorate_entry(code) if code else None
    return entry.name_en if entry else ""


def _original_to_normalised(doc: _Document):
    removed = doc.norm._removed

    def convert(offset: int) -> int:
        import bisect

        return offset - bisect.bisect_left(removed, offset)

    return convert


def _in_countryside(claim: Claim) -> bool:
    """Is the claim's place located in a countryside right after its name ("منطقة X بريف درعا")?"""
    return _IN_COUNTRYSIDE.match(claim.evidence, claim.mention_end - claim.evidence_start) is not None


_IN_COUNTRYSIDE = re.compile(r"[\s\"“”«»']*(?:ب|في\s+)ريف")


def _dedupe(claims: list[Claim]) -> list[Claim]:
    """One claim per place and day; no governorate-level claim where the article names places in it."""
    local_governorates = {claim.governorate for claim in claims if claim.precision != "governorate"}
    local_sentences = {
        (claim.governorate, claim.evidence_start) for claim in claims if claim.precision != "governorate"
    }
    # ("ومنطقة الأشعري بريف درعا الغربي": an area of the countryside is no part of the city.)
    detailed = {
        claim.governorate for claim in claims if claim.precision == "neighbourhood" and not _in_countryside(claim)
    }
    # An unknown place named with the city ("على المدخل الشمالي لمدينة دير الزور من جهة بلدة الصالحية")
    # says where in or by it; one named in another sentence may be a village of its countryside.
    detailed_sentences = {
        (claim.governorate, claim.evidence_start)
        for claim in claims
        if claim.needs_placement and not _in_countryside(claim)
    }
    # "على مواقع في دير الزور" beside "قرب مدينة البوكمال": the bare capital's name stands for its
    # governorate, and the same day's precise place says where in it.
    towns_on = {
        (claim.governorate, claim.day) for claim in claims if claim.precision == "town" and not claim.place_is_capital
    }
    # ... and an undated one ("مقتل 11 مدنيا بغارات روسية على إدلب", a headline) stands for those of any day.
    towns_in = {governorate for governorate, _ in towns_on}
    # ("قصف أحياء حلب" beside "أحياء بستان القصر والكلاسة": the quarters of the city, named.)
    quarters_named = {
        claim.governorate
        for claim in claims
        if claim.precision == "neighbourhood" and not claim.place_is_capital and not _in_countryside(claim)
    }
    capitals = [
        claim
        for claim in claims
        if (claim.precision == "town" or (claim.precision == "neighbourhood" and claim.governorate in quarters_named))
        and claim.entry_key
        and claim.place_is_capital
        and (
            claim.governorate in detailed
            or (claim.governorate, claim.evidence_start) in detailed_sentences
            or (
                claim.bare_capital
                and (
                    (claim.governorate, claim.day) in towns_on or (claim.day is None and claim.governorate in towns_in)
                )
            )
        )
    ]
    dropped = {id(claim) for claim in capitals}
    claims = [claim for claim in claims if id(claim) not in dropped]
    evidence_of: dict[int, str] = {}  # normalised evidence by its start: claims of a sentence share it

    def evidence(claim: Claim) -> str:
        if claim.evidence_start not in evidence_of:
            evidence_of[claim.evidence_start] = normalize_name(claim.evidence)
        return evidence_of[claim.evidence_start]

    neighbourhoods: dict[str, list[Claim]] = {}
    for claim in claims:
        # (An unknown place said to be in the city, 'مناطق "الشيخ لطفي" و"المشهد" بمدينة حلب', may be
        # one of its parts too.)
        if (claim.precision == "neighbourhood" or claim.entry_key is None) and not claim.negated:
            neighbourhoods.setdefault(claim.governorate, []).append(claim)
    for capital in capitals:
        if capital.killed is None:
            continue
        # "قتل 25 شخصا في هجمات على مدينة حلب ... وحدثت الضربات في حي السكري في حلب": the city's toll
        # is that of the one neighbourhood of it the article names.
        # (Only where the article names no other part of it: "قتل 18 في حلب ... قذائف على حيي الميدان
        # والأشرفية ... وعلى حي المريديان بمدينة حلب" does not say which one's the dead were.)
        city = normalize_name(capital.name or capital.place)
        parts = {
            claim.entry_key or _loose_name(claim.name or claim.place): claim
            for claim in neighbourhoods.get(capital.governorate, ())
            if claim.precision == "neighbourhood" or f"مدينه {city}" in evidence(claim)
        }
        inside = [claim for claim in parts.values() if city in evidence(claim)]
        if len(parts) == 1 and len(inside) == 1:
            (claim,) = inside
            if claim.killed is None:
                claim.killed = capital.killed
    # "مدينة عندان ... خروج مشفى عندان عن الخدمة": a hospital named after a town the gazetteer does not
    # know, beside that town, is a building of it (a known one's entry is the town's already).
    unknown_towns = {
        (claim.governorate, _loose_name(claim.name or claim.place))
        for claim in claims
        if claim.entry_key is None and claim.precision == "town"
    }

    def loose_key(claim: Claim) -> str:
        first, _, rest = normalize_name(claim.name or claim.place).partition(" ")
        if rest and first in lx.BUILDINGS and (claim.governorate, _loose_name(rest)) in unknown_towns:
            return _loose_name(rest)
        return _loose_name(claim.name or claim.place)

    kept: list[tuple[int, Claim]] = []
    seen: dict[tuple, Claim] = {}
    first_day: dict[tuple, datetime.date | tuple[datetime.date, ...]] = {}
    # Dated claims first: an undated one at the same place (the lead's "غارات جديدة على X" before the
    # paragraph that dates them) joins the first of them.
    for position, claim in sorted(enumerate(claims), key=lambda item: item[1].day is None):
        if (
            claim.precision == "governorate"
            and claim.governorate in local_governorates
            and not (
                # "مناطق متفرقة من ريف دير الزور، فقد تعرضت مدينة الميادين": the places are named after all.
                claim.unnamed_places and (claim.governorate, claim.evidence_start) not in local_sentences
            )
        ):
            continue
        place = (
            ("gov", claim.governorate)
            if claim.precision == "governorate"
            else (
                claim.entry_key if claim.entry_key else loose_key(claim),
                # ("سجن تدمر" beside "تدمر": the prison is a place of its own.)
                _facility_key(claim.name) if claim.own_place and claim.entry_key else "",
            )
        )
        day = claim.day if claim.day is not None else first_day.get((*place, claim.negated))
        first_day.setdefault((*place, claim.negated), day)
        key = (*place, day, claim.negated)
        if key in seen:
            previous = seen[key]
            for source in claim.sources:
                if source not in previous.sources:
                    previous.sources.append(source)
            if previous.killed is None:
                previous.killed = claim.killed
            if previous.actor == "unknown":
                previous.actor = claim.actor  # a later sentence on the same strike may name the attacker
            continue
        seen[key] = claim
        kept.append((position, claim))
    return [claim for _, claim in sorted(kept, key=lambda item: item[0])]


def _facility_key(name: str) -> str:
    """A facility's name as reports vary it: "مرفأ اللاذقية" and "ميناء اللاذقية" are one port."""
    head, _, rest = normalize_name(name).partition(" ")
    return _loose_name(f"{_SAME_FACILITY.get(head, head)} {rest}")


_SAME_FACILITY = {"مرفا": "ميناء"}


def _loose_name(name: str) -> str:
    """A name unknown to the gazetteer, as reports vary its spelling: "بابا عمرو" and "باب عمرو",
    "الحجر الأسود" and "الحجر الاسود" are one place."""
    words = []
    for word in normalize_name(name).split():
        if word.startswith("ال") and len(word) > 4:
            word = word[2:]
        if word.endswith("ا") and len(word) > 3:
            word = word[:-1]
        words.append(word)
    return "".join(words)
