"""Word lists of the extraction, in normalised form (see strikeparse.normalize).

Kept apart from the rules so that an analyst can read and extend them.
"""

from __future__ import annotations

import re

from strikeparse.normalize import normalize_name

_FOLD = str.maketrans("ئؤأإآٱةى", "يوااااهي")


def _rx(pattern: str) -> re.Pattern[str]:
    """A pattern over normalised text: written with hamza forms and ta marbuta, matched without."""
    return re.compile(pattern.translate(_FOLD))


def _words(text: str) -> frozenset[str]:
    return frozenset(normalize_name(word) for word in text.split())


def spellings(pattern: re.Pattern[str]) -> frozenset[str]:
    """Every word a lexicon pattern matches. The patterns only use letters, groups of alternatives
    and "?", so their languages are finite: this lets an Aho-Corasick automaton look for them all at
    once. A negative lookahead ("(?!ات)") only narrows a match, so the words it guards are kept as
    they are (the regex itself decides). Anything else in a pattern raises ValueError."""
    text = re.sub(r"\(\?![^()]*\)", "", pattern.pattern)
    position = 0

    def alternatives() -> set[str]:
        nonlocal position
        found = sequence()
        while position < len(text) and text[position] == "|":
            position += 1
            found |= sequence()
        return found

    def sequence() -> set[str]:
        nonlocal position
        found = {""}
        while position < len(text) and text[position] not in "|)":
            char = text[position]
            position += 1
            if char == "(":
                part = alternatives()
                if position >= len(text) or text[position] != ")":
                    raise ValueError(f"unclosed group in {text!r}")
                position += 1
            elif char in "[]*+.\\{}^$?":
                raise ValueError(f"unsupported {char!r} in {text!r}")
            else:
                part = {char}
            if position < len(text) and text[position] == "?":
                position += 1
                part = part | {""}
            found = {head + tail for head in found for tail in part}
        return found

    words = alternatives()
    if position != len(text):
        raise ValueError(f"unbalanced {text!r}")
    return frozenset(words - {""})


# Proclitics stripped from a token before looking it up: conjunctions, then prepositions, then the article.
CONJUNCTIONS = ("و", "ف")
PREPOSITIONS = ("ب", "ل", "ك")

# Words that say a strike happened; matched on the token without its proclitics.
STRIKE_CUE = _rx(
    r"(غار(ه|ات|تين|تان|اته|اتها|اتهم)"
    r"|(ي|ت|ن)?قصف(ت|وا|ها|ه|هم|ا|تها|ته|تهم|تا)?|قصفه|قصفها"
    r"|صاروخ(ا|ين|ان|يه|يتين|يتان|ي)?|صواريخ|قذيف(ه|تين|تان|تا)|قذائف|قذيفه"
    r"|برميل(ا|ين|ان)?|براميل|قنبل(ه|تين)|قنابل"
    r"|(ي|ت)?استهدف(ت|وا|تا|ها|ه|تها|ته|تهم|هم)?|(ي|ت|ن)ستهدف(ون|ان|ها|ه)?|استهداف(ها|ه|هم|هما)?|مستهدف(ه|ا|ين)"
    r"|طال(ت|ها|ه|تها|ته|تهم)?"
    r"|(ي|ت)?شن(ت|وا|ها)?|اغار(ت|وا)?|غار(ت|وا)|يغير|تغير"
    r"|(ي|ت|ن)?ضرب(ه|ات|تين|ت|وا|تها|نا)?|الضربات"
    r"|(ي|ت)?دك(ت|وا)?|قنص|تفجير|انفجار|عدوان"
    # "نفذت وحدات الجيش رمايات مركزة على محاور تحرك المجموعات": the army's fire, as state media tells it.
    r"|رمايات|رمايه)"
)
# A finite strike verb: the sentence reports a strike (not commentary about "the strikes").
STRIKE_VERB = _rx(r"((ي|ت|ن)?(قصف|شن|دك|ضرب)(ت|وا|تا)?|(ا|ي|ت|ن)ستهدف(ت|وا|تا|ون)?|اغار(ت|وا)?|غار(ت|وا)|(ي|ت)غير)")
# Attacks ("هجوم"): strikes beside a munition, or by what they are ("هجوم جوي على X").
ATTACKS = _words("هجوم هجوما لهجوم بهجوم الهجوم هجمات الهجمات هجومين هجومان لهجومين")
AIR_WORDS = _words("جوي جويه جويا الجوي الجويه")
# Forces on the ground, whose attack is an offensive: "هجوم الجيش السوري على الأحياء الشرقية".
GROUND_FORCES = _words("الجيش جيش قوات القوات فصائل الفصائل مقاتلي مسلحي عناصر")
# "شهدت قرية X هجومين مماثلين": attacks like the strikes just told of.
SIMILAR_WORDS = _words("مماثل مماثله مماثلا مماثلين مماثلان مماثلات مشابه مشابهه مشابها مشابهين مشابهان مشابهات")
# "Fell" and "hit" say a strike only when a munition is in the same sentence: "سقطت قذائف على".
WEAK_CUE = (
    _words(
        "سقط سقطت سقطتا سقطا سقوط تسقط يسقط اصاب اصابت طاولت تعرض تعرضت يتعرض تتعرض مجزره مجزرتين مجازر "
        "القي القت يلقي تلقي دمر دمرت"
        # "أطلق الطيران الحربي نيران رشاشاته على محيط مطار X", "أطلقت الفصائل صواريخ على X",
        # "قذيفتي هاون أطلقتهما المجموعات المسلحة على X".
        " اطلق اطلقت اطلقوا يطلق تطلق اطلقتها اطلقتهما اطلقها اطلقوها"
        # "المجزرة التي ارتكبتها الطائرات": the article keeps a noun a noun.
        " المجزره المجازر"
        # "هاجمت طائرات حربية أهدافا في X" (the army's statements); "هاجم مسلحون حاجزا" is no strike.
        " هاجم هاجمت هاجمنا يهاجم تهاجم"
        # "في هجوم بالغازات السامة شنته طائرات النظام على X"; "هجوم شنه مسلحون" is on the ground.
        " شنه شنته شنتها"
        # "أمطرت القوات قرى X بالقذائف": rained shells on them (beside a munition, as every weak word).
        " امطر امطرت امطروا يمطر تمطر"
    )
    | ATTACKS
)  # "هجوم بطائرة مسيرة على X" ("هجوم المسلحين على حاجز" is no strike)
# What the army's strikes destroy, as state media tells it: "دمرت وحدات الجيش أوكارا وتحصينات للإرهابيين".
ARMY_TARGETS = _words("اوكار اوكارا تجمعات تحصينات مقرات مقار معاقل منصات")
# Explosions that are not strikes: "انفجار لغم"، "تفجير سيارة مفخخة".
NOT_STRIKE_BLASTS = _words("لغم الغام عبوه عبوات ناسفه مفخخه سياره دراجه")
# Flares and smoke: "أطلق الجيش قنابل مضيئة فوق قرى X" lights the sky, it strikes nothing.
FLARES = _words("مضيئه المضيئه مضيئات ضوئيه الضوئيه انارة دخانيه الدخانيه")
# What aircraft drop that is not a strike: "ألقت المروحيات منشورات على المدينة".
NOT_MUNITIONS = FLARES | _words("منشورات مناشير منشور مساعدات المساعدات سلال اغذيه مواد قصاصات بطاقات")
# Verbs that, negated, say no strike happened when a strike word follows: "لم تسجل أي غارات على X".
RECORD_VERBS = _words("تسجل يسجل تشهد يشهد تقع يقع ترد يرد تحدث يحدث ترصد يرصد نسجل تتعرض يتعرض")
# Verbs whose subject is the strike and whose object is its harm: "لم يسفر القصف عن ضحايا" says the
# strike did no harm, not that there was none.
RESULT_VERBS = _words("يسفر تسفر يؤد تؤد يخلف تخلف يوقع توقع يسفرا تسفرا")
# Adjectives of a governorate's capital that locate a place: "حي جوبر الدمشقي", "قرية كذا الحلبية".
NISBAS = {
    normalize_name(name): code
    for name, code in {
        "الدمشقي": "SY-DI", "الدمشقية": "SY-DI", "الحلبي": "SY-HL", "الحلبية": "SY-HL", "الحمصي": "SY-HI",
        "الحمصية": "SY-HI", "الحموي": "SY-HM", "الحموية": "SY-HM", "الإدلبي": "SY-ID", "الإدلبية": "SY-ID",
        "الرقاوي": "SY-RA", "الرقاوية": "SY-RA", "الديري": "SY-DY", "الدرعاوي": "SY-DR", "الحسكاوي": "SY-HA",
        "الطرطوسي": "SY-TA", "الطرطوسية": "SY-TA", "اللاذقاني": "SY-LA",
    }.items()
}  # fmt: skip
# Chemical and incendiary arms too: "تعرضت دوما لهجوم بالأسلحة الكيميائية".
# ("غار" of a raid, not of "مغارة", a cave or a place named after one, nor of "الصغار", "غارقة".)
MUNITION = _rx(
    r"(قذيف|قذائف|صاروخ|صواريخ|برميل|براميل|قنبل|قنابل|(?<![مص])غار(?!ق)|هاون|طيران|طائر|قاذف|مقاتلات|مروحي|مدفعي"
    r"|كيميا|كيماوي|الكلور|السارين|فوسفور|نابالم)"
)

