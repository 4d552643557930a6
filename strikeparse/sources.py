"""Who claims what: source spans from Arabic attribution patterns.

A sentence is split into word and punctuation tokens. Attribution cues open a noun phrase:
prepositions ("وفق"، "بحسب"، "نقلا عن"، "على لسان"), verbs followed by their subject
("وقال المرصد ..."، "نقلت وكالة سانا عن مصدر ...") and subjects followed by their verb
("مصدر دبلوماسي قال"). The phrase runs until the attribution ends: a complementiser ("أن"، "إن"),
a colon or quotation, a time word, a relative pronoun, the addressee ("لوكالة رويترز", itself
a source), a coordinated second source ("ومصدر أمني") or a length cap.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from strikeparse.lexicon import COMPASS_WORDS, CONSTRUCT_NOUNS, PRONOUN_PREPOSITIONS

__all__ = [
    "SourceMention",
    "Token",
    "byline_source",
    "find_sources",
    "opens",
    "starts_two_word_outlet",
    "trigger_words",
]


@dataclass(frozen=True)
class SourceMention:
    start: int
    end: int
    text: str  # as written; "للمرصد" after a preposition is given back as "المرصد"
    # The text is "ا" + the text at start:end ("للمرصد" read from its second letter, "لمرصد").
    alef_restored: bool = False


_DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u0640]")
_TOKEN = re.compile(r"[\w\u0610-\u061a\u064b-\u065f\u0670\u0640]+|[^\w\s]")
_OPEN_QUOTES = frozenset("\"“«„”'‘’")
_CLOSE_FOR = {"«": "»", "“": "”", "„": "“", '"': '"', "”": "”", "'": "'", "‘": "’", "’": "’"}
# ("″", a double prime, closes a name on some sites: 'شبكة “السويداء 24″'.)
_CLOSERS = frozenset("\"”»“’'″")
_PUNCT_STOP = frozenset(".,،;؛:!?؟()[]{}»|…")
_MAX_WORDS = 9


@functools.lru_cache(maxsize=65536)
def _key(word: str) -> str:
    word = _DIACRITICS.sub("", word)
    word = re.sub("[أإآٱ]", "ا", word).replace("ة", "ه").replace("ى", "ي").replace("ؤ", "و").replace("ئ", "ي")
    return word


def starts_two_word_outlet(text: str, offset: int) -> bool:
    """Do the two words at ``offset`` name an outlet of two words ("روسيا اليوم")?"""
    words = text[offset : offset + 40].split(maxsplit=2)
    return len(words) > 1 and (_key(words[0]), _key(words[1].strip(_PUNCTUATION))) in _TWO_WORD_OUTLETS


def _keys(words: str) -> frozenset[str]:
    return frozenset(_key(word) for word in words.split())


def _bare(key: str) -> str:
    """The key without its article: "المرصد" -> "مرصد"."""
    return key[2:] if key.startswith("ال") and len(key) > 3 else key


_VERBS = _keys(
    """
    قال قالت قالوا قلن يقول تقول يقولون أضاف أضافت أضافوا أفاد أفادت أفادوا يفيد تفيد يفيدون
    أعلن أعلنت أعلنوا يعلن تعلن أكد أكدت أكدوا يؤكد تؤكد نقل نقلت نقلوا ينقل تنقل ذكر ذكرت ذكروا
    يذكر تذكر أشار أشارت أشاروا يشير تشير أوضح أوضحت أوضحوا يوضح توضح صرح صرحت صرحوا يصرح تصرح
    أورد أوردت بث بثت نشر نشرت لفت لفتت نوه نوهت كشف كشفت كشفوا تحدث تحدثت تحدثوا يتحدث تتحدث
    زعم زعمت ادعى ادعت تبنى تبنت وثق وثقت أحصى أحصت رصد رصدت سجل سجلت روى روت أبلغ أبلغت
    نفى نفت نفوا أفيد رجح رجحت رجحوا أكدته أوردته ذكرته نقلته
    أدان أدانت أدانوا ندد نددت نددوا استنكر استنكرت أصدر أصدرت
    """
)
# "نشر" also means "deploy" and "بث" "spread": their subject must be a medium.
_MEDIA_VERBS = _keys("نشر نشرت بث بثت")
# verbs whose object follows the subject directly: "بث التلفزيون السوري مشاهد للدمار"
# ("أصدر المركز الإعلامي لقوات سوريا الديمقراطية بيانا": who issued the statement.)
_OBJECT_VERBS = _keys("نشر نشرت بث بثت وثق وثقت أحصى أحصت رصد رصدت سجل سجلت نفى نفت تبنى تبنت أصدر أصدرت")
_PERSON_HEADS = _keys("ناشط ناشطة مدير مديرة متحدث متحدثة ناطق مسؤول مسؤولة قائد رئيس محافظ وزير مراسل عضو")
_NAQL_VERBS = _keys("نقل نقلت نقلوا ينقل تنقل")
_VERB_SUFFIXES = ("تها", "ته", "ها", "ه", "هم")

_HEADS = _keys(
    """
    مصدر مصادر مصدران مصدرين وكالة وكالات وزارة وزير مرصد ناشط ناشطة ناشطون ناشطين نشطاء مراسل مراسلة
    مراسلو مراسلون مراسلي شبكة تلفزيون قناة صحيفة جريدة مجلة موقع صفحة حساب إذاعة إعلام وسائل مسؤول
    مسؤولة مسؤولون مسؤولين متحدث متحدثة ناطق مدير مديرة مديرية قائد قيادة قيادي جيش دفاع لجان لجنة مكتب
    مركز هيئة حركة جماعة فصيل فصائل منظمة مجلس بيان تقرير سكان شهود شاهد أهالي مواطنون مسعف مسعفون
    طبيب أطباء مستشفى مشفى فريق منسقو منسقي هلال أمم تحالف بنتاغون كرملين رئيس محافظ عضو خبير ائتلاف
    غرفة إدارة تنسيقية تنسيقيات رابطة اتحاد شرطة قوات خوذ معارض معارضون ضابط عنصر مقاتل مجموعة
    منصة حكومة سلطات الجهات جهات مصادرنا مراسلنا مراسلها مراسله صفحات قنوات حسابات شبكات منصات صحف
    حملة تجمع عمال عاملون عاملين متطوعون متطوعين منقذون فرق رجال قوى
    """
)
_TITLES = _keys("رائد عقيد عميد لواء جنرال نقيب ملازم مقدم شيخ دكتور د سيد مهندس محامي الصحفي صحفي إعلامي")
_MEDIA_HEADS = _keys(
    """
    وكالة وكالات شبكة تلفزيون قناة صحيفة جريدة مجلة موقع صفحة حساب إذاعة إعلام وسائل مرصد ناشطون ناشطين
    نشطاء مراسل مراسلو مراسلون مكتب مركز منصة صفحات قنوات حسابات شبكات منصات صحف
    """
)
# heads that a quoted name can follow: موقع "السويداء 24"، صفحة "شبكة أخبار الساحل"، وكالة أنباء "هاوار"
_CONTAINER_HEADS = _MEDIA_HEADS | _keys(
    "أنباء حركة جماعة منظمة مجموعة غرفة عمليات فصيل لواء جيش هيئة حملة تجمع تنسيقية رابطة اتحاد فريق مؤسسة"
    # 'مصدر طبي في مشفى "تل تمر"': the hospital a source works in, by its quoted name
    " مشفى مستشفى"
)
_OUTLETS = _keys(
    """
    رويترز سانا فرانس الأناضول أناضول سمارت سبوتنيك الجزيرة العربية تاس إنترفاكس انترفاكس نوفوستي
    أسوشيتد اسوشيتد أورينت اورينت عنب بلدي نيوز ستيب قاسيون سي بي
    """
)
# Outlets whose second word would end a phrase elsewhere: "روسيا اليوم" (RT) is no "Russia, today",
# "مراسل حلب اليوم" (Halab Today TV) no correspondent in Aleppo today.
_TWO_WORD_OUTLETS = frozenset({(_key("روسيا"), _key("اليوم")), (_key("حلب"), _key("اليوم"))})
# plural heads take only adjectives ("مصادر أهلية", "ناشطون معارضون"), so a noun after them ends the phrase
_PLURAL_HEADS = _keys(
    "ناشطون ناشطين نشطاء مصادر سكان شهود أهالي مسعفون مواطنون مراسلون مسؤولون صفحات قنوات حسابات شبكات منصات"
)
_ADJECTIVE_ENDINGS = ("يه", "يون", "يين", "ون", "ين", "ه", "ات", "عيان")
_PERSON_NAMES_WITH_WAW = _keys("وليد وائل وسيم وفاء وعد وجيه وديع وضاح وحيد وهيب وسام ورد وصفي وفيق وجدي")

_TIME_WORDS = _keys(
    """
    اليوم أمس الأمس بالأمس البارحة الليلة فجر صباح ظهر ظهيرة عصر مساء ليل ليلة يوم غدا غد منتصف
    السبت الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة مؤخرا سابقا لاحقا مجددا أيضا كذلك
    حاليا الآن بدوره بدورها بدورهم قد
    """
)
_STOP_WORDS = _keys(
    """
    إلى الى على حول أمام خلال عبر بعد قبل منذ حيث لكن لكنه لكنها بشأن حتى مع ضد بين دون عند لدى
    الذي التي الذين اللذين اللتين اللواتي اللاتي اللذان اللتان ما مما قوله قولها قولهم قولهما
    هو هي هم هذا هذه ذلك تلك إنه أنه كما فيما بينما إذ إذا لأن وسط جراء إثر نتيجة
    """
)
_EVENT_NOUNS = _keys(
    """
    مقتل سقوط وقوع إصابة استهداف حصول تعرض تنفيذ شن قصف غارات غارة مصرع استشهاد انفجار تدمير سيطرة تقدم
    بدء ارتفاع اندلاع وصول دخول خروج انسحاب إسقاط إطلاق مواصلة تواصل تجدد تصاعد هجوم هجمات عملية
    مسؤولية وجود التقارير تقارير الاتهامات مجزرة مجازر حصيلة بيانا تقريرا صورا
    مقطعا فيديو تسجيلا مقاطع صور نبأ خبر نزوح دمار أضرار حجم
    """
)
# "استهدافه", "قصفها": an event with the pronoun of whom it is.
_EVENT_NOUNS_WITH_PRONOUN = frozenset(noun + suffix for noun in _EVENT_NOUNS for suffix in ("ه", "ها", "هم"))
_MASDAR_AFTER_BA = _keys(
    """
    بمقتل بسقوط بوقوع بإصابة بإطلاق بتدمير بشن بقصف باستهداف بحدوث بتعرض بتنفيذ بانفجار بحصول بارتفاع
    بمصرع باستشهاد بتقدم بسيطرة بوجود بأن بان بأنه بانه بأنها بانها بأنهم بانهم بإلقاء بتجدد
    بسماع بدوي بتحليق بتصاعد باندلاع بإسقاط بخروج بمقتله بنزوح بدمار
    """
)
_SPEECH_NOUNS = _keys(
    """
    بيان بيانه بيانها تصريح تصريحه تصريحها تصريحات حديث حديثه حديثها اتصال مؤتمر تغريدة منشور رسالة تقرير
    مقابلة لقاء وقت ساعة ساعات حصيلة تسجيل فيديو مقطع شريط كلمة خطاب
    """
)
_SIDE_WORDS = _keys("جهته جهتها جهتهم جانبه جانبها جانبهم ناحيته ناحيتها")
_OPENERS = _keys(
    """
    و ف كان كانت وكان وكانت فكان قد وقد لقد إن أن ان إلا الا لكن ولكن فيما بينما كما وكما حيث ثم أما
    في وفي بدوره بدورها وبدوره وبدورها من جهته جهتها ومن
    """
)
_COMPLEMENTISER = re.compile(r"^[وف]?ب?[اأإ]ن(?:ه|ها|هم|هن|نا|ني|هما)?$")
_PREPOSITION_TRIGGERS = _keys("وفق وفقا حسب بحسب حسبما بحسبما طبقا استنادا نقلا")
# "في حديث لعنب بلدي", "في تصريح لـ"الشرق الأوسط"", "في مقابلة مع قناة الجزيرة": the outlet spoken to.
_INTERVIEW_NOUNS = _keys("حديث تصريح تصريحات لقاء مقابلة اتصال")
# "وبيّن المراسل أن", "بيّنت المصادر أن": "explained", whose bare form is the preposition "بين"
# ("الاشتباكات بين قوات ..."): only these forms, and only a source head followed by what it said.
_EXPLAINED = _keys("وبين فبين بينت وبينت فبينت بينوا وبينوا")
_TAKES_LAM = _keys("وفقا طبقا")
_LOOSE_TRIGGERS = _keys("استنادا طبقا")

# "بيان صادر عن الوزارة": the issuer belongs to the statement's phrase
_ISSUED = _keys("صادر صادرة")
# "وجاء في البيان", "ورد في تقرير المرصد": the document named after "في" is the source
_CAME_IN = _keys("جاء ورد")
_DOCUMENT_HEADS = _SPEECH_NOUNS | _HEADS
# Bodies named after their place in a source's seat: "مصدر في قيادة شرطة حلب", "في مديرية صحة إدلب",
# and the first words of two-word place names: "مصدر في مجلس تل تمر العسكري".
_SEAT_CONSTRUCTS = _keys("قيادة شرطة مديرية صحة فرع مكتب مجلس") | CONSTRUCT_NOUNS


@dataclass(slots=True)
class Token:
    """A word or punctuation token of the text find_sources reads: ``key`` is its matching form
    (diacritics dropped, alef, ta marbuta, alef maksura and hamza seats folded)."""

    start: int
    end: int
    text: str
    key: str
    opens: bool  # may open an attribution (see opens)

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum() or self.text[0] == "_"


def _tokenize(sentence: str) -> list[Token]:
    tokens = []
    position = 0
    # Only whitespace lies between two tokens (the pattern takes every other character), so each
    # one is found where the last one ended; quicker than a match object per token.
    find = sentence.find
    for text in _TOKEN.findall(sentence):
        start = find(text, position)
        position = start + len(text)
        key, opening = _word(text)
        tokens.append(Token(start, position, text, key, opening))
    return tokens


@functools.lru_cache(maxsize=65536)
def _word(text: str) -> tuple[str, bool]:
    key = _key(text)
    return key, opens(key)


def opens(key: str) -> bool:
    """Is the token one find_sources acts on: a preposition trigger, the "على"/"عن" of "على لسان",
    "جاء"/"ورد", an attribution verb? Most tokens are none of these and are passed over at once."""
    return (
        key in _PREPOSITION_TRIGGERS
        or (key.startswith("و") and key[1:] in _PREPOSITION_TRIGGERS)
        or key in ("علي", "عن")
        or _came_in(key)
        or _verb_key(key) is not None
        or key in _INTERVIEW_NOUNS
        or key in _EXPLAINED
    )


def _strip_conjunction(key: str) -> str:
    return key[1:] if len(key) > 2 and key[0] in "وف" else key


def _came_in(key: str) -> bool:
    return key in _CAME_IN or _strip_conjunction(key) in _CAME_IN


@functools.lru_cache(maxsize=65536)
def _verb_key(key: str) -> str | None:
    """The attribution verb a token spells, with an optional و/ف and object suffix, else None."""
    for candidate in (key, _strip_conjunction(key)):
        if candidate in _VERBS:
            return candidate
        for suffix in _VERB_SUFFIXES:
            if candidate.endswith(suffix) and candidate[: -len(suffix)] in _VERBS:
                return candidate[: -len(suffix)]
    return None


@functools.lru_cache(maxsize=65536)
def _is_head(key: str) -> bool:
    bare = _bare(key)
    return key in _HEADS or bare in _HEADS or bare in _TITLES or key in _OUTLETS or bare in _OUTLETS


def _is_media(key: str) -> bool:
    bare = _bare(key)
    return bare in _MEDIA_HEADS or key in _MEDIA_HEADS or key in _OUTLETS or bare in _OUTLETS


@functools.lru_cache(maxsize=65536)
def _is_time(key: str) -> bool:
    return key in _TIME_WORDS or _bare(key) in _TIME_WORDS or _strip_conjunction(key) in _TIME_WORDS


def _is_container(key: str) -> bool:
    # "وفقا لحملة": a head after "ل" (any head, where _addressee_key takes media only).
    addressee = _addressee_key(key) or (key[1:] if key.startswith("ل") else None)
    return _bare(key) in _CONTAINER_HEADS or (addressee is not None and _bare(addressee) in _CONTAINER_HEADS)


@functools.lru_cache(maxsize=65536)
def _addressee_key(key: str) -> str | None:
    """ "لوكالة" -> "وكالة", "للمرصد" -> "المرصد" when what follows ل is a medium; else None."""
    if not key.startswith("ل") or len(key) < 3:
        return None
    rest = "ا" + key[1:] if key.startswith("لل") else key[1:]
    return rest if _is_media(rest) else None


def _closing_quote(tokens: list[Token], i: int, *, named: bool = False) -> int | None:
    """Index of the quote closing a short quoted name opened at i, else None (reported speech).
    ``named``: the quote follows a head ("حملة"), so it is a name even with a verb in it ("حملة
    "الرقة تذبح بصمت"")."""
    opener = tokens[i].text
    closers = {_CLOSE_FOR.get(opener, opener), "»", "”", '"', "″"}
    for j in range(i + 1, min(len(tokens), i + 8)):
        token = tokens[j]
        if token.text in closers:
            return j if j > i + 1 else None
        if token.text in ("-", "–") and j > i + 1:
            continue  # "الدفاع المدني السوري-الخوذ البيضاء": one name with two parts
        if not token.is_word or _COMPLEMENTISER.match(token.key) or (not named and _verb_key(token.key)):
            return None
    return None


def _closing_paren(tokens: list[Token], i: int) -> int | None:
    """Index of the ")" closing a parenthesised name of at most four words opened at i, else None."""
    for j in range(i + 1, min(len(tokens), i + 6)):
        if tokens[j].text == ")":
            return j if j > i + 1 else None
        if not tokens[j].is_word or _COMPLEMENTISER.match(tokens[j].key) or _verb_key(tokens[j].key):
            return None
    return None


def _opening_paren(tokens: list[Token], i: int) -> int | None:
    for j in range(i - 1, max(-1, i - 6), -1):
        if tokens[j].text == "(":
            return j if j < i - 1 else None
        if not tokens[j].is_word:
            return None
    return None


@dataclass
class _Phrase:
    first: int  # token index of the first token, -1 when empty
    last: int
    stop: int  # index of the token that ended the phrase
    reason: str
    lam: bool = False  # the first token carries a preposition ل to drop ("وفقا لبيان")


def _skip_leading(tokens: list[Token], i: int) -> int:
    while i < len(tokens):
        key = tokens[i].key
        if tokens[i].text in ",،" or _is_time(key) or key in PRONOUN_PREPOSITIONS:
            i += 1
        elif key in ("من", "ومن") and i + 1 < len(tokens) and tokens[i + 1].key in _SIDE_WORDS:
            i += 2
        elif tokens[i].text in "ـ-–":
            i += 1
        else:
            break
    return i


# The only words whose stop reason depends on their neighbours (see _stop_reason_in_context).
_CONTEXT_KEYS = frozenset(("علي", "عن", "في", "وفي", "من", "ومن"))


def _stop_reason(tokens: list[Token], j: int) -> str | None:
    """Why token j cannot belong to a source phrase, or None when it can."""
    token = tokens[j]
    if token.key in _CONTEXT_KEYS:
        return _stop_reason_in_context(tokens, j)
    return _word_stop_reason(token.text, token.key)


@functools.lru_cache(maxsize=65536)
def _word_stop_reason(text: str, key: str) -> str | None:
    return _stop_reason_in_context([Token(0, len(text), text, key, False)], 0)


def _stop_reason_in_context(tokens: list[Token], j: int) -> str | None:
    token = tokens[j]
    key = token.key
    following = tokens[j + 1].key if j + 1 < len(tokens) else ""
    if not key:
        return "punct"  # a lone tatweel
    if token.text in ":":
        return "speech"
    if token.text in _PUNCT_STOP:
        return "punct"
    if token.text in _OPEN_QUOTES:
        return "speech"
    if not token.is_word:
        return "punct"
    if _COMPLEMENTISER.match(key) or key in _MASDAR_AFTER_BA:
        return "speech"
    if key in ("علي", "عن") and _bare(following) == "لسان":
        return "lisan"
    if key == "عن" and not (j > 0 and _bare(tokens[j - 1].key) in _ISSUED):
        return "an"
    if key in ("نقلا", "ونقلا"):
        return "naqlan"
    if key in ("الي", "امام"):
        return "speech"
    if key in ("في", "وفي") and (
        _bare(following) in _SPEECH_NOUNS or following in _SPEECH_NOUNS or _is_time(following)
    ):
        return "speech"
    if key in ("في", "وفي") and following in _FRAMES:
        return "end"  # "أفاد المرصد في إطار تصعيد": the frame of what is told, not the source's seat
    if key in ("من", "ومن") and (following in _SIDE_WORDS or following == "دون"):
        return "speech"
    if _addressee_key(key) is not None or key in ("ل", "لـ"):
        return "addressee"
    if _is_time(key):
        return "time"
    if key in _PREPOSITION_TRIGGERS or _strip_conjunction(key) in _PREPOSITION_TRIGGERS:
        return "end"
    if key in _STOP_WORDS or _verb_key(key) or _bare(key) in _EVENT_NOUNS or key in _EVENT_NOUNS:
        return "end"
    if _MASDAR_WITH_BA.fullmatch(key):
        return "end"  # "أفادت وزارة النقل بتحويل الرحلات": what the source reports, not its name
    if key in _EVENT_NOUNS_WITH_PRONOUN:
        return "end"  # "أعلن الجيش الحر استهدافه مقرا": the event the source tells of, with its pronoun
    if key[0].isdigit():
        return "end"
    if key.startswith("و") and key not in _PERSON_NAMES_WITH_WAW and not _is_head(key):
        return "coord" if _is_head(key[1:]) else "end"
    return None


def _phrase(tokens: list[Token], i: int) -> _Phrase:
    """The source noun phrase starting at token i (after time words and commas)."""
    i = _skip_leading(tokens, i)
    if i + 1 < len(tokens) and tokens[i].key in ("ل", "لـ"):
        i += 1  # 'تحدثت لـ"عنب بلدي"': the addressee's preposition written apart
    first = i
    j = i
    words = 0
    plural_head = False
    location_left = -1  # words still allowed after "في" (the source's seat: "مصدر أمني في دمشق", "في قيادة شرطة حلب")
    while j < len(tokens):
        token = tokens[j]
        if location_left == 0 and tokens[j - 1].key in _SEAT_CONSTRUCTS:
            location_left = 1  # "في قيادة شرطة حلب": a body of a place goes on to the place
        elif location_left == 0 and token.key.startswith("ال") and token.key.endswith(("ي", "يه")):
            location_left = 1  # "في الجيش الوطني السوري": the body's adjective
        if location_left == 0:
            return _Phrase(first, j - 1, j, _stop_reason(tokens, j) or "end")
        if (
            plural_head
            and j > first
            and token.is_word
            and not _bare(token.key).endswith(_ADJECTIVE_ENDINGS)
            and token.key not in ("في", "من")
            and _stop_reason(tokens, j) is None
        ):
            return _Phrase(first, j - 1, j, "end")
        # 'مراسل في "شبكة شام"', 'مصادر مقربة من "الإدارة الذاتية"': the body a person speaks for or
        # is close to, quoted after "في" or "من", is a name too.
        in_body = j > first and tokens[j - 1].key in ("في", "وفي", "من")
        if token.text in _OPEN_QUOTES and (j == first or in_body or (container := _is_container(tokens[j - 1].key))):
            close = _closing_quote(tokens, j, named=j > first and (in_body or container))
            if close is not None:
                words += close - j - 1
                j = close + 1
                # after a quoted name only an adjective follows: موقع "السويداء 24" المحلي
                if j < len(tokens) and tokens[j].is_word and not tokens[j].key.startswith("ال"):
                    return _Phrase(first, j - 1, j, _stop_reason(tokens, j) or "end")
                continue
        if token.text == "(" and j > first:
            close = _closing_paren(tokens, j)
            if close is not None:
                words += close - j - 1
                j = close + 1
                continue
        if location_left > 0 and token.key.startswith("و") and token.key[1:] in COMPASS_WORDS:
            # "قوى الأمن في شمال وشرق سوريا": the seat goes on to the region it names.
            location_left += 1
            words += 1
            j += 1
            continue
        if j > first and (tokens[j - 1].key, token.key) in _TWO_WORD_OUTLETS:
            words += 1  # "بحسب روسيا اليوم": the channel's name, not "today"
            j += 1
            continue
        reason = _stop_reason(tokens, j)
        if reason is not None and not (j == first and reason in ("coord", "addressee")):
            return _Phrase(first if j > first else -1, j - 1, j, reason)
        if j == first:
            plural_head = _bare(_strip_conjunction(token.key)) in _PLURAL_HEADS or token.key in _PLURAL_HEADS
        if location_left > 0:
            location_left -= 1
        elif (token.key == "في" or (plural_head and token.key == "من")) and j > first:
            # ("مصادر محلية من قرية الشعاب": where the people speak from, as "في" is.)
            # ("في شمال غرب سوريا": a region named by its compass words, then the country.)
            compass = j + 2 < len(tokens) and tokens[j + 1].key in COMPASS_WORDS and tokens[j + 2].key in COMPASS_WORDS
            location_left = 3 if compass else 2
            plural_head = False
        words += 1
        if words > _MAX_WORDS:
            return _Phrase(first, j - 1, j, "length")
        j += 1
    return _Phrase(first if j > first else -1, j - 1, j, "end")


def _mention(sentence: str, tokens: list[Token], phrase: _Phrase) -> SourceMention | None:
    first, last = phrase.first, phrase.last
    if first < 0 or last < first:
        return None
    if tokens[first].text in _OPEN_QUOTES and tokens[last].text in _CLOSERS:
        first, last = first + 1, last - 1
        if last < first:
            return None
    start, end = tokens[first].start, tokens[last].end
    text = sentence[start:end]
    head = tokens[first].key
    if head.startswith("و") and _is_head(head[1:]) and not _is_head(head):
        start, text = start + 1, text[1:]  # "ومصدر" coordinated after a first source
    elif phrase.lam or _addressee_key(head) is not None:
        if head.startswith("لل"):
            return SourceMention(start=start + 1, end=end, text="ال" + text[2:], alef_restored=True)
        start, text = start + 1, text[1:]
    return SourceMention(start=start, end=end, text=text)


_COUNTRY_NAMES = _keys("سوريا سورية")


def _without_object(tokens: list[Token], phrase: _Phrase) -> _Phrase:
    """Cut a definite subject before the first indefinite word, which starts the verb's object."""
    head = tokens[phrase.first].key
    if not head.startswith("ال") or _bare(head) in _PERSON_HEADS or _bare(head) in _TITLES:
        return phrase
    for j in range(phrase.first + 1, phrase.last + 1):
        token = tokens[j]
        # ("قوات سوريا الديمقراطية": the country's name, without the article, is part of a name.)
        if token.is_word and not token.key.startswith(("ال", "ل")) and token.key not in _COUNTRY_NAMES:
            return _Phrase(phrase.first, j - 1, j, "end")
        if not token.is_word:
            break
    return phrase


def _acceptable(tokens: list[Token], phrase: _Phrase, *, media_only: bool = False) -> bool:
    """A verb's subject is a source when it has a source head or ends where attribution ends."""
    if phrase.first < 0:
        return False
    index = phrase.first + 1 if tokens[phrase.first].text in _OPEN_QUOTES else phrase.first
    head = tokens[index].key
    if media_only:
        return _is_media(head) or _is_media(_strip_conjunction(head))
    if _is_head(head) or _is_head(_strip_conjunction(head)) or tokens[phrase.first].text in _OPEN_QUOTES:
        return True
    # "وأوضح أبو محمد، وهو ناشط إعلامي، أن": a name that the words after the comma say is a source.
    stop = phrase.stop
    if phrase.reason == "punct" and stop + 2 < len(tokens) and tokens[stop + 1].key in ("وهو", "وهي"):
        return _is_head(tokens[stop + 2].key)
    # "وقال أبو أحمد، أحد سكان البلدة، لوكالة رويترز": a name the words after the comma say is one of
    # a people.
    if phrase.reason == "punct" and stop + 2 < len(tokens) and tokens[stop + 1].key in _ONE_OF:
        return True
    return phrase.reason in ("speech", "an", "addressee", "lisan", "naqlan")


class _Collector:
    def __init__(self, sentence: str, tokens: list[Token]) -> None:
        self.sentence = sentence
        self.tokens = tokens
        self.found: dict[tuple[int, int], SourceMention] = {}

    def add(self, phrase: _Phrase) -> None:
        mention = _mention(self.sentence, self.tokens, phrase)
        if mention is not None:
            self.found.setdefault((mention.start, mention.end), mention)

    def follow(self, phrase: _Phrase, *, naql: bool = False) -> None:
        """Sources that hang off the end of a phrase: addressee, "عن X", "نقلا عن X", "ومصدر"."""
        tokens = self.tokens
        for _ in range(4):
            stop = phrase.stop
            if stop >= len(tokens):
                return
            if phrase.reason in ("punct", "time", "speech"):
                # "قال فلان، لـ"مكتب أخبار سوريا"، إن", "نقل التلفزيون من جهته عن مصدر": the source
                # continues after a comma, a time word or "من جهته"
                k = _skip_leading(tokens, stop)
                if k < len(tokens) and tokens[k].key in _ONE_OF:
                    # "أبو أحمد، أحد سكان البلدة، لوكالة رويترز": past the apposition to what follows it.
                    k = next((j for j in range(k, min(len(tokens), k + 8)) if tokens[j].text in ",،"), k)
                    k = _skip_leading(tokens, k)
                if k == stop or k >= len(tokens):
                    return
                following = tokens[k].key
                if following in ("ل", "لـ") or _addressee_key(following) is not None:
                    phrase = _Phrase(-1, -1, k, "addressee")
                elif following == "عن" and naql:
                    phrase = _Phrase(-1, -1, k, "an")
                elif _strip_conjunction(following) == "نقلا":
                    phrase = _Phrase(-1, -1, k, "naqlan")
                else:
                    return
                continue
            if phrase.reason == "addressee":
                start = stop + 1 if tokens[stop].key in ("ل", "لـ") else stop
                nxt = _phrase(tokens, start)
                self.add(nxt)
                phrase = nxt
            elif phrase.reason in ("an", "lisan", "naqlan"):
                skip = {"an": 1, "lisan": 2, "naqlan": 2}[phrase.reason]
                nxt = _phrase(tokens, stop + skip)
                head_ok = nxt.first >= 0 and _acceptable(tokens, nxt)
                # after a plain "عن" ("تحدث ناشطون عن قصف") only a source head is a second source
                if head_ok and (naql or phrase.reason != "an" or _is_head(tokens[nxt.first].key)):
                    self.add(nxt)
                phrase, naql = nxt, False
            elif phrase.reason == "coord":
                nxt = _phrase(tokens, stop)
                self.add(nxt)
                phrase = nxt
            else:
                return

    def mentions(self) -> list[SourceMention]:
        return sorted(self.found.values(), key=lambda m: (m.start, m.end))


_IN_WORDS = frozenset(("في", "وفي", "خلال", "وخلال"))


def _subject_before(tokens: list[Token], verb: int) -> _Phrase | None:
    """Subject-verb order: "مصدر دبلوماسي فرنسي قال", "وكانت لجان التنسيق أعلنت"."""
    end = verb - 1
    if end >= 0 and tokens[end].text in ",،":
        end -= 1
    start = end
    while start >= 0 and end - start < _MAX_WORDS + 2:
        text = tokens[start].text
        if text == ")":
            opening = _opening_paren(tokens, start)
            if opening is not None:
                start = opening - 1
                continue
        if text in _PUNCT_STOP and text not in "»":
            break
        start -= 1
    start += 1
    while start <= end and (tokens[start].key in _OPENERS or tokens[start].key in _SIDE_WORDS):
        if tokens[start].key in _IN_WORDS:
            return None  # "وفي بيان لها، قالت المنظمة": a phrase after "في" is no subject
        start += 1
    if start > end:
        return None
    head = tokens[start].key
    if not (_is_head(head) or (head.startswith("و") and _is_head(head[1:]))):
        return None
    phrase = _phrase(tokens, start)
    # the phrase must reach the verb (allowing a comma), or stop at a relative clause ("الذي ...")
    if phrase.first != start or (phrase.stop < verb - 1 and tokens[phrase.stop].key not in _STOP_WORDS):
        return None
    return _Phrase(start, min(phrase.last, end), verb, "verb")


@functools.lru_cache(maxsize=65536)
def _may_trigger(word: str) -> bool:
    """Could this word open an attribution? A cheap test that spares most sentences the full parse."""
    key = _key(word.strip(_PUNCTUATION))
    # "على"/"عن" open one only before "لسان" or "حد قول", which are enough by themselves.
    return key.endswith("لسان") or key in _SAYING or (opens(key) and key not in ("علي", "عن"))


# "على حد قول ناشطين", "على حد تعبير المصدر".
_SAYING = _keys("قول تعبير")


_PUNCTUATION = ".,،;؛:!?؟()[]{}«»\"“”'‘’-–—/|…"


# A report's opening line: its place (a few words), a dash, the outlet that wrote it and a colon.
_BYLINE = re.compile(r"\s*(?:[^\s:\-–—]+\s+){0,3}[^\s:\-–—]+\s*[-–—]\s*(?P<source>[^\s:\-–—][^:\n\-–—.،]{2,60}?)\s*:")


def byline_source(text: str, offset: int = 0) -> SourceMention | None:
    """ "محافظة دير الزور- المرصد السوري لحقوق الإنسان:: تستمر الاشتباكات": the outlet a report opens
    with, after its place and a dash and before a colon, is who tells it (a date there is no outlet)."""
    match = _BYLINE.match(text, offset)
    if match is None:
        return None
    head = _key(match.group("source").split(maxsplit=1)[0])
    if _bare(head) not in _MEDIA_HEADS and head not in _OUTLETS:
        return None
    return SourceMention(match.start("source"), match.end("source"), match.group("source"))


@functools.cache
def trigger_words() -> tuple[frozenset[str], frozenset[str]]:
    """The normalised words that open an attribution (whole words, with their conjunction and
    object suffixes), and the endings that do ("على لسان"): a sentence with none of them has no
    source, which lets a caller skip it without splitting it into words."""
    words = set(_PREPOSITION_TRIGGERS) | {"و" + word for word in _PREPOSITION_TRIGGERS}
    for conjunction in ("", "و", "ف"):
        words |= {conjunction + word for word in _CAME_IN}
        for suffix in ("", *_VERB_SUFFIXES):
            words |= {conjunction + verb + suffix for verb in _VERBS}
    return frozenset(words | _SAYING | _INTERVIEW_NOUNS | _EXPLAINED), frozenset({"لسان"})


# "وأضاف، أن ...", "وتابع: ...": a speech verb with no speaker of its own; the last speaker goes on.
_GOING_ON = _keys("قال قالت أضاف أضافت تابع تابعت أشار أشارت أوضح أوضحت لفت لفتت أكد أكدت نوه نوهت")


def is_complementiser(key: str) -> bool:
    """Is the word "أن"/"إن" (with "و", "ف", "ب" or a pronoun), after which what is said begins?"""
    return _COMPLEMENTISER.match(key) is not None


def goes_on(tokens: list[Token]) -> bool:
    """Does the sentence open with "وأضاف"/"وتابع" and the like (a speaker carried on from the
    sentence before)? Only meaningful where find_sources found no speaker in it."""
    first = next((token for token in tokens if token.is_word), None)
    return first is not None and first.key.startswith("و") and first.key[1:] in _GOING_ON


def find_sources(sentence: str, tokens: list[Token] | None = None) -> list[SourceMention]:
    """Source spans of the attribution patterns in one sentence, in order of appearance. ``tokens``:
    the sentence's tokens when the caller has them, with offsets into ``sentence`` (which may then
    be a whole text holding the sentence)."""
    if tokens is None:
        if not any(_may_trigger(word) for word in sentence.split()):
            return []
        tokens = _tokenize(sentence)
    openers = [i for i, token in enumerate(tokens) if token.opens]
    if not openers:
        return []
    collector = _Collector(sentence, tokens)
    for i in openers:
        key = tokens[i].key
        if key in _PREPOSITION_TRIGGERS or (key.startswith("و") and key[1:] in _PREPOSITION_TRIGGERS):
            _after_preposition(collector, i)
            continue
        if key == "علي" and [t.key for t in tokens[i + 1 : i + 3]] in (["حد", "قول"], ["حد", "تعبير"]):
            collector.add(_phrase(tokens, i + 3))  # "على حد قول ناشطين"
            continue
        if key in ("علي", "عن") and i + 1 < len(tokens) and _bare(tokens[i + 1].key) == "لسان":
            phrase = _phrase(tokens, i + 2)
            collector.add(phrase)
            continue
        if key in _INTERVIEW_NOUNS:
            _after_interview(collector, i)
            continue
        if _came_in(key) and i + 1 < len(tokens) and tokens[i + 1].key == "في":
            phrase = _phrase(tokens, i + 2)
            if phrase.first >= 0 and _bare(tokens[phrase.first].key) in _DOCUMENT_HEADS:
                collector.add(phrase)
            continue
        if key in _EXPLAINED:
            phrase = _phrase(tokens, i + 1)
            # ('وبينت “سانا” أن': a quoted name is a source's as a head noun is.)
            if (
                phrase.first >= 0
                and phrase.reason == "speech"
                and (_is_head(tokens[phrase.first].key) or tokens[phrase.first].text in _OPEN_QUOTES)
            ):
                collector.add(phrase)
            continue
        verb = _verb_key(key)
        if verb is None:
            continue
        _after_verb(collector, i, verb)
        if verb == key and not (i > 0 and tokens[i - 1].key in _PREPOSITION_TRIGGERS):
            subject = _subject_before(tokens, i)
            if subject is not None:
                collector.add(subject)
    return collector.mentions()


def _after_interview(collector: _Collector, i: int) -> None:
    """ "في حديث لعنب بلدي", "في تصريح لـ"الشرق الأوسط"", "خلال مقابلة مع قناة الجزيرة"."""
    tokens = collector.tokens
    if i == 0 or tokens[i - 1].key not in ("في", "خلال") or i + 1 >= len(tokens):
        return
    following = tokens[i + 1].key
    if following in ("ل", "لـ", "مع"):
        collector.add(_phrase(tokens, i + 2 if following == "مع" else i + 1))
    elif following.startswith("ل") and len(following) > 2:
        phrase = _phrase(tokens, i + 1)
        phrase.lam = True
        collector.add(phrase)


_TIME_PHRASE_NOUNS = _keys("وقت ساعة ساعات")
_FRAMES = _keys("إطار ظل سياق خضم أعقاب ضوء إثر")
# "بتحويل", "بإعلان": "ب" and the verbal noun of a derived verb (تفعيل, إفعال).
_MASDAR_WITH_BA = re.compile(r"ب(?:ت\w\wي\w|ا\w\wا\w)")
# "أحد سكان البلدة", "إحدى الناشطات": one of a people, after a name.
_ONE_OF = _keys("أحد إحدى")


def _after_time_phrase(tokens: list[Token], phrase: _Phrase) -> _Phrase:
    """ "نقلت في وقت سابق من اليوم عن مصدر": the "عن" after the time phrase, else the phrase as it was."""
    k = phrase.stop
    if k + 1 >= len(tokens) or tokens[k].key not in ("في", "وفي") or _bare(tokens[k + 1].key) not in _TIME_PHRASE_NOUNS:
        return phrase
    for j in range(k + 2, min(k + 7, len(tokens))):
        if tokens[j].key == "عن":
            return _Phrase(-1, -1, j, "an")
        if not tokens[j].is_word or _is_head(tokens[j].key):
            break
    return phrase


def _after_verb(collector: _Collector, i: int, verb: str) -> None:
    tokens = collector.tokens
    naql = verb in _NAQL_VERBS
    if naql and i + 1 < len(tokens) and tokens[i + 1].key.startswith("الي"):
        return  # "تنقل إليه قوات النظام معدات": carried to a place, not quoted
    phrase = _phrase(tokens, i + 1)
    if naql and phrase.first < 0 and phrase.reason == "speech":
        phrase = _after_time_phrase(tokens, phrase)
    if phrase.first < 0:
        # "ونقل عن مصدر", "وقال لوكالة رويترز": no subject written, but a source may still follow
        if phrase.reason in ("an", "addressee", "lisan", "naqlan"):
            collector.follow(phrase, naql=naql)
        return
    # "ونقل الجرحى إلى المستشفى": carried, not quoted; "نقلت الوكالة عن" and "نقل مراسلنا" quote.
    if naql and phrase.reason != "an" and not _is_head(tokens[phrase.first].key):
        return
    if _acceptable(tokens, phrase, media_only=verb in _MEDIA_VERBS):
        if verb in _OBJECT_VERBS:
            phrase = _without_object(tokens, phrase)
        collector.add(phrase)
        collector.follow(phrase, naql=naql)


# What is done "according to": "وفق توجيهات القيادة", "بحسب الخطة".
_DIRECTIVES = _keys("توجيهات تعليمات أوامر خطة قرار قرارات اتفاق الاتفاق برنامج جدول")
# The speaker's own words or claim, after "بحسب" / "وفق" / "على حد".
_OWN_WORDS = frozenset(
    stem + suffix
    for stem in ("تعبير", "زعم", "قول", "وصف", "ادعاء", "ادعاي", "رواي", "روايت")
    for suffix in ("ه", "ها", "هم", "هما")
)


def _after_preposition(collector: _Collector, i: int) -> None:
    """ "بحسب X", "وفقا لـX", "وفق ما أعلن X", "بحسب ما نقلت X عن Y", "نقلا عن X", "استنادا إلى X"."""
    tokens = collector.tokens
    j = i + 1
    key = tokens[i].key
    if _strip_conjunction(key) == "نقلا" and j < len(tokens) and tokens[j].key == "عن":
        j += 1
    while j < len(tokens) and tokens[j].key in ("ل", "لـ", "الي", "ـ"):
        j += 1
    if j < len(tokens) and tokens[j].key in ("ما", "لما"):
        j += 1
        if j < len(tokens) and _verb_key(tokens[j].key):
            j += 1
    elif j < len(tokens) and tokens[j].key.startswith("ما") and _verb_key(tokens[j].key[2:]):
        j += 1  # "حسب ماأفادته": "ما" written onto its verb
    phrase = _phrase(tokens, j)
    if phrase.first < 0 or (phrase.reason == "length" and not _is_head(tokens[phrase.first].key)):
        return
    first_key = tokens[phrase.first].key
    if first_key in _OWN_WORDS:
        return  # "بحسب تعبيره", "وفق زعمه": in his words, not a second source
    if _bare(first_key) in _DIRECTIVES:
        return  # "وفق توجيهات المستوى السياسي": by order, not by word of
    if _strip_conjunction(key) in _LOOSE_TRIGGERS and not _is_head(first_key) and not _is_head(first_key[1:]):
        return  # "استنادا إلى القوانين", "طبقا للاتفاق": a basis, not a source
    if first_key.startswith("ل") and len(first_key) > 3 and (key in _TAKES_LAM or key[1:] in _TAKES_LAM):
        phrase.lam = True
    collector.add(phrase)
    collector.follow(phrase, naql=True)
