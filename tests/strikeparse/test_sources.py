import pytest

from strikeparse.sources import SourceMention, byline_source, find_sources


def sources_in(sentence: str) -> list[str]:
    mentions = find_sources(sentence)
    for mention in mentions:
        assert isinstance(mention, SourceMention)
        written = sentence[mention.start : mention.end]
        # the only rewrite allowed: "للمرصد" after a preposition comes back as "المرصد"
        assert written == mention.text or (written[0] == "ل" and "ا" + written == mention.text)
    return [m.text for m in mentions]


# --- prepositions -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "قصفت الطائرات الحربية بلدة كفرنبل وفق المرصد السوري لحقوق الإنسان.",
        "قصفت الطائرات الحربية بلدة كفرنبل وفقا للمرصد السوري لحقوق الإنسان.",
        "قصفت الطائرات الحربية بلدة كفرنبل وفقاً لـ المرصد السوري لحقوق الإنسان.",
        "قصفت الطائرات الحربية بلدة كفرنبل بحسب المرصد السوري لحقوق الإنسان.",
        "قصفت الطائرات الحربية بلدة كفرنبل حسب المرصد السوري لحقوق الإنسان.",
        "قصفت الطائرات الحربية بلدة كفرنبل، بحسب ما أفاد المرصد السوري لحقوق الإنسان.",
        "قصفت الطائرات الحربية بلدة كفرنبل وفق ما ذكره المرصد السوري لحقوق الإنسان.",
    ],
)
def test_it_finds_the_source_after_an_attribution_preposition(sentence):
    assert sources_in(sentence) == ["المرصد السوري لحقوق الإنسان"]


@pytest.mark.parametrize(
    ("opening", "outlet"),
    [
        ("محافظة حلب- المرصد السوري لحقوق الإنسان:: تستمر الاشتباكات", "المرصد السوري لحقوق الإنسان"),
        ("ريف إدلب – مراسل عنب بلدي: قصفت الطائرات", "مراسل عنب بلدي"),
        ("درعا - سانا: استهدفت", "سانا"),
    ],
)
def test_the_outlet_between_a_reports_place_and_a_colon_is_its_byline(opening, outlet):
    assert byline_source(opening).text == outlet


@pytest.mark.parametrize(
    "opening",
    ["درعا – 18 شباط: قصفت الطائرات", "قصفت الطائرات - كما قال المرصد: بلدة", "حلب - قصفت الطائرات المدينة."],
)
def test_a_date_or_a_clause_after_the_dash_is_no_byline(opening):
    assert byline_source(opening) is None


def test_it_cuts_the_source_before_a_relative_clause():
    sentence = "سقط عشرة قتلى بحسب ما أفاد المرصد السوري الذي يتخذ من لندن مقرا له."
    assert sources_in(sentence) == ["المرصد السوري"]


def test_it_keeps_the_seat_of_a_source_and_splits_off_the_agency_it_spoke_to():
    sentence = "وقصفت الطائرات مواقع عدة، وفق ما أعلن مصدر عسكري رفيع في حمص لوكالة الصحافة الفرنسية."
    assert sources_in(sentence) == ["مصدر عسكري رفيع في حمص", "وكالة الصحافة الفرنسية"]


def test_a_quoted_body_sources_are_close_to_is_part_of_them():
    sentence = 'وذكرت مصادر مقربة من "الإدارة الذاتية" أن طائرة مسيرة قصفت سيارة.'
    assert sources_in(sentence) == ['مصادر مقربة من "الإدارة الذاتية"']


def test_who_issued_a_statement_is_its_source_with_the_country_in_its_name():
    sentence = "وأصدر المركز الإعلامي لقوات سوريا الديمقراطية، الاثنين، بيانا جاء فيه: قصفت طائرة مسيرة قرية."
    assert sources_in(sentence) == ["المركز الإعلامي لقوات سوريا الديمقراطية"]
    assert sources_in("وأصدرت وزارة الدفاع بيانا قالت فيه إن الطائرات قصفت بلدة.") == ["وزارة الدفاع"]


def test_a_double_prime_closes_a_quoted_name():
    sentence = "وبحسب ما أفادت شبكة “السويداء 24″، قتل أربعة أشخاص جراء غارة."
    assert sources_in(sentence) == ["شبكة “السويداء 24″"]


