"""Each rule family of the extraction, on sentences written for these tests."""

import datetime
import itertools
import random

import pytest

from strikeparse import extract
from strikeparse import lexicon as lx
from strikeparse.dates import find_dates
from strikeparse.extract import (
    _SOURCE,
    _STRIKE,
    _actor_spellings,
    _as_written,
    _date_windows,
    _Document,
    _is_cue,
    _matches_at,
    _may_describe,
)
from strikeparse.gazetteer import Entry, Gazetteer, default_gazetteer, governorate_entries
from strikeparse.normalize import normalize_name
from strikeparse.sources import _may_trigger, find_sources, trigger_words

PUBLISHED = datetime.date(2021, 3, 10)  # a Wednesday


def town(key, name, governorate, lat=35.0, lon=36.5, population=1000, names=()):
    return Entry(
        key=key,
        name_ar=name,
        name_en=key,
        lat=lat,
        lon=lon,
        governorate=governorate,
        kind="town",
        population=population,
        names=names,
    )


GAZETTEER = Gazetteer(
    [
        *governorate_entries(),
        town("kafr-zita", "كفرزيتا", "SY-HM", 35.37, 36.60, names=("كفر زيتا",)),
        town("morek", "مورك", "SY-HM", 35.25, 36.68),
        town("mansoura-aleppo", "المنصورة", "SY-HL", 36.18, 36.95, 2000),
        town("mansoura-raqqa", "المنصورة", "SY-RA", 35.82, 38.75, 9000),
        town("aleppo", "حلب", "SY-HL", 36.20, 37.16, 2000000),
        town("idlib", "إدلب", "SY-ID", 35.93, 36.63, 100000),
        town("saraqib", "سراقب", "SY-ID", 35.86, 36.80),
    ]
)


def claims(text, **kwargs):
    return extract(text, published=kwargs.pop("published", PUBLISHED), gazetteer=GAZETTEER).strike_claims


def places(text, **kwargs):
    return [claim.place for claim in claims(text, **kwargs)]


class TestPlaceMentions:
    def test_a_known_town_behind_a_proclitic_is_found(self):
        assert places("وشنت الطائرات غارات على كفرزيتا وبسراقب.") == ["كفرزيتا", "سراقب"]

    def test_spelling_and_spacing_variants_find_the_same_town(self):
        assert places("قصفت الطائرات بلدة كفر زيتا.") == ["كفر زيتا"]
        assert claims("قصفت الطائرات بلدة كفر زيتا.")[0].entry_key == "kafr-zita"

    def test_a_hashtag_names_the_place_it_spells(self):
        assert places("وقصفت المروحيات #مورك وبلدة #كفر_زيتا ليلا.") == ["مورك", "كفر زيتا"]


