import datetime
import re

import pytest

from strikeparse.dates import LATIN_LETTERS, DateMention, detect_publication_date, find_dates

# Thursday 8 October 2015
REFERENCE = datetime.date(2015, 10, 8)


def dates_in(text: str, reference: datetime.date | None = REFERENCE) -> list[tuple[str, datetime.date, str]]:
    return [(m.text, m.date, m.precision) for m in find_dates(text, reference=reference)]


def only_date(text: str, reference: datetime.date | None = REFERENCE) -> datetime.date:
    mentions = find_dates(text, reference=reference)
    assert len(mentions) == 1, mentions
    return mentions[0].date


# --- explicit dates ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "written",
    [
        "30 سبتمبر/أيلول 2015",
        "30 سبتمبر/ أيلول 2015",
        "30 أيلول (سبتمبر) 2015",
        "30 أيلول سبتمبر 2015",
        "30 من شهر أيلول عام 2015",
        "30/9/2015",
        "30-09-2015",
        "2015-09-30",
        "2015/09/30",
    ],
)
def test_it_reads_an_explicit_gregorian_date_in_every_common_form(written):
    text = f"قصفت الطائرات البلدة في {written} وفق ناشطين."
    [mention] = find_dates(text, reference=None)
    assert mention.date == datetime.date(2015, 9, 30)
    assert mention.precision == "day"
    assert text[mention.start : mention.end] == mention.text == written


@pytest.mark.parametrize("written", ["الـ30 من أيلول 2015", "ال30 من أيلول 2015", "الـ30 سبتمبر 2015"])
def test_it_reads_a_day_written_after_the_article(written):
    text = f"قصفت الطائرات البلدة في {written} وفق ناشطين."
    [mention] = find_dates(text, reference=None)
    assert (mention.date, mention.precision) == (datetime.date(2015, 9, 30), "day")


def test_digits_glued_to_a_word_are_no_day():
    assert find_dates("قصفت الطائرات البلدة في عام30 من أيلول 2015.", reference=None)[0].precision == "month"


@pytest.mark.parametrize(
    ("month_name", "month"),
    [
        ("كانون الثاني", 1),
        ("شباط", 2),
        ("آذار", 3),
        ("نيسان", 4),
        ("أيار", 5),
        ("حزيران", 6),
        ("تموز", 7),
        ("آب", 8),
        ("أيلول", 9),
        ("تشرين الأول", 10),
        ("تشرين الثاني", 11),
        ("كانون الأول", 12),
    ],
)
def test_it_knows_the_levantine_month_names(month_name, month):
    assert only_date(f"سقطت القذائف يوم 14 {month_name} 2016 على الحي.") == datetime.date(2016, month, 14)


@pytest.mark.parametrize(
    ("month_name", "month"),
    [
        ("يناير", 1),
        ("فبراير", 2),
        ("مارس", 3),
        ("أبريل", 4),
        ("إبريل", 4),
        ("مايو", 5),
        ("يونيو", 6),
        ("يونيه", 6),
        ("يوليو", 7),
        ("يوليه", 7),
        ("أغسطس", 8),
        ("اغسطس", 8),
        ("سبتمبر", 9),
        ("أكتوبر", 10),
        ("نوفمبر", 11),
        ("ديسمبر", 12),
        ("جوان", 6),
        ("جويلية", 7),
    ],
)
def test_it_knows_the_egyptian_and_maghreb_month_names(month_name, month):
    assert only_date(f"شنت المقاتلات غارات في 3 {month_name} 2017 على المدينة.") == datetime.date(2017, month, 3)


@pytest.mark.parametrize(
    ("written", "date"),
    [
        ("في الخامس من تشرين الأول", datetime.date(2015, 10, 5)),
        ("الأول من شهر أكتوبر 2015", datetime.date(2015, 10, 1)),
        ("في الثاني عشر من أيلول", datetime.date(2015, 9, 12)),
        ("الحادي والعشرين من سبتمبر/أيلول 2015", datetime.date(2015, 9, 21)),
        ("في الثلاثين من أيلول", datetime.date(2015, 9, 30)),
    ],
)
def test_it_reads_a_day_written_as_an_ordinal(written, date):
    assert only_date(written) == date


def test_an_ordinal_in_a_month_name_is_not_a_day():
    assert dates_in("في تشرين الثاني 2015") == [("تشرين الثاني 2015", datetime.date(2015, 11, 1), "month")]


def test_it_reads_eastern_arabic_numerals():
    assert only_date("استهدفت الغارات السوق في ٣٠ أيلول ٢٠١٥ صباحا.") == datetime.date(2015, 9, 30)