def test_what_is_carried_to_a_place_is_no_quote():
    assert sources_in("واستهدف الجيش مطار كويرس الذي تنقل إليه قوات النظام معدات عسكرية.") == []
    assert sources_in("ونقلت إلى المشفى قوات الدفاع المدني جثث الضحايا.") == []


def test_a_statement_the_speaker_issued_is_not_its_own_source():
    assert sources_in("وفي بيان لها، قالت منظمة أطباء بلا حدود إن غارة استهدفت مستشفى.") == ["منظمة أطباء بلا حدود"]


def test_a_quoted_body_after_fi_is_part_of_the_source_and_the_persons_name_is_not():
    sentence = 'وقال مسؤول التحرير في "شبكة حوران" سامر الأحمد في حديث لـ "عنب بلدي"، إن القذائف سقطت على الحي.'
    assert sources_in(sentence) == ['مسؤول التحرير في "شبكة حوران"', "عنب بلدي"]


def test_a_seat_that_is_a_body_of_a_place_goes_on_to_the_place():
    sentence = "وذكر مصدر في قيادة شرطة حماة لمراسل الوكالة أن القذائف سقطت على الحي."
    assert sources_in(sentence) == ["مصدر في قيادة شرطة حماة", "مراسل الوكالة"]
    assert sources_in("وبحسب ناشطين في محافظة حماة استهدفت الغارات مبنى البلدية.") == ["ناشطين في محافظة حماة"]


def test_plural_sources_take_adjectives_but_not_the_object_that_follows():
    sentence = "واستهدفت الغارات بحسب ناشطين محليين مبنى المحكمة في المدينة."
    assert sources_in(sentence) == ["ناشطين محليين"]


def test_it_finds_a_source_quoted_by_another_with_naqlan_an():
    sentence = "وأفادت وسائل إعلام محلية، نقلاً عن مديرية الصحة، بأن ثمانية أشخاص قتلوا."
    assert sources_in(sentence) == ["وسائل إعلام محلية", "مديرية الصحة"]


def test_it_finds_the_source_after_ala_lisan():
    assert sources_in("جاء ذلك على لسان المتحدث باسم الدفاع المدني في حلب.") == ["المتحدث باسم الدفاع المدني في حلب"]


# --- verb then subject ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("وقال المرصد السوري لحقوق الإنسان إن الغارات استهدفت السوق.", "المرصد السوري لحقوق الإنسان"),
        ("قالت مصادر ميدانية إن المروحيات ألقت براميل متفجرة.", "مصادر ميدانية"),
        ("وأفاد ناشطون بأن الطائرات قصفت البلدة.", "ناشطون"),
        ("أعلنت وزارة الدفاع الروسية أن طائراتها دمرت مقرا للتنظيم.", "وزارة الدفاع الروسية"),
        ("وأكد الدفاع المدني أن فرقه انتشلت جثث الضحايا.", "الدفاع المدني"),
        ("وذكرت وكالة سانا أن قذائف سقطت على الحي.", "وكالة سانا"),
        ("وأشار التلفزيون الرسمي السوري إلى أن الجيش استهدف مواقع المسلحين.", "التلفزيون الرسمي السوري"),
        ("وأوضح مراسل الشبكة في إدلب أن القصف تجدد.", "مراسل الشبكة في إدلب"),
        ("وصرح قائد ميداني في الفصيل بأن الطائرات قصفت مقرهم.", "قائد ميداني في الفصيل"),
        ("وأوردت رويترز أن الضربات طالت مخزنا للذخيرة.", "رويترز"),
        ("وتقول مصادر أهلية إن القصف لم يتوقف.", "مصادر أهلية"),
    ],
)
def test_it_finds_the_subject_after_an_attribution_verb(sentence, expected):
    assert sources_in(sentence) == [expected]


def test_it_keeps_a_named_person_with_his_role():
    sentence = "وقال الناشط الإعلامي المعارض أحمد الخطيب إن البلدة تعرضت لقصف عنيف."
    assert sources_in(sentence) == ["الناشط الإعلامي المعارض أحمد الخطيب"]


def test_it_keeps_a_director_with_his_organisation_and_name():
    sentence = 'وقال مدير المرصد رامي عبد الرحمن "شنت الطائرات عشرين غارة على الأقل".'
    assert sources_in(sentence) == ["مدير المرصد رامي عبد الرحمن"]