# "وقف الغارات", "منع القصف": talk about strikes, not a report of one.
# "تحضيرات لقصف", "يهدد بقصف": a strike planned or threatened, not one that happened.
# "مخلفات القصف", "قنبلة عنقودية من مخلفات الغارات": what an old strike left, exploding now.
LEFTOVERS = _words("مخلفات بقايا")
CUE_CANCELLERS = LEFTOVERS | _words(
    "وقف ايقاف لوقف منع تجنب تفادي ادانه يدين تدين رفض وقفا تحضيرات تحضير استعدادات استعداد تهديد تهديدات خطط خطه نيه "
    # "تنديدا بالقصف التركي، خرج أهالي مدينة X في مظاهرة": a protest against a strike, where it is held.
    "تنديدا تنديد استنكارا استنكار احتجاجا رفضا"
)
# Ground attacks that "target" a place: "الهجوم الانتحاري الذي استهدف حاجزا", "سيارة مفخخة استهدفت".
GROUND_ATTACKS = _words("انتحاري انتحاريه الانتحاري الانتحاريه انتحاريان مفخخه المفخخه ناسفه الناسفه انغماسي انغماسيون")
# What a suicide drone is: "طائرة مسيرة انتحارية" strikes from the air.
DRONE_WORDS = _words("مسيره مسيرات المسيره المسيرات طائره طائرات الطائره الطائرات درون")
# Aircraft that may come down themselves: "سقطت طائرة حربية قرب X" is a crash, not a strike.
AIRCRAFT = DRONE_WORDS | _words("مروحيه المروحيه مقاتله المقاتله مروحيات المروحيات مقاتلات المقاتلات")
# "هددت موسكو بقصف": a threat, a few words before the strike word; "حاولت الفصائل عدة مرات استهداف
# الجولان": an attempt. Neither was done.
THREATS = _words(
    "يهدد تهدد هدد هددت هددوا توعد توعدت يتوعد تتوعد حاول حاولت حاولوا يحاول تحاول يحاولون "
    # "أثناء محاولتهما استهداف", "كانوا يتجهزون لاستهداف منازل الأهالي": not done either.
    "محاوله محاولته محاولتها محاولتهما محاولتهم يتجهزون يتجهز تتجهز يستعدون يستعد تستعد"
)
# "يخشى السكان أن تتعرض المدينة لقصف": a strike feared or warned of, before "أن" or "من".
FEARS = _words(
    "خوف الخوف خوفا يخشى تخشى يخشون خشيه خشي خشيت مخاوف تخوف تخوفا يتخوف تتخوف حذر حذرت يحذر تحذر تحذيرات تحذير "
    "خشيته خشيتها خشيتهم مخاوفه مخاوفها مخاوفهم"
)
# "لم تستهدف": negates the verb after it. Denials negate what the sentence goes on to say.
NEGATORS = _words("لم لن")
DENIALS = _words("نفى نفت نفوا ينفي تنفي ينفون نافيا نافيه كذب كذبت يكذب تكذب تكذيب")
# ... until the sentence turns to what the denier affirms: "نفت الوزارة أن تكون طائراتها قصفت X،
# مؤكدة أن ضرباتها استهدفت Y" (Y is claimed).
AFFIRMERS = _words(
    "مؤكدا مؤكده مؤكدين مشيرا مشيره موضحا موضحه لكن لكنه لكنها بل انما اكد اكدت اكدوا اشار اشارت اوضح اوضحت اضاف اضافت"
)
# Words before a place that make it something other than the struck place.
ORIGIN_NOUNS = _words(
    "مراصد مراصدها مرابض مرابضها مواقع مواقعها قواعد قاعده قاعدتها مقرات مقر نقاط نقاطها معسكرات معسكراتها "
    "معسكرها ثكنات ثكناتها مواقعه مواقعهم مقراته قواعده نقاطه"
)
# The words between a strike verb and its object: the attacker and its arms ("قصفت الطائرات
# الحربية الروسية", "قصف الطيران المروحي بالبراميل المتفجرة").
# How strikes are: "غارات مكثفة بريف حماة" (no name, and part of the striking phrase).
STRIKE_ADJECTIVES = _words(
    "مكثفه مكثف عنيفه عنيف متقطعه متواصله متلاحقه مماثله كثيفه شديده مركزه متتاليه عديده عده متفرقه"
)
STRIKER_WORDS = STRIKE_ADJECTIVES | _words(
    "الطائرات الطايرات طائرات طايرات الطيران طيران المقاتلات مقاتلات المروحيات مروحيات المدفعيه مدفعيه "
    "القوات قوات الراجمات راجمات الحربي الحربيه المروحي المروحيه الروسي الروسيه السوري السوريه التركي "
    "التركيه الاسراييلي الاسراييليه الامريكي الامريكيه الاميركي الاميركيه الثقيله المتفجره الصاروخيه "
    "الجوي الجويه النظاميه الحكومي الحكوميه المجهوله مجهوله حربيه حربي روسيه النظام الاسد التحالف "
    "الدولي المسيره مسيره الحراريه العنقوديه الفراغيه الارتجاليه جوي جويه صاروخي صاروخيه مدفعي مدفعيه "
    "روسي تركي تركيه اسراييلي اسراييليه امريكي امريكيه اميركي اميركيه"
)
# "العدو الإسرائيلي نفذ عدوانا جويا": carrying out, said of an attacker.
CARRY_VERBS = _words("نفذ نفذت نفذوا ينفذ تنفذ ارتكب ارتكبت")
# "غارات وهمية": mock raids, sonic booms over a town.
MOCK_WORDS = FLARES | _words("وهمية وهمي الوهمية الوهمي")
# What "ضرب" also lays ("ضرب طوقا حول البلدة", "ضرب حصارا على المدينة"): a few words after the verb.
NOT_STRIKE_OBJECTS = _words("طوقا طوق حصارا موعدا مثالا مثلا رقما")
# The operations on the ground "شن" also launches: "تشن القوات الإسرائيلية عمليات توغل".
GROUND_OPERATIONS = _words(
    "توغل التوغل توغلات اقتحام اقتحامات مداهمه مداهمات المداهمات اعتقال اعتقالات الاعتقالات تمشيط التمشيط"
)
# Strike words only as verbs: "ضرب" after the article or a preposition is a beating ("للضرب").
VERB_ONLY_CUES = _words("ضرب يضرب تضرب نضرب ضربنا")
# "الزلزال الذي ضرب مدينة جنديرس": what else strikes a town.
QUAKES = _words("زلزال الزلزال زلزالا زلزالين الزلازل هزه الهزه هزات الهزات العاصفه الاعصار")
# "لقصف مكثف، تركز على البارة وكنصفرة": where the strikes fell most.
FOCUS_VERBS = _words("تركز تركزت يتركز تتركز")
# "قوات النظام المتمركزة في مدينة X": where forces are stationed, not a target.
STATIONED = _words(
    "المتمركزه المتمركز المتمركزين المتمركزون المنتشره المنتشر المنتشرين المتواجده المتواجد المتواجدين "
    "المتحصنه المتحصن المتحصنين المتحصنون متمركزه متمركزين تنتشر ينتشر ينتشرون تتمركز يتمركز يتمركزون "
    "يتحصنون تتحصن يتحصن"
)
# "من فوق الجولان", "من اتجاه البحر", "عبر أجواء X": where the strike came from or over, not its target.
FROM_DIRECTION = _words("فوق اتجاه اجواء الاجواء سماء اعالي اراضي الاراضي")
LAUNCH_VERBS = _words("اطلق اطلقت اطلقوا اطلقتا اطلقا اطلقها اطلاق انطلق انطلقت انطلاقا اقلعت اقلع تقلع")
# Words of direction: forces advance towards a place, and strikes may be sent towards one.
TOWARDS = _words("نحو باتجاه تجاه اتجاه")
ADVANCE_WORDS = TOWARDS | _words("اقتحام للسيطره السيطره تقدم تقدمت التقدم حصار يحاصرها")
# Living somewhere: "ويقيم النازحون في مخيمات أطمة".
RESIDE_VERBS = _words("يقيم تقيم يقيمون يعيش تعيش يعيشون يسكن تسكن يسكنون يقطن تقطن يقطنون يتوزع يتوزعون")
# Carrying or fleeing to a place: "نقل الجرحى إلى مستشفى مدينة X", "نزح الأهالي إلى X".
TRANSPORT_WORDS = _words(
    "نقل نقلت نقلوا نقلهم نقله نقلها اسعاف اسعافهم اسعافه اسعافها اسعف اسعفت اسعفوا "
    "نزح نزحت نزوح نزحوا فر فروا هرب هربوا "
    "لجا لجوء وصل وصلوا وصول توجه توجهوا توجهه توجهها توجههم تحويل حول حولوا ادخال اخلاء اخلاؤهم"
)
# ... and the way people struck on the road were going: "قافلة متجهة من مدينة كوباني".
MOVING_WORDS = TRANSPORT_WORDS | _words("متجه متجهه متجهين متوجه متوجهه متوجهين قادم قادمه قادمين توجهت اتجهت")
# "حتى تنسحب من السويداء": where forces are to withdraw from.
WITHDRAW_WORDS = _words("تنسحب ينسحب انسحاب الانسحاب انسحبت انسحب انسحبوا بالانسحاب")
MEETING_WORDS = _words("اجتماع محادثات مؤتمر قمه مفاوضات لقاء زياره اتفاق الاتفاق اتفاقيه الاتفاقيه تفاهمات")
SEAT_NOUNS = _words(
    "مصدر مصادر مراسل مراسلو ناشط ناشطون ناشطين مسؤول مسؤولون مقره ومقره مقرها يتخذ المتخذ مكتب "
    "مدير مديريه محافظ وكاله متحدث الناطق مسؤولي"
)
# What a strike answers or covers: "ردا على تصاعد الأحداث في السويداء", "على خلفية", "في سياق الرد على",
# "للتغطية على انهيار التنظيمات في ريف درعا".
REASON_WORDS = _words("ردا الرد خلفيه انتقاما التغطيه تغطيه")
# What happened at the same time: "وتزامن ذلك مع هجوم الجيش على الأحياء الشرقية في حلب".
AT_THE_SAME_TIME = _words("تزامن تزامنت يتزامن التزامن تزامنا")
# (A ground offensive, "هجوم بري", is two words: see GROUND_OFFENSIVE.)
CLASH_WORDS = _words("اشتباكات اشتباك معارك مواجهات اقتحام لاقتحام باقتحام")
# ... with the article: "واستمرار الاشتباكات في محيط X" ("مناطق الاشتباكات في X" are the areas struck).
THE_CLASHES = frozenset("ال" + word for word in CLASH_WORDS)
# Foreign capitals, which stand for their governments ("أعلنته موسكو ودمشق"): no Syrian place.
FOREIGN_CAPITALS = _words("موسكو انقره طهران واشنطن بيروت بغداد الرياض القاهره باريس لندن بكين")
# "وتزامن القصف مع هجوم بري لقوات النظام ... القريبة من X": the offensive's goal, not struck.
GROUND_OFFENSIVE = ("هجوم", _words("بري البري"))
ROAD_WORDS = _words("طريق الطريق اوتستراد الاوتستراد اوتوستراد الاوتوستراد الاتستراد")
# "منذ بدء التدخل الروسي قتلت الغارات آلاف المدنيين في إدلب": a toll over a period, not a strike.
# "منذ صباح اليوم" is today's.
SINCE_PERIODS = _words(
    "بدء بدايه مطلع نهايه اواخر اوائل عام العام سنوات سنه سنتين عامين اشهر شهور الاشهر اسابيع التدخل انطلاق اندلاع"
)
# "أعنف قصف منذ بدء الهدنة": the strike is today's, the period a comparison.
SUPERLATIVES = _words("اعنف الاعنف الاول الاكبر اكبر الاشد اشد الاعلي اعلي الاكثر اكثر")
# Words that place a strike by the town it was near: "قرب مدينة X", "عند مدخل X".
NEAR_WORDS = _words("قرب بالقرب عند مدخل مداخل")
# "بادية حمص الشرقية": the desert of a governorate is, like its countryside, governorate-level.
COUNTRYSIDE = _words("ريف ريفي اريف ارياف باديه")
PROVINCE = _words("محافظه محافظات محافظتي")
# Plural and dual heads after which a list names one governorate per item: "محافظات دمشق وإدلب",
# "أرياف إدلب وحماة", "محافظتي حمص ودير الزور", "ريفي حماة وإدلب".
PROVINCES = _words("محافظات ارياف محافظتي ريفي")
CITY = _words("مدينه")
DIRECTIONS = _words(
    "الشمالي الجنوبي الشرقي الغربي الشمالي الشرقي الاوسط الشماليه الجنوبيه الشرقيه الغربيه "
    "الشمالي-الشرقي الشمالي-الغربي"
)