class TestUnknownPlaces:
    def test_a_strike_noun_right_after_a_village_word_is_the_villages_name(self):
        assert places("قصفت الطائرات قرية عدوان بريف درعا.") == ["عدوان"]
        assert places("وزار المحافظ قرية عدوان بريف درعا.") == []
        assert places("وتعرضت بلدات لقصف براجمات الصواريخ في ريف درعا.") == ["ريف درعا"]

    def test_a_camp_keeps_its_descriptor_and_is_one_place_with_its_bare_name(self):
        text = 'قتل 14 شخصا بقصف استهدف مخيم "قاح" في ريف إدلب.\nوعاد القصف ليستهدف قاح بصاروخين.'
        assert places(text) == ["مخيم قاح"]

    @pytest.mark.parametrize(
        "text, expected",
        [
            ("حيث قتل 15 شهيدا بقصف على قرية بشرفة كلهم مدنيين في ريف اللاذقية.", ["بشرفة"]),
            ("كما قصفت الطائرات سد برادون بتاريخ 9/10/2015 في ريف اللاذقية.", ["سد برادون"]),
        ],
    )
    def test_all_of_them_or_a_date_ends_a_name(self, text, expected):
        assert places(text) == expected

    @pytest.mark.parametrize(
        "text, expected",
        [
            ("وأدى القصف إلى حريق في منطقة حير عباس تعمل فرق الإطفاء على إخماده في ريف حماة.", ["حير عباس"]),
            ("قصفت الطائرات محطة تجميع النفط في سراقب.", ["سراقب"]),
        ],
    )
    def test_a_verb_after_a_name_or_what_a_station_does_is_no_name(self, text, expected):
        assert places(text) == expected

    @pytest.mark.parametrize(
        "text, expected",
        [
            ("وشنت الطائرات غارات على مدينة سراقب ومناطقها كافة.", ["سراقب"]),
            ("وتعرضت القرى لحملة قصف طالت مدن رئيسية أيضا في ريف إدلب.", ["ريف إدلب"]),
            ("كما استهدف القصف محطة الكهرباء في مدينة سراقب ومستوصف في مدينة مورك.", ["سراقب", "مورك"]),
        ],
    )
    def test_all_of_them_main_ones_or_a_clinic_are_no_names(self, text, expected):
        assert places(text) == expected

    def test_all_of_opens_a_list_after_a_singular_descriptor(self):
        text = "وتعرضت للقصف في مدينة حلب كل من حي بستان القصر والهلك والحيدرية."
        assert places(text) == ["بستان القصر", "الهلك", "الحيدرية"]

    def test_hashtagged_names_with_a_detached_conjunction_are_a_list(self):
        text = "قتل عشرة مدنيين جراء غارات على قريتي #الحميرات و #المستريحة في ريف #حماة الشمالي الغربي."
        assert places(text) == ["الحميرات", "المستريحة"]

    def test_a_prison_named_after_a_town_is_a_place_of_its_own_and_a_port_one_place_by_either_name(self):
        text = "استهدفت الغارات مدينة سراقب، ثم شنت غارات أخرى استهدفت سجن سراقب."
        assert places(text) == ["سراقب", "سجن سراقب"]
        # (A hospital is a building of its town: a strike on it is one on the town.)
        assert places("قصفت الطائرات مدينة سراقب، كما استهدفت مشفى سراقب.") == ["سراقب"]
        text = "قصفت الطائرات مرفأ سراقب فجر اليوم.\nوقال مصدر إن الغارات استهدفت ميناء سراقب اليوم."
        assert places(text) == ["مرفأ سراقب"]
        # ... also a hospital named after a town the gazetteer does not know, beside that town.
        text = "قتل مدنيون بغارات على مدينة عندان بريف حلب، وأدى القصف إلى خروج مشفى عندان عن الخدمة."
        assert places(text) == ["عندان"]

    def test_a_construct_noun_inside_a_name_takes_the_definite_word_after_it(self):
        text = "وقصفت قوات النظام قرى الحويز وجسر بيت الراس وشهرناز بريف حماة."
        assert places(text) == ["الحويز", "جسر بيت الراس", "شهرناز"]

    def test_bridges_and_crossings_named_after_villages_are_listed(self):
        text = "واستهدفت الغارات جسور الدف والجوبانية، بالإضافة إلى معابر جوسية والمطربة بريف حمص."
        assert places(text) == ["الدف", "الجوبانية", "معبر جوسية", "معبر المطربة"]

    @pytest.mark.parametrize("opening, closing", [('"', '"'), ("(", ")")])
    def test_the_villages_of_a_countryside_in_quotes_or_brackets_after_it(self, opening, closing):
        text = f"وقصفت القوات التركية قرى ريف حلب الغربي {opening}الدندنية، الفارات، أم عدسة{closing} بالقذائف."
        assert places(text) == ["الدندنية", "الفارات", "أم عدسة"]

    @pytest.mark.parametrize("opening, closing", [("", ""), ("“", "”")])
    def test_all_of_a_comma_list_a_strike_hit(self, opening, closing):
        text = f"وشن الطيران غارات استهدفت كل من {opening}أوتايا، عين ترما، جسرين{closing} في ريف دمشق."
        assert places(text) == ["أوتايا", "عين ترما", "جسرين"]

    @pytest.mark.parametrize(
        "text",
        [
            "واستهدفت المدفعية قرى ريف دمشق في كل من (أوتايا، عين ترما، وجسرين)، كما ألقت المروحيات براميل.",
            "واستهدف القصف كلا من: “أوتايا، عين ترما، جسرين” في ريف دمشق.",
            "واستهدف القصف كلا من “أوتايا – عين ترما – جسرين” في ريف دمشق.",
            "وتزامن ذلك مع قصف صاروخي، تعرضت له كل من: “أوتايا – عين ترما – جسرين” في ريف دمشق.",
        ],
    )
    def test_all_of_a_list_in_brackets_after_a_colon_or_parted_by_dashes(self, text):
        assert places(text) == ["أوتايا", "عين ترما", "جسرين"]

    @pytest.mark.parametrize(
        "text, expected",
        [
            ("قالت مصادر إن غارتين استهدفتا مقر اللواء 132 في مدينة سراقب.", ["اللواء 132"]),
            (
                "شنت الطائرات غارات في محيط مدينة سراقب، مستهدفة الفوج 175، إضافة إلى غارتين على اللواء 12.",
                ["سراقب", "الفوج 175", "اللواء 12"],
            ),
            # ... after the strikes and their verb, its object; the base a target is in.
            ("وقتل ثلاثة جراء غارات استهدفتا اللواء 132 بمدينة سراقب.", ["اللواء 132"]),
            ("واستهدفت الغارة الأولى ثكنة عسكرية في اللواء 132 بمدينة سراقب.", ["اللواء 132"]),
            ("وقصفت الطائرات سراقب، بالتزامن مع قصف مدفعي استهدف اللواء 12 المحرر.", ["سراقب", "اللواء 12"]),
            # The unit after a verb is its subject, the one that fired.
            ("واستهدفت الفرقة الرابعة حي الجمعيات في مدينة سراقب.", ["الجمعيات"]),
            ("وقصف اللواء 47 مواقع الفصائل في ريف إدلب.", ["ريف إدلب"]),
        ],
    )
    def test_a_units_base_by_its_number_is_a_target(self, text, expected):
        assert places(text) == expected

    @pytest.mark.parametrize(
        "text, expected",
        [
            (
                "وقال إن قذائف سقطت على احياء النزهة والجمعيات في سراقب, ورجح أن يكون مصدرها الجيش الحر.",
                ["النزهة", "الجمعيات"],
            ),
            ("عقب القصف الذي استهدف بلدات وقرى جبل الزاوية وارتكاب مجزرة راح ضحيتها سبعة أشخاص.", ["جبل الزاوية"]),
            ("واستهدفت الغارات الفرقة 17 شمالي مدينة سراقب بخمس غارات جوية.", ["الفرقة 17"]),
            ("قصفت طائرات هليكوبتر حربية ضاحية بسراقب.", ["سراقب"]),  # where the suburb is, no name of it
        ],
    )
    def test_a_verb_of_saying_or_a_verbal_noun_ends_a_list_and_a_unit_after_the_strikes_is_their_target(
        self, text, expected
    ):
        assert places(text) == expected

    def test_the_quarters_picked_out_after_commas_are_neighbourhoods(self):
        text = "وفي حلب، سقطت قذائف هاون على عدد من الأحياء ومنها الشعار، والصاخور، والكلاسة."
        assert [(c.place, c.precision) for c in claims(text)] == [
            ("الشعار", "neighbourhood"),
            ("الصاخور", "neighbourhood"),
            ("الكلاسة", "neighbourhood"),
        ]

    def test_such_as_after_villages_opens_their_names(self):
        assert places("استهدفت غارات أخرى قرى مثل فركيا وسرجا بريف إدلب.") == ["فركيا", "سرجا"]

    @pytest.mark.parametrize(
        "text, expected",
        [
            ("استهدف النظام بلدة بيت سحم إحدى بلدات ريف دمشق بصاروخين.", ["بيت سحم"]),
            ("قصفت طائرة منطقة بمساحة بحدود 800 متر مربع في مدينة سراقب.", ["سراقب"]),
            ("نفذت الطائرات 50 غارة على عناصر وتجهيزات لتنظيم الدولة قرب مدينة سراقب.", ["سراقب"]),
            ("نفذت مسيرة غارة على نقطة عسكرية على طريق دير جمال في نفس المنطقة.", []),
            ("كما استهدفت الطائرات محطة لضخ النفط في مدينة سراقب.", ["سراقب"]),
            ("قصفت الطائرات مقرات أو مناطق لعناصر تنظيم الدولة في ريف حلب.", ["ريف حلب"]),
            ("وفي حلب، يستخدم النظام البراميل في قصف أحياء أكبر مدن الشمال السوري.", []),
            ("وفي حلب، شهدت عدة أحياء بالمدينة قصفا مركزا استهدف مناطق الكلاسة.", ["الكلاسة"]),
            ("واتهم الجيش إسرائيل بإطلاق صواريخ على مطار عسكري كبير غربي مدينة سراقب.", ["سراقب"]),
            (
                "غارات على مدينة دير الزور.\nوطالت الغارات مناطق البانوراما والمقابر وكبدته خسائر بالأفراد والعتاد.",
                ["دير الزور", "البانوراما", "المقابر"],
            ),
        ],
    )
    def test_an_apposition_a_measure_a_purpose_or_the_people_struck_are_no_names(self, text, expected):
        assert places(text) == expected

    def test_a_dual_descriptor_names_two_places_whatever_else_the_first_name_means(self):
        assert places("قصفت الطائرات الحربية قريتي عدوان وتل شهاب بريف درعا الغربي.") == ["عدوان", "تل شهاب"]

    def test_a_field_hospital_is_no_name(self):
        assert places("استهدفت ضربات روسية مستشفى ميدانيا في بلدة الهبيط بريف إدلب.") == ["الهبيط"]

    def test_a_quoted_facility_name_is_the_place_struck_without_its_quotes(self):
        text = 'تعرض مطار "تيفور" بريف حمص الشرقي لقصف جوي، في وقت تحدثت فيه شبكات محلية عن انفجارات.'
        (claim,) = claims(text)
        assert (claim.place, claim.governorate, claim.sources) == ("مطار تيفور", "SY-HI", ["شبكات محلية"])
        assert places("قصفت الطائرات مطار التيفور باتجاه منطقة التنف في محافظة حمص.") == ["مطار التيفور"]

    def test_where_the_jets_fired_from_does_not_place_a_village(self):
        text = (
            "نفذت الطائرات الإسرائيلية غارات من اتجاه شمال الجولان مستهدفة نقاطا في ريف حماة.\n"
            "وقال المرصد إن الصواريخ استهدفت مواقع في محيط بلدة البيضا."
        )
        assert [(claim.place, claim.governorate) for claim in claims(text)][-1] == ("البيضا", "SY-HM")

    def test_a_village_named_after_a_countryside_is_the_place_in_it(self):
        assert places("استهدفت مسيرة سيارة مدنية بريف سراقب قرب قرية البيضا.") == ["البيضا"]

    @pytest.mark.parametrize(
        "text",
        [
            'استهدفت مسيرة سيارة في ريف بلدة البيضا "قرية الحمرا" بريف إدلب.',
            "استهدفت مسيرة سيارة في ريف بلدة البيضا قرب قرية الحمرا بريف إدلب.",
        ],
    )
    def test_the_village_in_the_countryside_of_an_unknown_town_is_the_place_struck(self, text):
        assert places(text) == ["الحمرا"]

    def test_names_in_quotes_joined_by_a_waw_written_apart_are_a_list(self):
        text = 'قصفت المروحيات بالبراميل مناطق "الشيخ لطفي" و"مساكن هنانو" و"المشهد" بمدينة حلب.'
        assert places(text) == ["الشيخ لطفي", "مساكن هنانو", "المشهد"]

    @pytest.mark.parametrize(
        "text",
        [
            "قصفت المروحيات بالبراميل مناطق تحت سيطرة المعارضة في مدينة حلب.",
            "وقال إن القصف استهدف مناطق البيضا والحمرا، مضيفاً أن القصف تسبب بجرح العشرات في مدينة حلب.",
        ],
    )
    def test_prepositions_and_participles_of_saying_are_no_names(self, text):
        assert not {"تحت", "مضيفا", "مضيفاً"} & set(places(text))

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("قصفت المدفعية قرية البيضا بريف ناحية سراقب.", ["البيضا"]),
            ("قصفت المدفعية قرية البيضا الواقعة في مناطق سراقب.", ["البيضا"]),
            ("وطال القصف مخيم العودة والواقع في ناحية سراقب.", ["مخيم العودة"]),
            ("قصفت الفصائل قريتي البيضا والحمرا التابعتين لناحية سراقب.", ["البيضا", "الحمرا"]),
            ("قصفت المدفعية قرية البيضا المأهولة بمهجري مدينة سراقب بريف إدلب.", ["البيضا"]),
        ],
    )
    def test_the_district_or_area_a_village_lies_in_locates_it(self, text, expected):
        assert places(text) == expected

    def test_a_list_of_two_districts_and_the_town_after_them_locate_the_villages(self):
        text = "قصفت المدفعية قرى البيضا والحمرا والمنصورة بناحيتي الزهرة وسراقب في إدلب."
        assert [(claim.place, claim.governorate) for claim in claims(text)] == [
            ("البيضا", "SY-ID"),
            ("الحمرا", "SY-ID"),
            ("المنصورة", "SY-ID"),
        ]

    def test_a_verb_with_its_object_after_a_facility_is_no_name(self):
        text = "وشنت طائرات أمريكية غارات على مواقع قرب مدينة سراقب، بينها سيارات قرب معبر تستخدمه الميليشيات."
        assert places(text) == ["سراقب"]

    def test_a_facility_named_after_the_district_it_serves_is_no_place_of_its_own(self):
        text = "استهدف القصف قرية البيضا بريف سراقب، ما أسفر عن أضرار في محطة تحويل كهرباء الناحية."
        assert places(text) == ["البيضا"]

    def test_a_name_after_a_comma_in_a_list_keeps_its_first_letter(self):
        text = "واستهدفت الهجمات أطراف بلدات البيضا، فيلون، نحليا، ومعترم في ريف إدلب."
        assert places(text) == ["البيضا", "فيلون", "نحليا", "معترم"]

    def test_whose_neighbourhoods_they_are_is_no_name(self):
        text = "قتل ثلاثة أشخاص جراء قصف المروحيات أحياء المعارضة في مدينة سراقب بالبراميل المتفجرة."
        assert places(text) == ["سراقب"]

    def test_a_construct_noun_goes_on_to_a_second_word_that_starts_like_a_conjunction(self):
        assert places("استهدفت الغارات قريتي البيضا وتل واسط في ريف حماة.") == ["البيضا", "تل واسط"]

    def test_the_countryside_named_again_before_the_first_one_is_the_one_named_soon_after(self):
        text = (
            "وقال ناشط إن الغارات استهدفت مدينة كفرزيتا وقرية الزكاة في الريف الشمالي، "
            "إضافة لقرية المنصورة في الريف الغربي.\nوكثف الطيران غاراته على مناطق ريف حماة."
        )
        assert [(claim.place, claim.governorate) for claim in claims(text)] == [
            ("كفرزيتا", "SY-HM"),
            ("الزكاة", "SY-HM"),
            ("المنصورة", "SY-HM"),
        ]

    def test_what_a_list_of_villages_was_struck_with_after_a_comma_is_no_name(self):
        text = "وفي ريف إدلب قصفت المدفعية قرى البيضا والحمرا، بأكثر من 30 قذيفة صاروخية."
        assert places(text) == ["البيضا", "الحمرا"]

    def test_the_town_a_place_is_next_to_locates_it(self):
        text = "وسقطت قذيفة هاون على منطقة الجمعيات المحاذية لمدينة سراقب دون أن تسفر عن إصابات."
        assert places(text) == ["الجمعيات"]

    def test_the_countrysides_of_two_towns_locate_the_villages_named_after_them(self):
        text = (
            "شهدت قرى وبلدات أرياف مدينتي سراقب وكفرزيتا قصفاً مدفعياً، استهدف قرى البيضا والحمرا بريف سراقب، "
            "والزهرة بريف كفرزيتا."
        )
        assert places(text) == ["البيضا", "الحمرا", "الزهرة"]

    def test_quoted_villages_said_to_have_been_struck_with_a_masdar_are_all_claims(self):
        text = 'وأفادت مصادر محلية بتعرّض قرى "زور مغار" و"البيضا" و"الحمرا" بريف سراقب لقصف تركي.'
        assert places(text) == ["زور مغار", "البيضا", "الحمرا"]

    def test_a_name_of_two_construct_nouns_that_starts_like_a_conjunction_is_read_whole(self):
        assert places("قصفت قوات النظام مناطق في وادي عين ترما بالغوطة الشرقية.") == ["وادي عين ترما"]

    def test_a_second_word_that_starts_like_fa_is_part_of_the_name(self):
        assert places("استهدفت طائرة سيارة على أطراف قرية رسم فالح بريف حلب.") == ["رسم فالح"]
        assert places("قصفت الطائرات قرية البيضا بريف حلب فقتلت خمسة مدنيين.") == ["البيضا"]

    def test_and_it_led_is_no_valley_though_it_normalises_alike(self):
        text = "استهدف العدوان محيط مدينتي سراقب ومورك، وأدى إلى وقوع خسائر مادية."
        assert places(text) == ["سراقب", "مورك"]

    @pytest.mark.parametrize(
        "text",
        [
            "وأظهر تسجيل إلقاء ثلاثة براميل على أحد أحياء المدينة دفعة واحدة في سراقب، مسببة انفجارات كبيرة.",
            "ففي ريف إدلب، تعرضت عدة بلدات لقصف براجمات الصواريخ في محيط سراقب.",
        ],
    )
    def test_the_city_told_of_and_a_strike_word_after_a_descriptor_are_no_names(self, text):
        assert places(text) == ["سراقب"]

    @pytest.mark.parametrize(
        "text",
        [
            "تواصلت غارات الطائرات على ريف إدلب مستهدفة قرى بها مدنيون، وأطلقت صواريخ على قرية البيضا.",
            "كما تعرضت قرى البيضا وهي قرى فاصلة بين ريفي إدلب وحماة لقصف مدفعي.",
            'وشنت الطائرات غارات على قريتي "البيضا″ و"الحمرا″ بريف إدلب.',
        ],
    )
    def test_what_villages_hold_their_adjectives_and_odd_quotes_are_no_names(self, text):
        assert {"بها مدنيون", "فاصلة"}.isdisjoint(places(text))
        assert all("″" not in place for place in places(text))
        assert "البيضا" in places(text)

    def test_two_regions_named_by_a_dual_are_regions(self):
        (claim,) = claims("وقصفت الطائرات مقرات في جبلي الأكراد والتركمان.")[:1]
        assert (claim.place, claim.precision, claim.governorate) == ("الأكراد", "governorate", "SY-LA")

    def test_the_two_villages_named_before_are_not_the_town_of_that_name(self):
        gazetteer = Gazetteer([*governorate_entries(), town("qaryatayn", "القريتين", "SY-HI")])
        text = (
            "قتل مدني في قصف على قريتي البيضا والحمرا بريف اللاذقية.\n"
            "وذكرت قناة أن مسلحين اعتدوا بالصواريخ على القريتين."
        )
        result = extract(text, published=PUBLISHED, gazetteer=gazetteer)
        assert "القريتين" not in [claim.place for claim in result.strike_claims]

    def test_the_people_a_camp_shelters_are_no_name(self):
        assert places("قصفت الطائرات مخيمات النازحين قرب بلدة الهبيط بريف إدلب.") == ["الهبيط"]

    def test_the_city_named_before_and_the_next_descriptor_end_a_name(self):
        text = "وفي مدينة إدلب ألقى الطيران المروحي براميل على حي الضبيط بالمدينة وبلدات بريف حماة."
        assert [place for place in places(text) if place != "إدلب"] == ["الضبيط", "ريف حماة"]

    def test_the_market_area_is_no_name(self):
        assert places("طالت الغارات منطقة السوق الشعبي في مدينة سراقب.") == ["سراقب"]

    def test_a_list_ends_at_the_sector_it_lies_in(self):
        text = "عاودت قوات النظام قصفها على مناطق في البارة وفليفل بالقطاع الجنوبي من ريف إدلب."
        assert places(text) == ["البارة", "فليفل"]
        assert places("قصفت المدفعية مناطق متعددة في بلدة مورك بريف حماة.") == ["مورك"]

    def test_a_conjunction_written_apart_still_joins_the_names_of_a_list(self):
        text = "قصفت قوات النظام قرى الفطيرة و سفوهن و البارة بريف إدلب."
        assert places(text) == ["الفطيرة", "سفوهن", "البارة"]
        assert [(c.place, c.governorate) for c in claims("قصفت الطائرات مواقع في سراقب و مورك.")] == [
            ("سراقب", "SY-ID"),
            ("مورك", "SY-HM"),
        ]

    def test_the_outskirts_of_a_town_go_on_a_list_of_towns(self):
        text = "قصفت قوات النظام بلدات الفطيرة وأطراف البارة وسفوهن بجبل الزاوية."
        assert places(text) == ["الفطيرة", "البارة", "سفوهن"]

    def test_a_list_goes_on_after_a_comma_that_follows_the_countryside_of_its_first_places(self):
        text = "ووردت أنباء عن استهداف بلدات البارة وفليفل في ريف إدلب، والعنكاوي في سهل الغاب بقذائف المدفعية."
        assert [(c.place, c.governorate) for c in claims(text)] == [
            ("البارة", "SY-ID"),
            ("فليفل", "SY-ID"),
            ("العنكاوي", "SY-HM"),
        ]

    def test_a_canton_is_an_area_and_its_western_part_is_the_town(self):
        text = "وتعرضت قرى مقاطعة مورك الغربية للقصف، وقرى الحويز وتل هواش في مقاطعة كفرزيتا."
        found = claims(text)
        assert (found[0].place, found[0].entry_key, found[0].precision) == ("مورك الغربية", "morek", "town")

    def test_the_canton_a_district_belongs_to_locates_it(self):
        text = "قصفت مسيرة منزلا في قرية الحويز في ناحية تل هواش التابعة لمقاطعة مورك."
        assert places(text) == ["الحويز"]

    def test_villages_inhabited_are_no_name_and_the_next_descriptor_ends_a_name(self):
        text = "قصفت القوات التركية 6 قرى آهلة بالسكان بريف مورك."
        assert "آهلة" not in " ".join(places(text))
        text = "قصفت القوات من قاعدتها في قرية القيراطة قريتي الحويز وتل هواش في ريف حماة."
        assert places(text) == ["الحويز", "تل هواش"]

    def test_the_places_a_sentence_says_were_struck_are_read_after_hiya_a_colon_or_kull_min(self):
        text = "وأضاف أن القرى المستهدفة كل من (الحويز، التوينة، وقليدين) بريف حماة."
        assert places(text) == ["الحويز", "التوينة", "قليدين"]
        text = "والقرى التي تعرضت للقصف هي: الحويز والتوينة في ريف حماة."
        assert places(text) == ["الحويز", "التوينة"]
        assert places("وكانت المناطق التي زارها الوفد هي: الحويز والتوينة في ريف حماة.") == []

    def test_the_lajat_is_a_region_of_daraa(self):
        (claim,) = claims("قصفت الطائرات مواقع في اللجاة.")
        assert (claim.place, claim.governorate, claim.precision) == ("اللجاة", "SY-DR", "governorate")

    def test_the_desert_of_a_governorate_is_governorate_level_and_that_of_a_town_the_town(self):
        (claim,) = claims("شنت طائرات روسية غارات على مواقع لتنظيم داعش في بادية حمص الشرقية.")
        assert (claim.place, claim.governorate, claim.precision) == ("بادية حمص الشرقية", "SY-HI", "governorate")
        (claim,) = claims("واستهدفت الطائرات الروسية مواقع التنظيم في بادية مورك.")
        assert (claim.place, claim.precision) == ("مورك", "town")

    def test_a_station_or_plant_is_named_after_its_place_not_what_it_makes(self):
        (claim,) = claims("قصفت القوات التركية محطة كهرباء مورك ما أدى إلى خروجها من الخدمة.")
        assert (claim.place, claim.entry_key) == ("محطة كهرباء مورك", "morek")
        text = "واستهدفت مسيرة محطة الكهرباء الرابعة قرب مدينة سراقب، ومعمل الحويز للغاز بريف حماة."
        assert places(text) == ["سراقب", "معمل الحويز"]
        assert places("وقالت محطة تلفزيونية محلية إن الطائرات قصفت مدينة سراقب.") == ["سراقب"]

    def test_two_cars_or_a_farm_field_are_no_place(self):
        text = "استهدفت مسيرات محيط مدرسة في قرية معرزاف وسيارتان بالقرب من المدرسة بريف إدلب."
        assert places(text) == ["معرزاف"]
        text = "وسقط صاروخ في حقل زراعي على أطراف قرية شنان بريف إدلب."
        assert places(text) == ["شنان"]

    def test_villages_listed_after_the_countryside_of_the_first_are_located_by_the_place_after_them(self):
        text = "واستهدفت المدفعية قرى الفطيرة بريف إدلب الجنوبي والعمقية وقليدين غربي حماة."
        assert [(c.place, c.governorate) for c in claims(text)] == [
            ("الفطيرة", "SY-ID"),
            ("العمقية", "SY-HM"),
            ("قليدين", "SY-HM"),
        ]

    def test_a_quarter_is_a_neighbourhood(self):
        (claim,) = claims("قتل عشرة بغارة على حارة البدو في مدينة إدلب.")
        assert (claim.place, claim.precision, claim.governorate) == ("حارة البدو", "neighbourhood", "SY-ID")

    def test_an_adverb_or_what_struck_it_ends_a_name(self):
        text = "يواصل الطيران قصف مدينة كفرومة يوميا بعشرات البراميل في ريف إدلب."
        assert places(text) == ["كفرومة"]

    def test_a_name_right_after_its_descriptor_keeps_its_first_letter(self):
        assert places("قصفت الطائرات بلدة فريكة وقرية وادي الشيخ بريف إدلب.") == ["فريكة", "وادي الشيخ"]

    def test_a_hill_named_with_a_short_construct_noun_and_a_direction_is_a_place(self):
        for name in ("تل أحمر", "تل أحمر شرقي", "تل الأحمر الشرقي"):
            (claim,) = claims(f"وقال ناشطون إن القصف استهدف {name} في ريف القنيطرة، وهو موقع مشرف على الحدود.")
            assert (claim.place, claim.governorate) == (name, "SY-QU")
        assert "تل أحمر شرقي" not in places("استهدف القصف تل أحمر شرقي حلب.")

    def test_unknown_names_between_known_places_of_a_list_are_places(self):
        text = "وشملت الغارات مورك وأم الخلاخيل والحويز وكفرزيتا ومحيط الفوج."
        assert places(text) == ["مورك", "أم الخلاخيل", "الحويز", "كفرزيتا"]

    def test_the_places_after_in_addition_to_are_struck(self):
        text = "وقصفت الطائرات مورك ونقل الجرحى إلى المشفى، بالإضافة إلى أحياء الحويز والسكري في المدينة."
        assert places(text) == ["مورك", "الحويز", "السكري"]
        # "كفر" of a village's name is no "ك" + "فر" (fled) that makes "إلى" a destination.
        text = "وقصفت الطائرات كفرزيتا وكفر نبودة إلى جانب أحياء الحويز والسكري في مورك."
        assert "الحويز" in places(text)

    def test_a_list_of_neighbourhoods_goes_on_after_a_name_ending_in_a_city_adjective(self):
        text = "واستهدفت المجموعات بالقذائف أحياء سليمان الحلبي وصلاح الدين والسيد علي في حلب."
        assert places(text) == ["سليمان", "صلاح الدين", "السيد علي"]

    def test_a_colour_and_the_name_ali_belong_to_a_name(self):
        text = "قصفت الطائرات منطقة النهر الأبيض وقرية الشيخ علي بريف إدلب."
        assert places(text) == ["النهر الأبيض", "الشيخ علي"]
        # ... also after "الإمام", between quotes.
        assert places("وقتل عناصر بقصف جوي على قاعدة “الإمام علي” في ريف إدلب.") == ["قاعدة الإمام علي"]

    def test_the_countryside_of_a_town_named_before_ends_a_list_of_names(self):
        text = "وطال القصف مدينة سراقب وقرى الحمرا وتل الطوقان بريفها."
        assert places(text) == ["سراقب", "الحمرا", "تل الطوقان"]

    def test_a_village_named_after_a_known_name_without_its_article_keeps_its_whole_name(self):
        gazetteer = Gazetteer([*governorate_entries(), town("raqqa", "الرقة", "SY-RA", names=("رقة",))])
        text = "قتل مدنيون بقصف على قريتي رقة سمرة ورطلة شرق الرقة."
        found = extract(text, published=PUBLISHED, gazetteer=gazetteer).strike_claims
        assert [(claim.place, claim.governorate) for claim in found] == [("رقة سمرة", "SY-RA"), ("رطلة", "SY-RA")]

    def test_the_district_villages_in_brackets_belong_to_is_not_struck(self):
        text = "كما تعرضت قرى (الحمرا، كفرومة) التابعة لناحية سراقب بريف إدلب، لغارات جوية."
        assert places(text) == ["الحمرا", "كفرومة"]

    def test_the_villages_a_sentence_picks_out_may_have_two_word_names(self):
        text = "وشنت الطائرات غارات على عدة قرى بريف إدلب، من بينها الحمرا وحمادي عمر ورسم العبد وغيرها."
        assert places(text) == ["الحمرا", "حمادي عمر", "رسم العبد"]

    def test_a_region_after_the_first_word_of_a_towns_name_is_part_of_it(self):
        (claim,) = claims("وتوزعت الغارات على بلدة سحم الجولان بريف إدلب.")
        assert (claim.place, claim.governorate) == ("سحم الجولان", "SY-ID")

    def test_a_list_of_names_goes_on_up_to_a_place_named_by_its_descriptor(self):
        text = "كما تعرضت بلدة الحمرا وتل شهاب ومنطقة الزهراء للقصف في ريف إدلب."
        assert places(text) == ["الحمرا", "تل شهاب", "الزهراء"]

    def test_names_joined_to_a_village_up_to_the_end_of_its_clause_are_villages(self):
        text = "وقصفت الطائرات مواقع قرب قرية الحمرا وحمادي وجيشان، إضافة إلى مواقع أخرى في ريف إدلب."
        assert places(text) == ["الحمرا", "حمادي", "جيشان"]
        # One name after it may be anything.
        assert places("وقصفت الطائرات قرية الحمرا والمدارس، في ريف إدلب.") == ["الحمرا"]

    def test_quoted_names_go_on_a_list_after_a_comma_alone(self):
        text = "وامتد القصف إلى قرى “الحمرا”، “حمادي”، “جيشان” بريف إدلب."
        assert places(text) == ["الحمرا", "حمادي", "جيشان"]

    def test_a_list_in_quotes_holds_names_to_its_end_past_an_item_that_is_no_name(self):
        text = "واستهدفت المدفعية قرى “الحمرا، حمادي، محيط القاعدة العسكرية، تل شهاب وجيشان، الزهراء” بريف إدلب."
        assert places(text) == ["الحمرا", "حمادي", "تل شهاب", "جيشان", "الزهراء"]

    def test_a_list_in_quotes_after_fi_names_the_places_struck(self):
        text = "وصعدت القوات القصف على أغلب البلدات شمالي إدلب في “سراقب، والحمرا، وحمادي” بقذائف المدفعية."
        assert places(text) == ["سراقب", "الحمرا", "حمادي"]

    def test_a_list_in_quotes_right_after_a_strike_verb_names_the_places_struck(self):
        assert places('وقصفت القوات التركية "الحمرا، وتل شهاب" بريف إدلب.') == ["الحمرا", "تل شهاب"]
        # A quoted armed group is no place.
        assert places('واستهدفت الطائرات "جيش العزة" و"هيئة تحرير الشام" في ريف إدلب.') == ["ريف إدلب"]

    def test_two_facilities_named_by_their_places_are_the_facilities(self):
        airport = Entry(
            key="aleppo-airport", name_ar="مطار حلب الدولي", name_en="Aleppo Airport", lat=36.18, lon=37.22,
            governorate="SY-HL", kind="site", population=0, names=("مطار حلب",),
        )  # fmt: skip
        gazetteer = Gazetteer([*GAZETTEER.entries, airport])
        found = extract("استهدفت غارات مطاري حلب وإدلب.", published=PUBLISHED, gazetteer=gazetteer).strike_claims
        assert [(claim.place, claim.entry_key) for claim in found] == [
            ("مطار حلب", "aleppo-airport"),
            ("مطار إدلب", "idlib"),
        ]

    def test_the_fields_named_after_the_plural_of_field_are_each_a_claim(self):
        text = "واستهدفت طائرات التحالف حقول الورد والجفرة والتيم النفطية في ريف دير الزور."
        assert places(text) == ["الورد", "الجفرة", "التيم"]
        # Olive groves are no oil fields.
        text = "وأصيبت امرأتان في قرية كنصفرة بقصف مدفعي استهدف حقول الزيتون ومنازل المدنيين في ريف إدلب."
        assert places(text) == ["كنصفرة"]

    def test_the_first_name_after_kull_min_is_read_as_written(self):
        assert places("شنت الطائرات غارات على كل من بالا وزبدين في ريف إدلب.") == ["بالا", "زبدين"]
        assert places("وطال القصف كلا من الحمرا والمشروع في ريف إدلب.") == ["الحمرا", "المشروع"]

    def test_villages_belonging_to_a_town_are_not_named_belonging(self):
        assert "تابعة" not in places("قصفت المدفعية قرى تابعة لبلدة مورك بريف حماة.")

    def test_a_count_of_the_dead_or_an_addition_is_no_name_in_a_list(self):
        text = "قصفت الطائرات مدينتي كفرزيتا ومورك، إضافة لبلدة الهبيط، وقتل خمسة في مورك وقتيلين في الهبيط."
        assert places(text) == ["كفرزيتا", "مورك", "الهبيط"]

    def test_a_zone_named_after_leaders_is_no_place(self):
        text = 'قصفت الطائرات منطقة "بوتين - أردوغان" وقرى الزقوم والفطيرة في ريف إدلب.'
        assert places(text) == ["الزقوم", "الفطيرة"]

    def test_a_village_after_a_descriptor_keeps_its_name_and_the_countryside_governorate(self):
        (claim,) = claims("قصف الطيران الحربي قرية أم الخلاخيل بريف إدلب الجنوبي.")
        assert (claim.place, claim.governorate, claim.lat, claim.needs_placement) == (
            "أم الخلاخيل",
            "SY-ID",
            None,
            True,
        )

    def test_every_village_of_a_list_after_a_plural_descriptor_is_a_claim(self):
        text = "واستهدفت الغارات قرى أبو دالية وعكش وصلبا في ريف حماة الشرقي."
        assert places(text) == ["أبو دالية", "عكش", "صلبا"]
        assert {claim.governorate for claim in claims(text)} == {"SY-HM"}

    def test_neighbourhoods_take_the_governorate_of_their_city(self):
        text = "وطال القصف أحياء الشعار والصاخور في مدينة حلب."
        assert places(text) == ["الشعار", "الصاخور"]
        assert {claim.precision for claim in claims(text)} == {"neighbourhood"}
        assert {claim.governorate for claim in claims(text)} == {"SY-HL"}

    @pytest.mark.parametrize(
        "sentence",
        [
            "وقصفت الطائرات قرى الحويز، الشريعة، وقسطون في سهل الغاب.",
            "واستهدفت الغارات قرى (الحويز، الشريعة، قسطون) في سهل الغاب.",
            "وقصفت الطائرات قرى: الحويز، الشريعة، وقسطون في سهل الغاب.",
        ],
    )
    def test_a_list_after_a_plural_descriptor_goes_on_after_commas(self, sentence):
        assert places(sentence) == ["الحويز", "الشريعة", "قسطون"]

    def test_the_areas_a_list_of_names_spells_out_are_places(self):
        text = "وفي ريف حماة، قصفت قوات النظام مناطق في الحويجة وتل هواش والتوبة وعابدين."
        assert places(text) == ["الحويجة", "تل هواش", "التوبة", "عابدين"]
        text = "واستهدفت الفصائل مواقع لقوات النظام في مورك وسلحب، ما أدى لأضرار مادية."
        assert places(text) == ["مورك", "سلحب"]
        assert places("استهدفت الغارات مناطق في الحويز وباب الطاقة بريف حماة.") == ["الحويز", "باب الطاقة"]

    def test_a_verb_after_a_place_in_a_list_is_not_a_name(self):
        assert places("قصفت الطائرات مواقع في سراقب ودمرت.") == ["سراقب"]
        assert places("قصفت الطائرات مواقع في سراقب وتزامن ذلك مع قصف مدفعي.") == ["سراقب"]

    def test_a_verb_of_saying_after_a_list_is_not_a_name(self):
        text = "قصفت الطائرات قرى الحويز والشريعة، وقال ناشطون في سهل الغاب إن القصف عنيف."
        assert places(text) == ["الحويز", "الشريعة"]
        assert places("قصفت الطائرات قرى الحويز والشريعة، مخلفة دمارا كبيرا في سهل الغاب.") == ["الحويز", "الشريعة"]

    def test_a_village_named_after_a_sheikh_goes_on_a_list(self):
        text = "ونفذت الطائرات غارات في ريف إدلب طالت كلا من كفرسجنة وركايا والشيخ مصطفى."
        assert places(text) == ["كفرسجنة", "ركايا", "الشيخ مصطفى"]

    def test_a_region_after_ba_locates_the_village_before_it(self):
        (claim,) = claims("وألقت المروحيات براميل متفجرة على أطراف بلدة عين ترما بالغوطة الشرقية.")
        assert (claim.place, claim.governorate, claim.precision) == ("عين ترما", "SY-RD", "town")

    def test_the_area_a_village_belongs_to_locates_it(self):
        assert places("قصفت الطائرات قرية الزيارة التابعة لمنطقة الغاب في ريف حماة.") == ["الزيارة"]
        # The subdistrict ("ناحية") a village belongs to is where it is, not a second place struck.
        assert places("استهدفت مسيرة منزلا في قرية الخربة التابعة لناحية تل تمر شمال الحسكة.") == ["الخربة"]

    def test_a_dual_area_descriptor_names_two_neighbourhoods(self):
        text = "وسقطت قذائف على منطقتي العباسيين والقصاع في مدينة حلب."
        assert places(text) == ["العباسيين", "القصاع"]
        assert {claim.precision for claim in claims(text)} == {"neighbourhood"}

    def test_the_area_of_a_known_town_is_the_town(self):
        text = "وقصفت مسيرات مواقع في منطقتي سراقب ومورك وفي منطقة كفرزيتا."
        assert places(text) == ["سراقب", "مورك", "كفرزيتا"]
        assert {claim.precision for claim in claims(text)} == {"town"}

    def test_a_word_standing_for_a_place_named_before_is_no_name(self):
        text = "ونفذت الطائرات ضربات على موقعين، أحدهما قرب مدينة سراقب والآخر في مورك، وفق المرصد."
        assert places(text) == ["سراقب", "مورك"]

    def test_a_compound_name_with_a_bare_direction_is_kept_whole(self):
        assert places("وسقطت قذائف على منطقة باب شرقي في مدينة حلب.") == ["باب شرقي"]

    def test_a_facility_keeps_its_descriptor(self):
        (claim,) = claims("واستهدفت صواريخ مطار الشعيرات العسكري بريف حمص.")
        assert claim.place == "مطار الشعيرات العسكري"
        assert claim.governorate == "SY-HI"

    def test_a_list_after_fi_goes_on_with_a_name_that_has_the_article(self):
        assert places("قصفت المدفعية مواقع في تلعادة والمزيرعة بريف إدلب.") == ["تلعادة", "المزيرعة"]

    def test_farms_around_a_listed_place_are_not_a_place(self):
        assert places("قصفت المدفعية مواقع في تلعادة والمزارع المحيطة بها في ريف إدلب.") == ["تلعادة"]

    def test_unknown_names_go_on_a_list_after_a_known_place(self):
        assert places("قصفت الطائرات سراقب وتلعادة والمزيرعة في ريف إدلب.") == ["سراقب", "تلعادة", "المزيرعة"]

    def test_a_two_word_name_whose_head_opens_village_names_goes_on_a_list(self):
        assert places("استهدفت الغارات مناطق في سراقب ومعرة حرمة بريف إدلب.") == ["سراقب", "معرة حرمة"]
        assert places("قصفت المدفعية سراقب وخربة الجوز بريف إدلب.") == ["سراقب", "خربة الجوز"]

    def test_an_unknown_village_takes_the_governorate_of_the_sentence_before(self):
        text = (
            "شنت الطائرات غارات على ريف إدلب.\nوقصفت الطائرات قرية البارة في ريف إدلب.\n"
            "وفي ريف حماة، قصفت المروحيات قرية الزكاة.\nوألقت المروحيات براميل على قرية الجنابرة."
        )
        governorates = {claim.place: claim.governorate for claim in claims(text)}
        assert governorates["الجنابرة"] == "SY-HM"

    def test_a_two_word_unknown_name_the_text_locates_is_a_place(self):
        assert places("وقتل جندي في قصف على نقطة المراقبة في شير مغار بريف حماة.") == ["شير مغار"]
        assert places("قتل مدنيان في قصف مدفعي بريف حماة.") == ["ريف حماة"]

    def test_a_known_name_after_a_construct_noun_is_part_of_another_name(self):
        (claim,) = claims("وسقطت قذائف في تل مورك بريف إدلب.")
        assert (claim.place, claim.entry_key, claim.governorate) == ("تل مورك", None, "SY-ID")

    def test_a_list_goes_on_with_a_short_construct_noun(self):
        text = "وقصفت المدفعية مواقع في الحماميات وتل ملح والجبين في ريف حماة الشمالي."
        assert places(text) == ["الحماميات", "تل ملح", "الجبين"]

    def test_a_list_in_apposition_to_a_countryside_names_its_places(self):
        assert places("وطال القصف بلدات ريف حماة الشمالي، كفرزيتا ومورك واللطامنة.") == [
            "كفرزيتا",
            "مورك",
            "اللطامنة",
        ]
        assert places("واستهدفت الغارات ثلاث بلدات في ريف إدلب هي سراقب وحاس وكفرسجنة.") == ["سراقب", "حاس", "كفرسجنة"]
        # A list that goes on into another phrase is not the countryside's places.
        assert places("وطال القصف ريف حماة، كفرزيتا ومجموعة من المزارع.") == ["كفرزيتا"]

    def test_the_places_named_after_an_area_and_a_colon_are_claims(self):
        assert places("قصفت الطائرات قرى جبل الزاوية: البارة، كنصفرة، والفطيرة.") == ["البارة", "كنصفرة", "الفطيرة"]
        assert places("قصفت الطائرات ريف حماة: وقال ناشطون إن القصف عنيف.") == ["ريف حماة"]

    def test_a_quarter_named_with_a_target_noun_opens_the_quarters_picked_out(self):
        text = "وتركز القصف على عدة أحياء في حلب بينها بستان القصر والجلوم والصاخور موقعة قتلى."
        assert places(text) == ["بستان القصر", "الجلوم", "الصاخور"]

    def test_the_places_named_after_the_comma_closing_their_areas_are_claims(self):
        text = 'وقصفت القوات أكثر من 15 بلدة وقرية في ريف إدلب، وهي: "الحمرا، حمادي، وجيشان"، ما أدى لدمار كبير.'
        assert places(text) == ["الحمرا", "حمادي", "جيشان"]

    @pytest.mark.parametrize("especially", ["وخصوصا", "وخاصة", "ولاسيما", "وتحديدا"])
    def test_the_places_picked_out_as_especially_struck_are_claims(self, especially):
        text = f"وشنت الطائرات غارات على قرى ريف إدلب {especially} الحمرا وحمادي، كما استمر القصف."
        assert places(text) == ["الحمرا", "حمادي"]

    def test_the_places_picked_out_of_the_subject_of_shahidat_are_claims(self):
        text = "وشهدت مناطق عدة في ريف إدلب، ومنها سراقب ومورك، قصفا مكثفا."
        assert places(text) == ["سراقب", "مورك"]

    def test_an_unknown_name_opening_a_list_of_known_places_is_a_place(self):
        text = "وقصفت المدفعية مواقع في ريف حماة، بالإضافة إلى اللطامنة وكفرزيتا ومورك بريف حماة الشمالي."
        assert places(text) == ["اللطامنة", "كفرزيتا", "مورك"]
        assert places("استهدفت الغارات اللطامنة وكفرزيتا بريف حماة.") == ["اللطامنة", "كفرزيتا"]

    def test_a_towns_own_site_with_a_pronoun_in_a_list_is_no_name(self):
        text = "وتتعرض مدينة سراقب وقرى الحمرا وحمادي ومطارها وبساتينها بريفها الشمالي لقصف عنيف."
        assert places(text) == ["سراقب", "الحمرا", "حمادي"]

    def test_what_areas_are_like_and_among_are_no_names(self):
        assert places("وتستهدف الحملة مناطق عشوائية ومتفرقة في ريف إدلب.") == ["ريف إدلب"]
        assert places("قصفت الطائرات مدينة سراقب، وانتشر الهلع في أوساط المواطنين بالمدينة.") == ["سراقب"]

    def test_where_a_victim_comes_from_is_not_struck(self):
        text = "قصف الطيران مدينة سراقب، ما تسبب بمقتل الشاب علي وهو نازح من قرية حمادي، وإصابة عشرة مدنيين."
        assert places(text) == ["سراقب"]
        assert places("وقتل مدني من النازحين الفارين من مورك بغارة على مدينة سراقب.") == ["سراقب"]

    def test_a_verb_of_purpose_or_a_dual_participle_after_a_name_ends_it(self):
        text = "قصف على ريف إدلب.\nوشهدت ناحية حمادي قصفا عنيفا بدأ من ناحية حمادي لتتسع رقعة القصف."
        assert set(places(text)) == {"حمادي"}
        text = "قصف على ريف إدلب.\nواستهدف القصف قريتي الحمرا وجيشان، الواقعتين شمال الناحية."
        assert places(text) == ["الحمرا", "جيشان"]

    def test_the_countryside_of_a_canton_is_its_governorates(self):
        text = "تسبب القصف التركي على نواح في الريف الغربي لمقاطعة الحسكة بإصابة مواطنة."
        assert [(c.place, c.governorate) for c in claims(text)] == [("الريف الغربي لمقاطعة الحسكة", "SY-HA")]

    def test_at_the_same_time_after_a_list_of_villages_is_no_name(self):
        text = "واستهدفت الغارات بلدتي الحمرا وحمادي في ريف إدلب، بالتزامن مع قصف مدفعي على مدينة سراقب."
        assert places(text) == ["الحمرا", "حمادي", "سراقب"]
        assert places("وقصفت الطائرات قرية جيشان تزامنا مع قصف مدفعي في ريف إدلب.") == ["جيشان"]

    def test_in_retaliation_after_a_village_is_no_part_of_its_name(self):
        text = "قصف على ريف إدلب.\nوقصفت الفصائل مواقع القوات في قرية حمادي ردا على استهداف المنطقة."
        assert places(text)[-1:] == ["حمادي"]

    def test_a_verb_that_opens_a_comment_after_a_place_is_no_name(self):
        assert places("وطال القصف حي الضبيط في سراقب، ويأتي هذا بعد يوم دام.") == ["الضبيط"]

    def test_the_people_a_camp_shelters_name_no_camp(self):
        assert places("وقصفت الطائرات مخيم نازحين قرب بلدة سراقب.") == ["سراقب"]

    def test_a_place_fronted_with_a_compass_phrase_before_its_comma_is_where_the_strike_fell(self):
        text = "وفي قرية الحمرا جنوبي شرقي إدلب، استهدفت إحدى الغارات الجوية منزل أحد التجار."
        assert places(text) == ["الحمرا"]

    def test_a_verb_after_a_quarters_name_ends_it(self):
        assert places("قصف على سراقب.\nوسقطت قذائف في حي الزهور تطايرت حجارته.")[-1:] == ["الزهور"]

    def test_the_arms_struck_before_a_known_place_are_not_names(self):
        assert places("الطيران يستهدف دبابات وناقلات جند في سراقب.") == ["سراقب"]

    def test_a_target_or_an_actor_before_a_known_place_is_not_a_name(self):
        assert places("شنت الطائرات غارات على الطريق ومورك بريف حماة.") == ["مورك"]
        assert places("شنت الطائرات غارات على المستشفى وكفرزيتا بريف حماة.") == ["كفرزيتا"]
        (claim,) = claims("شنت الطائرات غارات على المعارضة وكفرزيتا بريف حماة.")
        assert (claim.place, claim.actor) == ("كفرزيتا", "unknown")
        # Without a locating end the words before are not read as a list.
        assert places("استهدفت الغارات اللطامنة وكفرزيتا.") == ["كفرزيتا"]

    def test_unknown_names_a_strike_verb_takes_as_objects_are_places_when_located(self):
        assert places("استهدف الطيران الحربي التح وجرجناز بريف إدلب.") == ["التح", "جرجناز"]
        text = "قصف الطيران المروحي بالبراميل المتفجرة الهبيط وعابدين بريف إدلب الجنوبي."
        assert places(text) == ["الهبيط", "عابدين"]
        assert places("استهدفت المدفعية الثقيلة تلمنس في ريف إدلب الشرقي.") == ["تلمنس"]
        text = "قصف على ريف إدلب.\nوأسفرت الغارات عن مقتل شخص في بلدة سراقب وآخر في كرسعة في الريف الجنوبي."
        assert places(text)[-2:] == ["سراقب", "كرسعة"]
        # How the strikes were, or what they hit, is no place.
        assert places("شنت الطائرات الروسية غارات مكثفة بريف إدلب.") == ["ريف إدلب"]
        assert places("قصفت الطائرات الحربية المنازل بريف إدلب.") == ["ريف إدلب"]

    @pytest.mark.parametrize(
        "sentence",
        [
            "سقطت قذيفة هاون على مدرسة بريف حماة.",
            "شنت الطائرات غارة على سيارة بريف حماة.",
            "قصفت الطائرات منزلا بريف حماة.",
            "شنت الطائرات غارات على تجمع بريف حماة.",
            "سقطت قذائف في مزرعة بريف حماة.",
            "شنت الطائرات غارات جوية بريف حماة.",
            "شنت الطائرات الروسية غارات مكثفة بريف حماة.",
        ],
    )
    def test_a_common_target_or_a_bare_construct_noun_before_a_countryside_is_no_place(self, sentence):
        assert places(sentence) == ["ريف حماة"]

    def test_a_place_fronted_before_the_clause_of_its_strikes_is_a_claim(self):
        (claim,) = claims("وفي ريف إدلب، شنت الطائرات غارات على تجمعات المسلحين.")
        assert (claim.place, claim.precision) == ("ريف إدلب", "governorate")
        assert places("وفي مدينة سراقب، سقطت قذائف هاون على الأحياء السكنية.") == ["سراقب"]
        # Beside the places the clause names, the fronted countryside says no more.
        assert places("وفي ريف إدلب، قصفت قوات النظام بلدة سراقب.") == ["سراقب"]
        # A fronted place before a clause that is not the strike's is not struck.
        assert places("وفي إدلب، قال مصدر إن الطائرات قصفت بلدة مورك.") == ["مورك"]

    @pytest.mark.parametrize(
        "sentence",
        [
            "وفي مدينة سراقب، قتل أربعة مدنيين بقصف مدفعي على الأحياء السكنية.",
            "وفي سراقب، استشهد طفلان جراء غارة جوية.",
            "وفي مدينة سراقب قضى رجل وزوجته بغارة لطائرة حربية.",
        ],
    )
    def test_a_place_fronted_before_the_harm_a_strike_did_there_is_a_claim(self, sentence):
        assert places(sentence) == ["سراقب"]

    @pytest.mark.parametrize(
        "sentence",
        [
            "وفي قرية الحلوبة القريبة، سقط قتيلان وعدة جرحى بصاروخ أطلقته طائرة روسية في ريف إدلب.",
            "وفي قرية الحلوبة بريف إدلب، سقط قتيلان وعدة جرحى بصاروخ أطلقته طائرة روسية.",
        ],
    )
    def test_a_fronted_place_with_what_it_is_like_or_where_it_lies_is_a_claim(self, sentence):
        assert places(sentence) == ["الحلوبة"]

    def test_a_fronted_place_is_not_struck_where_the_strike_names_its_own_town(self):
        assert places("وفي مدينة سراقب، قتل أربعة مدنيين بقصف مدفعي على بلدة مورك.") == ["مورك"]
        assert places("وفي مدينة سراقب، قتل أربعة عناصر في اشتباكات مع قوات النظام.") == []

    def test_a_place_a_sentence_is_about_with_amma_is_where_its_strikes_fell(self):
        text = "أما في حي الشعار بمدينة حلب فقد ألقت طائرة مروحية برميلا متفجرا على مبنى سكني."
        assert places(text) == ["الشعار"]

    def test_unknown_names_the_strike_aims_at_are_places_when_the_list_is_located(self):
        assert places("شنت الطائرات غارات جوية على الحويز والشريعة في سهل الغاب.") == ["الحويز", "الشريعة"]
        assert places("قصفت قوات النظام بالصواريخ الحويز والشريعة في سهل الغاب.") == ["الحويز", "الشريعة"]
        assert places("واستهدفت الغارات كلا من الحويز والشريعة وقسطون في سهل الغاب.") == [
            "الحويز",
            "الشريعة",
            "قسطون",
        ]
        assert places("شنت الطائرات غارات على تردين بريف اللاذقية.") == ["تردين"]
        # One unlocated name, or common nouns after a munition, are not places.
        assert places("شنت الطائرات غارات على تردين صباح اليوم، وفق ناشطين في ريف اللاذقية.") == []
        assert places("قصفت الطائرات بالصواريخ المنازل والمحال في ريف إدلب.") == ["ريف إدلب"]

    def test_words_after_a_known_place_that_do_not_end_a_list_are_not_names(self):
        assert places("قصفت الطائرات سراقب ومعظم المناطق المجاورة.") == ["سراقب"]
        assert places("قصفت الطائرات سراقب وريفها.") == ["سراقب"]
        assert places("قصفت الطائرات سراقب ومورك ومحيطهما.") == ["سراقب", "مورك"]
        assert places("قصفت الطائرات سراقب وقتلت خمسة مدنيين في ريف إدلب.") == ["سراقب"]

    def test_a_verb_after_a_place_ends_a_list_after_fi(self):
        assert places("شنت الطائرات غارات في سراقب وقتلت خمسة مدنيين.") == ["سراقب"]
        assert places("قصفت المدفعية في سراقب وغيرها من المناطق.") == ["سراقب"]

    def test_the_city_after_a_neighbourhood_locates_it(self):
        (claim,) = claims("سقطت قذيفة هاون على مدرسة في حي القصاع بحلب دون وقوع إصابات.")
        assert (claim.place, claim.governorate, claim.precision) == ("القصاع", "SY-HL", "neighbourhood")

    def test_the_old_town_of_a_city_keeps_its_name(self):
        assert places("تصعيد في درعا.\nقصفت طائرات حربية أحياء درعا البلد بعدة غارات.") == ["درعا البلد"]

    def test_an_adjective_after_a_village_is_not_part_of_its_name(self):
        assert places("استهدفت غارة بلدة كفرومة الحدودية بريف إدلب.") == ["كفرومة"]

    def test_a_place_located_by_a_city_is_not_moved_out_of_its_governorate(self):
        (claim,) = claims("استهدفت غارات روسية بلدة مورك غرب حلب.")
        assert (claim.place, claim.governorate, claim.entry_key, claim.needs_placement) == ("مورك", "SY-HL", None, True)

    def test_a_neighbourhood_takes_the_city_named_first_in_its_sentence(self):
        (claim,) = claims("وفي حلب، قصفت الطائرات حي مورك.")
        assert (claim.governorate, claim.entry_key) == ("SY-HL", None)

    def test_the_location_after_a_list_is_that_of_every_name_in_it(self):
        (*_, claim) = claims("قصفت المدفعية قرى كفرومة وحاس ومورك بريف إدلب.")
        assert (claim.place, claim.governorate, claim.entry_key) == ("مورك", "SY-ID", None)

    def test_the_location_after_a_name_is_not_that_of_a_known_place_before_it(self):
        result = claims("قصفت الطائرات سراقب وكفرومة بريف حماة.")
        assert [(claim.place, claim.governorate) for claim in result] == [("سراقب", "SY-ID"), ("كفرومة", "SY-HM")]

    def test_an_unknown_name_after_fi_that_the_text_locates_is_a_village(self):
        (claim,) = claims("استهدفت الطائرات مواقع قوات النظام في جورين بسهل الغاب.")
        assert (claim.place, claim.governorate) == ("جورين", "SY-HM")
        assert places("قصفت الطائرات في جورين بريف حماة.") == ["جورين"]

    def test_a_region_gives_its_villages_their_governorate(self):
        text = "وتعرضت أطراف بلدة كنصفرة بجبل الزاوية لقصف صاروخي."
        assert [(claim.place, claim.governorate) for claim in claims(text)] == [("كنصفرة", "SY-ID")]

    def test_a_list_after_fi_may_start_with_a_name_that_has_the_article(self):
        text = "قصفت المدفعية مناطق في الفطيرة وسفوهن وفليفل بجبل الزاوية."
        assert places(text) == ["الفطيرة", "سفوهن", "فليفل"]

    def test_the_villages_of_a_region_are_a_claim_on_the_region(self):
        (claim,) = claims("وجددت الطائرات قصفها لقرى جبل الأكراد.")
        assert (claim.place, claim.precision, claim.governorate) == ("جبل الأكراد", "governorate", "SY-LA")

    def test_the_adjective_of_a_capital_locates_a_neighbourhood(self):
        (claim,) = claims("وقصفت قوات النظام بقذائف الهاون حي جوبر الدمشقي.")
        assert (claim.place, claim.governorate) == ("جوبر", "SY-DI")

    def test_the_adjective_of_a_capital_chooses_between_places_of_one_name(self):
        assert claims("قصفت الطائرات بلدة المنصورة الحلبية.")[0].entry_key == "mansoura-aleppo"

    def test_a_known_town_called_an_area_is_a_town(self):
        assert claims("استهدفت الغارات منطقة سراقب.")[0].precision == "town"

    def test_the_countrysides_of_two_governorates_are_two_governorate_claims(self):
        result = claims("استمر القصف على أرياف إدلب وحماة.")
        assert [(claim.governorate, claim.precision) for claim in result] == [
            ("SY-ID", "governorate"),
            ("SY-HM", "governorate"),
        ]

    def test_two_governorates_after_a_dual_head_are_governorate_level(self):
        text = "ودمرت الطائرات الروسية أهدافا في محافظتي حماة وإدلب، وقصفت مواقع في ريفي حلب الغربي واللاذقية الشمالي."
        assert [(claim.place, claim.precision, claim.governorate) for claim in claims(text)] == [
            ("محافظتي حماة", "governorate", "SY-HM"),
            ("إدلب", "governorate", "SY-ID"),
            ("ريفي حلب الغربي", "governorate", "SY-HL"),
            ("اللاذقية الشمالي", "governorate", "SY-LA"),
        ]

    def test_the_countrysides_of_two_governorates_after_places_locate_them_all(self):
        text = "وقصفت قوات النظام بلدات كفرزيتا ومورك وسراقب بريفي حماة وإدلب."
        assert [claim.place for claim in claims(text)] == ["كفرزيتا", "مورك", "سراقب"]

    def test_the_areas_of_capitals_are_governorate_level(self):
        text = "وقال الجيش إن طائراته هاجمت مواقع عسكرية في مناطق حمص وحماة."
        assert [(claim.place, claim.precision, claim.governorate) for claim in claims(text)] == [
            ("حمص", "governorate", "SY-HI"),
            ("حماة", "governorate", "SY-HM"),
        ]

    def test_a_strike_on_a_region_is_governorate_level(self):
        (claim,) = claims("شنت الطائرات غارات على جبل الزاوية.")
        assert (claim.precision, claim.governorate) == ("governorate", "SY-ID")

    def test_a_yard_inside_a_port_gives_the_port(self):
        assert places("استهدفت الصواريخ ساحة الحاويات في مرفأ سراقب.") == ["مرفأ سراقب"]

    def test_an_oil_field_a_dam_or_a_base_is_a_facility_of_its_own(self):
        (claim,) = claims("واستهدفت غارات للتحالف حقل العمر النفطي في ريف دير الزور الشرقي.")
        assert (claim.place, claim.governorate, claim.precision) == ("حقل العمر النفطي", "SY-DY", "town")
        assert claim.name == "حقل العمر"  # reports vary the adjectives
        assert places("وقصف التحالف سد الفرات في ريف الرقة.") == ["سد الفرات"]
        (claim,) = claims("واستهدفت صواريخ قاعدة حميميم الجوية في ريف اللاذقية.")
        assert (claim.place, claim.name) == ("قاعدة حميميم الجوية", "حميميم")

    def test_a_hospital_or_mosque_inside_a_town_gives_the_town(self):
        assert places("وقصفت الطائرات مستشفى الرحمة في مدينة سراقب.") == ["سراقب"]
        assert places("واستهدفت غارة مسجد خالد بن الوليد في حي الصاخور بمدينة حلب.") == ["الصاخور"]
        # A hospital's adjective is part of its name.
        assert places('واستهدفت غارات مشفى "الرازي الجراحي" وفرنا في مدينة سراقب.')[0] == "مشفى الرازي الجراحي"
        # A hospital named after a martyr takes his full name.
        assert places("واستهدفت طائرة روسية مشفى الشهيد حسن الأعرج في مدينة سراقب.") == ["سراقب"]
        # A market or a square is a place of the town of its own, as a neighbourhood is.
        assert places("وقصفت الطائرات سوق الخضار في مدينة سراقب.") == ["سوق الخضار"]
        # ... also after a preposition, which is not part of its name.
        assert places("وقتل مدنيون إثر استهداف الطيران لسوق الخضار في مدينة سراقب.") == ["سوق الخضار"]

    def test_names_go_on_after_an_unknown_village_when_the_list_ends_where_they_are(self):
        text = "وقصفت قوات النظام بالصواريخ قرية البارة وكنصفرة في جبل الزاوية."
        assert places(text) == ["البارة", "كنصفرة"]

    def test_a_known_name_whose_second_word_starts_like_and_is_read_whole(self):
        gazetteer = Gazetteer([*governorate_entries(), town("hammam-wasel", "حمام واصل", "SY-TA", 35.07, 36.05)])
        text = "شنت الطائرات غارات على بلدة حمام واصل بريف طرطوس."
        found = extract(text, published=PUBLISHED, gazetteer=gazetteer).claims
        assert [(claim.place, claim.entry_key) for claim in found] == [("حمام واصل", "hammam-wasel")]

    def test_the_places_a_sentence_picks_out_of_an_area_are_claims(self):
        text = "وقصفت الطائرات عدة قرى في ريف حماة الشمالي، بينها اللطامنة وكفرزيتا ومورك."
        assert places(text) == ["اللطامنة", "كفرزيتا", "مورك"]
        assert places("وطال القصف عدة بلدات في ريف إدلب، أبرزها سراقب.") == ["سراقب"]

    def test_a_count_after_a_list_starts_the_next_phrase(self):
        text = "وشنت طائرات حربية ست غارات على بلدتي عربين وزملكا، وأربع غارات على مدينة سراقب في ريف إدلب."
        assert places(text) == ["عربين", "زملكا", "سراقب"]

    def test_where_in_a_town_the_shells_fell_is_part_of_the_towns_claim(self):
        text = "وسقطت ثلاث قذائف على مدينة سراقب، إذ سقطت قذيفتان في منطقة الجمعيات وثالثة عند مدخل المدينة."
        assert places(text) == ["سراقب"]
        assert places("وقصفت الطائرات مدينة سراقب وحي الجمعيات في ريف إدلب.") == ["سراقب", "الجمعيات"]
        text = "وتعرضت مدينة حلب لقصف، إذ سقطت قذيفة في حي الجمعيات."
        assert places(text) == ["الجمعيات"]  # the parts of a governorate's capital are its places

    def test_an_area_struck_in_a_towns_area_is_a_village_of_it_not_a_part_of_the_town(self):
        text = "جددت القوات التركية قصفها على منطقة سراقب، حيث رصد ناشطون قصفا على منطقة بعدينا بريف إدلب."
        assert places(text) == ["سراقب", "بعدينا"]

    def test_a_part_of_a_town_named_after_it_lies_in_the_towns_governorate(self):
        (claim,) = claims("وتتعرض أحياء حلب القديمة لقصف بقذائف الهاون.")
        assert (claim.place, claim.governorate, claim.precision) == ("حلب القديمة", "SY-HL", "neighbourhood")
        # ... and is placed at the town, as it lies within it.
        assert (claim.lat, claim.lon, claim.needs_placement) == (36.20, 37.16, False)

    def test_two_spellings_of_an_unknown_neighbourhood_give_one_claim(self):
        text = "قصفت المدفعية أحياء الخالدية وبابا عمرو في مدينة حمص. واستهدف القصف حي باب عمرو."
        assert places(text) == ["الخالدية", "بابا عمرو"]

    def test_a_verb_after_a_descriptor_is_no_name(self):
        text = "ألقت المروحيات براميل على مدينة تسيطر عليها فصائل معارضة قرب إدلب."
        assert not [place for place in places(text) if "تسيطر" in place]

    def test_a_clause_verb_after_a_list_ends_the_names(self):
        text = "قصفت الطائرات مدينة حلب.\nواستهدفت غارات حيي الكلاسة والمعادي، راح ضحيتها سبعة مدنيين."
        assert [place for place in places(text) if place != "حلب"] == ["الكلاسة", "المعادي"]
        assert places("قصفت الطائرات مواقع في قرية الزيارة تسببت بمقتل ثلاثة عناصر بريف حماة.") == ["الزيارة"]

    def test_the_quarters_after_the_dual_of_hara_are_each_a_quarter(self):
        text = "قتل 19 طفلا في الغارات على حارتي الجسر والبستان في مدينة حلب."
        assert places(text) == ["الجسر", "البستان"]

    def test_a_street_named_after_a_building_on_it_is_the_street(self):
        assert places("واستهدفت غارة أحد المنازل في شارع مشفى الرازي في مدينة حلب.") == ["شارع مشفى الرازي"]

    def test_the_hospital_the_wounded_were_taken_to_after_lam_is_not_struck(self):
        text = "وقصفت قوات النظام بلدة سراقب، حيث أسعف المصابون لمشفى المعبر الميداني في بلدة مورك."
        assert places(text) == ["سراقب"]

    def test_a_checkpoint_struck_is_a_site_of_its_own(self):
        assert places("وشنت طائرات التحالف غارة على حاجز المقص في ريف حلب.") == ["حاجز المقص"]
        # A barrier of fear is none.
        assert places("وقصفت الطائرات بلدة سراقب، وقالت مصادر إن الأهالي كسروا حاجز الخوف.") == ["سراقب"]

    def test_the_streets_after_the_dual_of_street_are_each_a_street(self):
        text = "واستهدفت الغارات الأخرى منطقة المستودع الأصفر إضافة لشارعي النور وسيف الدولة في مدينة حلب."
        assert places(text) == ["المستودع الأصفر", "شارع النور", "شارع سيف الدولة"]

    def test_a_colour_written_without_hamza_stays_in_the_name(self):
        text = "قتل 19 طفلا في الغارات على منطقة الحديقة البيضا في مدينة حلب."
        assert places(text) == ["الحديقة البيضا"]

    def test_the_countryside_of_a_place_after_areas_is_no_name(self):
        assert places("شنت الطائرات ضربات على مدينة حلب ومناطق بريفها، خاضعة لسيطرة الفصائل.") == ["حلب"]

    def test_the_word_after_a_construct_noun_or_a_kunya_stays_in_the_name(self):
        text = "وتعرضت بلدات القصيبة وغدير البستان وأبو غارة بريف إدلب لقصف من قبل الطيران الحربي."
        assert places(text) == ["القصيبة", "غدير البستان", "أبو غارة"]

    def test_how_many_strikes_after_a_comma_list_is_no_name(self):
        text = "وأكدت المصادر تعرض بلدات سرمين، حاس، سرجة، لأكثر من سبعين غارة جوية بريف إدلب."
        assert places(text) == ["سرمين", "حاس", "سرجة"]

    @pytest.mark.parametrize(
        "text",
        [
            "فيما استهدف حي مساكن هنانو بـ 150 قذيفة مدفعية في مدينة حلب.",
            "وسقط قتلى جراء قصف الطيران على حي مساكن هنانو مستهدف معهدا للتمريض في مدينة حلب.",
        ],
    )
    def test_a_preposition_written_apart_or_the_strikes_participle_ends_a_name(self, text):
        assert places(text) == ["مساكن هنانو"]

    def test_attempts_after_a_list_are_no_name(self):
        text = "في قصف للنظام على مدينتي سراقب ومورك، ومحاولات تقدم للأخيرة في ريف إدلب."
        assert "محاولات تقدم" not in places(text)

    @pytest.mark.parametrize(
        "text, expected",
        [
            (
                "تزامن القصف مع مرور دورية روسية، وعادت الدورية إلى قاعدتها في بلدة مورك أثناء القصف، في مشهد"
                " اعتيادي وسط استياء شعبي.",
                ["مورك"],
            ),
            ("قصف جوي روسي طال أحياء مدينة سراقب ومناطق بالريف.", ["سراقب"]),
            ("وسقطت قذائف على حيي الصالحين والفردوس بالقسم الشرقي من مدينة حلب.", ["الصالحين", "الفردوس"]),
        ],
    )
    def test_an_ordinary_scene_the_countryside_told_of_and_a_part_of_a_city_are_no_names(self, text, expected):
        assert places(text) == expected

    def test_a_list_with_two_known_places_goes_on_to_the_end_of_its_clause(self):
        text = "كما طال قصف جوي سراقب ومورك وحزرما وأوتايا، تزامنا مع قصف بعشرات القذائف المدفعية."
        assert places(text) == ["سراقب", "مورك", "حزرما", "أوتايا"]
        # (One known place is not enough: "سراقب وتضررت منازل،".)
        assert places("طال القصف سراقب وحزرما وأوتايا، تزامنا مع قصف مدفعي.") == ["سراقب"]

    def test_a_participle_of_saying_after_a_region_is_no_name(self):
        text = (
            "ووسائل إعلام موالية، من بينها “دمشق الآن”، أكدت تنفيذ الطيران الحربي غارات على بلدات الغوطة"
            " الشرقية، معتبرةً أنها استهدفت “تحركات الإرهابيين” فيها."
        )
        assert places(text) == ["الغوطة الشرقية"]

    def test_a_persons_name_after_bin_stays_in_a_name_of_a_list(self):
        text = "حيث استهدفت مناطق في قصر بن وردان وطوال دباغين وسروج بريف حماة الشرقي، ولم ترد معلومات عن خسائر."
        assert places(text) == ["قصر بن وردان", "طوال دباغين", "سروج"]

    def test_one_person_and_a_pronoun_after_a_list_are_no_names(self):
        text = "وقتل مدنيان نتيجة الغارات الروسية على بلدة حاس بريف إدلب، ورجل وطفلة، وهما نازحان في بلدة سراقب."
        assert places(text) == ["حاس", "سراقب"]

    def test_a_side_of_the_war_after_a_list_is_no_name(self):
        text = "قصف جوي عنيف على مناطق مورك والتنظيم يواصل حصار بعض الأحياء"
        assert places(text) == ["مورك"]

    def test_fighting_and_indefinite_adjectives_are_no_names(self):
        assert places("وقصفت المروحيات مناطق الاشتباكات في مدينة إدلب.") == ["إدلب"]
        assert places("قصفت الطائرات منطقة صناعية في مدينة إدلب.") == ["إدلب"]

    def test_the_adjectives_after_a_known_name_stay_in_it(self):
        gazetteer = Gazetteer([*governorate_entries(), town("ghariya", "الغارية", "SY-SU", population=0)])
        text = "ألقت المروحيات براميل على بلدة الغارية الشرقية بأربعة براميل في ريف درعا."
        (claim,) = extract(text, published=PUBLISHED, gazetteer=gazetteer).strike_claims
        assert (claim.place, claim.governorate, claim.entry_key) == ("الغارية الشرقية", "SY-DR", None)

    def test_an_armed_group_named_after_a_place_is_no_place(self):
        gazetteer = Gazetteer([*governorate_entries(), town("yarmouk", "اليرموك", "SY-DI", population=99999)])
        text = 'استهدفت غارة مقرا لفصيل "جيش اليرموك" في بلدة طفس بريف درعا.'
        result = extract(text, published=PUBLISHED, gazetteer=gazetteer).strike_claims
        assert [(claim.place, claim.governorate) for claim in result] == [("طفس", "SY-DR")]

    def test_the_hill_named_before_is_not_the_town_of_that_name(self):
        gazetteer = Gazetteer([*governorate_entries(), town("at-tall", "التل", "SY-RD", population=55000)])
        text = "ألقت المروحيات براميل على تل الجموع في بلدة نوى بريف درعا، وقصفت المدفعية التل بعد ذلك."
        result = extract(text, published=PUBLISHED, gazetteer=gazetteer).strike_claims
        assert "SY-RD" not in {claim.governorate for claim in result}