def test_it_reads_persian_digits_in_a_numeric_date():
    assert only_date("سقط صاروخان في ۳۰/۹/۲۰۱۵ على المدينة.") == datetime.date(2015, 9, 30)


def test_a_date_without_year_takes_the_most_recent_such_day_not_after_the_reference():
    assert only_date("منذ بدء الغارات في 30 سبتمبر تغيرت الخريطة.") == datetime.date(2015, 9, 30)
    assert only_date("قصفت الطائرات المطار في 5 تشرين الثاني.") == datetime.date(2014, 11, 5)


def test_a_date_without_year_is_dropped_without_a_reference():
    assert dates_in("قصفت الطائرات المطار في 5 تشرين الثاني.", reference=None) == []


def test_a_month_and_year_is_a_month_precision_date():
    assert dates_in("بدأت الحملة الجوية في أيلول 2015 على المحافظة.") == [
        ("أيلول 2015", datetime.date(2015, 9, 1), "month")
    ]


def test_a_month_named_with_its_cue_word_is_a_month_in_the_reference_year():
    assert dates_in("تكثف القصف خلال شهر آب على الريف.") == [("شهر آب", datetime.date(2015, 8, 1), "month")]


def test_the_past_month_of_the_same_name_as_this_one_is_last_years():
    reference = datetime.date(2020, 1, 15)
    assert dates_in("قتل عشرة خلال شهر كانون الثاني الفائت.", reference=reference) == [
        ("شهر كانون الثاني الفائت", datetime.date(2019, 1, 1), "month")
    ]
    assert dates_in("قتل عشرة خلال كانون الثاني الجاري.", reference=reference) == [
        ("كانون الثاني الجاري", datetime.date(2020, 1, 1), "month")
    ]


def test_a_weekday_next_to_an_explicit_date_forms_one_mention_with_the_explicit_date():
    text = "سقطت قذائف ظهر الثلاثاء 10 تشرين الثاني على الحي."
    assert dates_in(text, reference=datetime.date(2015, 11, 10)) == [
        ("ظهر الثلاثاء 10 تشرين الثاني", datetime.date(2015, 11, 10), "day")
    ]


def test_an_english_order_date_from_an_embedded_tweet_is_read():
    assert only_date("— حساب ناشط (@someone) سبتمبر 30, 2015", reference=None) == datetime.date(2015, 9, 30)


# --- weekdays -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("الثلاثاء", datetime.date(2015, 10, 6)),
        ("يوم الأربعاء", datetime.date(2015, 10, 7)),
        ("ليل الأربعاء", datetime.date(2015, 10, 7)),
        ("مساء الخميس", datetime.date(2015, 10, 8)),
        ("فجر الجمعة", datetime.date(2015, 10, 2)),
        ("صباح يوم الإثنين", datetime.date(2015, 10, 5)),
        ("ليلة السبت-الأحد", datetime.date(2015, 10, 4)),
    ],
)
def test_a_weekday_is_the_most_recent_such_day_on_or_before_the_reference(phrase, expected):
    text = f"شنت الطائرات الحربية غارات {phrase} على البلدة."
    assert dates_in(text) == [(phrase, expected, "day")]


def test_a_weekday_that_is_the_reference_weekday_is_the_reference_itself():
    assert only_date("قصفت المدفعية الحي الخميس.") == REFERENCE


def test_a_weekday_after_the_conjunction_waw_is_found():
    assert dates_in("قصفت الطائرات البلدة والأربعاء أيضا.") == [("الأربعاء", datetime.date(2015, 10, 7), "day")]


def test_weekdays_are_dropped_without_a_reference():
    assert find_dates("شنت الطائرات غارات مساء الجمعة على القرية.", reference=None) == []


# --- relative words -------------------------------------------------------------------------


@pytest.mark.parametrize("phrase", ["اليوم", "فجر اليوم", "صباح اليوم", "مساء اليوم", "الليلة", "اليوم الخميس"])
def test_words_for_today_resolve_to_the_reference(phrase):
    assert dates_in(f"استهدفت الغارات المدينة {phrase} بعدة صواريخ.") == [(phrase, REFERENCE, "day")]


@pytest.mark.parametrize("phrase", ["أمس", "امس", "الأمس", "البارحة", "ليل أمس", "صباح أمس", "الليلة الماضية"])
def test_words_for_yesterday_resolve_to_the_day_before_the_reference(phrase):
    assert dates_in(f"قصفت الطائرات القرية {phrase} بالبراميل.") == [(phrase, datetime.date(2015, 10, 7), "day")]


@pytest.mark.parametrize(
    "phrase", ["الساعات الماضية", "الساعات القليلة الماضية", "الـ24 ساعة الأخيرة", "الأربع والعشرين ساعة الماضية"]
)
def test_the_last_hours_are_the_reference_day_said_vaguely(phrase):
    (mention,) = find_dates(f"شنت الطائرات خلال {phrase} غارات على البلدة.", reference=REFERENCE)
    assert (mention.text, mention.date, mention.vague) == (phrase, REFERENCE, True)