# Descriptors before a place name. Settlement descriptors are not part of the name ("قرية كبانة" is
# the village كبانة); facility descriptors are ("مطار حميميم", "دوار الزراعة").
SETTLEMENTS = {
    **dict.fromkeys(_words("قريه بلده ناحيه مخيم تله بلدتي"), "town"),
    # "مقاطعة منبج": the Kurdish-run administration's canton, an area as "منطقة" is.
    **dict.fromkeys(_words("حي منطقه مقاطعه"), "neighbourhood"),
    **dict.fromkeys(_words("مدينه"), "town"),
}
# Two or more facilities of a kind, each named after its place: "مطاري حلب ودمشق", "قاعدتي حميميم وطرطوس".
FACILITY_LISTS = {
    **dict.fromkeys(_words("مطاري مطارات"), "مطار"),
    **dict.fromkeys(_words("قاعدتي"), "قاعده"),
    **dict.fromkeys(_words("معبري معابر"), "معبر"),
    **dict.fromkeys(_words("حقلي حقول"), "حقل"),
    **dict.fromkeys(_words("شارعي شوارع"), "شارع"),
}
SETTLEMENT_LISTS = {
    **dict.fromkeys(_words("قرى بلدات مدن مخيمات تلال قريتي بلدتي مدينتي جبلي تلتي مناطق ناحيتي"), "town"),
    # "جسور الدف والجوبانية": bridges named after their villages.
    **dict.fromkeys(_words("جسور"), "town"),
    **dict.fromkeys(_words("احياء حيي منطقتي حارات حارتي"), "neighbourhood"),
    **dict.fromkeys(FACILITY_LISTS, "town"),
    # "لشارعي النور وسيف الدولة": streets of a city.
    **dict.fromkeys(_words("شارعي شوارع"), "neighbourhood"),
}
# Descriptors of two places, always followed by two names: "قريتي عدوان وتل شهاب" ("عدوان" is a
# village here, not an aggression).
DUAL_DESCRIPTORS = _words("قريتي بلدتي مدينتي جبلي تلتي ناحيتي حيي حارتي شارعي منطقتي مطاري قاعدتي معبري")
# The descriptors of towns and villages, not of parts of a city.
TOWNS_AND_VILLAGES = _words("قريه بلده بلدتي مدينه قرى بلدات مدن قريتي مدينتي")
# Descriptors of an area ("منطقة منبج"): a known town after them is the town.
AREA_WORDS = _words("منطقه منطقتي مقاطعه")
# ... and of several areas: "مناطق حمص" are the governorate's.
PLURAL_AREA_WORDS = _words("مناطق")
# "حريق في X جراء الغارات": the harm at a place comes from the strike named after it.
CAUSE_WORDS = _words("جراء اثر نتيجه بسبب بفعل")
# The harm itself, stems (a mourning or a meeting "بسبب القصف" is not harm at the place).
HARM = _rx(
    r"(قتل|قتيل|قتلي|مقتل|مصرع|استشهد|شهيد|شهداء|ارتقي|ارتقاء|حتف|جرح|جريح|اصاب|اصيب|مصاب|ضحي|ضحايا|دمار|تدمير|حريق|"
    r"اشتعال|اضرار|انهيار|نزوح|نزح|دمر|احترق|خساير|جثث|جثه|جثامين|انقاض|انتشل)"
)
# Destruction and damage said of the places struck, without naming who did it.
DAMAGE_WORDS = _words("تدمير بتدمير دمار تضرر تضررت تدمرت تهدمت اضرار باضرار")
# Bodies found: "عثر على جثث 34 شخصا" tells of no strike's harm.
FOUND = _words("عثر عثرت العثور عثور")
# "قصف على مدن وبلدات في ريف دمشق": places struck but not named.
# ("مناطق في محافظة حماة" beside named places of Hama sums them up: areas are not places.)
UNNAMED_PLACES = _words("قرى بلدات مدن احياء مخيمات")
FACILITIES = {
    **dict.fromkeys(_words("مطار مرفا ميناء سجن معبر مشفى مستشفى حقل سد قاعده محطه معمل حاجز معسكر"), "town"),
    **dict.fromkeys(_words("دوار ساحه شارع حديقه موقف ضاحيه سوق جامع مسجد حاره"), "neighbourhood"),
}
NAMED_AFTER_TOWN = _words("مطار قاعده")
# Stations and plants, named after what they make and then their place ("محطة كهرباء تل تمر", "محطة
# الكهرباء الرابعة", "معمل السويدية للغاز"): what they make and their number are not the name.
UTILITY_FACILITIES = _words("محطه معمل")
UTILITY_KINDS = _words(
    "كهرباء الكهرباء مياه المياه ماء وقود الوقود غاز الغاز نفط النفط توليد تحويل ضخ تصفيه معالجه اسمنت تجميع "
    "الاسمنت سكر السكر ادويه الادويه الاولى الثانيه الثالثه الرابعه الخامسه"
)
# Facilities that are buildings of the place they are in: a strike on one is a strike on that place.
BUILDINGS = _words("مشفى مستشفى جامع مسجد")
# Adjectives that belong to a facility's name: "سجن عدرا المركزي".
FACILITY_ADJECTIVES = _words(
    "المركزي العسكري الدولي الوطني الكبير الرئيسي القديم الجديد النفطي الغازي الجويه الجراحي التخصصي الميداني"
)
# The part of a place by its direction: "مقاطعة منبج الغربية".
DIRECTION_ADJECTIVES = _words("الشرقيه الغربيه الشماليه الجنوبيه الشرقي الغربي الشمالي الجنوبي")
# Adjectives that belong to a village's name: "مقتلة القديمة", "الغارية الغربية".
NAME_ADJECTIVES = DIRECTION_ADJECTIVES | _words(
    "القديمه الجديده الكبرى الصغرى الكبير الصغير الفوقا التحتا الفوقاني التحتاني البلد الكبيره "
    "الصغيره الحمر الحمراء الاحمر العليا السفلي الوسطي الفوقانيه التحتانيه الابيض الاسود الاخضر الازرق "
    "البيضاء السوداء الخضراء الزرقاء البيضا السودا الخضرا الزرقا الحمرا الاصفر الصفراء الصفرا"
)