class TestDisambiguation:
    def test_an_area_of_the_countryside_is_no_part_of_the_capital(self):
        text = "قصفت الطائرات مدينة إدلب، كما استهدفت منطقة الأشعري بريف إدلب الغربي."
        assert places(text) == ["إدلب", "الأشعري"]

    def test_a_village_a_few_km_from_a_town_lies_in_the_towns_governorate(self):
        text = "شنت الطائرات غارات على بلدة عقرب بريف حماة، وعلى قرية “السعن الأسود” (3كم شرق سراقب)."
        assert [(c.place, c.governorate) for c in claims(text)] == [("عقرب", "SY-HM"), ("السعن الأسود", "SY-ID")]

    def test_a_neighbourhood_in_a_list_with_a_part_named_after_its_city_lies_in_that_city(self):
        text = "وقصفت الفصائل بقذائف الهاون أحياء الحمدانية وحلب الجديدة والسكري."
        assert [(c.place, c.governorate) for c in claims(text)] == [
            ("الحمدانية", "SY-HL"),
            ("حلب الجديدة", "SY-HL"),
            ("السكري", "SY-HL"),
        ]

    def test_an_airbase_is_the_packaged_site_with_its_coordinates_not_the_city_it_is_named_after(self):
        text = "استهدفت غارات مطار دمشق الدولي وقاعدة حميميم الجوية في منطقة إدلب لخفض التصعيد."
        found = extract(text, published=PUBLISHED).strike_claims
        assert [(c.place, c.governorate, c.entry_key) for c in found] == [
            ("مطار دمشق الدولي", "SY-RD", "site:damascus-airport"),
            ("قاعدة حميميم الجوية", "SY-LA", "site:hmeimim-airbase"),
        ]
        assert (round(found[1].lat, 2), round(found[1].lon, 2)) == (35.41, 35.95)

    def test_a_dam_on_the_euphrates_is_a_packaged_site_that_places_the_villages_around_it(self):
        text = "قصفت المسيرات التركية قرى في محيط سد تشرين، وطال القصف كلا من قرى؛ “التينة، وجعدة”."
        found = extract(text, published=PUBLISHED).strike_claims
        assert [(c.place, c.governorate) for c in found][-2:] == [("التينة", "SY-HL"), ("جعدة", "SY-HL")]
        (dam,) = extract("وقصف الطيران محيط سد الفرات.", published=PUBLISHED).strike_claims
        assert (dam.place, dam.governorate, dam.entry_key) == ("سد الفرات", "SY-RA", "site:tabqa-dam")

    def test_an_unknown_village_keeps_the_governorate_the_article_located_it_in(self):
        text = (
            "وقصفت الطائرات المسيرة أمس محيط بلدة كفرلاتا بريف إدلب.\n"
            "وقصفت المدفعية اليوم أطراف قرية العنكاوي غربي حماة، وتعرضت قرية كفرلاتا لهجوم بطائرة مسيرة."
        )
        assert [(c.place, c.governorate) for c in claims(text)] == [
            ("كفرلاتا", "SY-ID"),
            ("العنكاوي", "SY-HM"),
            ("كفرلاتا", "SY-ID"),
        ]

    def test_a_town_said_to_lie_south_of_damascus_is_the_known_town_of_its_countryside(self):
        gazetteer = Gazetteer([*governorate_entries(), town("kiswah", "الكسوة", "SY-RD", 33.36, 36.23, 30000)])
        text = "وقالت مصادر إن الغارات استهدفت مواقع في منطقة الكسوة جنوب دمشق."
        (claim,) = extract(text, published=PUBLISHED, gazetteer=gazetteer).strike_claims
        assert (claim.place, claim.governorate, claim.entry_key) == ("الكسوة", "SY-RD", "kiswah")

    def test_where_the_forces_firing_are_locates_nothing(self):
        text = (
            "وسقطت قذيفة على بناء سكني في حي العدوى بدمشق. وسقطت قذيفة أخرى على حي الميدان أطلقتها "
            "المجموعات المنتشرة في حي القابون والغوطة الشرقية."
        )
        assert ("الميدان", "SY-DI") in [(c.place, c.governorate) for c in claims(text)]

    def test_an_unknown_name_in_a_list_lies_where_the_known_one_beside_it_does(self):
        text = "قصفت الطائرات مدينة حلب، كما قصفت الطائرات قرية حاس وبلدة مورك."
        assert [(c.place, c.governorate) for c in claims(text)] == [
            ("حلب", "SY-HL"),
            ("حاس", "SY-HM"),
            ("مورك", "SY-HM"),
        ]

    def test_the_cities_a_road_is_named_after_place_nothing(self):
        text = (
            "قصفت الطائرات مدينة أريحا جنوب إدلب، فيما ألقى الطيران المروحي براميل على كل من معصران "
            "والغدفة، في حين استهدفت الطائرات أوتوستراد دمشق - حلب الدولي."
        )
        assert [(c.place, c.governorate) for c in claims(text)] == [
            ("أريحا", "SY-ID"),
            ("معصران", "SY-ID"),
            ("الغدفة", "SY-ID"),
        ]

    def test_a_place_south_of_the_one_before_lies_in_its_governorate(self):
        text = (
            "وشملت الغارات محيط مدينة إدلب وقرية كنصفرة جنوبها وبلدة الجديدة غربها، "
            "كما استهدف قصف مدفعي بلدة كفرتعال غربي حلب."
        )
        assert [(c.place, c.governorate) for c in claims(text) if c.place != "إدلب"] == [
            ("كنصفرة", "SY-ID"),
            ("الجديدة", "SY-ID"),
            ("كفرتعال", "SY-HL"),
        ]

    def test_a_countryside_named_again_without_its_governorate_is_the_one_named_before(self):
        # The gazetteer's only "المنصورة" lies in Raqqa; the text speaks of the countryside of Aleppo.
        gazetteer = Gazetteer([*governorate_entries(), town("mansoura-raqqa", "المنصورة", "SY-RA", population=0)])
        text = (
            "قصفت الطائرات قرى في ريف حلب الغربي.\n"
            "وشنت مقاتلات غارات على بلدة حيان بالريف الشمالي وبلدة المنصورة ومنطقة الراشدين بالريف الغربي."
        )
        result = extract(text, published=PUBLISHED, gazetteer=gazetteer).strike_claims
        assert [(claim.place, claim.governorate, claim.entry_key) for claim in result][1:] == [
            ("حيان", "SY-HL", None),
            ("المنصورة", "SY-HL", None),
            ("الراشدين", "SY-HL", None),
        ]

    def test_a_village_whose_only_namesake_lies_where_nothing_else_is_named_is_in_the_countryside_named_before(self):
        gazetteer = Gazetteer([*governorate_entries(), town("mansoura-raqqa", "المنصورة", "SY-RA", population=0)])
        text = (
            "قصف الطيران الحربي قرى في منطقة سهل الغاب (ريف حماة الغربي).\n"
            "وقال ناشط إن الطيران استهدف بأكثر من 40 غارة قرى المنصورة وتل واسط."
        )
        result = extract(text, published=PUBLISHED, gazetteer=gazetteer).strike_claims
        assert [(claim.place, claim.governorate) for claim in result][-2:] == [
            ("المنصورة", "SY-HM"),
            ("تل واسط", "SY-HM"),
        ]
        # A town keeps its only namesake: the countryside named before says nothing of a city.
        text = "قصف الطيران الحربي قرى في ريف حماة الغربي.\nوقال ناشط إن الطيران استهدف مدينة المنصورة."
        result = extract(text, published=PUBLISHED, gazetteer=gazetteer).strike_claims
        assert [(claim.place, claim.governorate) for claim in result][-1:] == [("المنصورة", "SY-RA")]

    def test_a_quarter_whose_only_namesake_is_a_town_elsewhere_is_of_the_city_the_report_is_on(self):
        gazetteer = Gazetteer([*GAZETTEER.entries, town("hamidiya", "الحميدية", "SY-TA", population=0)])
        text = "شنت الطائرات غارات على مدينة حلب.\nوطالت الغارات أحياء الحميدية والعمال."
        result = extract(text, published=PUBLISHED, gazetteer=gazetteer).strike_claims
        assert [(claim.place, claim.governorate, claim.lat) for claim in result][-2:] == [
            ("الحميدية", "SY-HL", 36.20),
            ("العمال", "SY-HL", 36.20),
        ]
        # A quarter the sentence puts in another city is not placed by the report's city.
        text = "شنت الطائرات غارات على مدينة حلب.\nوسقطت صواريخ على حي الحميدية في مدينة قنوات."
        result = extract(text, published=PUBLISHED, gazetteer=gazetteer).strike_claims
        assert ("الحميدية", "SY-HL") not in [(claim.place, claim.governorate) for claim in result]

    def test_a_countryside_named_again_after_a_fronted_governorate_is_that_governorates(self):
        text = "قصفت الطائرات قرى في ريف إدلب.\nوفي حلب، قتل مدنيون جراء قصف على بلدة كفرداعل في الريف الغربي."
        assert [(claim.place, claim.governorate) for claim in claims(text)][1:] == [("كفرداعل", "SY-HL")]

    def test_a_large_town_keeps_its_only_entry_whatever_the_countryside_before(self):
        gazetteer = Gazetteer([*governorate_entries(), town("rastan", "الرستن", "SY-HI", population=53000)])
        text = "قصفت الطائرات قرى في ريف حماة الغربي.\nوشنت مقاتلات غارات على مدينة الرستن وقرى بالريف الشمالي."
        result = extract(text, published=PUBLISHED, gazetteer=gazetteer).strike_claims
        assert ("الرستن", "SY-HI") in [(claim.place, claim.governorate) for claim in result]

    def test_the_countryside_of_a_place_after_its_direction_names_the_governorate(self):
        assert [(c.place, c.governorate) for c in claims("قصفت الطائرات قرية كديران في الريف الغربي للرقة.")] == [
            ("كديران", "SY-RA")
        ]
        text = "قصفت الطائرات بلدة الشحيل بالريف الشرقي لمحافظة دير الزور."
        assert [(c.place, c.governorate) for c in claims(text)] == [("الشحيل", "SY-DY")]

    def test_where_the_forces_that_fired_are_does_not_place_a_village_named_after_another(self):
        gazetteer = Gazetteer([*governorate_entries(), town("ghariya", "الغارية", "SY-SU", population=0)])
        text = (
            "تعرضت بلدات ريف درعا لقصف جوي.\n"
            "وقامت قوات النظام المتمركزة في مطار الثعلة العسكري بريف السويداء باستهداف بلدة الغارية الغربية."
        )
        result = extract(text, published=PUBLISHED, gazetteer=gazetteer).strike_claims
        assert [(claim.place, claim.governorate) for claim in result][-1] == ("الغارية الغربية", "SY-DR")

    def test_a_village_named_after_another_is_where_the_text_says(self):
        gazetteer = Gazetteer([*governorate_entries(), town("ghariya", "الغارية", "SY-SU", population=0)])
        text = "قتل مدنيان في قصف بالبراميل على بلدة الغارية الغربية بريف درعا الشرقي."
        (claim,) = extract(text, published=PUBLISHED, gazetteer=gazetteer).strike_claims
        assert (claim.place, claim.governorate) == ("الغارية الغربية", "SY-DR")

    def test_a_village_whose_namesakes_all_lie_where_nothing_else_is_named_is_in_the_countryside_named(self):
        gazetteer = Gazetteer(
            [
                *governorate_entries(),
                town("tina-latakia", "عين التينة", "SY-LA", population=0),
                town("tina-tartus", "عين التينة", "SY-TA", population=0),
            ]
        )
        text = "قصف عنيف على ريف القنيطرة.\nواستهدف الطيران الحربي مدرسة في بلدة عين التينة."
        result = extract(text, published=PUBLISHED, gazetteer=gazetteer).strike_claims
        assert [(claim.place, claim.governorate) for claim in result][-1:] == [("عين التينة", "SY-QU")]

    def test_a_village_whose_only_namesake_lies_close_to_the_countryside_named_keeps_it(self):
        nasij = town("kafr-nasij", "كفرناسج", "SY-DR", 33.15, 36.03, population=0)
        gazetteer = Gazetteer([*governorate_entries(), nasij])
        text = "قصف عنيف على ريف القنيطرة الأوسط.\nواستهدفت المدفعية بلدة كفرناسج."
        result = extract(text, published=PUBLISHED, gazetteer=gazetteer).strike_claims
        assert [(claim.place, claim.governorate, claim.lat) for claim in result][-1:] == [("كفرناسج", "SY-DR", 33.15)]
        # A common noun's namesake is weak evidence: "والسجن" among Daraa's villages is not Sweida's village.
        prison = town("sijn", "السجن", "SY-SU", 32.78, 36.45, population=0)
        gazetteer = Gazetteer([*governorate_entries(), prison])
        text = "قصف على ريف درعا الشرقي.\nوشنت الطائرات غارات على قرى النعيمة وصيدا والسجن وغرز."
        result = extract(text, published=PUBLISHED, gazetteer=gazetteer).strike_claims
        assert {claim.governorate for claim in result} == {"SY-DR"}

    def test_the_countryside_named_next_to_the_place_chooses_the_namesake(self):
        (claim,) = claims("شنت طائرات غارات على بلدة المنصورة في ريف حلب الغربي.")
        assert claim.entry_key == "mansoura-aleppo"

    def test_other_places_of_the_article_choose_the_namesake(self):
        text = "قصفت الطائرات مدينة حلب.\nكما استهدفت غارة بلدة المنصورة."
        assert [c.entry_key for c in claims(text) if c.place == "المنصورة"] == ["mansoura-aleppo"]

    def test_it_never_picks_a_namesake_outside_the_governorate_the_text_names(self):
        (claim,) = claims("قصفت الطائرات بلدة مورك بريف إدلب الجنوبي.")
        assert (claim.governorate, claim.entry_key, claim.needs_placement) == ("SY-ID", None, True)

    def test_the_countryside_a_list_picks_its_places_out_of_names_their_governorate(self):
        text = "واستهدفت الغارات بلدات عدة في ريف إدلب، أبرزها سراقب ومورك."
        assert [(claim.place, claim.governorate, claim.entry_key) for claim in claims(text)] == [
            ("سراقب", "SY-ID", "saraqib"),
            ("مورك", "SY-ID", None),
        ]

    def test_a_town_the_context_places_at_damascus_lies_in_its_countryside(self):
        # The governorate of Damascus is the city alone.
        text = "وفي دمشق، قصفت الطائرات حي الميدان وبلدة عين ترما وقرية حوش الفارة."
        assert [(c.place, c.governorate) for c in claims(text)] == [
            ("الميدان", "SY-DI"),
            ("عين ترما", "SY-RD"),
            ("حوش الفارة", "SY-RD"),
        ]
        text = "استهدفت غارات بلدة جسرين في غوطة دمشق الشرقية."
        assert [(c.place, c.governorate) for c in claims(text)] == [("جسرين", "SY-RD")]


