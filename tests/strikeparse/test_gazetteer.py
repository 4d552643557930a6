from strikeparse.gazetteer import Entry, Gazetteer, default_gazetteer, governorate_records, packaged_entries
from strikeparse.normalize import normalize, normalize_name


def scan(gazetteer: Gazetteer, text: str) -> list[str]:
    norm = normalize(text)
    matches = gazetteer.scan(norm.text)
    return [norm.text[m.start : m.end] for m in matches]


def village(key: str, name: str, governorate: str, **fields) -> Entry:
    return Entry(key=key, name_ar=name, name_en=key, lat=35.0, lon=36.5, governorate=governorate, kind="town", **fields)


def test_the_packaged_data_has_the_14_governorates_and_about_300_syrian_towns():
    assert len(governorate_records()) == 14
    assert {record["code"] for record in governorate_records()} >= {"SY-DI", "SY-RD", "SY-HL", "SY-HA"}
    assert len(packaged_entries()) > 280
    assert all(entry.governorate for entry in packaged_entries())


def test_it_finds_names_behind_proclitics_and_the_article():
    gazetteer = Gazetteer([village("a", "الرستن", "SY-HI"), village("b", "حمص", "SY-HI")])
    assert scan(gazetteer, "وبحمص وللرستن وبالرستن") == ["حمص", "رستن", "الرستن"]


def test_it_does_not_find_names_inside_other_words():
    gazetteer = Gazetteer([village("a", "حلب", "SY-HL")])
    assert scan(gazetteer, "محلبية حلبي") == []


def test_it_finds_multi_word_names_and_prefers_the_longest():
    gazetteer = Gazetteer([village("a", "دير الزور", "SY-DY"), village("b", "الزور", "SY-DY")])
    assert scan(gazetteer, "في دير الزور") == ["دير الزور"]


def test_it_matches_spacing_and_construct_state_variants():
    gazetteer = Gazetteer([village("a", "كفر زيتا", "SY-HM"), village("b", "دارة عزة", "SY-HL")])
    assert scan(gazetteer, "كفرزيتا ودار عزة") == ["كفرزيتا", "دار عزه"]


def test_ordinary_words_that_are_also_place_names_are_not_matched():
    gazetteer = Gazetteer([village("a", "الثورة", "SY-RA"), village("b", "جديدة", "SY-RD")])
    assert scan(gazetteer, "غارات جديدة بعد الثورة") == []


def test_lookup_is_by_any_spelling():
    gazetteer = default_gazetteer()
    assert gazetteer.lookup("ادلب")[0].governorate == "SY-ID"
    assert gazetteer.lookup("إدلب") == gazetteer.lookup("ادلب")


def test_one_pass_with_extra_words_finds_the_same_places_and_the_extra_words():
    gazetteer = Gazetteer([village("a", "الرستن", "SY-HI"), village("b", "حمص", "SY-HI"), village("c", "قصف", "SY-HI")])
    text = normalize("قصفت الطائرات وبحمص وللرستن، وقصف حي في حمص.").text
    extra = {"قصف": "strike", "حي": "descriptor"}
    hits = list(gazetteer.automaton_with(extra).iter(text))
    places = [(end, place) for end, (place, _) in hits if place is not None]
    assert gazetteer.scan_hits(text, places) == gazetteer.scan(text)
    # a word that is both a place name and an extra word carries both values
    assert sorted({value for _, (_, value) in hits if value is not None}) == ["descriptor", "strike"]
    assert any(place is not None and value == "strike" for _, (place, value) in hits)


def test_an_empty_gazetteer_finds_nothing():
    assert Gazetteer([]).scan("قصفت الطائرات حمص") == []


def test_a_common_word_that_reads_as_a_proclitic_and_a_place_is_not_the_place():
    gazetteer = Gazetteer([village("raqqa", "الرقة", "SY-RA", names=("رقة",))])
    assert scan(gazetteer, "وقالت فرقة الإنقاذ في ورقة لها") == []
    assert scan(gazetteer, "غارات على الرقة ورقة") == ["الرقه"]


def test_the_kurdish_names_the_news_uses_find_their_towns():
    gazetteer = default_gazetteer()
    for name, english in (
        ("كوباني", "‘Ayn al ‘Arab"),
        ("سري كانيه", "Ra’s al ‘Ayn"),
        ("كري سبي", "Tall Abyaḑ"),
        ("ديرك", "Al Mālikīyah"),
        ("تربه سبيه", "Al Qaḩţānīyah"),
        ("تل كوجر", "Al Ya‘rubīyah"),
    ):
        assert [entry.name_en for entry in gazetteer.lookup(normalize_name(name))] == [english]


def test_a_spelling_with_the_article_the_news_uses_finds_its_town():
    assert [entry.name_en for entry in default_gazetteer().lookup(normalize_name("عين العيسى"))] == ["‘Ayn ‘Īsá"]


def test_the_revolution_is_no_other_name_of_a_town():
    # GeoNames gives "ثورة" as another name of al-Tabqa; "الهيئة العامة للثورة" is no place.
    assert default_gazetteer().lookup(normalize_name("ثورة")) == []


def test_the_syrian_capital_named_by_its_title_is_damascus_the_city():
    (entry,) = default_gazetteer().lookup(normalize_name("العاصمة السورية"))
    assert (entry.name_en, entry.kind, entry.governorate) == ("Damascus", "town", "SY-DI")


def test_the_capital_alone_is_damascus_the_city_and_its_governorate():
    entries = default_gazetteer().lookup(normalize_name("العاصمة"))
    assert sorted((entry.kind, entry.governorate) for entry in entries) == [
        ("governorate", "SY-DI"),
        ("town", "SY-DI"),
    ]