def test_it_stops_the_subject_at_a_time_word_or_a_comma():
    assert sources_in("وأعلنت وزارة الدفاع الروسية مساء الثلاثاء أن طائراتها قصفت 12 هدفا.") == ["وزارة الدفاع الروسية"]
    assert sources_in("أعلنت وكالة الأنباء الرسمية، فجر الأحد، أن صواريخ سقطت قرب المرفأ.") == ["وكالة الأنباء الرسمية"]


def test_it_stops_the_subject_at_a_descriptive_clause_starting_with_waw():
    sentence = "وقال المرصد السوري لحقوق الإنسان ومقره لندن إن الغارات قتلت خمسة مدنيين."
    assert sources_in(sentence) == ["المرصد السوري لحقوق الإنسان"]


def test_it_splits_two_coordinated_sources():
    sentence = "وتجددت الغارات على ريف حماة، وفق ما أكد المرصد السوري ومصدر أمني سوري."
    assert sources_in(sentence) == ["المرصد السوري", "مصدر أمني سوري"]


def test_it_finds_both_the_reporting_outlet_and_the_source_it_quotes():
    sentence = "ونقلت وكالة سانا عن مصدر عسكري قوله إن الدفاعات الجوية تصدت للصواريخ."
    assert sources_in(sentence) == ["وكالة سانا", "مصدر عسكري"]


def test_it_finds_the_source_of_a_passive_naql_an():
    assert sources_in('ونقل عن مصدر عسكري "إن الطيران نفذ عدة ضربات".') == ["مصدر عسكري"]


def test_it_finds_the_source_of_naql_an_after_min_jihatihi():
    sentence = "ونقل التلفزيون الرسمي من جهته عن مصدر ميداني أن الجيش صد الهجوم."
    assert sources_in(sentence) == ["التلفزيون الرسمي", "مصدر ميداني"]


def test_it_finds_the_addressee_outlet_after_the_source():
    assert sources_in('وقالت مصادر محلية لـ"سمارت" إن قذائف سقطت على الحي.') == ["مصادر محلية", "سمارت"]
    assert sources_in("وأكد الناشط سامر الحلبي لوكالة «فرانس برس» حصول الغارات.") == [
        "الناشط سامر الحلبي",
        "وكالة «فرانس برس»",
    ]


def test_it_finds_the_addressee_after_a_comma():
    sentence = "وقال الناشط الميداني خالد العمر، لـ”مكتب أخبار سوريا”، إن الطيران قصف القرية."
    assert sources_in(sentence) == ["الناشط الميداني خالد العمر", "مكتب أخبار سوريا"]


def test_a_quoted_outlet_name_after_a_verb_is_given_without_its_quotes():
    assert sources_in("وأفاد «المرصد السوري» أمس بأن الطائرات قصفت القرى.") == ["المرصد السوري"]


def test_a_medium_that_published_pictures_is_a_source():
    assert sources_in("وأظهرت صور نشرتها “سانا” حجم الدمار في الحي.") == ["سانا"]


def test_deploying_troops_is_not_an_attribution():
    assert sources_in("ونشر الجيش تعزيزات عسكرية على أطراف المدينة.") == []


def test_a_verb_without_a_written_subject_gives_no_source():
    assert sources_in('وأشار إلى أن "الغارات دمرت عدة منازل".') == []
    assert sources_in("ويذكر أن المدينة تتعرض لقصف يومي.") == []


def test_a_reported_quote_is_not_taken_for_a_source():
    assert sources_in('وقال "إن المقاتلين تعرضوا لضربات في الريف".') == []


def test_a_verb_followed_by_a_report_of_death_gives_only_the_source():
    assert sources_in("وأفادت الوكالة بمقتل 12 شخصا في القصف.") == ["الوكالة"]


# --- subject then verb ------------------------------------------------------------------------


def test_it_finds_a_source_written_before_its_verb():
    sentence = "مصدر دبلوماسي غربي قال بحسب وكالة رويترز إن الضربات لم تستهدف التنظيم."
    assert sources_in(sentence) == ["مصدر دبلوماسي غربي", "وكالة رويترز"]


def test_it_finds_a_site_with_a_quoted_name_before_its_verb():
    sentence = 'موقع "درعا 24" المحلي، أفاد بأن بلدة نصيب تعرضت لغارتين.'
    assert sources_in(sentence) == ['موقع "درعا 24" المحلي']