class TestStrikeClaimsNotMentions:
    def test_the_quoted_name_of_an_operation_is_no_strike(self):
        text = "بالتزامن مع تقدم فصائل المعارضة المشاركة في عملية “ردع العدوان”، التي تتقدم حاليا في ريف حماة."
        assert places(text) == []
        assert places("شنت الطائرات ضمن عملية “غصن الزيتون” غارات على قرية بعدينا بريف حلب.") == ["بعدينا"]

    def test_a_place_among_the_first_targeted_is_struck(self):
        assert places("فكانت بلدة مورك من أول المستهدفين بالبراميل المتفجرة فجر اليوم.") == ["مورك"]

    def test_a_comma_before_the_subject_does_not_hide_the_verb_after_it(self):
        text = "وقال المرصد، الجمعة، إن أطراف مدينة سراقب الواقعة إلى الشمال من المدينة تعرضت لقصف من الطائرات."
        assert places(text) == ["سراقب"]

    def test_a_comma_before_the_verb_a_place_suffered_does_not_part_them(self):
        assert places("وقال نشطاء إن حي الجمعيات في سراقب، تعرض للقصف في وقت مبكر من اليوم.") == ["الجمعيات"]

    def test_an_aside_in_brackets_does_not_part_a_place_from_the_strike_it_suffered(self):
        text = "أفادت وسائل إعلام بأن سراقب تعرضت فجر اليوم الاثنين(8 آذار/مارس 2021)، لقصف إسرائيلي أدى إلى أضرار."
        assert places(text) == ["سراقب"]

    @pytest.mark.parametrize(
        "text, expected",
        [
            ("وجاءت الضربات على سراقب بعد هجوم بالمسيرات على قاعدة “حرير” في أربيل، شمالي العراق.", ["سراقب"]),
            ("قتل 14 شخصا بقصف استهدف مخيم قاح في ريف إدلب، مشيرة إلى أن القصف مصدره قاعدة سراقب.", ["مخيم قاح"]),
            ("سقط صاروخ على مبنى في مدينة سراقب مخلفا فجوة في سقف الطبقة الأخيرة.", ["سراقب"]),
        ],
    )
    def test_a_base_abroad_where_the_fire_came_from_or_a_storey_is_not_struck(self, text, expected):
        assert places(text) == expected

    def test_the_same_strikes_dead_in_another_village_after_as_also(self):
        text = "أسفر قصف النظام عن مقتل طفلين في قرية العنكاوي، كما قضت امرأة في قرية التوينة بريف حماة."
        assert [(c.place, c.killed) for c in claims(text)] == [("العنكاوي", 2), ("التوينة", 1)]

    def test_areas_said_to_be_shelled_as_a_rule_are_no_report(self):
        text = "وتتعرض عدد من المناطق الخاضعة لسيطرة النظام لاسيما حلب وإدلب لسقوط قذائف هاون وصاروخية."
        assert places(text) == []

    def test_a_checkpoint_the_attackers_hold_is_not_struck(self):
        text = "كما تعرضت قرية الحلوبة للقصف من قبل قوات النظام المتواجدة على حاجز سوق الغنم في ريف إدلب."
        assert places(text) == ["الحلوبة"]

    def test_a_town_forces_are_to_enter_is_not_struck(self):
        text = "وتزامنت الغارات على بلدة مورك مع تأهب قوات حكومية لدخول مدينة سراقب."
        assert places(text) == ["مورك"]

    def test_a_place_a_jet_was_downed_over_is_not_struck(self):
        text = "قصفت الطائرات الروسية مدينة سراقب، فيما أعلن التنظيم إسقاط مقاتلة سورية فوق مدينة إدلب."
        assert places(text) == ["سراقب"]

    def test_a_village_reported_to_have_suffered_a_strike_after_lam(self):
        text = "وأشار ناشطون لتعرض قرية عداما التابعة لناحية راجو في ريف حلب لقصف جوي تركي."
        assert places(text) == ["عداما"]

    def test_places_a_strike_fell_between_are_not_struck(self):
        assert places("وقتل مهرب في غارة جوية وقعت بين سراقب وإدلب واستهدفت منزله.") == []
        assert places("قصفت الطائرات الطريق الواصل ما بين سراقب وبين إدلب.") == []
        assert places("قصفت طائرات حربية المنطقة الواصلة بين قريتي بيني وعنابكة في ريف حلب.") == []

    def test_a_name_joined_to_a_landmark_is_a_landmark_too(self):
        text = "أصيب جنود في عدوان إسرائيلي في محيط بلدة السفيرة قرب حلب وإدلب."
        assert [(c.place, c.governorate) for c in claims(text)] == [("السفيرة", "SY-HL")]

    @pytest.mark.parametrize("near", ["الواقعة قرب", "الواقعة شمال", "القريبة من", "المجاورة ل"])
    def test_the_town_a_struck_village_is_said_to_lie_near_is_not_struck(self, near):
        text = f"شن الطيران الروسي غارات على أطراف قرية الحلوبة {near} مدينة سراقب."
        assert places(text) == ["الحلوبة"]

    def test_a_participle_of_nearness_after_a_village_ends_its_name(self):
        text = "غارات على ريف إدلب.\nكما قصف الطيران قرية كفرعويد المحيطة بالمعسكر، بحسب المرصد."
        assert places(text) == ["كفرعويد"]

    def test_people_shot_in_a_place_named_after_a_strike_elsewhere_are_no_claim_there(self):
        text = "وتضررت منازل في قصف على بلدة مورك، وقتل ثلاثة أشخاص في سراقب برصاص قناص."
        assert places(text) == ["مورك"]

    def test_where_people_struck_on_the_road_came_from_is_not_struck(self):
        text = "استهدفت مسيرة قافلة مدنيين كانت متجهة من مدينة سراقب إلى قرية الهبيط بريف إدلب."
        assert "سراقب" not in places(text)

    def test_the_other_name_of_a_place_in_brackets_is_no_second_claim(self):
        assert places("قصفت الطائرات مدينة كفرزيتا (مورك) بريف حماة.") == ["كفرزيتا"]

    def test_the_countryside_of_two_towns_is_neither_town(self):
        text = "نفذت القوات التركية جولة جديدة من القصف على قرى بريف مدينتي سراقب ومورك."
        assert [(c.precision, c.governorate) for c in claims(text)] == [
            ("governorate", "SY-ID"),
            ("governorate", "SY-HM"),
        ]

    def test_the_countryside_of_a_town_locates_the_village_in_it(self):
        assert places("قصفت طائرة مسيرة قرية العوجة بريف بلدة مورك.") == ["العوجة"]

    def test_where_the_fire_came_from_locates_no_place(self):
        text = (
            "قصف لقوات النظام على مخيم شمالي إدلب.\n"
            'وقتل 14 شخصا نتيجة القصف الذي استهدف مخيم "قاح"، مشيرة إلى أن القصف مصدره قاعدة تل عزام '
            "الإيرانية جنوبي حلب."
        )
        assert [(c.place, c.governorate) for c in claims(text)][-1:] == [("مخيم قاح", "SY-ID")]

    def test_the_countryside_the_fire_came_from_does_not_locate_the_names_before_it(self):
        text = "سقطت قذائف على حي الشعار ومدينة سراقب، مصدرها ريف حماة."
        assert [(c.place, c.governorate) for c in claims(text)] == [("الشعار", "SY-ID"), ("سراقب", "SY-ID")]

    def test_where_the_fire_came_from_is_not_struck(self):
        text = "قتل مدني بقصف على بلدة بداما غرب إدلب، فيما قال ناشطون إن مصدر القصف هو معسكر جورين بحماة."
        assert places(text) == ["بداما"]

    def test_the_airport_named_before_is_the_one_struck_again(self):
        text = (
            "قتل جنديان في هجوم على مطار أبو الظهور العسكري بريف إدلب.\nوتناوبت الطائرات على استهداف المطار بعشر غارات."
        )
        assert [(c.place, c.governorate, c.evidence[:8]) for c in claims(text)] == [
            ("مطار أبو الظهور العسكري", "SY-ID", "وتناوبت ")
        ]

    def test_an_administrative_border_is_not_struck(self):
        text = "طالت الضربات مواقع في بلدة كنصفرة بريف إدلب على الحدود الإدارية لمحافظة حماة."
        assert places(text) == ["كنصفرة"]

    def test_hideouts_are_no_place_and_fear_of_more_strikes_is_no_strike(self):
        assert places("شنت الطائرات غارات على أوكار وتجمعات المسلحين في بلدة مورك.") == ["مورك"]
        assert places("ألغى المجلس المحلي في سراقب صلاة الجمعة خوفا من تكرار القصف على المدينة.") == []

    def test_a_place_another_is_measured_from_is_not_struck(self):
        assert places("قتل مدنيون بقصف جوي على قرية كديران (25 كم غرب مدينة إدلب).") == ["كديران"]
        assert places("قصفت الطائرات قرية البارودة الواقعة على بعد نحو 22 كيلومترا شرق مدينة سراقب.") == ["البارودة"]
        assert places("قصفت الطائرات بلدة سراقب التي تبعد مئات الأمتار عن مخيم للنازحين في بلدة مورك.") == ["سراقب"]

    def test_the_ends_of_a_road_are_not_struck(self):
        text = "استهدفت الغارات قرية الهبيط الواقعة قرب طريق يربط إدلب بمدينة سراقب."
        assert places(text) == ["الهبيط"]

    def test_the_road_of_one_village_is_at_the_village(self):
        assert places("واستهدفت غارات رتلا عسكريا على طريق قرية الحمرا في ريف إدلب.") == ["الحمرا"]

    def test_where_a_victim_lived_is_not_struck(self):
        assert places("قتلت امرأة بغارة على بلدة مورك، وهي من سكان بلدة كفرزيتا.") == ["مورك"]

    def test_the_village_after_a_place_and_near_another_is_where_it_lies(self):
        assert places("قتل قيادي بغارة في قرية تل جمعة بمحيط سراقب شمال شرقي إدلب.") == ["تل جمعة"]

    def test_the_land_a_missile_was_fired_from_is_not_struck(self):
        text = "تصدت الدفاعات الجوية لصواريخ أطلقت من أراضي الجولان المحتل باتجاه مدينة إدلب."
        assert "الجولان" not in places(text)

    def test_a_raid_verb_in_the_masculine_is_a_strike_word(self):
        assert places("وأغار الطيران الحربي على بلدة سراقب.") == ["سراقب"]

    @pytest.mark.parametrize(
        "sentence",
        ["وضرب الجيش مواقع للمسلحين في سراقب.", "وقال المتحدث: ضربنا أهدافا قرب مورك."],
    )
    def test_the_verb_daraba_says_a_strike(self, sentence):
        assert len(places(sentence)) == 1

    @pytest.mark.parametrize(
        "sentence",
        [
            "وضربت قوات الأمن طوقا أمنيا حول مدينة سراقب.",
            "وضرب النظام حصارا خانقا على بلدة مورك.",
            "بعد أيام من الزلزال المدمر الذي ضرب مدينة سراقب.",
            "وتعرض معتقلون للضرب في سجن مورك.",
            "وقام عناصر الأمن بضرب المتظاهرين في مدينة سراقب.",
        ],
    )
    def test_a_cordon_a_siege_a_quake_or_a_beating_is_not_a_strike(self, sentence):
        assert places(sentence) == []

    @pytest.mark.parametrize(
        "sentence",
        [
            "وتشن القوات الإسرائيلية عمليات توغل بري في ريف القنيطرة ودرعا.",
            "وشنت قوات الأمن حملة مداهمات واعتقالات في مدينة سراقب.",
            "وشنت قوات النظام المدعومة من روسيا في 19 يونيو حملة لاستعادة المناطق الجنوبية في ريف درعا.",
        ],
    )
    def test_an_incursion_or_a_raid_on_houses_launched_on_the_ground_is_not_a_strike(self, sentence):
        assert places(sentence) == []

    def test_an_attack_forces_launched_on_the_ground_after_air_strikes_is_not_a_strike(self):
        lead = "شنت الطائرات غارات على بلدة سراقب، كما شنت "
        assert places(lead + "فصائل المعارضة هجوما على الحواجز المحيطة ببلدة مورك.") == ["سراقب"]
        # ... but one with arms that strike from afar is.
        assert places(lead + "قوات النظام هجوما صاروخيا على بلدة مورك.") == ["سراقب", "مورك"]

    def test_shells_rained_on_a_place_are_a_strike_but_snow_is_not(self):
        assert places("وأمطرت القوات التركية قرى ريف إدلب “الحمرا، حمادي” بالقذائف.") == ["الحمرا", "حمادي"]
        assert places("وأمطرت السماء مدينة سراقب بالثلوج.") == []

    def test_the_attack_of_a_power_that_strikes_from_the_air_is_a_strike(self):
        assert places("وذكرت وسائل إعلام أن الهجوم الإسرائيلي أصاب أيضا بلدة سراقب.") == ["سراقب"]
        assert places("وذكرت وسائل إعلام أن الهجوم المسلح أصاب أيضا بلدة سراقب.") == []

    def test_a_full_stop_after_a_closing_quote_ends_the_sentence_without_a_space(self):
        text = 'وقال بيان للجيش "دفاعاتنا الجوية أسقطت صواريخ".وذكرت وسائل إعلام أن الهجوم المسلح أصاب بلدة سراقب.'
        assert places(text) == []

    def test_what_an_area_is_to_someone_is_no_name(self):
        text = "قصفت الطائرات مدينة سراقب، في هجوم نادر على منطقة موطن أجداد الرئيس."
        assert places(text) == ["سراقب"]

    def test_fire_launched_at_a_place_from_the_air_or_with_rockets_is_a_strike(self):
        assert places("وأطلق الطيران الحربي نيران رشاشاته الثقيلة على محيط بلدة سراقب.") == ["سراقب"]
        assert places("وأطلقت الفصائل صواريخ على مدينة مورك.") == ["مورك"]
        # ... but not where they were launched from, nor a release.
        assert places("وقال مصدر إن صواريخ أطلقت من سراقب على مدينة مورك.") == ["مورك"]
        assert places("وأطلق الجيش سراح معتقلين في بلدة سراقب.") == []

    def test_strikes_sent_towards_a_place_hit_it_but_people_or_forces_moving_towards_it_do_not(self):
        text = "وتزامن القصف مع غارات جوية نفذتها القوات التركية عبر الطائرات المسيرة باتجاه مدينة سراقب."
        assert places(text) == ["سراقب"]
        assert places("ونزح الأهالي جراء القصف باتجاه مدينة سراقب.") == []
        assert places("وتقدمت القوات باتجاه مدينة سراقب بعد قصف عنيف.") == []
        # A word of direction before the strike word is read too (it once raised an error).
        assert places("واتجهت الطائرات نحو قصف مدينة سراقب.") == []

    def test_a_campaign_of_raids_from_the_air_is_a_strike(self):
        assert places("وشنت الطائرات الروسية حملة غارات على ريف درعا.") == ["ريف درعا"]
        assert places("وشنت الطائرات الحربية حملة جوية على ريف درعا.") == ["ريف درعا"]

    def test_what_came_hours_before_the_strike_is_not_struck(self):
        assert places("وجاء القصف بعيد ساعات من هجوم نفذه التنظيم على مواقع للفصائل قرب سراقب.") == []
        text = "وجاء القصف على مورك بعيد ساعات من هجوم نفذه التنظيم على مواقع للفصائل قرب سراقب."
        assert places(text) == ["مورك"]

    def test_a_town_taken_on_the_ground_is_not_struck(self):
        text = "قصفت الطائرات مدينة سراقب.\nويأتي القصف بعد يومين من سيطرة الثوار على مورك إثر هجوم على قوات النظام."
        assert places(text) == ["سراقب"]
        # ... but "على" after control of others is a strike's target.
        assert places("وقصفت قوات النظام المتمركزة تحت سيطرة الفرقة الرابعة على مورك.") == ["مورك"]

    def test_what_a_site_makes_is_no_part_of_its_name(self):
        assert places("وفي ريف إدلب، استهدف الطيران معمل الديري لإنتاج خيوط البوليستر.") == ["معمل الديري"]

    def test_a_protest_against_strikes_is_not_held_where_they_fell(self):
        text = (
            "وتنديدا بالقصف التركي، خرج مساء اليوم العشرات من أهالي مدينة سراقب في مظاهرة، "
            "انطلقت من دوار الشهيد في غربي سراقب صوب دوار الساعة."
        )
        assert places(text) == []

    def test_an_attack_carried_out_by_aircraft_or_missiles_is_a_strike(self):
        assert places("قتل 70 مدنيا في هجوم بالغازات السامة شنته طائرات النظام على مدينة سراقب.") == ["سراقب"]
        assert places("قتل خمسة مدنيين في هجوم صاروخي شنته قوات النظام على بلدة سراقب.") == ["سراقب"]
        assert places("قتل خمسة عناصر في هجوم شنه مسلحون على حاجز في بلدة سراقب.") == []

    def test_an_attack_from_the_air_is_a_strike_and_one_on_the_ground_is_not(self):
        assert places("قتل خمسة مدنيين في هجوم جوي على بلدة سراقب.") == ["سراقب"]
        assert places("قتل خمسة عناصر في هجوم بطائرة مسيرة على موقع في بلدة سراقب.") == ["سراقب"]
        assert places("شن مسلحون هجوما على حاجز في بلدة سراقب.") == []
        assert places("صدت الفصائل هجوما لقوات النظام على بلدة سراقب بغطاء جوي روسي.") == []

    def test_aircraft_that_attacked_a_place_struck_it(self):
        assert places("هاجمت طائرات حربية مستودعات أسلحة في مدينة سراقب.") == ["سراقب"]
        assert places("هاجم مسلحون مجهولون حاجزا في مدينة سراقب.") == []

    def test_a_massacre_by_aircraft_is_a_strike(self):
        assert places("وارتكبت الطائرات الحربية مجزرة في سراقب.") == ["سراقب"]
        assert places("وارتكب مسلحون مجزرة في سراقب.") == []
        # The massacre as the object: "the massacre the aircraft committed in X".
        assert places("وارتفع عدد ضحايا المجزرة التي ارتكبتها الطائرات الحربية في مدينة سراقب.") == ["سراقب"]

    def test_harm_in_a_place_caused_by_a_strike_is_a_claim(self):
        assert places("قتل ثلاثة مدنيين في بلدة سراقب جراء غارات روسية.") == ["سراقب"]
        assert places("واندلع حريق في مورك بسبب القصف.") == ["مورك"]
        # Bodies recovered from the rubble are harm, and the dead.
        (claim,) = claims("وقال الدفاع المدني إن فرقه انتشلت جثث أربعة مدنيين من تحت الأنقاض في سراقب، إثر غارات.")
        assert (claim.place, claim.killed) == ("سراقب", 4)

    def test_harm_near_a_place_caused_by_a_strike_is_a_claim_on_it(self):
        assert places("وقتل مدنيان قرب قرية الصالحية بريف إدلب جراء غارة جوية.") == ["الصالحية"]
        assert places("وأصيب طفل بالقرب من بلدة الصالحية بريف إدلب بقصف مدفعي.") == ["الصالحية"]

    def test_harm_in_each_of_several_places_joined_by_their_descriptors_is_a_claim_on_each(self):
        text = (
            "قصف على ريف إدلب.\nوقال المصدر إن الدمار الذي حل في كل من مدينة سراقب وبلدة تفتناز وقرية حيش، "
            "جراء قصف الطيران الحربي، كبير."
        )
        assert places(text) == ["سراقب", "تفتناز", "حيش"]

    @pytest.mark.parametrize(
        "sentence",
        [
            "قتل طفلان في منزل بمدينة سراقب استهدفته غارة روسية.",
            "انتشلت الفرق جثتين من تحت أنقاض بناء في سراقب دمرته غارة روسية.",
            "وتضرر مشفى في مدينة سراقب بعدما قصفته الطائرات.",
            "قتل خمسة مدنيين في مدينة سراقب التي طالتها غارات روسية.",
            "وأضاف المراسل أن بلدة سراقب في ريف إدلب الجنوبي طالها القصف أيضا.",
        ],
    )
    def test_a_verb_whose_pronoun_stands_for_the_place_or_a_building_in_it_is_a_strike_on_it(self, sentence):
        assert places(sentence) == ["سراقب"]

    def test_a_verb_after_a_facility_is_no_part_of_its_name(self):
        assert places("وقالت الوزارة إن مطار سراقب تعرض لهجوم بطائرات مسيرة.") == ["مطار سراقب"]

    def test_harm_in_a_place_where_a_strike_verb_says_the_strike_fell_is_a_claim(self):
        assert places("قتل خمسة مدنيين في بلدة سراقب، حيث استهدفت الطائرات الروسية السوق.") == ["سراقب"]
        assert places("قتل خمسة مدنيين في بلدة سراقب، حيث وقعت اشتباكات.") == []

    def test_the_harm_after_a_place_and_a_comma_is_no_second_place(self):
        assert places("قصفت الطائرات سراقب، وقتل في القصف 30 شخصا.") == ["سراقب"]
        assert places("قصفت الطائرات سراقب، وأصيب خمسة مدنيين.") == ["سراقب"]

    def test_a_verb_with_a_pronoun_far_from_the_place_is_not_read_so(self):
        assert places("قتل خمسة مدنيين في مدينة سراقب، وقال ناشطون إن الفصائل ردت على الغارات.") == []

    def test_where_people_fled_to_from_the_strikes_is_not_a_claim(self):
        assert places("ونزح الأهالي إلى إدلب بسبب القصف.") == []
        assert places("وفر الأهالي من القصف على بلدة مورك إلى مدينة سراقب.") == ["مورك"]
        assert places("ولجأ أكثر من 100 ألف شخص فروا من الغارات إلى مدينة سراقب.") == []

    def test_where_people_live_is_not_a_claim(self):
        assert places("ويقيم النازحون الفارون من القصف في مخيمات سراقب قرب الحدود.") == []
        # ... but a strike on the camps where they live is.
        assert places("وقصفت الطائرات مخيمات يقيم فيها النازحون في مدينة سراقب.") == ["سراقب"]

    def test_a_mourning_declared_in_a_place_because_of_strikes_is_not_a_claim(self):
        assert places("وأعلنت الحكومة الحداد في إدلب بسبب الغارات.") == []

    def test_the_target_after_a_launch_site_is_a_claim(self):
        assert places("وقالت الوزارة إن قاذفاتها انطلقت من قاعدة حميميم لقصف مواقع في سراقب.") == ["سراقب"]

    def test_where_the_fire_came_from_is_not_a_claim(self):
        assert places("وقصفت قوات النظام من مواقعها في مورك، بلدة كفرزيتا.") == ["كفرزيتا"]

    def test_the_villages_named_after_where_the_fire_came_from_are_struck(self):
        text = "واستهدفت قوات النظام من مواقعها في مورك قرى وبلدات الحويز وتل هواش بسهل الغاب."
        assert places(text) == ["الحويز", "تل هواش"]
        text = "وقصفت المدفعية من مراصدها في مورك وتلال قرية عطشان مواقع في سراقب."
        assert places(text) == ["سراقب"]

    def test_attacks_like_the_strikes_told_before_are_strikes(self):
        text = "واستهدفت طائرة مسيرة سيارة في سراقب. وشهدت قرية الرويحة هجومين مماثلين على سيارات المدنيين."
        assert places(text) == ["سراقب", "الرويحة"]
        assert places("وشهدت قرية الرويحة هجوما على حاجز للشرطة.") == []

    def test_two_shells_that_fell_are_a_strike(self):
        assert places("وذكر مصدر أن قذيفتي هاون سقطتا على حي الميدان في حلب.") == ["الميدان"]

    def test_targeting_them_is_a_strike(self):
        text = "قتل أربعة عناصر جراء استهدافهم بطائرة مسيرة في مدينة سراقب."
        assert places(text) == ["سراقب"]

    def test_a_strike_attempted_is_no_strike(self):
        assert places("وكانت الفصائل قد حاولت عدة مرات استهداف مدينة سراقب بطائرات مسيرة.") == []
        assert places("وحاولت قوات النظام التقدم نحو سراقب، وقصفت الطائرات مدينة مورك.") == ["مورك"]

    def test_a_quake_that_struck_is_no_strike(self):
        assert places("ضرب زلزال عنيف مناطق إدلب وحماة فجر الاثنين، وخلف مئات القتلى.") == []

    def test_a_strike_word_with_lam_and_the_article_is_a_strike(self):
        assert places("وتعرضت بلدة سراقب للقصف من قبل قوات النظام.") == ["سراقب"]
        assert places("وتعرضت مدينة مورك للغارات الجوية.") == ["مورك"]
        assert places("وتعرض شبان في سراقب للضرب على يد عناصر الأمن.") == []

    def test_two_villages_and_where_they_lie_before_the_verb_they_suffered_are_struck(self):
        text = "وقال ناشطون إن قريتي الحويز والتوينة في ريف حماة تعرضتا لقصف مدفعي عنيف."
        assert places(text) == ["الحويز", "التوينة"]
        # ... but not the places before a verb joined by "و", which has a subject of its own.
        assert places("قتل مدني في مورك وسراقب في ريف حماة وتعرضت بلدة الحويز لقصف.") == ["الحويز"]

    def test_people_killed_in_a_place_right_after_a_strike_report_were_killed_by_the_strikes(self):
        text = "وشنت الطائرات الروسية غارات على ريف حماة. وقتل ثلاثة مدنيين في بلدة الحويز، وأصيب آخرون."
        assert [(c.place, c.killed, c.actor) for c in claims(text)] == [("الحويز", 3, "russia")]
        strikes = "وشنت الطائرات الروسية غارات على ريف حماة. "
        for other in (
            "وقتل ثلاثة مدنيين في بلدة الحويز برصاص قناص.",
            "وقتل ثلاثة عناصر في اشتباكات في بلدة الحويز.",
            "وقتل ثلاثة مدنيين في انفجار سيارة مفخخة في بلدة الحويز.",
            "ويعيش في بلدة الحويز آلاف النازحين.",
            "ولقي عشرة أشخاص مصرعهم في بلدة الحويز إثر انهيار بناية سكنية.",
        ):
            assert "الحويز" not in places(strikes + other), other

    @pytest.mark.parametrize(
        "other",
        [
            'كما تم تدمير "مستودع للذخيرة" وعدة مواقع عسكرية أخرى في قرية الحويز.',
            "وتضررت منازل المدنيين في قرية الحويز.",
        ],
    )
    def test_what_was_destroyed_in_a_place_right_after_a_strike_report_was_struck(self, other):
        assert places("وشنت الطائرات الروسية غارات على ريف حماة. " + other) == ["الحويز"]

    def test_what_someone_named_destroyed_after_a_strike_report_is_not_a_strike(self):
        assert places("وشنت الطائرات الروسية غارات على ريف حماة. ودمرت الفصائل دبابة في قرية الحويز.") == ["ريف حماة"]

    def test_where_a_convoy_struck_was_heading_is_not_struck(self):
        text = "وقصفت طائرات مجهولة رتلا للميليشيات بريف سراقب خلال توجهه إلى مدينة إدلب."
        assert "إدلب" not in places(text)

    def test_where_forces_are_told_to_withdraw_from_is_not_struck(self):
        text = 'وكان الوزير قد صرح بأن قواته ستواصل قصف القوات السورية حتى تنسحب من "إدلب".'
        assert places(text) == []

    def test_a_target_of_gunfire_is_not_struck(self):
        text = "قصفت الطائرات مدينة سراقب، بينما استهدفت الفصائل برصاص قناصتها عناصر في أطراف مدينة إدلب."
        assert places(text) == ["سراقب"]

    def test_no_casualties_recorded_from_strikes_does_not_deny_the_strikes(self):
        text = "قتل مدني بغارة على سراقب، في حين لم تسجل إصابات بغارات شنتها طائرات روسية على محيط بلدة مورك."
        assert places(text) == ["سراقب", "مورك"]

    def test_a_place_whose_shelling_is_feared_after_a_strike_told_is_not_struck(self):
        text = "قال ناشط إن قصفا عنيفا يتعرض له مدينة سراقب، معربا عن خشيته من تكرار قصف بلدة مورك قبل اقتحامها."
        assert places(text) == ["سراقب"]

    def test_bodies_found_in_a_clause_of_its_own_are_no_strike(self):
        text = "قصف الطيران مدينة سراقب، فيما عثر على جثث 34 شخصا قرب مدينة إدلب."
        assert places(text) == ["سراقب"]

    def test_what_a_strike_is_said_to_cover_up_is_not_struck(self):
        text = "وقال مصدر إن موقعا في سراقب تعرض لعدوان جوي للتغطية على انهيار التنظيمات في ريف إدلب."
        assert places(text) == ["سراقب"]

    def test_a_suicide_drone_strikes_from_the_air_a_suicide_attack_after_its_verb_does_not(self):
        assert places("وقال الدفاع المدني إن طائرة مسيرة انتحارية استهدفت سيارة في بلدة سراقب.") == ["سراقب"]
        assert places("استهدف هجوم انتحاري حاجزا في بلدة سراقب.") == []

    def test_a_place_being_prepared_for_a_strike_after_a_strike_told_is_not_struck(self):
        text = "وقال مصدر إن العملية استهدفت الطاقم في ريف حلب، وكانوا يتجهزون لاستهداف منازل الأهالي في قرية مورك."
        assert places(text) == ["ريف حلب"]

    def test_a_sentence_fronted_by_another_country_tells_of_places_abroad(self):
        text = "قصفت الطائرات مدينة سراقب.\nوفي العراق، قصفت طائرات التحالف مواقع في مدينة مورك وقضاء سنجار."
        assert places(text) == ["سراقب"]

    def test_where_missiles_passed_over_and_flights_go_through_are_not_struck(self):
        text = "وقالت مصادر إن الطائرات أطلقت صواريخ عبرت أجواء محافظة إدلب واستهدفت مطار سراقب."
        assert places(text) == ["مطار سراقب"]
        text = "وعقب القصف على سراقب تقرر تحويل الرحلات لتصبح عبر مطاري إدلب ومورك."
        assert places(text) == ["سراقب"]
        assert places("وشنت الطائرات غارات عبر الحدود على بلدة سراقب.") == ["سراقب"]

    def test_places_a_passive_says_suffered_attacks_by_land_and_air_are_struck(self):
        text = "وتعرضت مدينة سراقب، وقرية البيضا في ريف إدلب أيضاً، إلى هجمات برية وجوية."
        assert places(text) == ["سراقب", "البيضا"]

    def test_the_wounded_of_a_clause_of_its_own_were_hit_by_the_strike(self):
        text = "واستهدف القصف مدينة سراقب، فيما أصيب سبعة مدنيين في بلدة مورك."
        assert places(text) == ["سراقب", "مورك"]

    def test_people_killed_in_a_village_named_with_bi_were_killed_by_the_strike_after(self):
        text = "وأفاد مراسل أن شخصين قتلا في مزرعة بقرية الحويز بريف حماة، نتيجة قصف مجهول المصدر."
        assert [(c.place, c.killed) for c in claims(text)] == [("الحويز", 2)]

    def test_a_place_in_a_clause_of_its_own_without_a_strike_is_not_struck(self):
        text = "قتل عشرة بغارات على مدينة إدلب، فيما أحكمت قوات النظام سيطرتها على أحياء في حلب."
        assert places(text) == ["إدلب"]
        text = "قصفت الطائرات مدينة إدلب، فيما قتل ثلاثة مدنيين في سراقب."
        assert places(text) == ["إدلب", "سراقب"]

    def test_where_a_strike_was_launched_from_is_not_struck(self):
        text = "وقال إن بلدة مورك تعرضت لقصف صاروخي، وجرى إطلاق الصواريخ من بلدة سراقب."
        assert places(text) == ["مورك"]

    def test_what_happened_at_the_same_time_is_not_struck_without_a_strike_word_of_its_own(self):
        text = "وشنت الطائرات غارات على مدينة إدلب، وتزامن ذلك مع هجوم الجيش على الأحياء الشرقية في حلب."
        assert places(text) == ["إدلب"]
        text = "وشنت الطائرات غارات على مدينة إدلب بالتزامن مع قصف مدفعي على مدينة حلب."
        assert places(text) == ["إدلب", "حلب"]

    def test_what_a_strike_answers_is_not_struck(self):
        text = "وقال مسؤول إن الغارة استهدفت مدينة إدلب ردا على تصاعد الأحداث في محافظة حماة."
        assert places(text) == ["إدلب"]
        text = "واستهدفت الغارات مدينة إدلب، في سياق الرد على الاشتباكات في سراقب."
        assert places(text) == ["إدلب"]

    def test_the_areas_a_force_holds_are_where_its_fire_came_from(self):
        text = "وأحبطت الدفاعات هجوما على مورك شنته الفصائل بطائرة مسيرة من مناطق انتشارها في إدلب."
        assert places(text) == ["مورك"]

    def test_the_deserts_of_a_town_are_the_town_and_an_american_base_is_no_name(self):
        text = "استهدفت طائرات أميركية مواقع في بوادي سراقب، ردا على استهداف قاعدة أميركية في ريف حماة."
        assert places(text)[0] == "سراقب"
        assert not any("أميركية" in place for place in places(text))

    def test_the_door_and_the_visit_are_no_towns_unless_the_text_places_them(self):
        gazetteer = Gazetteer(
            [
                *governorate_entries(),
                town("al-bab", "الباب", "SY-HL", 36.37, 37.52, 60000),
                town("ziyarah", "الزيارة", "SY-HM", 35.6, 36.3, 3000),
                town("isharah", "الإشارة", "SY-DY", 34.9, 40.5, 8000),
            ]
        )

        def found(text):
            return [c.place for c in extract(text, published=PUBLISHED, gazetteer=gazetteer).strike_claims]

        assert found("وقصفت الطائرات مدينة حلب، ما يفتح الباب أمام تصعيد جديد.") == ["حلب"]
        assert found("وجاءت الغارات على حلب خلال الزيارة التي يقوم بها الوزير.") == ["حلب"]
        assert found("وقصفت الطائرات مواقع في الباب وفي محيط الزيارة.") == ["الباب", "الزيارة"]
        # ... as "تجدر الإشارة" is no town either.
        assert found("وقصفت الطائرات مدينة حلب. وتجدر الإشارة إلى أن الطائرات قصفت البلدة مرارا.") == ["حلب"]
        assert found("وقصفت الطائرات بلدة الإشارة بريف دير الزور.") == ["الإشارة"]
        # ... nor the prison after "و", but in a list of villages.
        assert found("قصفت الطائرات حلب، ويستهدف الجيش كل شيء يتحرك ويتم إخضاعه للتفتيش والزيارة.") == ["حلب"]
        assert found("وقصفت الطائرات قرى الباب والزيارة في ريف حلب.") == ["الباب", "الزيارة"]

    def test_the_verb_destroys_is_not_palmyra(self):
        gazetteer = Gazetteer([*governorate_entries(), town("palmyra", "تدمر", "SY-HI", 34.56, 38.28, 50000)])

        def found(text):
            return [c.place for c in extract(text, published=PUBLISHED, gazetteer=gazetteer).strike_claims]

        assert found("غارات أميركية تدمر رتلا عسكريا للميليشيات في ريف حمص.") == ["ريف حمص"]
        assert found("قصفت الطائرات الحربية تدمر ليلا.") == ["تدمر"]
        assert found("شنت الطائرات غارات على تدمر.") == ["تدمر"]

    def test_a_person_named_after_a_place_is_no_place(self):
        text = "واستهدفت طائرة مسيرة سيارة قرب مدينة سراقب، ما أدى إلى مقتل من فيها بينهم المدعو “منهل المورك”."
        assert places(text) == ["سراقب"]

    def test_lebanon_is_no_village_and_places_abroad_are_not_syrian_claims(self):
        gazetteer = Gazetteer([*governorate_entries(), town("banan", "بنان", "SY-HL", population=900)])
        text = "قصفت الطائرات معبرا بين سوريا ولبنان في ريف حمص."
        found = extract(text, published=PUBLISHED, gazetteer=gazetteer).strike_claims
        assert [(c.place, c.governorate) for c in found] == [("ريف حمص", "SY-HI")]
        assert places("وشنت الطائرات غارات على منطقة الهرمل اللبنانية وعلى مدينة سراقب.") == ["سراقب"]
        assert places("وقصفت الطائرات قرية حوش السيد علي في الهرمل بلبنان.") == []
        assert places("وقصفت الطائرات سراقب، وسقطت صواريخ في قلب مدينة نصيبين التركية الحدودية.") == ["سراقب"]
        assert places("وقصفت الطائرات معبري مورك والمصنع في الأراضي اللبنانية.") == []

    def test_a_government_named_after_its_capital_is_no_place(self):
        text = "واستهدفت مسيرة نقطة لقوات حكومة دمشق في قرية عطشان قرب مورك."
        assert "دمشق" not in places(text)

    def test_the_outlet_of_a_reports_opening_line_is_the_source_of_its_claims(self):
        text = "تحليق للطائرات في سماء حماة\nمحافظة حماة- المرصد السوري لحقوق الإنسان:: قصفت الطائرات بلدة كفرزيتا."
        assert [claim.sources for claim in claims(text)] == [["المرصد السوري لحقوق الإنسان"]]

    def test_a_capital_joined_to_a_foreign_one_is_its_government(self):
        text = "وصعدت الطائرات قصفها على بلدة سراقب، في خرق لوقف إطلاق النار الذي أعلنته موسكو ودمشق."
        assert places(text) == ["سراقب"]
        assert places("وقصفت الطائرات بلدة سراقب رغم الهدنة التي أعلنتها دمشق وأنقرة.") == ["سراقب"]

    def test_where_people_fled_the_fighting_in_is_not_struck(self):
        text = "واستهدفت ضربتان جويتان المخيم المؤقت الذي يؤوي الفارين من القتال في جنوب حلب ومورك."
        assert places(text) == []

    def test_a_base_the_fire_came_from_is_not_struck(self):
        assert places("قتل شاب في بلدة سراقب بقصف صاروخي من معسكر ملوك جنوب البلدة.") == ["سراقب"]

    def test_the_town_a_speaker_is_from_is_not_a_claim(self):
        text = (
            "وقال أبو أحمد وهو ناشط من مدينة سراقب القريبة الذي كان يتحدث قرب المخيم المستهدف إن ضربتين"
            " جويتين استهدفتا المخيم المؤقت الذي يؤوي الفارين من القتال في ريف إدلب."
        )
        assert "سراقب" not in places(text)

    def test_a_sources_seat_is_not_a_claim(self):
        assert places("وقال مصدر أمني في دمشق إن الطائرات قصفت بلدة كفرزيتا.") == ["كفرزيتا"]

    def test_a_launch_site_is_not_a_claim(self):
        text = "وأطلقت الصواريخ من مواقعها في مورك على بلدة كفرزيتا."
        assert places(text) == ["كفرزيتا"]
        text = "واستهدفت قوات النظام بلدة كفرزيتا بالمدفعية انطلاقا من معسكراتها في مورك وسراقب."
        assert places(text) == ["كفرزيتا"]

    def test_the_city_after_an_airport_is_not_the_airport(self):
        text = "وقال ناشط إن الطائرة أقلعت من جهة الشرق أي من مطار حماة، وكانت تنوي قصف أحياء المدينة."
        assert places(text) == []

    def test_the_place_fire_came_from_onto_another_is_not_a_claim(self):
        assert places("ودارت معارك قرب مدينة إدلب، وسط قصف مدفعي من تلة مورك على منطقة الاشتباك.") == []
        assert places("وقصفت قوات النظام من بلدة مورك على مدينة كفرزيتا.") == ["كفرزيتا"]
        text = "وقتل مدنيان جراء قصف مدفعي من قبل كتيبة الهندسة في مورك على مدينة كفرزيتا."
        assert places(text) == ["كفرزيتا"]
        # (Killed "على يد" the forces: by them, no place they fired onto.)
        assert places("وقتل ثلاثة من المدنيين في بلدة مورك على يد قوات النظام بقصف مدفعي.") == ["مورك"]

    def test_places_taken_in_a_clause_after_the_strike_are_not_struck(self):
        text = "ويأتي هذا القصف في سياق العملية التي يشنها الجيش، وسيطر خلالها على قرى في محيط مدينة سراقب، ومورك."
        assert places(text) == []

    def test_the_ends_of_a_stretch_struck_are_not_struck_themselves(self):
        text = "وقصفت القوات التركية الشريط الحدودي من سراقب شرقاً حتى مورك غرباً ومناطق بريف حلب الشمالي."
        assert places(text) == ["ريف حلب الشمالي"]

    @pytest.mark.parametrize(
        "text, expected",
        [
            ("سقط قتيلان وجرحى بتفجير في سراقب.", []),
            ("وقصفت الطائرات مدينة مورك، وأن مجهولين اغتالوا ستة عناصر قرب بلدة سراقب.", ["مورك"]),
            ('وفي حلب، شن الطيران غارات على طريق "الكاستيلو" آخر معابر حلب البرية، متسببا في إغلاقه.', ["حلب"]),
        ],
    )
    def test_a_bombing_an_assassination_and_what_a_road_is_are_no_strikes_on_a_place(self, text, expected):
        assert places(text) == expected

    def test_the_place_of_ongoing_clashes_after_a_strike_is_not_struck(self):
        text = "قصف جوي على ريف حماة الشمالي واستمرار الاشتباكات بين التنظيم والنظام في محيط مورك."
        assert places(text) == ["ريف حماة الشمالي"]

    def test_shells_the_verb_fired_at_a_place_by_its_pronoun_are_a_strike_on_it(self):
        text = "وأشار إلى أن قذيفتي هاون أطلقتهما المجموعات المسلحة على حي الميدان في مدينة حلب."
        assert places(text) == ["الميدان"]

    def test_where_shells_were_fired_from_is_not_a_claim_when_the_verb_carries_its_object(self):
        text = "وسقطت قذائف على حي الميدان في مدينة حلب أطلقتها الفصائل من بلدة مورك."
        assert places(text) == ["الميدان"]

    def test_a_group_named_after_the_levant_is_not_a_place(self):
        assert places("واستهدفت طائرة مسيرة سيارة تقل قياديين في هيئة تحرير الشام قرب سراقب.") == ["سراقب"]

    def test_a_town_that_was_not_struck_is_a_denial_not_a_claim(self):
        text = "ولم تتعرض مدينة سراقب لأي قصف منذ بدء الهدنة."
        assert claims(text) == []
        (denial,) = extract(text, published=PUBLISHED, gazetteer=GAZETTEER).claims
        assert (denial.place, denial.negated) == ("سراقب", True)

    def test_a_toll_since_a_time_long_past_is_background_not_a_claim(self):
        text = "ومنذ بدء التدخل الروسي في أيلول 2015، قتلت الغارات الروسية آلاف المدنيين في إدلب وسراقب."
        assert places(text) == []
        assert places("ويشن الطيران منذ نهاية نيسان الماضي حملة قصف على مورك.") == []
        # Today's strike, the worst since a time long past; a strike since this morning.
        assert places("وتعد غارات اليوم على سراقب الأعنف منذ بدء الهدنة.") == ["سراقب"]
        assert places("وتتعرض مدينة سراقب منذ صباح اليوم لقصف عنيف.") == ["سراقب"]
        assert places("وقصفت المقاتلات بلدة سراقب التي تشهد معارك عنيفة منذ أشهر.") == ["سراقب"]

    def test_a_suicide_or_car_bomb_attack_is_not_a_strike(self):
        assert places("وتبنى التنظيم الهجوم الانتحاري الذي استهدف حاجزا في مدينة سراقب.") == []
        assert places("وانفجرت سيارة مفخخة استهدفت سوقا في مدينة سراقب.") == []

    def test_a_town_a_road_was_hit_near_is_a_claim_but_the_towns_a_road_joins_are_not(self):
        assert places("واستهدفت الطائرات الطريق الدولي قرب مدينة سراقب في ريف إدلب.") == ["سراقب"]
        assert places("واستهدفت الطائرات سيارة على طريق سراقب - إدلب.") == []

    def test_the_towns_a_road_joins_with_wa_name_the_road(self):
        text = "قصفت مسيرة سيارة على الطريق الواصل بين مدينتي سراقب وإدلب في ريف إدلب."
        assert places(text) == ["ريف إدلب"]

    def test_the_towns_a_road_joins_are_not_struck(self):
        text = 'واستهدفت الغارات بلدة مورك الواقعة قرب طريق يربط حلب "شمالا" بمدينة إدلب.'
        assert places(text) == ["مورك"]

    def test_a_full_stop_with_no_space_after_it_still_ends_a_sentence(self):
        text = (
            "وقتل خمسة مدنيين بغارة على مدينة سراقب.وتقع سراقب على طريق حلب، وقال المرصد إن حصيلة سابقة بلغت 14 قتيلا."
        )
        (claim,) = claims(text)
        assert (claim.place, claim.killed) == ("سراقب", 5)
        assert claim.evidence == "وقتل خمسة مدنيين بغارة على مدينة سراقب."
        # An abbreviation is no sentence end.
        (claim,) = claims("وقال مراسل (أ.ف.ب) إن الطائرات قصفت مدينة سراقب.")
        assert claim.evidence.startswith("وقال مراسل (أ.ف.ب)")

    def test_the_countryside_a_road_between_two_towns_lies_in_is_a_claim(self):
        (claim,) = claims("قتل ثلاثة مدنيين بغارة استهدفت سيارة على طريق سراقب - إدلب في ريف إدلب الشرقي.")
        assert (claim.place, claim.precision, claim.governorate, claim.killed) == (
            "ريف إدلب الشرقي",
            "governorate",
            "SY-ID",
            3,
        )

    def test_the_part_of_a_governorate_a_road_between_two_towns_lies_in_is_a_claim(self):
        (claim,) = claims("واستهدفت مسيرة سيارة على طريق سراقب - مورك جنوبي حلب.")
        assert (claim.place, claim.precision, claim.governorate) == ("جنوبي حلب", "governorate", "SY-HL")

    def test_strikes_told_over_years_are_background(self):
        assert places("وزار وفد أممي مدينة سراقب للاطلاع على آثار القصف الذي تعرضت له خلال السنوات الماضية.") == []
        assert places("وقصفت الطائرات أمس مدينة سراقب التي تتعرض للقصف منذ سنوات.") == ["سراقب"]
        assert places("وقصفت الطائرات مدينة سراقب التي تعرضت لمئات الغارات خلال السنوات الماضية.") == ["سراقب"]
        assert places("وقصفت الطائرات مدينة سراقب التي تتعرض للقصف منذ سنوات.") == ["سراقب"]

    def test_a_strike_a_denier_goes_on_to_affirm_is_a_claim(self):
        text = "ونفت الوزارة أن تكون طائراتها قصفت سراقب، مؤكدة أن ضرباتها استهدفت مواقع في مورك."
        result = extract(text, published=PUBLISHED, gazetteer=GAZETTEER)
        assert [(claim.place, claim.negated) for claim in result.claims] == [("سراقب", True), ("مورك", False)]

    def test_a_chemical_attack_on_a_town_is_a_strike(self):
        assert places("وتعرضت بلدة كفرزيتا لهجوم بغاز الكلور أدى إلى إصابة العشرات بالاختناق.") == ["كفرزيتا"]
        assert places("وتعرضت مدينة سراقب لهجوم بالأسلحة الكيميائية.") == ["سراقب"]
        assert places("ووافقت الحكومة على تدمير أسلحتها الكيميائية في سراقب.") == []

    def test_what_a_meeting_or_an_agreement_was_about_is_not_a_claim(self):
        assert places("ويأتي القصف بعد يومين من اجتماع عقد في أنقرة لبحث الأوضاع في إدلب.") == []
        assert places("وتأتي هذه الغارات رغم الاتفاق الروسي التركي حول منطقة خفض التصعيد في إدلب.") == []

    def test_a_strike_on_the_town_named_before_is_a_claim_on_it(self):
        text = "قتل خمسة مدنيين في مدينة سراقب.\nوقصفت الطائرات المدينة بعشرات الغارات منذ الصباح."
        (claim,) = claims(text)
        assert (claim.place, claim.evidence) == ("سراقب", "وقصفت الطائرات المدينة بعشرات الغارات منذ الصباح.")
        text = "وسمع دوي انفجارات في مدينة سراقب ناجم عن قصف القوات النظامية على المدينة."
        assert places(text) == ["سراقب"]
        # A name of its own ("المدينة الصناعية") refers to nothing before.
        assert places("يعيش أهالي مدينة سراقب في خوف.\nوقصفت الطائرات المدينة الصناعية.") == []

    def test_an_anaphor_after_lam_stands_for_the_place_named_before(self):
        text = "حي الصاخور في مدينة حلب نال النصيب الأكبر من القتلى بعد قصف الطيران الروسي للحي."
        assert places(text) == ["الصاخور"]
        text = "وفي مدينة حلب، حي الصاخور نال النصيب الأكبر من القتلى بعد قصف الطيران الروسي للحي."
        assert places(text) == ["الصاخور"]

    def test_the_area_struck_stands_for_the_area_named_before(self):
        text = (
            "قتل ثمانية أطفال في منطقة سراقب كما أصيب آخرون بجروح، الإثنين، نتيجة قصف مدفعي على المنطقة"
            " التي تسيطر عليها الفصائل من محافظة إدلب."
        )
        assert places(text) == ["سراقب"]
        # ("بلدة X في المنطقة" says where the town is.)
        text = "شن الطيران غارات على منطقة سراقب، بينها غارتان استهدفتا بلدة مورك في المنطقة."
        assert places(text) == ["سراقب", "مورك"]

    def test_the_city_an_anaphor_stands_for_is_no_village_named_after_it(self):
        text = (
            "وشنت الطائرات أمس غارات على مدينة سراقب، ما أدى لإصابة مدنيين في قرية الحمرا جنوب المدينة.\n"
            "كما استهدفت المدينة اليوم بعشرات القذائف."
        )
        assert [claim.place for claim in claims(text) if "استهدفت" in claim.evidence] == ["سراقب"]

    def test_an_anaphor_and_other_places_beside_it(self):
        text = "قال سكان من “سراقب” إن الطيران جدد غاراته على المدينة ومناطق أخرى جوارها في ريف إدلب."
        assert places(text) == ["سراقب"]

    def test_a_quoted_town_the_participle_puts_a_village_near_is_not_struck(self):
        text = "شنت الطائرات غارات على بلدة “عقرب” بريف حماة والقريبة من منطقة “سراقب”."
        assert places(text) == ["عقرب"]

    def test_the_city_an_anaphor_stands_for_is_no_area_named_after_a_town(self):
        text = (
            "وقتل عشرة مدنيين بقصف على مدينة سراقب.\n"
            "وقال ناشطون إن الضحايا من نازحي منطقة مورك.\n"
            "واستمر القصف على المدينة طيلة النهار."
        )
        assert "مورك" not in places(text)

    def test_people_counted_after_a_place_are_no_place(self):
        text = "وأدت الغارات إلى مقتل تسعة مدنيين في مدينة سراقب ومدنيين اثنين في بلدة مورك."
        assert places(text) == ["سراقب", "مورك"]

    def test_an_anaphor_said_where_it_lies_refers_to_the_place_named_before(self):
        text = (
            "قتل 11 مدنيا بغارات استهدفت قرية البيضا في محافظة حلب.\n"
            "وذكر مراسل الأناضول أن القصف استهدف القرية الواقعة جنوبي حلب."
        )
        assert [(claim.place, claim.sources) for claim in claims(text)] == [("البيضا", ["مراسل الأناضول"])]

    def test_the_dead_and_the_wounded_are_not_part_of_a_name(self):
        text = "وشيع أهالي بلدة مورك بريف حماة ضحايا القصف الجوي الذي استهدف سوق البلدة أمس."
        assert places(text) == ["مورك"]

    def test_where_a_strike_came_from_or_over_is_not_a_claim(self):
        assert places("وشن الطيران عدوانا من فوق سراقب استهدف مواقع في مورك.") == ["مورك"]
        assert places("وأطلقت صواريخ من اتجاه إدلب على مدينة مورك.") == ["مورك"]

    def test_regions_the_news_names_lie_in_their_governorate(self):
        (claim,) = claims("قصفت الطائرات قرية كفرناها في جبل سمعان.")
        assert (claim.place, claim.governorate) == ("كفرناها", "SY-HL")
        (claim,) = claims("قصفت الطائرات بلدات في حوران.")
        assert (claim.place, claim.precision, claim.governorate) == ("حوران", "governorate", "SY-DR")
        # The two Ghoutas of Damascus are its countryside, not the city.
        (claim,) = claims("الأسد يكثف قصفه لغوطتي دمشق.")
        assert (claim.precision, claim.governorate) == ("governorate", "SY-RD")

    def test_the_places_of_a_list_the_attacking_forces_are_stationed_in_are_not_struck(self):
        text = (
            "وقصف عنيف على ريف إدلب، حيث استهدفت قوات النظام المتمركزة في كل من (تل مورك، تل الشعار، تلول فاطمة)"
            " بالمدفعية الثقيلة قرى “الحمرا، جيشان”."
        )
        assert places(text) == ["الحمرا", "جيشان"]

    def test_where_the_attacking_forces_are_stationed_is_not_struck(self):
        (claim,) = claims("قصفت قوات النظام المتمركزة في مدينة سراقب بلدة آفس شرقي إدلب.")
        assert (claim.place, claim.governorate) == ("آفس", "SY-ID")

    def test_where_the_strikes_on_an_area_fell_most_are_claims(self):
        text = "وتعرضت قرى جبل الزاوية جنوبي إدلب لقصف مكثف، تركز على البارة وكنصفرة وسفوهن."
        assert places(text) == ["البارة", "كنصفرة", "سفوهن"]
        # The parts of a town named before are not places of their own.
        text = "وتعرضت مدينة سراقب لغارات تركزت في محيط المنطقة الصناعية ومنطقة السكة."
        assert places(text) == ["سراقب"]

    def test_where_the_wounded_were_taken_is_not_a_claim(self):
        (claim,) = claims("قتل خمسة مدنيين بغارة على بلدة سراقب، ونقل الجرحى إلى مستشفى مدينة إدلب.")
        assert (claim.place, claim.killed, claim.sources) == ("سراقب", 5, [])
        # "The shelling spread to X" is a strike on X.
        assert places("وامتد القصف إلى بلدة مورك.") == ["مورك"]

    def test_the_direction_of_a_ground_advance_is_not_a_claim(self):
        assert places("وتقدمت القوات باتجاه مورك تحت غطاء من الغارات.") == []

    def test_a_meeting_place_and_background_are_not_claims(self):
        assert places("وعقد اجتماع في حلب لبحث وقف الغارات.") == []
        assert places("وبدأ النزاع في إدلب عام 2011.") == []

    def test_a_denied_strike_is_kept_apart_as_a_denial(self):
        result = extract("ونفت وزارة الدفاع أن تكون طائراتها قصفت سراقب.", published=PUBLISHED, gazetteer=GAZETTEER)
        assert result.strike_claims == []
        assert [claim.negated for claim in result.claims] == [True]

    def test_no_strike_recorded_on_a_place_is_a_denial(self):
        result = extract("ولم تسجل أي غارات على مدينة سراقب اليوم.", published=PUBLISHED, gazetteer=GAZETTEER)
        assert [(claim.place, claim.negated) for claim in result.claims] == [("سراقب", True)]

    def test_a_strike_that_did_no_harm_is_not_a_denial(self):
        for text in (
            "ولم تسجل أي إصابات جراء الغارات التي طالت أطراف مدينة سراقب.",
            "ولم تسجل الغارات الروسية على مدينة سراقب أي إصابات.",
            "ولم يسفر القصف على مدينة سراقب عن وقوع ضحايا.",
            "ولم تصب الغارات على مدينة سراقب أحدا.",
        ):
            result = extract(text, published=PUBLISHED, gazetteer=GAZETTEER)
            assert [(claim.place, claim.negated) for claim in result.claims] == [("سراقب", False)], text

    def test_a_strike_that_did_not_take_place_is_a_denial(self):
        result = extract("ولم يتم قصف مدينة سراقب.", published=PUBLISHED, gazetteer=GAZETTEER)
        assert [(claim.place, claim.negated) for claim in result.claims] == [("سراقب", True)]

    def test_aircraft_that_destroyed_something_in_a_town_struck_it(self):
        assert places("وأعلنت الوزارة أن الطائرات دمرت مستودعات أسلحة في سراقب.") == ["سراقب"]

    def test_bombers_that_destroyed_camps_near_a_town_struck_it(self):
        assert places("وأكدت الوزارة أن قاذفاتها دمرت معسكرات قرب سراقب.") == ["سراقب"]

    def test_the_areas_the_fire_came_from_are_not_struck(self):
        text = "قصفت الصواريخ مخيما قرب سراقب، وقال الدفاع المدني إن الصواريخ انطلقت من مناطق سيطرتها في ريف حلب."
        assert places(text) == ["سراقب"]

    def test_a_camp_for_the_displaced_is_not_a_camp_named_for_them(self):
        assert places("تصعيد في ريف إدلب.\nقتل خمسة نازحين بقصف صاروخي استهدف مخيم قاح للنازحين.") == ["مخيم قاح"]

    def test_a_mine_or_a_car_bomb_is_not_a_strike(self):
        assert places("قتل طفل بانفجار لغم من مخلفات الحرب في بلدة سراقب.") == []
        assert places("وقتل ثلاثة بتفجير سيارة مفخخة في مدينة سراقب.") == []

    def test_leaflets_or_aid_dropped_on_a_town_are_not_a_strike(self):
        assert places("ألقت مروحيات النظام منشورات على مدينة سراقب تدعو الأهالي إلى المصالحة.") == []
        assert places("ألقت الطائرات مساعدات إنسانية على مدينة سراقب المحاصرة.") == []

    def test_barrels_dropped_on_a_town_are_a_strike(self):
        assert places("ألقى الطيران المروحي 12 برميلاً متفجراً على مناطق في بلدة سراقب.") == ["سراقب"]

    def test_a_word_that_starts_like_a_denial_is_not_one(self):
        result = extract("رصد المرصد تنفيذ الطائرات غارات على سراقب.", published=PUBLISHED, gazetteer=GAZETTEER)
        assert [claim.negated for claim in result.claims] == [False]

    def test_strikes_that_did_not_stop_are_no_denial(self):
        text = "ولم تتوقف غارات النظام خلال الساعات الماضية، وتعرضت بلدة مورك بريف حماة لغارات مكثفة."
        assert [(c.place, c.negated) for c in claims(text)] == [("مورك", False)]

    def test_a_negated_strike_is_a_denial(self):
        result = extract("ولم تستهدف الغارات مدينة سراقب.", published=PUBLISHED, gazetteer=GAZETTEER)
        assert [(claim.place, claim.negated) for claim in result.claims] == [("سراقب", True)]

    def test_mock_raids_are_not_strikes(self):
        assert places("ونفذ الطيران الحربي غارات وهمية فوق مدينة سراقب.") == []

    @pytest.mark.parametrize(
        "sentence",
        [
            "وأطلقت القوات قنابل مضيئة فوق قرى ريف إدلب.",
            "وألقت المروحيات قنابل مضيئة فوق بلدة سراقب.",
            "وتزامنت الغارات مع إطلاق قنابل مضيئة في ريف إدلب.",
        ],
    )
    def test_flares_are_no_strike(self, sentence):
        assert places(sentence) == []

    def test_a_target_outside_a_place_is_not_in_it(self):
        assert places("وأكدت الوزارة استهداف القصف الصاروخي لأهداف عسكرية خارج مدينة سراقب.") == []

    def test_what_a_strike_caused_after_ba_ends_a_name(self):
        text = "وتسببت الغارات على حي الشعار بخروج مشفيين عن الخدمة في مدينة حلب."
        assert places(text) == ["الشعار"]

    def test_what_the_areas_struck_are_like_is_no_name(self):
        text = "واستهدفت الغارات مناطق جبلية ومقالع حجارة على أطراف مدينة سراقب."
        assert places(text) == ["سراقب"]

    def test_where_the_forces_that_struck_are_stationed_after_ba_is_not_struck(self):
        text = "كما قصفت قوات النظام المتمركزة بمطار أبو الظهور بلدة سراقب."
        assert places(text) == ["سراقب"]

    def test_the_goal_of_a_ground_offensive_beside_the_strike_is_not_struck(self):
        text = "وتزامن القصف الروسي مع هجوم بري لقوات النظام لاقتحام المناطق القريبة من مدينة سراقب."
        assert places(text) == []

    def test_the_damage_a_strike_did_is_no_place(self):
        assert places("وشهدت بلدة سراقب عشر غارات جوية، ما تسبب في تدمير واسع للمنازل.") == ["سراقب"]

    def test_a_munition_an_old_strike_left_is_no_strike(self):
        assert places("وقتل طفل بانفجار قنبلة عنقودية من مخلفات القصف في بلدة سراقب.") == []
        assert places("وانفجرت قذيفة من بقايا الغارات السابقة على سراقب.") == []
        text = "وقصفت الطائرات بلدة مورك، وانفجرت قنبلة عنقودية من مخلفات القصف على بلدة سراقب."
        assert places(text) == ["مورك"]
        # The harm at a place, caused by such a blast, is no harm of the strike told before it.
        text = (
            "وقتل مدنيان في مدينة مورك بالقصف المدفعي، بينما قتل طفل في بلدة سراقب نتيجة انفجار قنبلة من مخلفات الحرب."
        )
        assert places(text) == ["مورك"]

    @pytest.mark.parametrize("name", ['"سراقب"', "(سراقب)"])
    def test_the_harm_at_a_place_named_in_quotes_or_brackets_is_the_strikes(self, name):
        assert places(f"قتل خمسة مدنيين في بلدة {name} نتيجة قصف مروحيات النظام.") == ["سراقب"]

    def test_the_harm_at_a_place_is_the_strikes_told_after_where_the_place_is(self):
        text = (
            "وأضاف المراسل أن امرأة وطفلها قتلوا في قرية قسطون في سهل الغاب بريف حماة الشمالي الغربي، نتيجة"
            " القصف الصاروخي من قوات النظام في معسكر جورين."
        )
        assert places(text) == ["قسطون"]

    def test_the_positions_the_fire_came_from_locate_nothing(self):
        text = "بعد استهداف قوات النظام مدينة سراقب بالمدفعية من مواقعه في معسكر الشيخ حديد بريف حماة الشمالي."
        assert [(c.place, c.governorate) for c in claims(text)] == [("سراقب", "SY-ID")]

    def test_the_dead_told_with_died_at_a_place_then_the_strike_are_its_harm(self):
        assert places("وقضت امرأتان في مدينة سراقب، نتيجة القصف المدفعي.") == ["سراقب"]

    @pytest.mark.parametrize(
        "sentence",
        [
            "وسقطت طائرة حربية للنظام قرب بلدة سراقب.",
            "وقال مصدر إن المسيرة التركية سقطت قرب قرية مغار الحجر بريف إدلب بعد استهدافها.",
            # Fire at a jet, which came down after a clause of its own.
            "واستطاعت المعارضة استهداف إحدى المقاتلات بالقرب من بلدة مورك.",
            "واستطاعت المعارضة استهداف إحدى المقاتلات، لتصدر الطائرة دخانا كثيفا وتسقط قرب مدينة سراقب.",
        ],
    )
    def test_an_aircraft_that_came_down_is_no_strike(self, sentence):
        assert places(sentence) == []

    def test_the_strike_of_an_aircraft_named_after_the_verbal_noun_is_a_strike(self):
        assert places("وقتل مدنيان في قرية مورك جراء استهداف طائرة مسيرة تركية.") == ["مورك"]
        assert places("واستطاعت المعارضة استهداف طائرة حربية بالمضادات الأرضية قرب بلدة مورك.") == []

    def test_a_suicide_drone_that_fell_on_a_place_struck_it(self):
        assert places("وسقطت طائرة مسيرة مفخخة على منزل في بلدة سراقب.") == ["سراقب"]

    def test_a_strike_feared_or_warned_of_is_not_a_claim(self):
        assert places("ويخشى السكان أن تتعرض مدينة سراقب لقصف مماثل في الأيام المقبلة.") == []
        assert places("وحذرت منظمات من قصف وشيك على مدينة سراقب.") == []
        # A warning after the strike, in a clause of its own, leaves it a strike.
        assert places("قصفت الطائرات مدينة سراقب، وحذرت منظمات من كارثة إنسانية.") == ["سراقب"]

    def test_talk_of_stopping_strikes_is_not_a_claim(self):
        assert places("وبحث الوزيران في حلب وقف الغارات على سراقب.") == []

    def test_a_strike_planned_or_threatened_is_not_a_claim(self):
        assert places("وتحدثت مصادر عن تحضيرات لقصف مدينة سراقب.") == []
        assert places("وهددت موسكو بقصف مدينة سراقب.") == []

    def test_a_long_list_of_names_is_the_passive_subject_as_a_whole(self):
        text = (
            "قصف على ريف إدلب.\n"
            "وتعرضت بلدة الحمرا وقرى حمادي وجيشان والزكاة والزهراء والحويز والعنكاوي والقاهرة والدقماق والحوش"
            " والمنصورة والزيارة لقصف مماثل من مقار القوات."
        )
        assert places(text)[:2] == ["الحمرا", "حمادي"]
        # A clause with a verb of its own between is no list.
        text = "وتعرضت بلدة الحمرا التي شهدت أمس اشتباكات عنيفة بين الفصائل والقوات واستمرت حتى الصباح وانتهت لقصف."
        assert places(text) == []

    def test_a_unit_numbered_in_brackets_in_a_passive_subject_list_is_struck_and_the_names_after_it(self):
        text = "وتعرضت مدينتي سراقب ومورك وأطراف اللواء (52) وبلدة الحمرا لقصف جوي في ريف إدلب."
        assert places(text) == ["سراقب", "مورك", "اللواء (52)", "الحمرا"]

    def test_a_quoted_list_before_where_it_lies_and_its_passive_verb_is_the_subject(self):
        text = 'قصف على ريف إدلب.\nوأضاف أن قرى "الحمرا وحمادي وجسر بيت الراس وجيشان" في منطقة جبل الزاوية تعرضتا لقصف.'
        assert places(text)[-4:] == ["الحمرا", "حمادي", "جسر بيت الراس", "جيشان"]

    def test_a_toll_counted_over_the_war_is_no_strike(self):
        text = "قصفت الطائرات سراقب.\nوتم توثيق نحو 35 ألف ضحية خلال الأزمة نتيجة القذائف في محافظات وهي إدلب وحلب."
        assert places(text) == ["سراقب"]
        # ... but a strike the first since the war began is one.
        assert places("وقصفت الطائرات مدينة مورك للمرة الأولى منذ اندلاع الحرب.") == ["مورك"]

    def test_a_passive_subject_is_a_claim(self):
        assert places("وتعرضت مدينة سراقب لغارات عنيفة فجر اليوم.") == ["سراقب"]


