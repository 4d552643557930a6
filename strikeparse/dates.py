"""Date expressions in Arabic news text: explicit dates, weekdays and relative words.

Candidates are found with one compiled regular expression per family (explicit dates, weekday and
relative-day phrases, relative periods) so a whole article is scanned in a few passes; month names
are resolved from a table because dateparser knows neither the Levantine nor the Maghreb names.
dateparser is only a fallback for an unusual publication-date label ("تاريخ النشر: ...").
"""

from __future__ import annotations

import datetime
import functools
import re
from dataclasses import dataclass

__all__ = ["DateMention", "detect_publication_date", "find_dates"]


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    text: str
    date: datetime.date
    precision: str  # "day" | "week" | "month"
    # "خلال الساعات الماضية": the report's day, taken only where nothing more precise is said.
    vague: bool = False


# Arabic-Indic and Persian digits are read by int() natively; the classes keep other scripts out.
_D = "[0-9٠-٩۰-۹]"
_A = "[اأإآ]"
_DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u0640]")

_MONTH_PATTERNS = [
    r"كانون\s+(?:ال)?ثاني",
    rf"كانون\s+(?:ال)?{_A}ول",
    rf"تشرين\s+(?:ال)?{_A}ول",
    r"تشرين\s+(?:ال)?ثاني",
    "شباط",
    f"{_A}ذار",
    "نيسان",
    f"{_A}يار",
    "حزيران",
    "تموز",
    f"{_A}يلول",
    f"{_A}ب",
    "يناير",
    "جانفي",
    "فبراير",
    "فيفري",
    "مارس",
    f"{_A}بريل",
    f"{_A}فريل",
    "مايو",
    "ماي",
    "يونيو",
    "يونيه",
    "جوان",
    "يوليو",
    "يوليه",
    "جويلية",
    f"{_A}غسطس",
    "غشت",
    f"{_A}وت",
    "سبتمبر",
    "شتنبر",
    f"{_A}كتوبر",
    "نوفمبر",
    "نونبر",
    "ديسمبر",
    "دجنبر",
    # English names: publication labels and embedded tweets ("9th, September 2024", "سبتمبر 30, 2015").
    "(?i:january|february|march|april|may|june|july|august|september|october|november|december)",
    "(?i:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)",
]
_MONTH = "(?:" + "|".join(_MONTH_PATTERNS) + r")(?!\w)"