def test_a_quoted_name_after_a_head_may_hold_a_verb():
    assert sources_in('وتعرضت المدينة لغارات، وفقا لحملة "الرقة تذبح بصمت".') == ['حملة "الرقة تذبح بصمت"']
    assert sources_in('وقال الناشط "إن الطائرات قصفت المدينة".') == ["الناشط"]


def test_a_quoted_name_follows_a_team_or_a_foundation():
    assert sources_in('وقتل 35 مدنيا، بحسب فريق "منسقو استجابة سوريا".') == ['فريق "منسقو استجابة سوريا"']
    assert sources_in("وقالت مؤسسة «الخوذ البيضاء» إن فرقها انتشلت الضحايا.") == ["مؤسسة «الخوذ البيضاء»"]


def test_rescue_workers_and_volunteers_are_sources():
    assert sources_in("قال عمال إنقاذ ومسعفون إن ضربات جوية قتلت 12 مدنيا.") == ["عمال إنقاذ", "مسعفون"]
    assert sources_in("وقتل عمال في المصنع جراء القصف.") == []


def test_it_finds_a_source_after_ala_hadd_qawl():
    assert sources_in("قصفت الطائرات البلدة، على حد قول ناشطين محليين.") == ["ناشطين محليين"]
    assert sources_in("وشنت الطائرات غارات على المدينة والريف على حد سواء.") == []


def test_a_quoted_name_follows_an_operations_room():
    assert sources_in('وأعلنت غرفة عمليات "الفتح المبين" أنها استهدفت مواقع النظام.') == ['غرفة عمليات "الفتح المبين"']


def test_people_carried_somewhere_are_not_a_source():
    assert sources_in("ونقل الجرحى إلى مستشفى المدينة.") == []
    assert sources_in("ونقل ناشطون أن الطائرات قصفت البلدة.") == ["ناشطون"]


def test_it_finds_a_subject_after_kana_before_its_verb():
    assert sources_in("وكانت لجان التنسيق المحلية أعلنت في بيان استهداف المشفى.") == ["لجان التنسيق المحلية"]
    assert sources_in("وكان ناشطون تحدثوا عن قصف مدفعي على الحي.") == ["ناشطون"]


def test_an_object_before_a_verb_is_not_a_source():
    assert sources_in("استهدفت الغارات مقر المجلس المحلي، قال ناشطون.") == ["ناشطون"]


def test_an_addressee_whose_preposition_is_written_apart_right_after_the_verb_is_a_source():
    assert sources_in('وقال لـ"صوت العاصمة" إن القذائف سقطت على الحي.') == ["صوت العاصمة"]
    sentence = 'وبحسب شهود عيان تحدثوا لـ"المدن"، فإن الطائرات قصفت السوق.'
    assert sources_in(sentence) == ["شهود عيان", "المدن"]


def test_a_two_word_place_in_a_source_seat_is_kept_whole():
    sentence = "وقال مصدر عسكري في مجلس دير حافر العسكري إن القذائف سقطت على القرية."
    assert sources_in(sentence) == ["مصدر عسكري في مجلس دير حافر العسكري"]


def test_the_outlet_spoken_to_in_an_interview_is_a_source():
    assert sources_in("وأوضح في حديث لعنب بلدي أن الطائرات قصفت الحي.") == ["عنب بلدي"]
    sentence = 'وقال مسؤول محلي في تصريح لـ"المدن" إن القذائف سقطت على الحي.'
    assert sources_in(sentence) == ["مسؤول محلي", "المدن"]
    assert sources_in("وقال الناشط في مقابلة مع قناة الجزيرة إن القصف مستمر.") == ["الناشط", "قناة الجزيرة"]
    assert sources_in("ودار الحديث في اللقاء عن القصف.") == []


def test_a_name_the_words_after_it_say_is_a_source_is_one():
    sentence = "وأوضح أبو أحمد، وهو ناشط في المدينة، في حديث لعنب بلدي أن الطائرات قصفت الحي."
    assert sources_in(sentence) == ["أبو أحمد", "عنب بلدي"]
    assert sources_in("وقال خالد، وهو من سكان المدينة، إن القصف مستمر.") == []