# Towns named like common nouns ("الباب", the door; "الزيارة", the visit; "الإشارة" of "تجدر الإشارة";
# "الضمير", conscience; "الحاضر" of "الوقت الحاضر"): found without a descriptor only after "في",
# "على" or "قرب", or with a proclitic ("بالباب", "والزيارة").
COMMON_NOUN_TOWNS = _words("الباب الزياره الاشاره الضمير الحاضر الشجره القبو السجن الكرامه الجلاء الكرمه الكريمه")
# Countries a Syrian village's name hides in ("لبنان" is "ل" + "بنان", a village of Aleppo).
FOREIGN_NAMES = _words("لبنان العراق تركيا الاردن ايران روسيا اسرائيل فلسطين مصر")
# A place abroad: "منطقة الهرمل اللبنانية", "في الهرمل بلبنان", "جديدة يابوس والمصنع في الأراضي اللبنانية".
ABROAD = _rx(
    r"[\"”»']?\s*(?:(?:ال)?(?:لبنانيه|عراقيه|اردنيه|تركيه|لبناني|عراقي|اردني|تركي)(?!\w)|ب(?:لبنان|العراق|الاردن|تركيا)(?!\w)"
    r"|(?:و\S+\s+)?(?:في|داخل)\s+(?:ال)?اراضي\s+(?:ال)?(?:لبنانيه|عراقيه|تركيه|اردنيه)"
    # 'قاعدة “حرير” في أربيل، شمالي العراق': a town of another country, then the country.
    r"|في\s+\S+[،,]?\s+(?:(?:شمال|جنوب|شرق|غرب)ي?\s+)?(?:لبنان|العراق|تركيا|الاردن)(?!\w)"
    # "في منطقة عكاشات غربي العراق".
    r"|(?:شمال|جنوب|شرق|غرب)ي?\s+(?:لبنان|العراق|تركيا|الاردن)(?!\w))"
)
# Tokens that end a place name or a list of names.
NAME_STOPS = (
    _words(
        "في على الى من عن مع قرب بالقرب شمال جنوب شرق غرب شمالي جنوبي شرقي غربي ريف بريف محيط "
        "اطراف اثر جراء ما مما حيث التي الذي الذين اللتين اللذين بعد قبل منذ خلال عند ضمن داخل وسط بين دون "
        "حتى اليوم امس الليله الليلة فجر صباح مساء ظهر ليل ليله عصر الاحد الاثنين الثلاثاء الاربعاء "
        "الخميس الجمعه السبت ان انه انها كما ايضا او ثم لكن بينما فيما وقد قد كانت كان تم وذلك ذلك "
        "هذه هذا التابعه التابع الواقعه الواقع تقع يقع الخاضعه الخاضع المحاذيه المتاخمه القريبه القريب "
        "الواقعتين الواقعين التابعتين التابعين القريبتين "
        "المجاوره المجاور المحيطه المحيط بحسب وفق حسب ادى ادت اسفر اسفرت مخلفه مخلفا ونتيجه نتيجه عدد عده "
        # "مواقع في قرية جورين ردا على استهداف المنطقة": in retaliation, after the name; "بلدتي X وY،
        # بالتزامن مع": at the same time as.
        "ردا بالتزامن تزامنا متزامنا بالتوازي بعض جميع كل "
        "صباحا مساء ظهرا عصرا ليلا فجرا نهارا مجددا ايضا مره يوميا اسبوعيا شهريا حاليا سابقا لاحقا "
        "مؤخرا تقريبا كذلك اتجاه باتجاه تجاه "
        # "بلدة أورم الكبرى مستهدفا معهدا": the participle of the strike after the name.
        "مستهدف مستهدفا مستهدفه مستهدفين مستهدفتين "
        "المحرره المحاصره المحاصر الخاضعه لسيطره سيطره قوات خصوصا لاسيما سيما تحديدا بخاصه وخاصه خاصه "
        "سيطرته سيطرتها سيطرتهم نفوذ نفوذه "
        # Pronoun-like words that stand for a place named before: "إحداهما قرب البوكمال والأخرى في الميادين".
        "الاخري الاخر الاولي احداها احدها احداهما احدهما احداهن احدهم ثانيتهما "
        # Directions from a place named before: "قرية كنصفرة جنوبها".
        "شمالها جنوبها شرقها غربها شماليها جنوبيها شرقيها غربيها شماله جنوبه شرقه غربه "
        # The countryside of a place named before: "مدينة منبج وقرى X وY بريفها", "في مدينتي X وY وريفيهما".
        "ريفها ريفه ريفيها ريفيهما ريفهما ارياف اريافها "
        # An apposition after a name: "بلدة بيت سحم إحدى بلدات جنوب دمشق"; "في نفس المقاطعة".
        "احدي احد نفس "
        # "معبر مخيم الوافدين لكنه لم يسجل": the next clause; "في قرية بشرفة كلهم مدنيين": the dead.
        "لكنه لكنها لكنهم كلهم كلها جميعهم "
        # "مستهدفا مناطقها كافة", "وأما في X": all of them; as for.
        "كافه اما واما "
        # "حي اللابد في موحسن، ويأتي هذا بعد": the verbs that open a comment on what was told.
        "ياتي تاتي جاء جاءت يذكر"
    )
    | RESIDE_VERBS
)  # "مخيمات يقيم فيها النازحون": a verb after the descriptor, not a camp's name
# Words that look like a name after "في" but are ordinary nouns: "في محيط", "في حين".
NOT_NAMES = _words(
    "محيط حين وقت ظل اطار مناطق منطقه عده شكل حصيله اشاره بيان تصريح حديث مقابل سوريا سوريه "
    # The sides of the war: "على مناطق دير الزور والتنظيم يواصل حصار الأحياء".
    "التنظيم تنظيم الجيش الطيران الميليشيات المليشيات داعش "
    # "كسروا حاجز الخوف": a barrier of fear, no checkpoint; "ومحاولات تقدم": attempts.
    "الخوف الصمت محاولات "
    # "حيي X وY بالقسم الشرقي من مدينة حلب": the part of the city they are in.
    "القسم الشطر الجزء "
    # One person, and pronouns: "على بلدة حاس بريف إدلب، ورجل وطفلة، وهما نازحان".
    "رجل طفل طفله امراه سيده شاب فتاه مسن هما هم هو هي "
    # "تسببت الغارات على حي X بخروج مشفيين عن الخدمة": what the strike did there.
    "خروج "
    "ضحايا ضحيه قتلى قتيل جرحى جريح جريحين جريحان شهداء شهيد مصابين اصابات "
    # Verbs of saying that open the next clause: "قرى X وY، وقال ناشطون".
    "قال قالت قالوا اضاف اضافت افاد افادت اكد اكدت اشار اشارت ذكر ذكرت اعلن اعلنت اوضح اوضحت نقل نقلت رجح رجحت "
    # "استهدف بلدات جبل الزاوية وارتكاب مجزرة": what the strike did, a verbal noun.
    "ارتكاب "
    # ... and their participles: "وحلب القديمة، مضيفاً أن".
    "مضيفا مشيرا موضحا لافتا مؤكدا منوها مبينا معتبرا مضيفه مشيره موضحه لافته مؤكده معتبره "
    # Prepositions of rule: "مناطق تحت سيطرة المعارضة".
    "تحت "
    "البلاد مدينه بلده قريه قرى احياء حي مخيم اطراف وسط داخل خارج الوقت اعقاب اليوم امس "
    "غضون ذات حال ساعات وقت اثناء ضوء سياق سبيل مواجهه مقدمتها بينها بينهم صفوف محاولته محاوله "
    "رساله تغريده حسابه صفحته موقعه تقرير مقابله اتصال غاره غارات قصف ريف ريفي محافظه محافظات "
    "سماء اجواء الاجواء جنوب شمال شرق غرب عمق مناطقها مواقع مواقعها مقرات نقاط جبهات جبهه محاور "
    "تلك هذه هذا هناك عموم كامل مختلف انحاء اماكن مكان معظم غالبيه اكثر اقل نحو حوالي قرابه "
    "اعتداء هجوم هجمات الهجوم عمليه عمليات ضربات الضربات حمله وقتها يوم ليل ليله فجر صباح مساء ظهر "
    # Zones of agreements, not places: "منطقة خفض التصعيد", "المنطقة منزوعة السلاح", "منطقة عازلة".
    "خفض منزوعه عازله امنه اضافه بالاضافه القاء مشروع "
    # Where forces are: "مناطق انتشارها في إدلب", "مناطق تواجدهم".
    "انتشار انتشارها انتشاره انتشارهم تواجد تواجدها تواجده تواجدهم تمركز تمركزها تمركزهم "
    # The people a camp shelters: "مخيمات النازحين", "مخيم للمهجرين".
    "النازحين النازحون المهجرين اللاجيين نازحين نازحون مهجرين لاجيين "
    # Leaders a zone is named after: "منطقة بوتين - أردوغان".
    "بوتين اردوغان ترامب اوباما بايدن "
    # Fighting, not a place: "مناطق المواجهات بمدينة درعا", "خطوط التماس".
    "التماس "
    # Whose areas they are: "أحياء المعارضة في مدينة درعا", "مناطق النظام".
    "المعارضه النظام الثوار المسلحين الفصائل "
    # A measure of the area struck: "مدمرة منطقة بمساحة بحدود 800 متر مربع".
    "مساحه حدود "
    # Counts of people: "في مدينتي حمورية وجسرين وعشرات الجرحى"; "سد برادون بتاريخ 9/10/2015".
    "عشرات مئات الاف العشرات المئات تاريخ خسائر "
    # Superlatives and the regions of the country: "قصف أحياء أكبر مدن الشمال السوري".
    "اكبر اهم ابرز اقدم اغلب الشمال الجنوب الشرق الغرب "
    # What an area is to someone: "منطقة موطن أجداد الرئيس", "مسقط رأس"; what areas are like
    # ("مناطق عشوائية ومتفرقة"); among ("في أوساط المواطنين بالمدينة").
    "موطن مسقط عشوائيه متفرقه اوساط نواح نواحي "
    # Two of a kind, counted: "استهدفت قريتين شمال غربي منبج", "قصفت موقعين للفصائل".
    "قريتين قريتان بلدتين بلدتان موقعين موقعان نقطتين نقطتان منطقتين منطقتان منزلين منزلان"
) | frozenset((*CLASH_WORDS, *THE_CLASHES, *FOREIGN_CAPITALS))
# Verbs that open the clause after a place ("حي المشهد راح ضحيتها", "قرية العباس تسببت بمقتل",
# "مدينة تسيطر عليها المعارضة", "أحياء X، خلفت العديد"): none is a place's name.
CLAUSE_VERBS = (
    _words(
        "راح خلف خلفت تسبب تسببت يتسبب تتسبب اوقع اوقعت نتج نتجت ادي ادت يسيطر تسيطر سيطر سيطرت "
        "تخضع يخضع خضعت تبعد يبعد تضم يضم شهدت تعرضت استمر استمرت يستمر تستمر بلغ بلغت ارتفع "
        "ارتفعت يقطنها يسكنها تحتضن يحتضن "
        # "حريق في منطقة حير عباس تعمل فرق الإطفاء على إخماده": the clause after the place.
        "تعمل يعمل تقوم يقوم تحاول يحاول "
        # "مناطق البانوراما والمقابر وكبدته خسائر": what the strikes did to the enemy.
        "كبد كبدت كبده كبدته كبدتهم كبدها كبدتها كبدوا "
        # "حي العرضي نال النصيب الأكبر من القتلى": what the place got.
        "نال نالت ينال تنال"
    )
    | RESULT_VERBS
    | RECORD_VERBS
    | FOCUS_VERBS
    | LAUNCH_VERBS
    | _words("اطلقتها اطلقته اطلقوها اطلقوه")
)
# A preposition with a pronoun after a word says the word was a verb: "مدينة تسيطر عليها".
# (The sources parser skips them before a source: "قال له مصدر", "تحدثت فيه شبكات".)
PRONOUN_PREPOSITIONS = _words(
    "عليها عليه عليهما عليهم فيها فيه فيهما منها منه لها له لهم لهما بها به بهم بهما عنها عنه عنهم عنهما اليها اليه"
)
# Indefinite adjectives and ordinals after a plural descriptor: "مناطق متفرقة", "أحياء سكنية".
NOT_NAME_ADJECTIVES = STRIKE_ADJECTIVES | _words(
    "ميداني ميدانيا ميدانيه موجودا موجود موجوده اعتيادي اعتياديه "
    "متعدده تابعه صناعيه زراعيه زراعي تجاريه تجاري غير متفرقه سكنيه سكني قريبه مختلفه عديده كثيره "
    "خاضعه مجاوره محاذيه متاخمه بعيده واسعه اخرى اخر عده "
    "ثانيه ثالثه رابعه اولى ثاني ثالث اخري مدنيه عسكريه حدوديه محيطه محيطها نائيه مأهوله ماهوله اهله "
    "اميركيه امريكيه ايرانيه عراقيه اردنيه لبنانيه تلفزيونيه اذاعيه فضائيه محليه "
    "عدد بعض سوريه تركيه روسيه اسرائيليه سيطرته سيطرتها سيطرتهم الحدوديه الحدودي المجاوره المحاذيه "
    "المتاخمه القريبه المحاصره المحاصر الخاضعه فاصله الفاصله "
    # "مدينة نصيبين التركية": the country the place lies in, no part of its name.
    "التركيه التركي اللبنانيه اللبناني العراقيه العراقي الاردنيه الاردني "
    # "مناطق جبلية ومقالع حجارة": what the areas are like, no name.
    "جبليه جبلي سهليه صحراويه وعره ريفيه حرجيه "
    # "غارات على سوق شعبية في مدينة X": what kind of market, no name; "مدن رئيسية": main ones.
    "شعبيه شعبي الشعبيه الشعبي رييسيه رييسي "
    # "مطار عسكري كبير غربي العاصمة": what the site is like, no name.
    "عسكري كبير كبيره ضخم ضخمه حيوي حيويه هام هامه"
)
# Nouns that begin compound place names and mean nothing alone: "باب شرقي", "جسر الشغور".
CONSTRUCT_NOUNS = _words(
    "باب جسر تل عين دير كفر بيت خان جبل وادي سهل قصر بير نبع راس ام ابو مزرعه معره خربه مرج الشيخ بستان غدير حوش"
)
# Words that open a clause with a subject of its own ("فيما", "وبينما", "في حين").
CLAUSE_OPENERS = _words("فيما بينما حين كما")
KINSHIP = _words("بن ابن بنت")
BARE_DIRECTIONS = _words("شرقي غربي شمالي جنوبي")
# Regions the news locates villages by ("قرية الفطيرة في جبل الزاوية"), with the governorate they
# lie in; a strike on a region itself is a governorate-level claim, like "ريف إدلب".
REGIONS = {
    normalize_name(name): code
    for name, code in {
        "جبل الزاوية": "SY-ID", "جبل الأربعين": "SY-ID", "جبل السماق": "SY-ID", "جبل باريشا": "SY-ID",
        "سهل الروج": "SY-ID", "سهل الغاب": "SY-HM", "جبل شحشبو": "SY-HM", "الغوطة الشرقية": "SY-RD",
        "الغوطة الغربية": "SY-RD", "الغوطة": "SY-RD", "القلمون": "SY-RD", "القلمون الشرقي": "SY-RD",
        "القلمون الغربي": "SY-RD", "وادي بردى": "SY-RD", "جبل الأكراد": "SY-LA", "جبل التركمان": "SY-LA",
        "حوض اليرموك": "SY-DR", "منطقة اللجاة": "SY-DR", "جبل العرب": "SY-SU", "جبل سمعان": "SY-HL",
        "جبل الحص": "SY-HL", "الجولان": "SY-QU", "جبل الشيخ": "SY-RD", "حوران": "SY-DR",
        "غوطة دمشق الشرقية": "SY-RD", "غوطة دمشق الغربية": "SY-RD", "غوطة دمشق": "SY-RD",
        "اللجاة": "SY-DR", "غوطتي دمشق": "SY-RD", "الغوطتين": "SY-RD",
    }.items()
}  # fmt: skip
# "جنوب إدلب", "شمالي حلب": where the places named before are.
COMPASS_WORDS = _words("شمال جنوب شرق غرب شمالي جنوبي شرقي غربي وسط")
GENERIC_PLACE_WORDS = _words(
    "المنطقه المدينه البلده القريه الحي المخيم المناطق القرى البلدات الاحياء الريف المحافظه الناحيه "
    "الجبهه الجبهات الحدود العاصمه البلاد المطار الاحياء السكنيه المدنيين الاهالي باب جسر "
    "المزارع البساتين الاراضي الاطراف الاحراش التلال الجبال الطرق الطرقات الاسواق الشوارع المحيط "
    "الضواحي الارياف المواقع النقاط المقرات المباني المنازل البيوت السوق"
)
# The outskirts or surroundings of a place: "أطراف البارة", "محيط بلدة كنصفرة".
OUTSKIRTS = _words("اطراف محيط ضواحي")
# Plural nouns of areas and positions, that a list of names after "في" spells out: "مناطق في X وY".
AREA_NOUNS = _words("مناطق مواقع اماكن نقاط محاور جبهات تجمعات مقرات")
# Targets that are no names when no descriptor or gazetteer says so: "غارات على الطريق ومورك",
# "غارة على سيارة بريف حماة".
_TARGET_WORDS = (
    "طريق مستشفي مشفي مستشفيات مدرسه مدارس سوق اسواق مسجد جامع مساجد مخبز فرن افران معبر جسر سجن "
    "مطار ميناء مرفا حاجز حواجز ثكنه معسكر معسكرات مخيم مخيمات شارع ساحه دوار محطه سد حقل معمل مصنع "
    "كتيبه لواء فوج فرقه جبهه سياره سيارات منزل منازل بيت بيوت مقر مقرات تجمع تجمعات مستودع مستودعات "
    "مبني مباني مركز مراكز منشاه منشات مخزن مخازن نقطه نقاط موقع مواقع اليه اليات دراجه شاحنه شاحنات "
    "حافله رتل ارتال دوريه خيمه خيام بنايه عماره ابنيه شقه محل محلات متجر ورشه بئر ابار صهريج بستان "
    "بساتين ارض اراضي موقف قاعده قواعد هدف اهداف عربه عربات كنيسه وكر اوكار طاقم "
    # The people and gear struck: "غارة على عناصر وتجهيزات لتنظيم الدولة".
    "عناصر عنصر مقاتلين مسلحين تجهيزات معدات اسلحه ذخاير مستوصف مستوصفات "
    # Arms and vehicles: "يستهدف دبابات وناقلات جند في السويداء".
    "دبابه دبابات ناقله ناقلات مدرعه مدرعات مدفع مدافع راجمه راجمات منصه منصات"
)
COMMON_TARGETS = frozenset(
    form
    for word in _words(_TARGET_WORDS)
    # the noun, with the article, and in the accusative ("قصفت منزلا", "استهدفت سيارة"); the dual of
    # a feminine noun ("سيارتان", "مدرستين": a dual "ين" ending is also a village's, "جسرين")
    for form in (word, "ال" + word, word + "ا", *((word[:-1] + "تان", word[:-1] + "تين") if word[-1] == "ه" else ()))
)