class TestPrecision:
    def test_an_unknown_quarter_is_drawn_at_the_town_its_sentence_names(self):
        text = "وطال القصف أحياء الشعار والصاخور في مدينة حلب، كما قصفت الطائرات سراقب."
        quarters = [claim for claim in claims(text) if claim.precision == "neighbourhood"]
        assert [(c.place, c.lat, c.lon, c.needs_placement) for c in quarters] == [
            ("الشعار", 36.20, 37.16, True),
            ("الصاخور", 36.20, 37.16, True),
        ]

    def test_an_unknown_quarter_is_drawn_at_the_only_town_the_article_names_in_its_governorate(self):
        text = "تصعيد جوي على مدينة حلب.\nوألقت المروحيات براميل متفجرة على حي الميسر."
        (quarter,) = [claim for claim in claims(text) if claim.place == "الميسر"]
        assert (quarter.governorate, quarter.lat, quarter.lon) == ("SY-HL", 36.20, 37.16)

    def test_the_quarters_of_a_city_are_no_claim_of_their_own_beside_its_quarters_named(self):
        text = (
            "تواصل الطائرات قصف أحياء حلب الخاضعة للفصائل.\nواستهدفت الغارات أحياء بستان القصر والكلاسة في مدينة حلب."
        )
        assert places(text) == ["بستان القصر", "الكلاسة"]
        assert places("تواصل الطائرات قصف أحياء حلب الخاضعة للفصائل.") == ["حلب"]

    def test_an_unknown_quarter_is_not_drawn_at_a_town_of_another_clause_or_a_town_not_the_capital(self):
        text = "وفي ريف إدلب، سقطت قذائف على حي الضبيط، كما استهدف مسلحون في سراقب حاجزا."
        assert [(c.place, c.lat) for c in claims(text)] == [("الضبيط", None), ("سراقب", 35.86)]
        text = "تصعيد جوي على مدينة سراقب.\nوألقت المروحيات براميل متفجرة على حي الضبيط في ريف إدلب."
        assert [(c.place, c.lat) for c in claims(text)] == [("الضبيط", None)]

    def test_a_street_opening_a_list_of_quarters_is_followed_by_quarters(self):
        text = "واستهدف المسلحون بالقذائف أحياء شارع النيل والسبيل والموكامبو ومنطقة الرازي في مدينة حلب."
        assert [(c.place, c.precision) for c in claims(text)] == [
            ("شارع النيل", "neighbourhood"),
            ("السبيل", "neighbourhood"),
            ("الموكامبو", "neighbourhood"),
            ("الرازي", "neighbourhood"),
        ]

    def test_a_part_of_a_city_named_after_it_in_a_list_is_a_quarter_at_the_city(self):
        text = "ودمرت وحدات الجيش أوكارا في حي الضبيط وإدلب القديمة بمحافظة إدلب."
        assert [(c.place, c.precision, c.lat) for c in claims(text)][-1:] == [("إدلب القديمة", "neighbourhood", 35.93)]

    def test_a_part_of_a_city_named_after_it_locates_the_place_in_it(self):
        text = "وسقطت قذيفة هاون على منطقة البزورية في حلب القديمة."
        assert [(c.place, c.governorate) for c in claims(text)] == [("البزورية", "SY-HL")]

    def test_the_names_joined_to_a_quarter_after_its_descriptor_are_quarters_of_the_same_town(self):
        text = "سقطت قذائف هاون على حي الشعار والصاخور في مدينة حلب."
        assert [(c.place, c.precision, c.lat) for c in claims(text)] == [
            ("الشعار", "neighbourhood", 36.20),
            ("الصاخور", "neighbourhood", 36.20),
        ]

    def test_an_unknown_quarter_is_not_drawn_at_a_town_struck_beside_it(self):
        text = "وقتل 25 شخصا في مدينة حلب جراء البراميل على أحياء الشعار والصاخور، بالإضافة لبلدة المنصورة غربي حلب."
        quarters = [(c.place, c.lat) for c in claims(text) if c.precision == "neighbourhood"]
        assert quarters == [("الشعار", 36.20), ("الصاخور", 36.20)]

    def test_an_unknown_quarter_of_damascus_is_drawn_at_the_city_the_governorate_is(self):
        damascus = town("damascus", "دمشق", "SY-DI", 33.51, 36.29, 1500000)
        mazzeh = town("mazzeh", "المزة", "SY-DI", 33.50, 36.25)
        gazetteer = Gazetteer([*GAZETTEER.entries, damascus, mazzeh])
        # (Two towns of Damascus named: neither is the one town the article names there.)
        text = "تصعيد في دمشق والمزة.\nوقصفت الطائرات حيي جوبر والقابون."
        result = extract(text, published=PUBLISHED, gazetteer=gazetteer).strike_claims
        assert [(c.place, c.lat) for c in result if c.precision == "neighbourhood"] == [
            ("جوبر", 33.51),
            ("القابون", 33.51),
        ]

    def test_the_capital_alone_is_damascus_but_not_another_countrys_nor_twice_before_its_name(self):
        gazetteer = default_gazetteer()

        def struck(text):
            return [(c.place, c.governorate) for c in extract(text, published=PUBLISHED, gazetteer=gazetteer).claims]

        assert struck("سقطت قذائف هاون على مناطق متفرقة من العاصمة.") == [("العاصمة", "SY-DI")]
        assert struck("وعقدت الجولة في العاصمة الكازاخية أستانا، فيما قصفت الطائرات مدينة سراقب.") == [
            ("سراقب", "SY-ID")
        ]
        assert struck("سقطت قذائف هاون على العاصمة دمشق.") == [("دمشق", "SY-DI")]
        # A town that borders the capital: the capital is no claim.
        assert struck("وجرح مدني بسقوط قذائف على مدينة جرمانا المتاخمة للعاصمة.") == [("جرمانا", "SY-RD")]

    @pytest.mark.parametrize(
        "dateline",
        ["إدلب 28 ابريل 2016 (شينخوا) ", "إدلب- نورث برس\n", "عنب بلدي – إدلب\n", "إدلب، سوريا، 22 أغسطس - "],
    )
    def test_the_place_a_report_was_filed_from_is_no_context(self, dateline):
        text = dateline + "قتل مدنيان جراء قصف على أحياء في مدينة حلب.\nوسقطت قذائف على حيي الشعار والصاخور."
        assert [(c.place, c.governorate) for c in claims(text)] == [("الشعار", "SY-HL"), ("الصاخور", "SY-HL")]

    def test_an_unknown_area_is_not_drawn_at_the_capital_the_article_names(self):
        text = "غارات على مدينة حلب.\nوقتل ثمانية في منطقة الجاير بريف حلب الجنوبي جراء غارة."
        (area,) = [claim for claim in claims(text) if claim.place == "الجاير"]
        assert (area.governorate, area.lat) == ("SY-HL", None)

    def test_an_unknown_quarter_is_drawn_at_the_town_the_articles_quarters_were_placed_in(self):
        text = (
            "قتل عشرة في حي الميسر بمدينة إدلب جراء صاروخ.\nوسقطت قذائف على أحياء الضبيط والقصور.\n"
            "كما قصفت الطائرات مدينة سراقب."
        )
        quarters = [(c.place, c.lat) for c in claims(text) if c.precision == "neighbourhood"]
        assert quarters == [("الميسر", 35.93), ("الضبيط", 35.93), ("القصور", 35.93)]

    def test_a_city_of_a_later_clause_does_not_place_a_quarter(self):
        text = (
            "استمر استهداف مواقع في حلب بالقذائف، وطالت القذائف منطقة الضبيط، ومحيط جامع في حي الميسر وسط حلب، هذا"
            " وشهدت مدينة إدلب اشتباكات."
        )
        placed = {c.place: c.governorate for c in claims(text)}
        assert (placed["الضبيط"], placed["الميسر"]) == ("SY-HL", "SY-HL")

    def test_an_unknown_quarter_stays_unplaced_between_two_towns_of_its_governorate(self):
        text = "قصفت الطائرات مدينة إدلب ومدينة سراقب.\nوألقت المروحيات براميل متفجرة على حي الضبيط."
        (quarter,) = [claim for claim in claims(text) if claim.place == "الضبيط"]
        assert (quarter.governorate, quarter.lat, quarter.needs_placement) == ("SY-ID", None, True)

    def test_villages_in_the_area_of_a_town_are_its_district_not_the_town(self):
        text = "قتل وجرح عدد من المدنيين الأحد بقصف جوي على قرى في منطقة سراقب."
        assert [(c.place, c.precision) for c in claims(text)] == [("منطقة سراقب", "governorate")]
        # Two villages counted, not named, towards a town: its countryside too.
        text = "واستهدفت المدفعية قريتين شمال غربي سراقب."
        assert [(c.place, c.precision) for c in claims(text)] == [("شمال غربي سراقب", "governorate")]
        text = "وتستهدف المدفعية منذ الصباح قرى تابعة لسراقب.\nوقصفت الطائرات القرى التابعة لمدينة مورك."
        assert [(c.place, c.precision) for c in claims(text)] == [
            ("قرى تابعة لسراقب", "governorate"),
            ("القرى التابعة لمدينة مورك", "governorate"),
        ]

    def test_a_capital_joined_to_a_countryside_is_its_governorate(self):
        text = "شنت طائرات روسية غارات على عدد من البلدات في ريف حلب الغربي وإدلب المجاورة."
        assert [(c.governorate, c.precision) for c in claims(text)] == [
            ("SY-HL", "governorate"),
            ("SY-ID", "governorate"),
        ]

    def test_unnamed_villages_in_a_direction_of_a_town_are_its_countryside_not_the_town(self):
        text = "سقطت أكثر من مئة قذيفة على قرى غربي مدينة سراقب جراء القصف التركي."
        assert [(c.governorate, c.precision) for c in claims(text)] == [("SY-ID", "governorate")]
        assert [c.precision for c in claims("قصفت الطائرات بلدة سراقب شرقي إدلب.")] == ["town"]

    def test_the_countryside_of_damascus_is_rif_dimashq(self):
        text = "تصدت الدفاعات الجوية لعدوان جوي على ريفي السويداء ودمشق."
        assert [(c.governorate, c.precision) for c in claims(text)] == [
            ("SY-SU", "governorate"),
            ("SY-RD", "governorate"),
        ]

    def test_a_countryside_claim_is_governorate_level_and_not_pinned_to_the_city(self):
        (claim,) = claims("شنت الطائرات عشرين غارة على ريف حماة الشمالي.")
        assert (claim.precision, claim.governorate, claim.lat) == ("governorate", "SY-HM", None)

    def test_a_named_town_is_town_level_with_coordinates(self):
        (claim,) = claims("قصفت الطائرات كفرزيتا.")
        assert claim.precision == "town" and claim.lat == 35.37

    def test_no_province_claim_where_the_article_names_places_in_it(self):
        text = "قصفت الطائرات ريف حماة.\nواستهدفت الغارات بلدة كفرزيتا."
        assert places(text) == ["كفرزيتا"]

    def test_a_province_claim_on_unnamed_villages_stays_beside_named_places(self):
        text = "قصفت الطائرات بلدة كفرزيتا.\nوقصفت المدفعية قرى وبلدات قريبة في ريف حماة الشمالي."
        assert places(text) == ["كفرزيتا", "ريف حماة الشمالي"]
        # ... also where what the villages are stands between them and the countryside.
        text = "قصفت الطائرات بلدة كفرزيتا.\nوقصفت الطائرات أربع قرى واقعة تحت سيطرة التنظيم في ريف حماة الشمالي."
        assert places(text) == ["كفرزيتا", "ريف حماة الشمالي"]

    def test_areas_of_a_province_with_named_places_are_a_summary_not_a_claim(self):
        text = "قصفت الطائرات بلدة كفرزيتا.\nوأعلن التلفزيون الرسمي أن القصف استهدف مناطق في محافظتي حماة وإدلب."
        assert places(text) == ["كفرزيتا", "إدلب"]

    def test_unnamed_areas_named_in_the_same_sentence_give_no_province_claim(self):
        text = "واستهدفت الغارات مناطق متفرقة من ريف حماة، فقد تعرضت بلدة كفرزيتا لغارات."
        assert places(text) == ["كفرزيتا"]

    def test_the_provinces_named_after_other_and_such_as_are_provinces(self):
        text = "وشمل القصف مناطق في محافظات أخرى مثل إدلب وحماة."
        assert [(c.place, c.precision) for c in claims(text)] == [("إدلب", "governorate"), ("حماة", "governorate")]
        text = "وشمل القصف أربع محافظات وهي إدلب وحماة."
        assert [(c.place, c.precision) for c in claims(text)] == [("إدلب", "governorate"), ("حماة", "governorate")]

    def test_a_province_name_ends_before_the_full_stop(self):
        assert places("واستهدفت الغارات مناطق في محافظة إدلب.") == ["محافظة إدلب"]

    def test_every_province_of_a_list_with_commas_is_a_province(self):
        text = "شنت الطائرات غارات استهدفت مواقع في محافظات اللاذقية، إدلب، ودرعا."
        assert [(c.governorate, c.precision) for c in claims(text)] == [
            ("SY-LA", "governorate"),
            ("SY-ID", "governorate"),
            ("SY-DR", "governorate"),
        ]

    def test_the_countryside_of_a_capital_named_by_its_pronoun_is_a_province(self):
        text = "شنت الطائرات غارات استهدفت مواقع في العاصمة دمشق وريفها الغربي."
        assert [(c.place, c.governorate, c.precision) for c in claims(text)] == [
            ("دمشق", "SY-DI", "governorate"),
            ("ريفها الغربي", "SY-RD", "governorate"),
        ]

    def test_a_bare_capital_beside_a_town_of_its_governorate_stands_for_the_governorate(self):
        text = "قصفت الطائرات مواقع في إدلب.\nوسقطت صواريخ قرب مدينة سراقب."
        assert places(text) == ["سراقب"]

    def test_a_capital_near_which_strikes_fell_is_the_city_beside_a_town_of_its_governorate(self):
        text = "ونفذت قوات التحالف 12 ضربة قرب حلب، و4 ضربات قرب إدلب، وضربتين قرب سراقب."
        assert places(text) == ["حلب", "إدلب", "سراقب"]
        # ... where "في إدلب" beside it stands for the governorate.
        assert places("ونفذت قوات التحالف 4 ضربات في إدلب، وضربتين قرب سراقب.") == ["سراقب"]

    def test_a_headline_on_a_bare_capital_stands_for_the_towns_of_its_governorate_the_report_dates(self):
        text = "مقتل 11 مدنيا بغارات روسية على إدلب\nقتل 11 مدنيا اليوم بغارات استهدفت مدينة سراقب وبلدة مورك."
        assert places(text) == ["سراقب", "مورك"]

    def test_the_city_stays_beside_an_unknown_village_of_its_governorate_named_in_another_sentence(self):
        text = (
            "وقال مراسل إن طائرة حربية استهدفت الحي الشمالي لمدينة إدلب، ومقتل تسعة مدنيين.\n"
            "وأضاف أن الطيران استهدف بلدات سراقب ومعارة النعسان."
        )
        assert places(text) == ["إدلب", "سراقب", "معارة النعسان"]

    def test_the_city_named_as_a_city_stays_beside_a_town_of_its_governorate(self):
        text = "قصفت الطائرات مدينة إدلب.\nوسقطت صواريخ قرب مدينة سراقب."
        assert places(text) == ["إدلب", "سراقب"]

    @pytest.mark.parametrize(
        ("sentence", "place"),
        [
            ("قصفت الطائرات مواقع شرقي حلب.", "شرقي حلب"),
            ("وشنت الطائرات غارات على مناطق في شمال غرب إدلب.", "شمال غرب إدلب"),
            ("واستهدفت الصواريخ مبنى خاليا جنوبي العاصمة دمشق.", "جنوبي العاصمة دمشق"),
        ],
    )
    def test_a_compass_part_of_a_capital_is_governorate_level(self, sentence, place):
        (claim,) = claims(sentence)
        assert (claim.place, claim.precision, claim.lat) == (place, "governorate", None)

    @pytest.mark.parametrize(
        "sentence",
        [
            "قتل 12 مدنيا بقصف جوي على بلدة وقرية في إدلب.",
            "وشنت الطائرات غارات على قرى في إدلب.",
            "وشنت الطائرات غارات على مناطق في حلب وإدلب.",
        ],
    )
    def test_a_capital_after_unnamed_places_in_it_is_its_governorate(self, sentence):
        assert {(claim.precision, claim.lat) for claim in claims(sentence)} == {("governorate", None)}

    def test_a_capital_after_its_named_places_is_the_city(self):
        (claim,) = claims("وشنت الطائرات غارات على أحياء في إدلب.")
        assert claim.precision == "town"

    def test_the_city_a_region_is_named_after_is_not_struck(self):
        (claim,) = claims("قتل ثلاثة مدنيين بقصف جوي على بلدات الغوطة الشرقية للعاصمة دمشق.")
        assert (claim.place, claim.governorate, claim.killed) == ("الغوطة الشرقية", "SY-RD", 3)
        assert places("قصفت الطائرات الغوطة الشرقية لدمشق.") == ["الغوطة الشرقية"]

    def test_a_compass_part_of_a_capital_named_as_a_city_is_governorate_level(self):
        (claim,) = claims("قتل مدنيون بقصف على قرية خاضعة لسيطرة التنظيم شرق مدينة حلب.")
        assert (claim.place, claim.precision, claim.lat) == ("شرق مدينة حلب", "governorate", None)
        assert places("قصفت الطائرات سوقا وسط مدينة حلب.") == ["حلب"]

    def test_a_distance_written_against_its_number_measures_from_the_place_after_it(self):
        assert places("قتل طفلان بقصف جوي على محيط مدينة سراقب (100كم شرق مدينة حلب).") == ["سراقب"]

    def test_the_province_a_countryside_lies_next_to_is_not_struck(self):
        text = "شنت طائرة روسية ضربة على قرية البيضا الواقعة في ريف حلب الغربي المجاور لإدلب."
        assert places(text) == ["البيضا"]

    def test_the_governorate_a_towns_countryside_lies_in_is_not_the_city(self):
        (claim,) = claims("قصفت الطائرات قرى في ريف سراقب الشرقي بإدلب.")
        assert (claim.place, claim.precision) == ("ريف سراقب الشرقي", "governorate")

    def test_a_countryside_named_after_lam_may_have_two_spaces_inside_its_name(self):
        (claim,) = claims("قصفت الطائرات مواقع بالريف الشرقي لدير  الزور.")
        assert (claim.governorate, claim.precision) == ("SY-DY", "governorate")

    def test_a_compass_word_after_a_town_locates_it(self):
        (claim,) = claims("وقصفت الطائرات بلدة سراقب شرقي إدلب.")
        assert (claim.place, claim.precision, claim.governorate) == ("سراقب", "town", "SY-ID")