def test_who_condemns_a_strike_claims_it():
    sentence = "وأدانت منظمة الصحة العالمية استهداف مستشفى في مدينة كفرنبل."
    assert sources_in(sentence) == ["منظمة الصحة العالمية"]


def test_a_sentence_without_attribution_has_no_source():
    assert sources_in("شنت الطائرات الحربية غارات على ريف إدلب الجنوبي وسط اشتباكات عنيفة.") == []


def test_a_short_name_in_brackets_stays_with_its_source():
    assert sources_in("وقالت وكالة الأنباء السورية الرسمية (سانا) إن قذائف سقطت على الحي.") == [
        "وكالة الأنباء السورية الرسمية (سانا)"
    ]
    assert sources_in("وكالة الأنباء السورية (سانا) قالت إن قذائف سقطت على الحي.") == ["وكالة الأنباء السورية (سانا)"]


def test_the_object_of_a_transitive_verb_is_cut_from_its_subject():
    assert sources_in("بث التلفزيون السوري مشاهد للدمار في الحي.") == ["التلفزيون السوري"]
    assert sources_in("وأحصى المرصد السوري لحقوق الإنسان مقتل 20 مدنيا.") == ["المرصد السوري لحقوق الإنسان"]


def test_the_preposition_lam_after_wifqan_is_not_part_of_the_source():
    sentence = "وفقاً لبيان صادر عن القيادة العامة للجيش، فإن الطائرات دمرت مقرات."
    assert sources_in(sentence) == ["بيان صادر عن القيادة العامة للجيش"]


def test_the_addressee_after_a_source_seat_is_found():
    assert sources_in('قال مصدر في الدفاع المدني لـ"عنب بلدي" إن الغارات استهدفت السوق.') == [
        "مصدر في الدفاع المدني",
        "عنب بلدي",
    ]


def test_a_newspaper_quoting_other_sources_gives_both():
    sentence = 'ونقلت صحيفة "الشرق الأوسط" عن مصادر معارضة أن الطائرات قصفت المدينة.'
    assert sources_in(sentence) == ['صحيفة "الشرق الأوسط"', "مصادر معارضة"]


def test_a_subject_ends_before_ila_an():
    assert sources_in("ولفت أبو خالد إلى أن القصف جاء بعد استهداف المطار.") == ["أبو خالد"]


def test_a_lone_tatweel_does_not_break_the_scan():
    assert sources_in("وقال ناشطون لـ ـ الموقع إن القصف تجدد.") == ["ناشطون", "الموقع"]


def test_a_basis_introduced_by_istinadan_is_not_a_source():
    assert sources_in("ويجب أن يقوم العمل استنادا إلى القوانين الدولية.") == []
    assert sources_in("وقصفت الطائرات المواقع استنادا إلى مصادر استخباراتية.") == ["مصادر استخباراتية"]


def test_a_statement_keeps_its_issuer():
    assert sources_in("وبحسب بيان صادر عن الهيئة، فإن القصف طال المشفى.") == ["بيان صادر عن الهيئة"]


def test_a_document_that_something_came_in_is_a_source():
    assert sources_in('وجاء في البيان "قصفت الطائرات السوق الشعبي".') == ["البيان"]
    assert sources_in("وورد في تقرير المنظمة أن المدرسة قصفت.") == ["تقرير المنظمة"]
    assert sources_in("ورد في بيان الوزارة أن المدرسة قصفت.") == ["بيان الوزارة"]


def test_what_came_in_a_place_is_not_a_source():
    assert sources_in("وجاء في المرتبة الثانية حي الوعر.") == []


def test_pages_that_published_pictures_are_a_source():
    assert sources_in("ونشرت صفحات موالية صورا للدمار في الحي.") == ["صفحات موالية"]


def test_what_a_team_documented_is_not_part_of_its_name():
    assert sources_in("ووثق فريق منسقو الاستجابة نزوح آلاف العائلات.") == ["فريق منسقو الاستجابة"]


def test_a_pronoun_after_the_verb_is_not_the_source():
    assert sources_in("بحسب ما أفاد به «المرصد السوري لحقوق الإنسان»، فإن الطائرات قصفت البلدة.") == [
        "المرصد السوري لحقوق الإنسان"
    ]