_MONTH_NUMBERS = {
    "كانونثاني": 1, "يناير": 1, "جانفي": 1,
    "شباط": 2, "فبراير": 2, "فيفري": 2,
    "اذار": 3, "مارس": 3,
    "نيسان": 4, "ابريل": 4, "افريل": 4,
    "ايار": 5, "مايو": 5, "ماي": 5,
    "حزيران": 6, "يونيو": 6, "يونيه": 6, "جوان": 6,
    "تموز": 7, "يوليو": 7, "يوليه": 7, "جويليه": 7,
    "اب": 8, "اغسطس": 8, "غشت": 8, "اوت": 8,
    "ايلول": 9, "سبتمبر": 9, "شتنبر": 9,
    "تشريناول": 10, "اكتوبر": 10,
    "تشرينثاني": 11, "نوفمبر": 11, "نونبر": 11,
    "كانوناول": 12, "ديسمبر": 12, "دجنبر": 12,
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip

# "30 سبتمبر/ أيلول", "30 أيلول (سبتمبر)", "أيلول سبتمبر": the second name only repeats the first.
_MONTH_GROUP = rf"(?P<{{name}}>{_MONTH})(?:\s*[/\\\-–]\s*{_MONTH}|\s*[(\[]\s*{_MONTH}\s*[)\]]|\s+{_MONTH})?"
_YEAR_TAIL = rf"\s*,?\s*(?:من\s+)?(?:عام|العام|سنة|السنة)?\s*(?P<{{name}}>{_D}{{{{4}}}})(?!{_D})(?:\s*م(?!\w))?"
# A digit first, then the look-behind: a pattern that opens with a character class scans fast.
# "و" may be glued to a day: "بين 28 و30 أيلول".
# "الـ15 من آذار": the article before a day's digits, with or without tatweel.
_AFTER_ARTICLE = r"(?<=(?<!\w)ال)|(?<=(?<!\w)الـ)"
_DAY = (
    rf"(?P<{{name}}>{_D}(?:(?<![^\Wو]{_D})|(?<=(?<!\w)ال{_D})|(?<=(?<!\w)الـ{_D}))(?<![/.\-]{_D}){_D}?)(?:st|nd|rd|th)?"
)
# Month names only start with these letters; checking it first skips most positions cheaply.
_MONTH_START = r"(?=[كتشاأإآنحيجفمغسدjfmasondJFMASOND])(?<!\w)"
_STREET_BEFORE = re.compile(
    r"(?:شارع|ساحة|دوار|جسر|حي|مدرسة|ضاحية|مشفى|مستشفى|حديقة|ثورة|حركة|مخيم|جامعة|ملعب|مركز|مدينة|"
    r"نادي|كتيبة|لواء|فرقة|مجموعة|تحالف|قوى|تيار|اتفاق|اتفاقية)\s*$"
)

# Explicit dates in two regexes, one opening with a digit and one with a month name (or "شهر").
_NUMERIC_DATE = re.compile(
    # day month [year]
    rf"{_DAY.format(name='d1')}\s*,?\s*(?:من\s+)?(?:شهر\s+)?{_MONTH_GROUP.format(name='m1')}"
    rf"(?:{_YEAR_TAIL.format(name='y1')})?"
    # d/m/yyyy
    rf"|(?P<d3>{_D}(?<![\w/.\-]{_D}){_D}?)\s*(?P<s3>[/\-.])\s*(?P<m3>{_D}{{1,2}})\s*(?P=s3)\s*"
    rf"(?P<y3>{_D}{{4}})(?![\w/])"
    # yyyy-mm-dd, yyyy/mm/dd
    rf"|(?P<y4>{_D}(?<!{_D}{_D}){_D}{{3}})(?P<s4>[/\-.])(?P<m4>{_D}{{1,2}})(?P=s4)(?P<d4>{_D}{{1,2}})(?!{_D})"
)
# "الخامس من آذار", "الحادي والعشرين من شهر أيلول 2015": the day as an ordinal word.
_UNIT_ORDINALS = "حادي|ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع"
_ORDINAL_DAY = rf"ال(?:{_A}ول|عاشر|عشرين|ثلاثين|(?:{_UNIT_ORDINALS})(?:\s+عشر|\s+و\s*ال(?:عشرين|ثلاثين))?)"
_ORDINAL_DATE = re.compile(
    rf"(?<!\w)(?P<o7>{_ORDINAL_DAY})"
    rf"\s+(?:من\s+)?(?:شهر\s+)?{_MONTH_GROUP.format(name='m7')}(?:{_YEAR_TAIL.format(name='y7')})?"
)
_MONTH_DATE = re.compile(
    rf"{_MONTH_START}(?P<shahr>شهر\s+)?{_MONTH_GROUP.format(name='m5')}(?:"
    # month day, year (English order: embedded tweets)
    rf"\s+(?P<d2>{_D}{{1,2}})\s*,\s*(?P<y2>{_D}{{4}})(?!{_D})"
    # month year: month precision
    rf"|{_YEAR_TAIL.format(name='y5')}"
    # month alone needs a cue that it is a month: "شهر آب", "أيلول الماضي" (a bare "مارس" is also a verb)
    rf"|\s+(?P<cue>الماضي|المنصرم|الفائت|الجاري|الحالي)(?!\w)"
    rf")?"
)

_WEEKDAYS = {
    "الاثنين": 0, "الثلاثاء": 1, "الثلثاء": 1, "الاربعاء": 2, "الخميس": 3, "الجمعه": 4,
    "السبت": 5, "الاحد": 6,
}  # fmt: skip
_WEEKDAY = rf"ال(?:{_A}ثنين|ثلاثاء|ثلثاء|{_A}ربعاء|خميس|جمعة|جمعه|سبت|{_A}حد)(?!\w)"
_BOUNDARY = r"(?:(?<!\w)|(?<=[\s\W][وف])|(?<=^[وف]))"
_PART = (
    r"(?:(?:قبيل|بعيد|بعد|قبل)\s+)?(?:فجر|صباح|ظهر|ظهيرة|عصر|مساء|ليل|ليلة|ضحى|منتصف\s+ليل|منتصف\s+ليلة|"
    r"منتصف\s+نهار)(?!\w)"
)
_YESTERDAY = rf"(?:{_A}مس|الأمس|الامس|بالأمس|بالامس|البارحة)(?!\w)"
# "خلال الساعات الماضية", "في الـ24 ساعة الأخيرة": the day of the report.
_PAST_HOURS = (
    rf"(?:ال|الـ\s*)?(?:ساعات(?:\s+القليلة)?|(?:24|٢٤|{_A}ربع\s+والعشرين)\s+ساعة)\s+"
    r"(?:الماضية|الأخيرة|الاخيرة|المنصرمة|الفائتة)(?!\w)"
)
_RELATIVE = re.compile(
    rf"(?=[قبفصظعملضيأاهغس2٢]){_BOUNDARY}(?:(?P<part>{_PART})\s+(?:من\s+)?)?(?:(?P<yawm>يوم)\s+)?"
    rf"(?:"
    rf"(?P<hours>{_PAST_HOURS})"
    rf"|"
    rf"(?P<before_yesterday>{_A}مس\s+{_A}لأول|{_A}مس\s+الاول|{_A}ول\s+(?:من\s+)?{_A}مس)(?!\w)"
    rf"|(?P<last_night>الليلة\s+الماضية|ليلة\s+{_A}مس|ليل\s+{_A}مس)(?!\w)"
    rf"|(?P<yesterday>{_YESTERDAY})"
    rf"|(?P<today>اليوم|الليلة|هذا\s+اليوم)(?!\w)"
    rf"|(?P<tomorrow>غداً|غدا|غد)(?!\w)"
    rf"|(?P<wd_only>{_WEEKDAY})"
    rf")"
    rf"(?:\s*[,،]?\s*(?P<wd>{_WEEKDAY}))?"
    rf"(?:(?:\s*[-–/]\s*|\s+(?:على|إلى|الى)\s+|\s+)(?P<wd2>{_WEEKDAY}))?"
    # "الجمعة الماضي" is before the reference day, "الخميس المقبل" after it
    rf"(?:\s+(?:(?P<past>الماضي|الماضية|المنصرم|الفائت)|(?P<next>المقبل|القادم))(?!\w))?"
)
# "اليوم التالي", "في ذات اليوم", "روسيا اليوم": not the reference day.
_TODAY_NOT_AFTER = re.compile(
    r"\s+(?:التالي|الموالي|السابق|الأول|الاول|الثاني|الثالث|الرابع|الخامس|السادس|السابع|الأخير|الاخير|"
    r"العالمي|الوطني|نفسه|ذاته|ذلك|الذي|الذى)(?!\w)"
)
_TODAY_NOT_BEFORE = re.compile(r"(?:نفس|ذات|ذلك|روسيا|الإمارات|الامارات|المصري|أخبار|اخبار)\s+$")

_NUMBER_WORDS_AS_WRITTEN = {
    "يوم": 1, "يومين": 2, "ثلاثة": 3, "ثلاث": 3, "اربعة": 4, "اربع": 4, "خمسة": 5, "خمس": 5, "ستة": 6,
    "ست": 6, "سبعة": 7, "سبع": 7, "ثمانية": 8, "ثماني": 8, "تسعة": 9, "تسع": 9, "عشرة": 10, "عشر": 10,
    "أسبوع": 7, "أسبوعين": 14,
}  # fmt: skip
_PERIOD = re.compile(
    rf"(?=[اقه]){_BOUNDARY}(?:"
    rf"(?P<week>(?:ال{_A}سبوع)\s+(?:الماضي|المنصرم|الفائت|السابق))"
    rf"|(?P<month>(?:الشهر)\s+(?:الماضي|المنصرم|الفائت|السابق))"
    # "مطلع الشهر الجاري", "هذا الأسبوع": the current week or month.
    rf"|(?P<this_week>ال{_A}سبوع\s+(?:الجاري|الحالي)|هذا\s+ال{_A}سبوع)"
    rf"|(?P<this_month>الشهر\s+(?:الجاري|الحالي)|هذا\s+الشهر)"
    rf"|قبل\s+(?P<ago>يوم|يومين|{_A}سبوع|{_A}سبوعين"
    rf"|(?:{_D}{{1,2}}|ثلاثة|ثلاث|{_A}ربعة|{_A}ربع|خمسة|خمس|ستة|ست|سبعة|سبع|ثمانية|ثماني|تسعة|تسع|عشرة)"
    rf"\s+(?:{_A}يام|يوما|يوماً))(?!\w)(?!\s+من\s)"
    rf")(?!\w)"
)


def _key(text: str) -> str:
    text = _DIACRITICS.sub("", text)
    text = re.sub("[أإآ]", "ا", text).replace("ة", "ه").replace("ى", "ي")
    return text


_NUMBER_WORDS = {_key(word): days for word, days in _NUMBER_WORDS_AS_WRITTEN.items()}


@functools.lru_cache(maxsize=256)
def _month_number(name: str) -> int | None:
    key = re.sub(r"\s+", "", _key(name).lower())
    key = re.sub(r"^(تشرين|كانون)ال", r"\1", key)
    return _MONTH_NUMBERS.get(key)


def _weekday_number(name: str) -> int:
    key = _key(name)
    return _WEEKDAYS["الاثنين" if key.endswith("ثنين") else key]


def _valid_year(value: str) -> int | None:
    year = int(value)
    return year if 1900 <= year <= 2100 else None


def _safe_date(year: int, month: int, day: int) -> datetime.date | None:
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


def _latest_day_not_after(month: int, day: int, reference: datetime.date) -> datetime.date | None:
    # Feb 29 may need to go back up to 4 years; any other invalid day is rejected quickly.
    for year in range(reference.year, reference.year - 5, -1):
        candidate = _safe_date(year, month, day)
        if candidate is not None and candidate <= reference:
            return candidate
    return None


def _weekday_on_or_before(weekday: int, reference: datetime.date) -> datetime.date:
    return reference - datetime.timedelta(days=(reference.weekday() - weekday) % 7)


_ORDINAL_UNITS = {
    "الاول": 1, "الحادي": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4, "الخامس": 5, "السادس": 6, "السابع": 7,
    "الثامن": 8, "التاسع": 9,
}  # fmt: skip


def _ordinal_number(words: str) -> int | None:
    """ "الخامس" -> 5, "الثاني عشر" -> 12, "الحادي والعشرين" -> 21, "الثلاثين" -> 30."""
    parts = []
    for word in _key(words).split():
        # "والعشرين" is "و" + "العشرين"
        parts.extend(["و", word[1:]] if word in ("والعشرين", "والثلاثين") else [word])
    if parts == ["العاشر"]:
        return 10
    if parts in (["العشرين"], ["الثلاثين"]):
        return 20 if parts[0] == "العشرين" else 30
    unit = _ORDINAL_UNITS.get(parts[0])
    if unit is None:
        return None
    if len(parts) == 1:
        return None if parts[0] == "الحادي" else unit
    if parts[1:] == ["عشر"]:
        return 10 + unit
    if parts[1:] in (["و", "العشرين"], ["و", "الثلاثين"]):
        return unit + (20 if parts[2] == "العشرين" else 30)
    return None


def _explicit_mention(
    match: re.Match[str], text: str, reference: datetime.date | None, until: datetime.date | None = None
) -> DateMention | None:
    groups = dict.fromkeys(("d1", "d2", "d3", "d4", "m5", "y5", "shahr", "cue", "o7"))
    groups.update(match.groupdict())
    start, end = match.span()
    precision = "day"
    if groups["d1"] is not None or groups["d2"] is not None or groups["o7"] is not None:
        if groups["d1"] is not None:
            day, month_name, year_text = groups["d1"], groups["m1"], groups["y1"]
        elif groups["d2"] is not None:
            day, month_name, year_text = groups["d2"], groups["m5"], groups["y2"]
        else:
            day, month_name, year_text = _ordinal_number(groups["o7"]), groups["m7"], groups["y7"]
            if day is None:
                return None
        if _STREET_BEFORE.search(text, max(0, start - 16), start):
            return None
        month = _month_number(month_name)
        if month is None:
            return None
        if year_text is not None:
            year = _valid_year(year_text)
            if year is None:
                return None
            found = _safe_date(year, month, int(day))
        elif reference is not None:
            found = _latest_day_not_after(month, int(day), until or reference)
        else:
            return None
    elif groups["d3"] is not None or groups["d4"] is not None:
        if groups["d3"] is not None:
            day, month_text, year_text = groups["d3"], groups["m3"], groups["y3"]
        else:
            day, month_text, year_text = groups["d4"], groups["m4"], groups["y4"]
        year = _valid_year(year_text)
        if year is None:
            return None
        found = _safe_date(year, int(month_text), int(day))
    else:
        precision = "month"
        if groups["y5"] is None and groups["shahr"] is None and groups["cue"] is None:
            return None
        month = _month_number(groups["m5"])
        if month is None:
            return None
        if groups["y5"] is not None:
            year = _valid_year(groups["y5"])
            if year is None:
                return None
        elif reference is not None:
            # "كانون الثاني الماضي" written in January is last year's.
            past = groups["cue"] in _PAST_CUES
            year = (
                reference.year
                if month < reference.month or (month == reference.month and not past)
                else reference.year - 1
            )
        else:
            return None
        found = datetime.date(year, month, 1)
    if found is None:
        return None
    return DateMention(start=start, end=end, text=text[start:end], date=found, precision=precision)


_PAST_CUES = frozenset(("الماضي", "المنصرم", "الفائت"))


def _relative_mention(match: re.Match[str], text: str, reference: datetime.date) -> DateMention | None:
    groups = match.groupdict()
    start, end = match.span()
    one_day = datetime.timedelta(days=1)
    weekday = _weekday_number(groups["wd"]) if groups["wd"] else None
    if groups["today"] is not None:
        today_end = match.end("today")
        if _TODAY_NOT_BEFORE.search(text, max(0, start - 12), start) or (
            groups["wd"] is None and _TODAY_NOT_AFTER.match(text, today_end)
        ):
            return None
        found = reference if weekday is None else _weekday_on_or_before(weekday, reference)
    elif groups["yesterday"] is not None or groups["last_night"] is not None:
        found = reference - one_day
        if weekday is not None and found.weekday() != weekday:
            # the weekday is the more specific word: trust it over an off-by-one publication date
            found = _weekday_on_or_before(weekday, reference - one_day)
    elif groups["hours"] is not None:
        return DateMention(start=start, end=end, text=text[start:end], date=reference, precision="day", vague=True)
    elif groups["before_yesterday"] is not None:
        found = reference - 2 * one_day
    elif groups["tomorrow"] is not None:
        if groups["tomorrow"] == "غد" and groups["yawm"] is None and weekday is None:
            return None  # bare "غد" is also a noun ("غد أفضل")
        found = reference + one_day
        if weekday is not None:
            found = reference + datetime.timedelta(days=(weekday - reference.weekday() - 1) % 7 + 1)
    else:
        first = _weekday_number(groups["wd_only"])
        if groups["next"] is not None:
            found = reference + datetime.timedelta(days=(first - reference.weekday() - 1) % 7 + 1)
            return DateMention(start=start, end=end, text=text[start:end], date=found, precision="day")
        if groups["past"] is not None:
            reference = reference - one_day
        found = _weekday_on_or_before(first, reference)
        if weekday is not None or groups["wd2"] is not None:
            second = weekday if weekday is not None else _weekday_number(groups["wd2"])
            later = found + datetime.timedelta(days=(second - first) % 7)
            # a night "السبت-الأحد" is dated by its second day unless that day is still to come
            if later <= reference:
                found = later
        return DateMention(start=start, end=end, text=text[start:end], date=found, precision="day")
    return DateMention(start=start, end=end, text=text[start:end], date=found, precision="day")


# "في 20 من الشهر الجاري": a day of the month (see _MONTH_DAY), not the month.
_DAY_BEFORE = re.compile(rf"(?:{_D}{{1,2}}|{_ORDINAL_DAY})\s+(?:من\s+)?$")


def _period_mention(match: re.Match[str], reference: datetime.date, text: str) -> DateMention | None:
    start, end = match.span()
    if match.group("this_month") is not None and _DAY_BEFORE.search(text, max(0, start - 30), start):
        return None
    if match.group("week") is not None:
        found, precision = reference - datetime.timedelta(days=7), "week"
    elif match.group("month") is not None:
        last_of_previous = reference.replace(day=1) - datetime.timedelta(days=1)
        found, precision = last_of_previous.replace(day=1), "month"
    elif match.group("this_week") is not None:
        found, precision = reference, "week"
    elif match.group("this_month") is not None:
        found, precision = reference.replace(day=1), "month"
    else:
        words = match.group("ago").split()
        first = _key(words[0])
        days = _NUMBER_WORDS[first] if first in _NUMBER_WORDS else int(words[0])
        found = reference - datetime.timedelta(days=days)
        precision = "week" if first.startswith("اسبوع") else "day"
    return DateMention(start=start, end=end, text=match.group(0), date=found, precision=precision)


# "في 25 من الشهر الماضي", "الثامن من الشهر الجاري", "يوم 13 الجاري": a day of this month or the last one
# ("كانون الثاني الجاري" is the month).
_MONTH_DAY = re.compile(
    rf"(?:(?:(?<!\w)|{_AFTER_ARTICLE})(?P<d8>{_D}{{1,2}})|(?<!\w)(?<!كانون\s)(?<!تشرين\s)(?P<o8>{_ORDINAL_DAY}))(?!{_D})"
    rf"\s+(?:(?:من\s+)?(?:هذا\s+)?الشهر(?:\s+(?P<which>الماضي|المنصرم|الفائت|السابق|الجاري|الحالي))?|الجاري|الحالي)(?!\w)"
)


def _month_day_mention(match: re.Match[str], reference: datetime.date) -> DateMention | None:
    day = int(match.group("d8")) if match.group("d8") else _ordinal_number(match.group("o8"))
    if day is None:
        return None
    month_start = reference.replace(day=1)
    if match.group("which") in ("الماضي", "المنصرم", "الفائت", "السابق"):
        month_start = (month_start - datetime.timedelta(days=1)).replace(day=1)
    found = _safe_date(month_start.year, month_start.month, day)
    if found is None or found > reference:
        return None
    start, end = match.span()
    return DateMention(start=start, end=end, text=match.group(0), date=found, precision="day")


# between a weekday and its date: a comma or bracket, or a Hijri date up to "الموافق"
_JOINING_GAP = re.compile(r"\s*[,،(]?\s*|[^.!?؟\n]{0,40}الموافق\s*")


def _merge_adjacent(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """Join "الأربعاء 30 سبتمبر 2015" into one mention that carries the explicit date."""
    merged: list[DateMention] = []
    for mention in mentions:
        if merged:
            previous = merged[-1]
            if mention.start < previous.end:
                # overlapping candidates: the more precise one, then the longer one
                rank = (mention.precision == "day", mention.end - mention.start)
                if rank > (previous.precision == "day", previous.end - previous.start):
                    merged[-1] = mention
                continue
            gap = text[previous.end : mention.start]
            if (
                previous.precision == "day"
                and mention.precision == "day"
                and _JOINING_GAP.fullmatch(gap)
                and mention.text[0].isdigit()
            ):
                merged[-1] = DateMention(
                    start=previous.start,
                    end=mention.end,
                    text=text[previous.start : mention.end],
                    date=mention.date,
                    precision="day",
                )
                continue
        merged.append(mention)
    return merged


# The regular expressions of each kind of anchor (see `anchors`): an explicit date has a month name,
# or digits separated by "/", "-" or "."; a relative date a relative word or a weekday, a period or
# a day of this month "الأسبوع", "الشهر" or "قبل".
_FAMILIES = {
    "number": (_NUMERIC_DATE,),
    "month": (_MONTH_DATE, _ORDINAL_DATE),
    "relative": (_RELATIVE,),
    "period": (_PERIOD, _MONTH_DAY),
}


def find_dates(
    text: str,
    *,
    reference: datetime.date | None,
    windows: dict[str, list[tuple[int, int]]] | None = None,
    undated_until: datetime.date | None = None,
) -> list[DateMention]:
    """Every date expression in `text`, sorted by start; relative ones need a reference date.
    ``undated_until``: the latest day a day and month without a year may be (else the reference's):
    where the reference is only the first date the text gives, the days after it are the same year's.
    With ``windows`` (spans of `text` per kind of anchor: see _FAMILIES), only the
    expressions of each kind inside its spans: a caller that knows which sentences hold which
    anchors (see `anchors`) spares the regular expressions the rest of the text."""
    mentions: list[DateMention] = []
    for family, regexes in _FAMILIES.items():
        if family in ("relative", "period") and reference is None:
            continue
        spans = [(0, len(text))] if windows is None else windows.get(family, [])
        for regex in regexes:
            for start, end in spans:
                for match in regex.finditer(text, start, end):
                    if regex is _RELATIVE:
                        mention = _relative_mention(match, text, reference)
                    elif regex is _PERIOD:
                        mention = _period_mention(match, reference, text)
                    elif regex is _MONTH_DAY:
                        mention = _month_day_mention(match, reference)
                    else:
                        mention = _explicit_mention(match, text, reference, undated_until)
                    if mention is not None:
                        mentions.append(mention)
    mentions.sort(key=lambda m: (m.start, -m.end))
    merged = _merge_adjacent(text, mentions)
    spans = [(0, len(text))] if windows is None else windows.get("relative", [])
    following = [match for start, end in spans for match in _FOLLOWING_DAY.finditer(text, start, end)]
    return _with_following_days(merged, following) if following else merged


# "وفي اليوم التالي", "في اليوم نفسه": a day told from the date before it, not from the reference.
_FOLLOWING_DAY = re.compile(
    r"(?<!\w)(?:(?:في|وفي|صباح|مساء|ليل|ليلة|فجر)\s+)?اليوم\s+(?:(?P<next>التالي|الموالي)|(?P<same>نفسه|ذاته))(?!\w)"
)


def _with_following_days(mentions: list[DateMention], following: list[re.Match[str]]) -> list[DateMention]:
    found = list(mentions)
    for match in following:
        before = [mention for mention in mentions if mention.end <= match.start() and mention.precision == "day"]
        if not before:
            continue
        days = 1 if match.group("next") else 0
        found.append(
            DateMention(
                start=match.start(),
                end=match.end(),
                text=match.group(0),
                date=before[-1].date + datetime.timedelta(days=days),
                precision="day",
            )
        )
    found.sort(key=lambda m: (m.start, -m.end))
    return found


# Every character that "(?i)[a-z]" matches: the Latin letters and, under IGNORECASE, U+0130, U+0131,
# U+017F ("ſ" is "s") and U+212A (the Kelvin sign is "k"). A test checks it against every code point.
LATIN_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz\u0130\u0131\u017f\u212a"


@dataclass(frozen=True)
class Anchors:
    """What a date expression holds, spelt as strikeparse.normalize spells it: a ``month`` name
    where a word starts, digits that a ``separated`` date needs, a ``relative`` word or weekday, a
    ``period`` word. The English month names are matched ignoring case: any ``latin`` letter may
    start one."""

    months: frozenset[str]
    separated: re.Pattern[str]
    relative: frozenset[str]
    period: frozenset[str]
    latin: re.Pattern[str]


@functools.cache
def anchors() -> Anchors:
    from strikeparse.normalize import normalize_name

    # "كانون الثاني" and "تشرين الأول" are found by their first word.
    months = {key[:5] if key.startswith(("كانون", "تشرين")) else key for key in _MONTH_NUMBERS if not key.isascii()}
    # Each alternative of _RELATIVE holds one of these ("أول من أمس" and "ليلة أمس" hold "امس",
    # "غداً" holds "غد", "الـ24 ساعة الماضية" holds "ساعة").
    relative = "امس البارحة اليوم الليلة غد ساعات ساعة " + " ".join(_WEEKDAYS)
    return Anchors(
        months=frozenset(normalize_name(month) for month in months),
        separated=re.compile(rf"{_D}\s*[/\-.]\s*{_D}"),
        relative=frozenset(normalize_name(word) for word in relative.split()),
        period=frozenset(normalize_name(word) for word in ["الأسبوع", "الشهر", "قبل", "الجاري", "الحالي"]),
        latin=re.compile(f"[{re.escape(LATIN_LETTERS)}]"),
    )


_PUBLICATION_LABEL = re.compile(
    r"(?:تاريخ\s+النشر|تاريخ\s+الخبر|نشر\s+(?:في|بتاريخ)|نُشر\s+(?:في|بتاريخ)|تم\s+النشر|آخر\s+تحديث|"
    r"اخر\s+تحديث|(?i:(?<!\w)published(?:\s+on)?))\s*[:：\-]?\s*"
)
_BACKGROUND_BEFORE = re.compile(r"(?:منذ|قبل|بعد|حتى|عام|مطلع|أواخر|أوائل|منتصف)\s+(?:يوم\s+)?$")
_TOP_CHARS = 600


@functools.lru_cache(maxsize=512)
def _dateparser_parse(fragment: str) -> datetime.date | None:
    import dateparser  # imported lazily: only unusual publication labels need it

    parsed = dateparser.parse(
        fragment, languages=["ar", "en"], settings={"STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "year"]}
    )
    return parsed.date() if parsed is not None else None


def _full_dates(fragment: str) -> list[DateMention]:
    return [m for m in find_dates(fragment, reference=None) if m.precision == "day"]


def detect_publication_date(text: str) -> datetime.date | None:
    """The article's own date: a labelled date, else the first full explicit date near the top."""
    for label in _PUBLICATION_LABEL.finditer(text):
        fragment = text[label.end() : label.end() + 60]
        dates = _full_dates(fragment)
        if dates and dates[0].start < 15:
            return dates[0].date
        line = fragment.split("\n", 1)[0].strip()
        if line and any(ch.isdigit() for ch in line):
            parsed = _dateparser_parse(line[:40])
            if parsed is not None:
                return parsed
    top = text[:_TOP_CHARS]
    for mention in _full_dates(top):
        if not _BACKGROUND_BEFORE.search(top, max(0, mention.start - 12), mention.start):
            return mention.date
    return None