# Actor cues, in normalised form, matched as substrings of the sentence ("للنظام": after "ل" the
# article loses its alef).
ACTOR_CUES: list[tuple[str, re.Pattern[str]]] = [
    ("unknown", _rx(r"(مجهول|مجهوله)")),
    # ("سوخوي" is the type of the Syrian air force's jets as much as of Russia's: no actor.)
    ("russia", _rx(r"(روسي|الروس|موسكو)")),
    ("coalition", _rx(r"(التحالف|تحالف|الامريكي|الاميركي|امريكي|اميركي|واشنطن|البنتاغون)")),
    # "الاحتلال" alone is Israel's; "الاحتلال التركي" is Turkey's.
    (
        "israel",
        _rx(
            r"(اسراييل|الاحتلال(?! التركي| الروسي| الايراني| الامريكي| الاميركي)"
            r"|للاحتلال(?! التركي| الروسي| الايراني| الامريكي| الاميركي)|صهيوني|الصهيوني)"
        ),
    ),
    ("turkey", _rx(r"(الترك|تركي|انقره)")),
    # Jordan's air force against smugglers in Sweida and Daraa (2022-); "عمان" is also Oman.
    ("jordan", _rx(r"(الاردن|اردني)")),
    # "التنظيم" is the organisation the article is about; "التنظيمات الإرهابية" are other groups.
    ("isis", _rx(r"(داعش|تنظيم الدوله|الدوله الاسلاميه|التنظيم(?!ات))")),
    (
        "syrian_government",
        _rx(
            r"(النظام|للنظام|نظام الاسد|النظاميه|الحكومي|قوات الاسد|القوات السوريه|الجيش السوري(?! الحر)|الجيش العربي|"
            # ("قصف للجيش السوري": after "ل" the article loses its alef.)
            r"للقوات السوريه|للجيش السوري(?! الحر)|للجيش العربي|"
            # "قوات الحكومة" (the interim government's is the opposition's).
            r"قوات الحكومه(?! المؤقته| السوريه المؤقته)|المروحي|البراميل|الموالي|"
            # "قصف الطيران السوري", "المقاتلات السورية": the state's air force, named by its country.
            r"الطيران (الحربي |المروحي )?السوري|(الطايرات|المقاتلات|المروحيات) (الحربيه )?السوريه|سلاح الجو السوري|"
            # "وحدات من الجيش", "وحدة من الجيش": state media's name for the army's own units.
            r"(وحدات|وحده) (من )?الجيش(?! التركي| الوطني| الحر| الاسراييلي| الروسي| الامريكي| الاميركي| اللبناني))"
        ),
    ),
    (
        "opposition",
        _rx(
            # "الجيش الوطني (السوري)": the Turkish-backed factions of the north.
            r"(المعارضه|للمعارضه|فصائل|الفصائل|الجيش الحر|الجيش السوري الحر|الجيش الوطني|للجيش الوطني|احرار الشام"
            r"|الارهابي|ارهابي|المسلحه"
            r"|هييه تحرير)"
        ),
    ),
]