def test_a_quoted_name_after_a_news_agency_of_two_words_is_part_of_it():
    assert sources_in('ونقلت وكالة أنباء "هاوار" عن مصدر طبي قوله إن الغارة قتلت مدنيين.') == [
        'وكالة أنباء "هاوار"',
        "مصدر طبي",
    ]


def test_a_source_quoted_after_a_time_phrase_is_found():
    assert sources_in('وكانت وكالة "سانا" نقلت في وقت سابق من اليوم عن مصدر أمني أن الغارات استهدفت الموقع.') == [
        'وكالة "سانا"',
        "مصدر أمني",
    ]


def test_internal_security_forces_are_a_source_with_their_region():
    assert sources_in("وقالت قوى الأمن الداخلي في شمال وشرق سوريا إن مسيرة استهدفت سيارة.") == [
        "قوى الأمن الداخلي في شمال وشرق سوريا"
    ]


def test_a_seat_named_by_two_compass_words_reaches_the_country():
    assert sources_in("وقال مصدر في شمال غرب سوريا إن الطائرات قصفت البلدة.") == ["مصدر في شمال غرب سوريا"]


def test_the_event_a_source_announces_ends_its_name_with_its_pronoun():
    assert sources_in("وأعلن الجيش السوري الحر استهدافه مقرا لقوات النظام في المدينة.") == ["الجيش السوري الحر"]


def test_directives_something_was_done_according_to_are_no_source():
    assert sources_in("وأعلن الجيش أنه استهدف المقر، وفق توجيهات المستوى السياسي.") == ["الجيش"]


def test_a_name_said_to_be_one_of_a_people_is_a_source_with_its_addressee():
    assert sources_in("وقال أبو أحمد، أحد سكان البلدة، لوكالة رويترز إن الطائرات قصفت السوق.") == [
        "أبو أحمد",
        "وكالة رويترز",
    ]


def test_a_source_seat_keeps_its_adjective_and_the_outlet_spoken_to_after_it():
    assert sources_in('وأكد قائد ميداني في الجيش الوطني السوري لـ"تلفزيون سوريا" أن القصف طال البلدة.') == [
        "قائد ميداني في الجيش الوطني السوري",
        "تلفزيون سوريا",
    ]


def test_the_frame_of_what_a_source_tells_is_not_its_seat():
    assert sources_in("وفق ما أفاد المرصد السوري لحقوق الإنسان في إطار تصعيد عسكري مستمر.") == [
        "المرصد السوري لحقوق الإنسان"
    ]


def test_the_dropping_a_source_reports_ends_its_name():
    assert sources_in("وأفاد مكتب دمشق الإعلامي بإلقاء الطيران المروحي براميل متفجرة على المدينة.") == [
        "مكتب دمشق الإعلامي"
    ]


def test_what_a_source_reports_with_a_verbal_noun_ends_its_name():
    assert sources_in("وأفادت وزارة النقل بتحويل جميع الرحلات إلى مطار آخر.") == ["وزارة النقل"]


def test_explained_is_an_attribution_verb_only_where_a_source_says_what_follows():
    assert sources_in("وبيّن المراسل أن الطيران الحربي قصف بلدة كفرنبل.") == ["المراسل"]
    assert sources_in("وبيّنت مصادر محلية أن الطيران الحربي قصف بلدة كفرنبل.") == ["مصادر محلية"]
    assert sources_in("وفي ريف حماة، بينت “سانا” أن قوات الجيش وجهت ضربات.") == ["سانا"]
    # "بين" is first of all "between": the clashes between forces say nothing.
    assert sources_in("وتجددت الاشتباكات بين قوات النظام وبين فصائل المعارضة في ريف حماة.") == []


def test_people_speaking_from_a_village_keep_its_name():
    sentence = "ونقلت الشبكة عن مصادر محلية من قرية الشعاب، أن الغارة استهدفت منزلا."
    assert sources_in(sentence) == ["الشبكة", "مصادر محلية من قرية الشعاب"]


def test_hearing_blasts_is_what_a_source_reports_not_its_name():
    assert sources_in("وأفادت الوكالة بسماع دوي انفجارات في محيط العاصمة دمشق.") == ["الوكالة"]


def test_halab_today_is_one_outlet():
    assert sources_in("وأفاد مراسل حلب اليوم أن الطائرات قصفت بلدة كفرنبل.") == ["مراسل حلب اليوم"]