class TestDates:
    def test_strikes_weeks_before_the_day_a_sentence_tells_of_are_not_dated_that_day(self):
        text = "قال مسؤولان اليوم الجمعة إن الرئيس سيزور موسكو، بعد أسابيع من القصف الروسي على مدينة سراقب."
        (claim,) = claims(text)
        assert claim.date is None

    def test_some_days_before_or_earlier_takes_no_date_from_the_sentence_before(self):
        for opener in ("وقبل أيام قتل قيادي بغارة", "وفي وقت سابق، استهدفت غارة", "وكانت غارة قد استهدفت مؤخرا"):
            text = f"قصفت الطائرات مدينة سراقب مساء السبت.\n{opener} بلدة مورك بريف حماة."
            assert [(c.place, c.date) for c in claims(text)][-1] == ("مورك", None), opener

    def test_an_undated_strike_takes_the_last_day_told_before_it_not_the_articles_first(self):
        text = "قصفت الطائرات مدينة سراقب يوم الاثنين.\nوقصفت الطائرات بلدة مورك أمس.\nوقصفت الطائرات كفرزيتا."
        assert [(c.place, c.date) for c in claims(text)][-1] == ("كفرزيتا", datetime.date(2021, 3, 9))

    def test_a_round_up_without_a_publication_date_keeps_its_later_days_in_the_same_year(self):
        text = (
            "قصف الطيران قرية سراقب بتاريخ 9/10/2015، ما أدى إلى تدميرها.\n"
            "وكانت الغارات الأعنف في التاسع عشر من تشرين الأول، حيث قتل 15 مدنيا في بلدة مورك."
        )
        assert [(c.place, c.date) for c in claims(text, published=None)][-1] == ("مورك", datetime.date(2015, 10, 19))

    def test_after_midnight_of_an_evening_is_the_next_day(self):
        text = (
            "قتل ستة أشخاص بقصف مدفعي استهدف مدينة سراقب مساء أمس، فيما استهدفت راجمات الصواريخ "
            "بلدة مورك في ريف حماة بعد منتصف الليل."
        )
        assert [(c.place, c.date) for c in claims(text)] == [
            ("سراقب", datetime.date(2021, 3, 9)),
            ("مورك", datetime.date(2021, 3, 10)),
        ]

    def test_the_start_of_a_period_is_not_the_day_of_the_strikes_told_after_it(self):
        text = "وتشهد المدينة مواجهات منذ يوم الأحد الماضي. وقال ناشطون إن غارة استهدفت مدينة سراقب."
        assert [(c.place, c.date) for c in claims(text)] == [("سراقب", None)]
        text = "وقصفت الطائرات مدينة سراقب منذ يوم الأحد الماضي."
        assert [(c.place, c.date) for c in claims(text)] == [("سراقب", datetime.date(2021, 3, 7))]

    def test_of_two_days_a_sentence_gives_the_one_told_with_its_strike_is_carried(self):
        text = (
            "وفي ريف إدلب، استهدفت المروحيات صباح اليوم بلدة سراقب، وتمكنت الفصائل ليل أمس من السيطرة على تلة.\n"
            "كما قصفت الطائرات بلدة مورك."
        )
        assert [(c.place, c.date) for c in claims(text)] == [
            ("سراقب", datetime.date(2021, 3, 10)),
            ("مورك", datetime.date(2021, 3, 10)),
        ]

    def test_a_night_told_by_its_two_days_carries_the_later(self):
        text = (
            "نفذ الطيران بالاشتراك مع المدفعية والصواريخ، ليل الاثنين وفجر اليوم الثلاثاء، حملة قصف على ريف إدلب.\n"
            "وقالت مصادر إن الطائرات استهدفت مدينة سراقب."
        )
        assert [(c.place, c.date) for c in claims(text)][-1:] == [("سراقب", datetime.date(2021, 3, 9))]

    def test_the_day_a_later_sentence_gives_the_strike_told_again_dates_it(self):
        text = (
            "قالت الوكالة إن مطار سراقب تعرض لضربة جوية. وهو أول استهداف للمطار منذ سنة.\n"
            "وأضافت أن الهجوم وقع فجر اليوم الثلاثاء."
        )
        (claim,) = claims(text)
        assert claim.date == datetime.date(2021, 3, 9)
        # Another event's day says nothing of the strike.
        text = "قالت الوكالة إن مطار سراقب تعرض لضربة جوية.\nوأضافت أن الاجتماع عقد اليوم الثلاثاء."
        assert claims(text)[0].date is None

    def test_the_day_of_what_came_before_the_strikes_is_not_carried_to_them(self):
        text = (
            "تعرضت منطقة جبل الزاوية صباح الأربعاء لقصف مكثف.\n"
            "يأتي القصف بعد أن استعادت الفصائل، أمس، نقاطا خسرتها.\n"
            "وقال ناشطون إن القصف شمل كفرزيتا ومورك."
        )
        assert [(c.place, c.date) for c in claims(text)][-2:] == [
            ("كفرزيتا", datetime.date(2021, 3, 10)),
            ("مورك", datetime.date(2021, 3, 10)),
        ]

    def test_since_a_time_of_today_the_strikes_told_after_it_are_of_today(self):
        text = "وتشهد قرى ريف إدلب منذ صباح اليوم الأربعاء قصفا مكثفا.\nوقال ناشطون إن القصف تركز على سراقب."
        assert [(c.place, c.date) for c in claims(text)][-1:] == [("سراقب", datetime.date(2021, 3, 10))]

    def test_a_weekday_is_resolved_against_the_publication_date(self):
        (claim,) = claims("قصفت الطائرات كفرزيتا يوم الإثنين.")
        assert (claim.date, claim.date_precision) == (datetime.date(2021, 3, 8), "day")

    def test_yesterday_and_today_are_resolved(self):
        assert claims("قصفت الطائرات كفرزيتا أمس.")[0].date == datetime.date(2021, 3, 9)
        assert claims("قصفت الطائرات كفرزيتا فجر اليوم.")[0].date == PUBLISHED

    def test_the_last_hours_date_a_strike_only_where_the_sentence_says_nothing_more_precise(self):
        assert claims("شنت الطائرات خلال الساعات الماضية غارات على كفرزيتا.")[0].date == PUBLISHED
        text = "وشنت الطائرات منذ ليل الإثنين غارات على كفرزيتا وصفت في الساعات الأخيرة بالأعنف."
        assert claims(text)[0].date == datetime.date(2021, 3, 8)

    def test_an_explicit_date_with_a_levantine_month_name(self):
        (claim,) = claims("قصفت الطائرات كفرزيتا في 30 أيلول 2015.", published=None)
        assert claim.date == datetime.date(2015, 9, 30)

    def test_the_date_of_an_earlier_sentence_of_the_paragraph_carries_over(self):
        text = "شنت الطائرات فجر الثلاثاء غارات على سراقب. كما استهدفت غارة بلدة كفرزيتا."
        assert {claim.date for claim in claims(text)} == {datetime.date(2021, 3, 9)}

    def test_a_week_or_month_the_sentence_gives_keeps_its_precision(self):
        text = (
            "قصفت الطائرات سراقب فجر اليوم.\nوكانت الطائرات قصفت الأسبوع الماضي بلدة كفرزيتا.\nوقصفت مورك الشهر الماضي."
        )
        dates = {claim.place: (claim.date, claim.date_precision) for claim in claims(text)}
        assert dates == {
            "سراقب": (PUBLISHED, "day"),
            "كفرزيتا": (datetime.date(2021, 3, 3), "week"),
            "مورك": (datetime.date(2021, 2, 1), "month"),
        }

    def test_without_a_publication_date_relative_days_keep_their_words_and_stay_apart(self):
        text = "قصفت الطائرات مدينة سراقب مساء الجمعة.\nوقصفت الطائرات سراقب مجددا صباح أمس."
        found = [(claim.place, claim.date, claim.date_text) for claim in claims(text, published=None)]
        assert found == [("سراقب", None, "مساء الجمعة"), ("سراقب", None, "صباح أمس")]

    def test_each_clause_takes_its_own_date(self):
        text = "وشهد يوم الخميس 4 آذار غارات على بلدة مورك، فيما قصفت الطائرات يوم السبت بلدة سراقب."
        assert [(claim.place, claim.date) for claim in claims(text)] == [
            ("مورك", datetime.date(2021, 3, 4)),
            ("سراقب", datetime.date(2021, 3, 6)),
        ]

    def test_a_week_said_of_one_place_is_not_overruled_by_a_day_said_of_another(self):
        text = "وكانت الطائرات قد قصفت بلدة مورك الأسبوع الماضي، قبل أن تعاود اليوم قصف مدينة سراقب."
        assert [(claim.place, claim.date, claim.date_precision) for claim in claims(text)] == [
            ("مورك", datetime.date(2021, 3, 3), "week"),
            ("سراقب", PUBLISHED, "day"),
        ]

    def test_the_last_hours_give_way_to_a_day_the_sentence_gives(self):
        text = "قصفت الطائرات خلال الساعات الماضية بلدة مورك، وذلك يوم الإثنين."
        assert [(claim.place, claim.date) for claim in claims(text)] == [("مورك", datetime.date(2021, 3, 8))]

    def test_the_day_after_a_date_is_the_next_clause_s_not_the_place_before_it(self):
        text = "وفي 5 آذار، قصفت الطائرات مدينة مورك، وفي اليوم التالي استهدفت بلدة سراقب."
        assert [(claim.place, claim.date) for claim in claims(text)] == [
            ("مورك", datetime.date(2021, 3, 5)),
            ("سراقب", datetime.date(2021, 3, 6)),
        ]

    def test_a_strike_the_next_day_takes_the_day_after_the_date_before(self):
        text = "قتل خمسة مدنيين بقصف على مدينة مورك يوم الجمعة، وفي اليوم التالي استهدفت الطائرات سراقب."
        assert [(claim.place, claim.date, claim.killed) for claim in claims(text)] == [
            ("مورك", datetime.date(2021, 3, 5), 5),
            ("سراقب", datetime.date(2021, 3, 6), None),
        ]

    @pytest.mark.parametrize(
        "sentence",
        [
            "وسبق أن استهدفت الطائرات مدينة مورك مرات عدة.",
            "وكانت الطائرات قد استهدفت مدينة مورك في وقت سابق.",
            "وتعرضت مدينة مورك خلال الأسابيع الماضية لغارات مماثلة.",
            "وكانت مدينة مورك قد تعرضت في الأشهر الماضية لغارات مماثلة.",
        ],
    )
    def test_an_earlier_strike_the_sentence_does_not_date_has_no_date(self, sentence):
        found = [(claim.place, claim.date) for claim in claims("قصفت الطائرات مدينة سراقب اليوم.\n" + sentence)]
        assert found == [("سراقب", PUBLISHED), ("مورك", None)]

    def test_an_undated_report_of_a_place_joins_its_dated_one(self):
        text = "شنت الطائرات غارات جديدة على سراقب.\nوقال ناشطون إن الطائرات قصفت سراقب فجر اليوم."
        (claim,) = claims(text)
        assert (claim.date, claim.sources) == (PUBLISHED, ["ناشطون"])

    def test_the_publication_date_is_detected_when_not_given(self):
        result = extract("حلب - 12 آذار/مارس 2019\nقصفت الطائرات سراقب اليوم.", gazetteer=GAZETTEER)
        assert result.published == datetime.date(2019, 3, 12) and result.published_detected
        assert result.claims[0].date == datetime.date(2019, 3, 12)