# An actor's own arms, after its name: "أعلن الجيش التركي أن طائراته دمرت ...".
OWN_ARMS = _words("طائراته طائراتها مقاتلاته مقاتلاتها قواته قواتها مدفعيته مدفعيتها مروحياته مروحياتها")
# Words after which an actor word names the attacker.
ATTACKER = _rx(
    r"(طاير|طيران|جيش|مقاتلات|مقاتلتان|غار|قصف|صاروخ|صواريخ|قذائف|قذيف|قوات|وحدات|سلاح الجو|بوارج|مدفعي|شن|نفذ|"
    r"ستهدف|استهداف جوي|اطلق|من قبل|اعتداء|عدوان|ضربات|ضربه|القوات الجويه|براميل|هجوم|مروحي|مسير|القت|القي|قاذف|"
    # "يواصل الاحتلال التركي قصفه": the subject of "goes on" with its strikes.
    r"واصل)"
)
NUMBER_WORDS = {
    normalize_name(word): value
    for word, value in {
        "واحد": 1,
        # the first word of 11 and 12: "أحد عشر", "إحدى عشرة", "اثنا عشر" (the counts add up)
        "أحد": 1,
        "إحدى": 1,
        "اثنا": 2,
        "اثني": 2,
        "اثنين": 2,
        "اثنان": 2,
        "ثلاثة": 3,
        "ثلاث": 3,
        "أربعة": 4,
        "أربع": 4,
        "خمسة": 5,
        "خمس": 5,
        "ستة": 6,
        "ست": 6,
        "سبعة": 7,
        "سبع": 7,
        "ثمانية": 8,
        "ثماني": 8,
        "تسعة": 9,
        "تسع": 9,
        "عشرة": 10,
        "عشر": 10,
        "اثنتين": 2,
        "اثنتان": 2,
        "عشرين": 20,
        "عشرون": 20,
        "ثلاثين": 30,
        "ثلاثون": 30,
        "أربعين": 40,
        "أربعون": 40,
        "خمسين": 50,
        "خمسون": 50,
        "ستين": 60,
        "ستون": 60,
        "سبعين": 70,
        "سبعون": 70,
        "ثمانين": 80,
        "ثمانون": 80,
        "تسعين": 90,
        "تسعون": 90,
        "مئة": 100,
        "مائة": 100,
    }.items()
}
# "ارتفعت حصيلة القتلى إلى 17": the toll so far, after these.
TOLL_WORDS = _words("حصيله عدد")
TOLL_OF = _words("القتلي الضحايا الشهداء")
# The verbs of the words that tell of deaths: "، وقتل مدنيان في قصف على Y" opens a clause of its own dead;
# "ارتقى مدنيان", "ارتقاء مدني": the martyrs' rise, in opposition media.
KILL_VERBS = _words("قتل قتلت استشهد استشهدت قضى قضت لقي لقيت ارتقى ارتقت")
KILL_CUES = KILL_VERBS | _words(
    "مقتل مصرع استشهاد ارتقاء وفاه سقوط ومقتل واستشهاد ومصرع ضحيتها ضحيته ضحيتهم"
    # "انتشلت جثث خمسة مدنيين": the bodies recovered are the dead.
    " جثث جثامين"
)
# Deaths that no strike caused: "قتل ثلاثة في حلب برصاص الجيش", "تحت التعذيب".
# What a "strike" was made with when it was gunfire: "استهدف ... برصاص قناصته".
GUNFIRE = _words("رصاص برصاص بالرصاص رصاصه برصاصه قنص بالقنص قناص قناصه بقناصه قناصتها قناصته قناصيها")
NOT_STRIKE_KILLINGS = GUNFIRE | _words("اعدام اعدامه اعدامهم التعذيب تعذيب طعنا")
# "وأصيب آخرون": the wounded, never a name.
WOUNDED_VERBS = _words("اصيب اصيبت اصيبوا جرح جرحت")
# Words before a count that make it approximate: "ما لا يقل عن عشرة", "أكثر من 20", "نحو 15".
APPROXIMATORS = _words("ما لا يقل عن اكثر من نحو حوالي قرابه زهاء ازيد")
PERSON_NOUNS = _rx(
    r"^(مدني|مدنيه|طفل|طفله|امراه|سيده|مواطن|مواطنه|شخص|رجل|عنصر|مقاتل|شاب|فتاه|عامل|مسعف|جندي|عسكري"
    # the stems of a dual where the singular ends in ta marbuta: "امرأتين", "سيدتين", "فتاتين"
    r"|امرات|سيد|فتات"
    # one of a family, named after another: "استشهد رجل وزوجته", "طفل ووالدته"
    r"|زوجته|زوجها|ابنه|ابنها|ابنته|ابنتها|والده|والدته|والدها|والدتها|شقيقه|شقيقته|شقيقها|شقيقتها|طفلها|طفلتها)"
    r"(ين|تين|ان|تان|ا)?$"
)
# Stems whose "ين" ending only ever makes a dual ("امرأتين"; "مدنيين" may be a plural).
DUAL_STEMS = frozenset(("امرات", "فتات"))
# Nouns that are the dead themselves: "12 قتيلا" says how many died with no verb ("إصابة 12 مدنيا" does not).
# "مقتل عائلة مؤلفة من خمسة أفراد": a family, counted by its members.
FAMILY_WORDS = _words("عائلة أسرة")
DEAD_NOUNS = _words("قتيلا قتيل قتلى ضحيه ضحايا شهيدا شهداء قتيلًا قتيلين قتيلان شهيدين شهيدان")
# ... and the people a count of the dead may count.
KILLED_NOUNS = DEAD_NOUNS | _words("شخصا مدنيا اشخاص مدنيين اخرون اخرين اطفال نساء رجال عناصر جنود افراد مواطنين شبان")
# Verbs after the counted people: "ستة مدنيين قتلوا".
DIED_VERBS = _words("قتلوا قتلو قضوا لقوا استشهدوا قتلا قتلتا")
# Two died: "أن شخصين قتلا في مزرعة", "استشهدت امرأتان ... اللتان قضتا".
DUAL_DIED_VERBS = _words("قتلا قتلتا استشهدا استشهدتا قضيا قضتا لقيا لقيتا")

# "الموقع نفسه", "المصدر ذاته": the same one as before.
SAME_WORDS = _words("نفسه نفسها ذاته ذاتها")
# Sources that refer back to one named earlier: "وأوضح البيان", "وأضاف الموقع".
ANAPHORIC_SOURCES = frozenset(
    _head
    for _head in (
        w[2:] if w.startswith("ال") else w
        for w in _words("البيان الموقع الوكاله المصدر المصادر الصفحه المسؤول المتحدث التقرير بيان")
    )
)