@pytest.mark.parametrize("phrase", ["منذ ساعات", "عند الساعة الثالثة", "لساعات طويلة"])
def test_hours_that_are_no_stretch_up_to_the_report_are_no_date(phrase):
    assert dates_in(f"قصفت الطائرات البلدة {phrase}.") == []


@pytest.mark.parametrize("phrase", ["أمس الأول", "أول أمس", "أول من أمس", "قبل يومين"])
def test_words_for_two_days_ago_resolve_to_two_days_before_the_reference(phrase):
    assert dates_in(f"سقطت القذائف {phrase} على السوق.") == [(phrase, datetime.date(2015, 10, 6), "day")]


def test_yesterday_with_its_weekday_is_that_weekday():
    assert dates_in("قصفت المروحيات البلدة أمس الأربعاء.") == [("أمس الأربعاء", datetime.date(2015, 10, 7), "day")]


def test_yesterday_with_a_disagreeing_weekday_trusts_the_weekday():
    assert only_date("قصفت المروحيات البلدة أمس الإثنين.") == datetime.date(2015, 10, 5)


def test_a_count_of_days_ago_counts_back_from_the_reference():
    assert only_date("استهدفت الغارات المشفى قبل ثلاثة أيام.") == datetime.date(2015, 10, 5)
    assert only_date("استهدفت الغارات المشفى قبل 4 أيام.") == datetime.date(2015, 10, 4)


def test_last_week_is_a_week_precision_date():
    assert dates_in("تعرضت البلدة الأسبوع الماضي لقصف عنيف.") == [
        ("الأسبوع الماضي", datetime.date(2015, 10, 1), "week")
    ]


def test_last_month_is_the_first_day_of_the_previous_month_with_month_precision():
    assert dates_in("تعرضت البلدة الشهر الماضي لقصف عنيف.") == [("الشهر الماضي", datetime.date(2015, 9, 1), "month")]


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("في 25 من الشهر الماضي", datetime.date(2015, 9, 25)),
        ("في الثالث من الشهر الجاري", datetime.date(2015, 10, 3)),
        ("يوم 5 من هذا الشهر", datetime.date(2015, 10, 5)),
        ("يوم 4 الجاري", datetime.date(2015, 10, 4)),
        ("في 2 الحالي", datetime.date(2015, 10, 2)),
        ("في الـ3 من الشهر الجاري", datetime.date(2015, 10, 3)),
        ("في ال25 من الشهر الماضي", datetime.date(2015, 9, 25)),
    ],
)
def test_a_day_of_this_month_or_the_last_is_a_day(phrase, expected):
    assert only_date(f"قصفت الطائرات البلدة {phrase}.") == expected


def test_the_next_day_and_the_same_day_are_told_from_the_date_before_them():
    assert dates_in("قصفت الطائرات البلدة يوم 3 تشرين الأول، وفي اليوم التالي عادت لقصفها.") == [
        ("3 تشرين الأول", datetime.date(2015, 10, 3), "day"),
        ("وفي اليوم التالي", datetime.date(2015, 10, 4), "day"),
    ]
    assert dates_in("قصفت الطائرات البلدة يوم 3 تشرين الأول، وفي اليوم نفسه قصفت المدينة.")[1][1] == (
        datetime.date(2015, 10, 3)
    )
    # With no date before it, "the next day" says nothing.
    assert dates_in("وفي اليوم التالي عادت الطائرات.") == []


def test_this_week_and_this_month_are_coarse_dates():
    assert dates_in("قصفت الطائرات البلدة مطلع الشهر الجاري.") == [
        ("الشهر الجاري", datetime.date(2015, 10, 1), "month")
    ]
    assert dates_in("وتعرضت البلدة هذا الأسبوع لقصف عنيف.") == [("هذا الأسبوع", REFERENCE, "week")]


def test_a_day_of_this_month_still_to_come_is_not_a_strike_date():
    assert find_dates("قصفت الطائرات البلدة في 20 من الشهر الجاري.", reference=REFERENCE) == []


def test_tomorrow_with_a_weekday_looks_forward():
    assert only_date("تبدأ الفعالية مساء يوم غد الجمعة.") == datetime.date(2015, 10, 9)


def test_relative_words_are_dropped_without_a_reference():
    assert find_dates("قصفت الطائرات البلدة اليوم وأمس والأسبوع الماضي.", reference=None) == []