class TestSources:
    def test_a_quoted_name_in_two_parts_is_one_source(self):
        (claim,) = claims('وقالت منظمة "الدفاع المدني السوري-الخوذ البيضاء" إن الطائرات قصفت مدينة سراقب.')
        assert claim.sources == ['منظمة "الدفاع المدني السوري-الخوذ البيضاء"']

    def test_the_russia_today_channel_is_a_source_not_an_attacker(self):
        (claim,) = claims("وقصفت الطائرات بلدة سراقب، بحسب روسيا اليوم.")
        assert (claim.sources, claim.actor) == (["روسيا اليوم"], "unknown")

    def test_the_hospital_a_source_works_in_keeps_its_quoted_name(self):
        (claim,) = claims('وقال مصدر طبي في مشفى "الأمل": إن الطائرات قصفت بلدة سراقب.')
        assert claim.sources == ['مصدر طبي في مشفى "الأمل"']

    def test_ma_written_onto_the_verb_after_hasab_is_no_part_of_the_source(self):
        (claim,) = claims("وقصفت الطائرات بلدة سراقب، حسب ماأفادته تنسيقية المدينة.")
        assert claim.sources == ["تنسيقية المدينة"]

    def test_the_speakers_own_words_are_no_second_source(self):
        (claim,) = claims("وقال مصدر عسكري إن الطائرات قصفت بعض النقاط في محيط سراقب، بحسب تعبيره.")
        assert claim.sources == ["مصدر عسكري"]

    def test_the_attribution_of_the_sentence_is_kept_as_written(self):
        (claim,) = claims("قصفت الطائرات سراقب، بحسب المرصد السوري لحقوق الإنسان.")
        assert claim.sources == ["المرصد السوري لحقوق الإنسان"]

    def test_the_attribution_of_the_previous_sentence_carries_over(self):
        text = "وقال الدفاع المدني إن الطائرات قصفت سراقب. كما استهدفت غارات بلدة كفرزيتا."
        assert [claim.sources for claim in claims(text)] == [["الدفاع المدني"], ["الدفاع المدني"]]

    def test_the_attribution_right_after_an_unattributed_lead_covers_it(self):
        text = (
            "قتل خمسة مدنيين اليوم بقصف جوي على مدينة سراقب.\n"
            "وقال مراسل عنب بلدي إن الطائرات استهدفت سوقا شعبيا وسط المدينة.\n"
            "ونددت منظمات حقوقية بالهجوم."
        )
        assert claims(text)[0].sources == ["مراسل عنب بلدي"]

    def test_the_attribution_of_the_harm_right_after_an_unattributed_lead_covers_it(self):
        text = "قتل ثلاثة مدنيين اليوم بقصف على مدينة سراقب.\nوقال الدفاع المدني إن فرقه انتشلت جثث الضحايا."
        assert claims(text)[0].sources == ["الدفاع المدني"]

    def test_the_attribution_of_places_also_struck_covers_the_lead(self):
        text = (
            "قتل خمسة مدنيين بقصف على مدينة سراقب اليوم.\n"
            "وقال الدفاع المدني إن فرقه انتشلت الضحايا، مشيرا إلى أن القصف طال أيضا بلدة مورك."
        )
        assert [(claim.place, claim.sources) for claim in claims(text)] == [
            ("سراقب", ["الدفاع المدني"]),
            ("مورك", ["الدفاع المدني"]),
        ]

    def test_a_source_the_harm_sentence_refers_back_to_is_named_in_full(self):
        text = (
            "قصفت المدفعية قرى في ريف بلدة سراقب اليوم.\n"
            "وقال مصدر عسكري في مجلس سراقب العسكري إن القذائف طالت قرية مورك.\n"
            "وأضاف المصدر أن القصف تسبب بأضرار مادية في منازل المدنيين."
        )
        assert claims(text)[0].sources == ["المصدر", "مصدر عسكري في مجلس سراقب العسكري"]

    def test_the_attribution_of_a_toll_over_a_period_does_not_cover_the_lead(self):
        text = (
            "قتل ثلاثة مدنيين اليوم بقصف على مدينة سراقب.\n"
            "وقتل 35 مدنيا منذ مطلع الشهر الجاري، بحسب فريق منسقو استجابة سوريا."
        )
        assert claims(text)[0].sources == []

    def test_the_attribution_of_a_report_on_other_places_does_not_cover_the_lead(self):
        text = "سقطت قذائف على مدينة سراقب اليوم.\nوقال ناشطون إن قذائف سقطت على بلدة مورك."
        assert [(claim.place, claim.sources) for claim in claims(text)] == [
            ("سراقب", []),
            ("مورك", ["ناشطون"]),
        ]

    def test_a_name_that_differs_in_its_adjective_is_not_a_short_form_of_another(self):
        text = (
            "وقالت وزارة الدفاع الروسية إن طائراتها قصفت مواقع في مورك.\n"
            "وأعلنت وزارة الدفاع التركية أن قوات النظام قصفت سراقب."
        )
        assert [claim.sources for claim in claims(text)] == [["وزارة الدفاع الروسية"], ["وزارة الدفاع التركية"]]

    def test_a_short_name_also_gives_the_full_name_given_earlier(self):
        text = "وأفاد المرصد السوري لحقوق الإنسان بمقتل مدنيين.\nوقال المرصد إن الطائرات قصفت سراقب."
        assert "المرصد السوري لحقوق الإنسان" in claims(text)[0].sources

    def test_a_statement_referred_back_to_gives_its_issuer(self):
        text = (
            "وأعلنت الهيئة العامة للإغاثة أن فرقها تعمل في إدلب.\n"
            "وبحسب بيان صادر عن الهيئة، فإن القصف مستمر.\n"
            "وأوضح البيان أن الطائرات قصفت سراقب."
        )
        sources = claims(text)[0].sources
        assert sources[0] == "البيان"
        assert "الهيئة العامة للإغاثة" in sources

    def test_the_attribution_of_the_first_strike_report_covers_an_unattributed_paragraph(self):
        text = (
            "قتل خمسة مدنيين في القصف على مدينة إدلب، بحسب ما أفاد الدفاع المدني.\n"
            'وجاء في البيان "استهدفت الغارات بلدة سراقب".'
        )
        assert claims(text)[-1].sources == ["البيان", "الدفاع المدني"]

    def test_a_fresh_source_does_not_take_the_leads_but_an_anaphor_without_antecedent_does(self):
        lead = "قتل خمسة مدنيين في القصف على مدينة إدلب، بحسب ما أفاد الدفاع المدني.\n"
        text = lead + "وقال مصدر عسكري لوكالة سانا إن الغارات استهدفت بلدة سراقب."
        assert claims(text)[-1].sources == ["مصدر عسكري", "وكالة سانا"]
        text = lead + "وأضاف المصدر نفسه أن الغارات استهدفت بلدة سراقب."
        assert claims(text)[-1].sources == ["المصدر نفسه", "الدفاع المدني"]

    def test_the_same_source_is_the_one_named_last_whatever_its_head(self):
        text = (
            "قال ناشطون ومصادر حقوقية إن الطائرات شنت غارات على مدينة حلب.\n"
            "وقال اتحاد تنسيقيات الثورة إن الطائرات شنت 18 غارة على مدينة إدلب.\n"
        )
        for same in ("وفق المصدر نفسه", "بحسب نفس المصدر"):
            found = claims(text + f"وشمل القصف {same} غارات على مدينة سراقب.")[-1].sources
            assert found[-1] == "اتحاد تنسيقيات الثورة"
            assert "ناشطون" not in found

    def test_a_speaker_who_goes_on_in_a_paragraph_of_his_own_keeps_his_attribution(self):
        text = (
            "وأفاد التلفزيون الرسمي بأن غارات استهدفت مواقع في ريف حماة.\n"
            "وقال المرصد السوري، إن الطائرات هاجمت مواقع في ريف إدلب.\n"
            'وأضاف، أن "الصواريخ استهدفت مواقع في محيط بلدة سراقب".'
        )
        assert claims(text)[-1].sources == ["المرصد السوري"]

    def test_a_speaker_who_goes_on_does_not_attribute_the_unattributed_lead(self):
        text = (
            "قصفت الطائرات مدينة سراقب اليوم. وأفاد المرصد بأن الغارات طالت بلدة مورك. وأشار إلى أن الغارات دمرت آليات."
        )
        assert [(claim.place, claim.sources) for claim in claims(text)] == [("سراقب", []), ("مورك", ["المرصد"])]

    def test_a_documented_count_of_strikes_attributes_the_places_listed_after_it(self):
        text = (
            "أعلن الدفاع المدني مقتل 11 مدنيا بغارات على مدينة سراقب.\n"
            "ووثقت فرق الإنقاذ يوم أمس استهداف 13 منطقة بـ15 غارة جوية.\n"
            "القصف طال بلدة مورك وبلدة كفرزيتا."
        )
        assert [(c.place, c.sources[0]) for c in claims(text)][1:] == [
            ("مورك", "فرق الإنقاذ"),
            ("كفرزيتا", "فرق الإنقاذ"),
        ]

    def test_our_correspondent_is_the_outlets_correspondent_named_before(self):
        text = (
            "وأفاد مراسل شبكة شام أن الطائرات قصفت مدينة سراقب.\n"
            "وأضاف مراسلنا أن قصف النظام أسفر عن مقتل طفلين في بلدة مورك."
        )
        assert claims(text)[-1].sources == ["مراسلنا", "مراسل شبكة شام"]

    def test_an_analysts_opinion_on_the_campaign_is_not_the_story_s_attribution(self):
        text = (
            "وقال خبير عسكري إن الضربات تهدف إلى دعم النظام.\n"
            "وقصفت الطائرات الأربعاء مواقع في سراقب، وفق ما أعلن مصدر أمني.\n"
            "وطالت الغارات بلدة كفرزيتا."
        )
        assert claims(text)[-1].sources == ["مصدر أمني"]