# --- not dates ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "يشهد البلد نزاعا منذ 2011 أودى بحياة الآلاف.",
        "قتل رجل عمره 30 عاما وأصيب 12 شخصا.",
        "بدأ القصف عند الساعة 10:30 واستمر ساعتين.",
        "سقط صاروخ قرب شارع 8 آذار وسط المدينة.",
        "تجدد القصف في اليوم التالي على الحي.",
        "نقلت قناة روسيا اليوم صورا للدمار.",
        "تعرضت المدينة في الأشهر الماضية لحوادث مشابهة.",
        "مارس الطيران ضغطا كبيرا على الفصائل.",
        "ارتفعت الحصيلة إلى 25 قتيلا و40 جريحا في الهجوم.",
    ],
)
def test_years_ages_counts_times_street_names_and_other_days_are_not_dates(text):
    assert find_dates(text, reference=REFERENCE) == []


def test_mentions_are_sorted_and_their_offsets_point_into_the_text():
    text = "قصفت الطائرات البلدة أمس، وعادت اليوم، بعد غارات 30 سبتمبر 2015."
    mentions = find_dates(text, reference=REFERENCE)
    assert [m.text for m in mentions] == ["أمس", "اليوم", "30 سبتمبر 2015"]
    assert all(isinstance(m, DateMention) and text[m.start : m.end] == m.text for m in mentions)


# --- publication date -----------------------------------------------------------------------


def test_the_publication_date_is_the_dateline_at_the_top():
    text = "كشف مصدران الأربعاء 30 سبتمبر/ أيلول 2015 أن الضربات بدأت.\nوقصفت الطائرات مواقع عدة."
    assert detect_publication_date(text) == datetime.date(2015, 9, 30)


@pytest.mark.parametrize(
    "label",
    [
        "تاريخ النشر: 9th, September 2024 GMT",
        "نشر في 2024-09-09",
        "نُشر بتاريخ 9/9/2024",
        "Published: 2024-09-09",
    ],
)
def test_a_labelled_publication_date_is_read(label):
    text = f"غارات على ريف حماة\n{label}\nقصفت طائرات حربية فجر يوم الإثنين محيط المدينة."
    assert detect_publication_date(text) == datetime.date(2024, 9, 9)


def test_a_labelled_publication_date_is_preferred_to_an_earlier_date_in_the_text():
    text = "ذكرى قصف 21 آب 2013 على الغوطة\nتاريخ النشر: 2019-08-21\nأحيا ناشطون الذكرى."
    assert detect_publication_date(text) == datetime.date(2019, 8, 21)


def test_a_background_date_after_since_is_not_the_publication_date():
    assert detect_publication_date("يشهد البلد نزاعا منذ 15 آذار 2011 ولم يتوقف القصف.") is None


def test_a_text_without_a_full_date_has_no_publication_date():
    assert detect_publication_date("قصفت الطائرات الحربية أمس الأربعاء بلدة في ريف إدلب.") is None


def test_a_full_date_deep_in_the_text_is_not_taken_for_the_publication_date():
    text = "قصفت الطائرات البلدة. " * 40 + "وكانت الحملة بدأت في 30 سبتمبر 2015."
    assert detect_publication_date(text) is None


def test_a_weekday_called_last_is_strictly_before_the_reference():
    friday = datetime.date(2015, 10, 9)
    assert only_date("قصفت الطائرات السوق يوم الجمعة الماضي.", reference=friday) == datetime.date(2015, 10, 2)


def test_a_weekday_called_next_is_after_the_reference():
    assert only_date("يعقد الاجتماع الخميس المقبل في جنيف.") == datetime.date(2015, 10, 15)


def test_a_hijri_dateline_is_joined_to_its_gregorian_equivalent():
    text = "الأربعاء 17 ذو الحجة 1436 هـ الموافق 30 سبتمبر 2015"
    assert dates_in(text) == [(text, datetime.date(2015, 9, 30), "day")]


def test_a_day_glued_to_waw_is_read():
    assert only_date("تعرضت البلدة للقصف بين 28 و30 أيلول.") == datetime.date(2015, 9, 30)


def test_the_latin_letters_are_every_character_an_english_month_name_can_hold():
    ascii_letter = re.compile("(?i)[a-z]")
    assert "".join(chr(code) for code in range(0x110000) if ascii_letter.fullmatch(chr(code))) == LATIN_LETTERS


def test_the_previous_month_or_week_said_with_its_other_word_is_a_period():
    (mention,) = find_dates("وفي الشهر السابق قصفت الطائرات المطار", reference=REFERENCE)
    assert (mention.date, mention.precision) == (datetime.date(2015, 9, 1), "month")
    (mention,) = find_dates("وفي الأسبوع السابق قصفت الطائرات المطار", reference=REFERENCE)
    assert mention.precision == "week"