class TestActorAndKilled:
    def test_jordans_air_force_is_an_attacker_and_its_border_is_not(self):
        text = "شنت طائرات حربية أردنية غارات على مواقع لمهربي المخدرات في قرية الشعاب بريف السويداء الشرقي."
        assert [(c.place, c.actor) for c in claims(text)] == [("الشعاب", "jordan")]
        text = "قصفت طائرات النظام بلدة نصيب قرب الحدود الأردنية في ريف درعا."
        assert [(c.place, c.actor) for c in claims(text)] == [("نصيب", "syrian_government")]

    def test_sources_close_to_an_actor_do_not_name_it_the_attacker(self):
        text = "ذكرت مصادر مقربة من القوات الحكومية السورية أن طائرات أمريكية شنت غارات على مدينة سراقب."
        assert claims(text)[0].actor == "coalition"
        text = "ذكرت مصادر مقربة من القوات الحكومية أن 7 قتلى سقطوا في استهداف مقر في مدينة سراقب."
        assert claims(text)[0].actor == "unknown"

    @pytest.mark.parametrize(
        "text",
        [
            "استهدفت الغارات مواقع في سراقب، علما أن هذه المواقع كانت تستخدم من قبل الجيش السوري.",
            "استهدفت الغارات مواقع الفصائل المدعومة من تركيا في مدينة سراقب.",
        ],
    )
    def test_who_used_or_backs_what_was_struck_is_not_the_attacker(self, text):
        assert claims(text)[0].actor == "unknown"

    def test_the_free_syrian_army_is_the_opposition_not_the_syrian_army(self):
        (claim,) = claims("وقصف الجيش السوري الحر بقذائف الهاون مواقع في مدينة سراقب.")
        assert claim.actor == "opposition"

    def test_the_occupier_once_named_turkish_is_turkey_when_named_bare(self):
        text = (
            "قصف الاحتلال التركي قرية البيضا بريف إدلب.\n"
            "وجاء ذلك بعد ساعات من قصف جيش الاحتلال بقذائف المدفعية قرى الحمرا والزهرة بريف حلب."
        )
        assert [claim.actor for claim in claims(text)] == ["turkey", "turkey", "turkey"]
        assert claims("وقصف جيش الاحتلال بالطائرات مواقع في سراقب.")[0].actor == "israel"

    @pytest.mark.parametrize(
        "text",
        [
            "يستهدف الاحتلال التركي بالأسلحة الثقيلة قرية البيضا بريف سراقب.",
            "يواصل الاحتلال التركي منذ مساء أمس عمليات القصف المدفعي على قرية البيضا بريف سراقب.",
        ],
    )
    def test_the_subject_of_a_present_strike_verb_or_of_going_on_is_the_attacker(self, text):
        assert claims(text)[0].actor == "turkey"

    def test_the_attacker_of_what_went_on_beside_the_strike_is_not_its_attacker(self):
        (claim,) = claims("وتزامناً مع القصف الروسي، قصفت قوات النظام بالمدفعية أحياء في مدينة سراقب.")
        assert claim.actor == "syrian_government"

    def test_the_forces_the_dead_were_among_are_not_the_attacker(self):
        text = 'وشهد مطار "سراقب" العسكري غارات أوقعت قتلى وجرحى في صفوف القوات السورية.'
        assert claims(text)[0].actor == "unknown"

    def test_state_medias_fire_of_the_armys_units_is_a_strike_of_the_government(self):
        text = "وذكرت الوكالة أن وحدة من الجيش نفذت رمايات بسلاح المدفعية على أوكار الإرهابيين في بلدة سراقب."
        assert [(claim.place, claim.actor) for claim in claims(text)] == [("سراقب", "syrian_government")]

    def test_state_medias_focused_fire_and_hideouts_destroyed_are_strikes(self):
        text = "ونفذت وحدات الجيش رمايات مركزة على محاور تحرك المجموعات في بلدة سراقب."
        assert places(text) == ["سراقب"]
        assert places("ودمرت وحدات الجيش تجمعات وأوكارا للإرهابيين في بلدة سراقب.") == ["سراقب"]
        # Destroyed, without a strike or what the army strikes, is no strike.
        assert places("ودمرت الجرافات منازل المدنيين في بلدة سراقب.") == []

    def test_the_agent_of_a_shelling_beside_the_strike_is_not_its_attacker(self):
        text = "وذكرت مصادر أن الطيران الروسي، قصف بلدة سراقب تزامنا مع قصف مدفعي من قبل النظام."
        assert [claim.actor for claim in claims(text)] == ["russia"]

    def test_the_group_whose_positions_were_struck_after_lam_is_not_the_attacker(self):
        text = "وذكر ناشطون أن الطيران الحربي استهدف مواقع لتنظيم داعش في بلدة سراقب."
        assert [claim.actor for claim in claims(text)] == ["unknown"]

    def test_an_actor_before_ba_and_the_noun_of_its_strike_is_the_attacker(self):
        text = "وقصفت قوات النظام بلدة مورك.\nوردت فصائل المعارضة بقصف مناطق في بلدة سراقب."
        assert [claim.actor for claim in claims(text)] == ["syrian_government", "opposition"]

    def test_a_later_lead_sentence_names_no_attacker_of_a_sentence_with_actors_of_its_own(self):
        text = "شن الطيران غارات على مدينة مورك، فيما قصفت قوات النظام بلدة كفرزيتا.\nوردت الفصائل بقصف سراقب."
        assert claims(text)[0].actor == "unknown"

    def test_the_national_army_of_the_north_is_the_opposition(self):
        text = "وأضاف المراسل أن الجيش الوطني استهدف بقصف مدفعي مواقع قوات النظام في بلدة سراقب."
        assert [claim.actor for claim in claims(text)] == ["opposition"]

    def test_the_forces_whose_positions_were_struck_are_not_the_attacker(self):
        (claim,) = claims("كما تعرضت مواقع قوات المعارضة قرب مدينة سراقب لغارات روسية.")
        assert claim.actor == "russia"

    def test_the_forces_one_position_of_whom_was_struck_are_not_the_attacker(self):
        text = (
            "استهدفت طائرة مسيرة تركية موقعا لقوات النظام في ريف إدلب.\n"
            "وقال ناشطون إن القصف طال نقطة عسكرية في بلدة سراقب."
        )
        assert [claim.actor for claim in claims(text)] == ["turkey"]

    def test_the_army_after_the_lam_of_whose_shelling_it_was_is_the_attacker(self):
        text = "قتل 24 شخصا في قصف للجيش السوري على مدينة سراقب.\nوقال المرصد إن القصف طال بلدة مورك."
        assert [claim.actor for claim in claims(text)] == ["syrian_government", "syrian_government"]

    def test_whom_a_source_belongs_to_is_not_the_attacker(self):
        text = "وقال مرصد طيران عسكري تابع للنظام السوري إن الطائرات الإسرائيلية استهدفت مطار سراقب."
        assert claims(text)[0].actor == "israel"

    def test_whom_a_source_belongs_to_does_not_make_two_attackers_of_the_context(self):
        text = (
            "وأفاد مرصد الطيران التابع للمعارضة أن طائرات حربية روسية أغارت على مدينة سراقب. كما طال القصف قرية مورك."
        )
        assert [claim.actor for claim in claims(text)] == ["russia", "russia"]

    def test_an_air_attack_names_its_attacker(self):
        (claim,) = claims("قتل أربعة نتيجة استهداف جوي تركي لمحطة كهرباء في مدينة سراقب.")
        assert claim.actor == "turkey"

    def test_the_actor_of_the_next_strike_verb_of_the_same_event_is_the_attacker(self):
        text = "وفي غارات أخرى، قتل أربعة مدنيين في بلدة مورك، وشنت الطائرات الروسية 25 غارة على البلدة."
        assert claims(text)[0].actor == "russia"

    def test_an_actor_named_only_in_a_later_clause_of_its_own_is_not_the_attacker(self):
        text = "هزت غارات مدينة سراقب، بينما قالت قوات النظام إنها تصدت للهجوم."
        assert claims(text)[0].actor != "syrian_government"
        text = "هزت غارات مدينة سراقب، بينما توعدت إسرائيل بتدمير قوات الحكومة."
        assert claims(text)[0].actor != "syrian_government"

    def test_the_armys_headquarters_is_the_target(self):
        (claim,) = claims("أكد مسؤول أن الهجوم بطائرة مسيرة استهدف مقر هيئة أركان الجيش السوري في إدلب.")
        assert claim.actor == "unknown"

    def test_aircraft_flying_over_or_watching_do_not_name_the_attacker(self):
        (claim,) = claims("قصفت قوات الحكومة بلدة سراقب، تزامنا مع تحليق مكثف للطيران الروسي في سماء المنطقة.")
        assert claim.actor == "syrian_government"
        (claim,) = claims("سقطت قذائف على بلدة سراقب وسط تحليق لطائرات الاستطلاع التركية.")
        assert claim.actor == "unknown"
        (claim,) = claims("قصفت طائرات حربية روسية بلدة سراقب.")
        assert claim.actor == "russia"

    def test_the_turkish_occupation_is_turkey(self):
        (claim,) = claims("استهدف الطيران المسير التابع للاحتلال التركي قرية الهبيط بريف إدلب.")
        assert claim.actor == "turkey"

    def test_a_group_named_in_quotes_after_its_positions_is_the_target(self):
        (claim,) = claims('وجهت قاذفات روسية ضربة إلى مواقع تنظيم "داعش" في مدينة سراقب.')
        assert claim.actor == "russia"

    def test_the_zionist_occupation_is_israel_and_a_border_names_no_attacker(self):
        (claim,) = claims("أطلقت طائرة مسيرة صهيونية صاروخين على سيارة في مدينة سراقب.")
        assert claim.actor == "israel"
        (claim,) = claims("جدد الطيران الحربي قصفه لمدينة سراقب قرب الحدود التركية.")
        assert claim.actor != "turkey"

    @pytest.mark.parametrize(
        ("sentence", "actor"),
        [
            ("شنت طائرات روسية غارات على سراقب.", "russia"),
            ("قصف الطيران المروحي التابع للنظام بالبراميل سراقب.", "syrian_government"),
            ("شن التحالف الدولي غارات على سراقب.", "coalition"),
            ("استهدفت غارات إسرائيلية سراقب.", "israel"),
            ("قصفت طائرات مجهولة سراقب.", "unknown"),
            ("ألقت مروحيات النظام براميل متفجرة على سراقب.", "syrian_government"),
            ("استهدفت مسيرة تركية سراقب.", "turkey"),
            ("وأغار الطيران الإسرائيلي على سراقب.", "israel"),
            ("قصفت طائرات التحالف مواقع لتنظيم داعش في سراقب.", "coalition"),
            ("وقالت الوكالة إن الجيش العربي السوري استهدف تجمعات الإرهابيين في سراقب.", "syrian_government"),
            ("وأعلنت الفصائل أنها استهدفت بالصواريخ تجمعات لقوات النظام في سراقب.", "opposition"),
            ("وقصف الطيران الحربي التابع للنظام مستشفى في سراقب.", "syrian_government"),
            ("قصفت طائرات حربية تابعة للنظام السوري مدينة سراقب.", "syrian_government"),
            ("قتل مدنيان جراء قصف مدفعي وصاروخي لقوات الأسد على سراقب.", "syrian_government"),
            # The type of a jet names no air force.
            ("وألقت طائرة سوخوي صاروخين على مدينة سراقب.", "unknown"),
            ("شن الطيران الحربي التابع لنظام الأسد غارات على سراقب.", "syrian_government"),
            ("واصلت القوات السورية قصفها لمدينة سراقب.", "syrian_government"),
            ("وقال مصدر إن العدو الإسرائيلي نفذ عدوانا جويا استهدف سراقب.", "israel"),
            ('وقصف الطيران مدينة سراقب.\nوأعلنت اللجان في بيان "استهداف النظام مشفى في المدينة".', "syrian_government"),
            ("وقصفت الطائرات سراقب.\nوالهدف استهداف جماعات المعارضة وليس داعش.", "unknown"),
            ("قتل مدني جراء اعتداء التنظيمات الإرهابية بالقذائف على سراقب.", "opposition"),
            ("قصف التنظيم بالقذائف بلدة سراقب.", "isis"),
            ("قصفت الطائرات الروسية مواقع لقوات النظام في سراقب.", "russia"),
            ("وضرب الجيش الإسرائيلي أهدافا قرب مدينة سراقب.", "israel"),
            ("وشن الجيش التركي غارات على مورك.", "turkey"),
            ("قصف الطيران السوري محيط مدينة سراقب.", "syrian_government"),
            ("وقصفت المقاتلات السورية مدينة سراقب.", "syrian_government"),
            ("وقتل ثلاثة عناصر من قوات النظام بقصف للفصائل على مواقعهم في سراقب.", "opposition"),
        ],
    )
    def test_the_actor_comes_from_the_cues_of_the_sentence(self, sentence, actor):
        assert claims(sentence)[0].actor == actor

    def test_the_toll_of_a_town_located_by_a_compass_word_is_its_own(self):
        (claim,) = claims("قتل خمسة مدنيين جراء قصف جوي على مدينة سراقب شرقي إدلب.")
        assert (claim.place, claim.killed) == ("سراقب", 5)

    def test_a_ministry_that_only_speaks_is_not_the_attacker_beside_one_that_strikes(self):
        text = "وأعلنت وزارة الدفاع التركية مقتل جندي تركي في قصف لقوات النظام على نقطة قرب سراقب."
        assert claims(text)[0].actor == "syrian_government"

    def test_the_agent_of_a_passive_is_the_attacker_not_the_target(self):
        (claim,) = claims("وتعرضت مواقع قوات النظام في ريف حماة لقصف من قبل الفصائل.")
        assert (claim.place, claim.actor) == ("ريف حماة", "opposition")

    def test_each_clause_names_its_own_attacker(self):
        text = "وشنت طائرات روسية غارات على مورك، فيما قصفت قوات النظام بالمدفعية بلدة كفرزيتا."
        assert [(claim.place, claim.actor) for claim in claims(text)] == [
            ("مورك", "russia"),
            ("كفرزيتا", "syrian_government"),
        ]

    def test_a_clause_names_its_attacker_after_the_place_too(self):
        text = "وقصفت قوات النظام بلدة مورك، في حين شهدت مدينة سراقب غارات للتحالف."
        assert [(claim.place, claim.actor) for claim in claims(text)] == [
            ("مورك", "syrian_government"),
            ("سراقب", "coalition"),
        ]

    def test_an_army_announcing_its_own_strike_is_the_attacker(self):
        (claim,) = claims("وأعلن الجيش الإسرائيلي أن طائراته قصفت مواقع قرب سراقب.")
        assert claim.actor == "israel"
        (claim,) = claims("وقال الجيش التركي إن طائراته الحربية دمرت 19 هدفا في منطقة سراقب.")
        assert claim.actor == "turkey"
        (claim,) = claims("وأعلن الجيش التركي، في بيان صدر اليوم، أن مقاتلاته دمرت أهدافا في منطقة سراقب.")
        assert claim.actor == "turkey"

    def test_an_actors_media_and_its_forces_as_a_target_do_not_name_the_attacker(self):
        text = "واستهدفت غارات مبنى في سراقب التي تعد أكبر تجمع لقوات النظام، وسط تكتم من قبل إعلام النظام."
        assert claims(text)[0].actor == "unknown"

    def test_a_defence_ministry_naming_no_other_attacker_announces_its_own_strikes(self):
        text = "وأعلنت وزارة الدفاع التركية تحييد 15 مسلحا في غارات جوية على مدينة سراقب."
        assert claims(text)[0].actor == "turkey"
        text = "وقالت وزارة الدفاع الروسية إن طائرات التحالف قصفت مدينة سراقب."
        assert claims(text)[0].actor == "coalition"

    def test_who_holds_the_place_is_not_who_struck_it(self):
        text = "وسقطت قذائف على مدينة سراقب الخاضعة لسيطرة النظام."
        assert claims(text)[0].actor == "unknown"

    def test_the_object_after_a_subject_and_its_verb_is_the_target(self):
        text = "روسيا تستهدف تنظيم داعش بصواريخ مجنحة.\nوأصابت الصواريخ مواقع قرب مدينة سراقب."
        assert claims(text)[0].actor == "russia"

    def test_the_one_attacker_an_article_names_is_the_attacker_of_its_unattributed_strikes(self):
        text = (
            "سقط قتلى في القصف على مدينة سراقب اليوم.\nوقال ناشطون إن الأهالي نزحوا.\nوتابعوا أن الحي مدمر.\n"
            "واتهم ناشطون قوات النظام بقصف المدينة بالمدفعية الثقيلة."
        )
        assert claims(text)[0].actor == "syrian_government"

    def test_a_context_naming_two_attackers_does_not_say_which(self):
        text = "غارات للتحالف والنظام على الشرق.\nوشن الطيران الحربي غارات على سراقب."
        assert claims(text)[0].actor == "unknown"

    def test_a_name_in_the_target_is_not_an_actor(self):
        (claim,) = claims("قصفت طائرات حربية منزل تركي الحلبي في بلدة سراقب.")
        assert claim.actor == "unknown"

    def test_a_later_sentence_on_the_same_strike_gives_the_actor(self):
        text = "قصفت الطائرات بلدة سراقب اليوم.\nوقال ناشطون إن طائرات روسية استهدفت سراقب اليوم."
        (claim,) = claims(text)
        assert claim.actor == "russia"

    @pytest.mark.parametrize(
        ("sentence", "killed"),
        [
            ("قصفت الطائرات سراقب ما أدى إلى مقتل مواطنتين وطفلة.", 3),
            ("قصفت الطائرات سراقب ما أدى إلى مقتل امرأتين وفتاتين.", 4),
            ("قصفت الطائرات سراقب، ما أدى لاستشهاد خمسة وعشرين شخصا بينهم 7 أطفال.", 25),
            ("قصفت الطائرات سراقب، وقتل في القصف نحو 30 شخصا.", 30),
            ("قصفت الطائرات سراقب، وارتفعت حصيلة القتلى إلى 17.", 17),
            ("قصفت الطائرات سراقب ما أسفر عن مقتل 12 مدنيا.", 12),
            ("قصفت الطائرات سراقب وخلفت 7 قتلى.", 7),
            ("قصفت الطائرات سراقب دون وقوع إصابات.", None),
            ("استشهد مدنيان وأصيب ثلاثة جراء قصف الطائرات على سراقب.", 2),
            ("وجرح مدني نتيجة سقوط ثلاث قذائف على سراقب.", None),
            ("قصفت الطائرات سراقب ما أدى إلى مقتل 4 من عناصر الفصائل.", 4),
            ("قصفت الطائرات سراقب ما أدى إلى مقتل 6، وإصابة آخرين.", 6),
            ("ولقي ثلاثة أطفال حتفهم إثر سقوط برميل متفجر على منزلهم في سراقب.", 3),
            ("وشهدت سراقب مجزرة راح ضحيتها ما لا يقل عن عشرة مدنيين جراء غارات جوية.", 10),
            ("قصفت الطائرات سراقب ما أدى إلى مقتل أكثر من 20 مدنيا.", 20),
            ("قصفت الطائرات سوقا في سراقب، ما أدى لمقتل 10 مدنيين.", 10),
            ("وأفاد الدفاع المدني بمقتل 4 مدنيين في قصف على سراقب.", 4),
            ("قصفت الطائرات سراقب ما أسفر عن استشهاد مدنيين اثنين وثلاثة عناصر.", 5),
            ("قصفت الطائرات سراقب ما أدى إلى مقتل امرأتين اثنتين.", 2),
            ("وأفاد ناشطون أن 21 مدنيا، بينهم 5 أطفال، قتلوا في غارات على سراقب.", 21),
            ("وأفاد ناشطون أن ستة مدنيين من أسرة واحدة بينهم طفلان قضوا في غارة على سراقب.", 6),
            ("وأفاد ناشطون أن ستة مدنيين بينهم طفل (عامان)، قضوا في غارة على سراقب.", 6),
            ("وارتقى مدنيان جراء غارة على سراقب.", 2),
            ("واستهدفت ست غارات بلدة سراقب أدت لوقوع شهيدين وإصابة أربعة.", 2),
            ("واستشهد أحد عشر مدنيا في مدينة سراقب بمجزرة ارتكبها الطيران الروسي.", 11),
            ("وقتل اثنا عشر مدنيا بسقوط قذائف على سراقب.", 12),
            ("واستشهد رجل وزوجته جراء غارة على سراقب.", 2),
            ("وقتل طفل ووالدته بقصف على سراقب.", 2),
            # Who the counted dead were, named right after them (no "و"), are not more of them.
            ("وأدت الغارة على سراقب إلى استشهاد مدنيين اثنين رجل وطفلة.", 2),
            ("وأدت الغارة على سراقب إلى مقتل ثلاثة مدنيين امرأة وطفلان.", 3),
            ("وأدت الغارة على سراقب إلى مقتل شخصين مدنيين.", 2),
            ("وأدت الغارة على سراقب إلى مقتل خمسة عناصر وطفل.", 6),
            ("ارتكبت الطائرات مجزرة راح ضحيتها 10 قتلى مدنيين نتيجة قصف ورشة في سراقب.", 10),
        ],
    )
    def test_the_number_killed_is_read_when_stated(self, sentence, killed):
        assert claims(sentence)[0].killed == killed

    def test_the_province_after_an_aside_in_brackets_locates_the_place_and_takes_no_share_of_its_toll(self):
        text = (
            "وقال الدفاع المدني إن غارات استهدفت مدرسة في سراقب (وهي خارجة عن الخدمة) شرقي إدلب، "
            "وأدت لمقتل مدنيين اثنين."
        )
        assert [(claim.place, claim.killed) for claim in claims(text)] == [("سراقب", 2)]

    def test_the_dead_told_before_kama_and_a_strike_are_not_that_strikes(self):
        text = "قتل عشرة مدنيين جراء غارة على مورك، كذلك ألقى الطيران المروحي براميل على سراقب."
        assert [(claim.place, claim.killed) for claim in claims(text)] == [("مورك", 10), ("سراقب", None)]

    @pytest.mark.parametrize("verb", ["وقتل", "واستشهد", "وارتقى"])
    def test_the_dead_of_a_strike_told_after_a_comma_are_the_next_places(self, verb):
        text = f"قتل عشرة مدنيين جراء غارة على سراقب، {verb} مدنيان آخران في غارة مماثلة على مورك."
        assert [(claim.place, claim.killed) for claim in claims(text)] == [("سراقب", 10), ("مورك", 2)]

    def test_a_citys_toll_is_that_of_the_one_neighbourhood_of_it_the_article_names(self):
        text = (
            "وقال المرصد إن 25 شخصا على الأقل قتلوا في هجمات بالبراميل على مدينة حلب اليوم.\n"
            "وأضاف أن الضربات وقعت في حي السكري في حلب."
        )
        assert [(claim.place, claim.killed) for claim in claims(text)] == [("السكري", 25)]
        # A neighbourhood of another town does not take the city's toll.
        text = "قتل 10 مدنيين في قصف على مدينة حلب.\nوسقطت صواريخ على حي الصاخور في مدينة المنصورة."
        assert ("الصاخور", None) in [(claim.place, claim.killed) for claim in claims(text)]
        # Nor does one of several neighbourhoods the article names.
        text = (
            "قتل 18 شخصا جراء سقوط قذائف على أحياء في مدينة حلب.\n"
            "وسقطت قذائف على حيي الميدان والأشرفية.\nوسقطت قذائف على حي السكري بمدينة حلب."
        )
        assert ("السكري", None) in [(claim.place, claim.killed) for claim in claims(text)]
        # Nor where other places of the city, which the gazetteer does not know, are named.
        text = (
            "قتل 15 شخصا بقصف بالبراميل على مدينة حلب.\n"
            'وقصفت المروحيات مناطق "الشيخ لطفي" و"المشهد" بمدينة حلب.\nوتدمرت منازل في حي السكري بحلب.'
        )
        assert ("السكري", None) in [(claim.place, claim.killed) for claim in claims(text)]

    def test_a_family_is_counted_by_its_members(self):
        assert claims("أسفر القصف على سراقب عن مقتل عائلة مؤلفة من خمسة أفراد.")[0].killed == 5
        assert claims("قضت عائلة من ستة أشخاص بقصف على سراقب.")[0].killed == 6

    def test_a_toll_that_rose_counts_the_dead_after_what_it_is_of(self):
        assert claims("ارتفع عدد القتلى جراء الغارات على سراقب إلى 15 مدنيا.")[0].killed == 15

    def test_each_clause_counts_its_own_dead(self):
        text = "وقال المرصد إن ستة مدنيين قتلوا في غارات على مورك، فيما قتل خمسة آخرون في قصف على كفرزيتا."
        assert [(claim.place, claim.killed) for claim in claims(text)] == [("مورك", 6), ("كفرزيتا", 5)]

    def test_a_toll_of_several_places_is_none_of_theirs(self):
        text = "واستشهد ما لا يقل عن 12 مواطنا إثر القصف الذي تتعرض له أحياء الخالدية وبابا عمرو في مدينة حمص."
        assert [(claim.place, claim.killed) for claim in claims(text)] == [("الخالدية", None), ("بابا عمرو", None)]

    def test_the_wounded_are_not_counted_as_dead(self):
        assert claims("وأصيب 12 مدنيا بجروح جراء قصف الطائرات على سراقب.")[0].killed is None
        assert claims("وقتل 4 أشخاص وأصيب 10 آخرون جراء غارة على سراقب.")[0].killed == 4

    def test_the_dead_of_one_clause_are_not_counted_at_the_place_of_another(self):
        text = "وقتلت امرأة جراء غارة روسية على مورك، فيما قصفت المدفعية بلدة كفرزيتا."
        assert [(claim.place, claim.killed) for claim in claims(text)] == [("مورك", 1), ("كفرزيتا", None)]

    def test_actor_words_are_matched_where_the_automaton_saw_them_as_a_scan_would_match_them(self):
        spellings = list(_actor_spellings())
        pieces = [*spellings, " ", "ال", "ل", "ي", "ه", "و", "قصفت", "،"]
        rng = random.Random(3)
        for _ in range(2000):
            text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
            for _, pattern in lx.ACTOR_CUES:
                own = lx.spellings(pattern)
                offsets = sorted({i for i in range(len(text)) for word in own if text.startswith(word, i)})
                found = [match.span() for match in _matches_at(pattern, text, offsets)]
                assert found == [match.span() for match in pattern.finditer(text)], text


class TestEvidence:
    def test_each_claim_keeps_its_sentence_and_the_offsets_of_its_place(self):
        text = "عنوان الخبر\nوقال ناشطون إن الطائرات قَصَفَت بلدة كفرزيتا صباحاً. وفي خبر آخر اجتمع الوزراء."
        (claim,) = claims(text)
        assert text[claim.mention_start : claim.mention_end] == "كفرزيتا"
        assert text[claim.evidence_start : claim.evidence_end].strip() == claim.evidence
        assert claim.evidence.startswith("وقال ناشطون") and "اجتمع" not in claim.evidence

    def test_the_eval_dict_has_the_fields_of_the_scorer(self):
        (claim,) = claims("قصفت الطائرات كفرزيتا اليوم.")
        assert set(claim.to_eval_dict()) >= {
            "place",
            "place_en",
            "governorate",
            "precision",
            "lat",
            "lon",
            "date",
            "sources",
            "actor",
            "killed",
            "evidence",
        }
        assert claim.to_eval_dict()["date"] == "2021-03-10"


class TestNamesAPlace:
    def test_a_text_naming_a_syrian_place_or_village_is_recognised(self):
        from strikeparse import names_a_place

        assert names_a_place("قصفت الطائرات سراقب.", gazetteer=GAZETTEER)
        assert names_a_place("قصفت الطائرات قرية أم الخلاخيل.", gazetteer=GAZETTEER)
        assert not names_a_place("اجتمع الوزراء في جنيف لبحث الأزمة.", gazetteer=GAZETTEER)


class TestTokenisingOnlyWhatMatters:
    PROCLITICS = ["", "و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "ال", "وال", "بال", "وبال", "لل", "ولل"]

    def words(self):
        strike = lx.spellings(lx.STRIKE_CUE) | lx.spellings(lx.STRIKE_VERB)
        descriptors = {*lx.COUNTRYSIDE, *lx.PROVINCE, *lx.SETTLEMENT_LISTS, *lx.SETTLEMENTS, *lx.FACILITIES}
        stems = strike | lx.WEAK_CUE | descriptors | {"مدرسة", "واشنطن", "طالب", "دكتور"}
        return {proclitic + stem for proclitic in self.PROCLITICS for stem in stems}

    def test_every_token_a_rule_would_read_as_a_strike_word_or_descriptor_opens_its_sentence(self):
        for word in self.words():
            (sentence,) = _Document(f"قالوا إن {word}، صاروخ أمس.", GAZETTEER).sentences
            token = next(token for token in sentence.tokens if token.text == normalize_name(word))
            if _is_cue(token):
                assert sentence.gate & _STRIKE, word
            if _may_describe(token.text):
                assert sentence.may_describe, word

    @pytest.mark.parametrize(
        "sentence",
        [
            "وقالَ المرصدُ السوريُّ لحقوق الإنسان إن الطائرات قصفت سراقب.",
            "وفقاً لـ«الدفاع المدني» فإن القصـــف طال مورك.",
            'ونقلت وكالة "سانا" عن مصدر عسكري قوله إن القذائف سقطت على حلب.',
            "وبحسب ما أفاد به مراسل سمارت للمرصد، قصفت الطائرات سراقب.",
            "وقال ناشطون لـ ـ الموقع إن القصف تجدد على إدلب.",
        ],
    )
    def test_the_sources_of_the_rules_tokens_are_those_of_the_sentence_as_written(self, sentence):
        doc = _Document(sentence, GAZETTEER)
        (doc_sentence,) = doc.sentences
        shared = [_as_written(doc, source) for source in find_sources(doc.norm.text, doc_sentence.tokens)]
        assert shared == [source.text for source in find_sources(sentence)]

    def test_every_word_that_may_open_an_attribution_marks_its_sentence(self):
        words, endings = trigger_words()
        for word in [*words, *(prefix + ending for ending in endings for prefix in ("", "ب", "على"))]:
            for written in (word, f"«{word}»"):
                assert _may_trigger(written)
                (sentence,) = _Document(f"ثم {written}، المرصد.", GAZETTEER).sentences
                assert sentence.gate & _SOURCE, written

    MONTHS = [
        "كانون الثاني",
        "شباط",
        "آذار",
        "نيسان",
        "أيار",
        "حزيران",
        "تموز",
        "آب",
        "أيلول",
        "تشرين الأول",
        "تشرين الثاني",
        "كانون الأول",
        "يناير",
        "فبراير",
        "مارس",
        "أبريل",
        "إبريل",
        "مايو",
        "ماي",
        "يونيو",
        "يونيه",
        "جوان",
        "يوليو",
        "يوليه",
        "جويلية",
        "أغسطس",
        "غشت",
        "أوت",
        "سبتمبر",
        "أكتوبر",
        "نوفمبر",
        "ديسمبر",
        "فيفري",
        "أفريل",
        "شتنبر",
        "نونبر",
        "دجنبر",
    ]
    DATES = [
        *(
            f"{day} {month} 2015"
            for day, month in zip(
                itertools.cycle(("3", "١٤", "۲۰")),
                MONTHS,
            )
        ),
        "12/10/2015", "2015-10-12", "١٢/١٠/٢٠١٥", "الخامس من آذار", "الحادي والعشرين من شهر أيلول 2015",
        "شهر آب", "أيلول الماضي", "حزيران 2016", "اليوم", "فجر اليوم", "أمس", "بالأمس", "البارحة",
        "أول من أمس", "ليلة أمس", "الليلة الماضية", "غداً", "يوم غد", "الخميس", "وفجر الإثنين",
        "ليل السبت-الأحد", "الجمعة الماضي", "الثلاثاء المقبل", "الأسبوع الماضي", "الشهر الماضي",
        "قبل يومين", "قبل ثلاثة أيام", "قبل 5 أيام",
        "في 25 من الشهر الماضي", "الثالث من الشهر الجاري", "September 30, 2015", "SEPT 30 2015",
    ]  # fmt: skip
    FILLER = [
        "ودعت منظمات حقوقية إلى فتح تحقيق مستقل",
        "وقصفت الطائرات بلدة كفرنبل بريف إدلب",
        "وحذر مسؤول من الإرهاب وأبو فلان",
        "وقال المرصد إن الغارات استهدفت المدينة",
    ]

    def test_every_date_of_the_whole_text_is_found_in_the_sentences_the_gate_marks(self):
        rng = random.Random(3)
        for _ in range(1500):
            sentences = [rng.choice(self.FILLER) for _ in range(rng.randint(1, 5))]
            for _ in range(rng.randint(1, 3)):
                at = rng.randrange(len(sentences))
                sentences[at] = f"{sentences[at]} {rng.choice(self.DATES)} {rng.choice(self.FILLER)}"
            text = rng.choice([". ", "\n", "، ", "؟ "]).join(sentences) + "."
            doc = _Document(text, GAZETTEER)
            whole = find_dates(text, reference=PUBLISHED)
            assert find_dates(text, reference=PUBLISHED, windows=_date_windows(doc)) == whole, text
            assert find_dates(text, reference=None, windows=_date_windows(doc)) == find_dates(text, reference=None)

    def test_sentences_without_a_date_anchor_are_not_searched_for_dates(self):
        text = "ودعت منظمات إلى مكافحة الإرهاب.\nوقصفت الطائرات بلدة سراقب أمس."
        windows = _date_windows(_Document(text, GAZETTEER))
        assert windows == {"number": [], "month": [], "relative": [(text.index("\n") + 1, len(text))], "period": []}
        assert [date.text for date in find_dates(text, reference=PUBLISHED, windows=windows)] == ["أمس"]

    def test_a_sentence_without_strike_words_or_descriptors_is_not_tokenised(self):
        result = extract("ودعت منظمات حقوقية إلى فتح تحقيق مستقل.\nقصفت الطائرات سراقب.", gazetteer=GAZETTEER)
        assert [claim.place for claim in result.claims] == ["سراقب"]
        doc = _Document("ودعت منظمات حقوقية إلى فتح تحقيق مستقل.", GAZETTEER)
        assert not doc.sentences[0].gate
