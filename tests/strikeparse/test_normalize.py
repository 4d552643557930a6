import random

from camel_tools.tokenizers.word import simple_word_tokenize

from strikeparse.normalize import (
    display_form,
    normalize,
    normalize_name,
    plain_tokens,
    separators,
    tokens,
    word_start,
)


def test_it_folds_alef_ya_ta_marbuta_hamza_diacritics_and_tatweel():
    assert normalize_name("إدلب") == normalize_name("ادلب")
    assert normalize_name("حماة") == normalize_name("حماه")
    assert normalize_name("مُؤسَّسة") == normalize_name("موسسه")
    assert normalize_name("القائم") == normalize_name("القايم")
    assert normalize_name("حلـــب") == "حلب"
    assert normalize_name("كَفْرُ زِيتا") == "كفر زيتا"
    assert normalize_name("ا\u0655دلب") == normalize_name("إدلب")  # a combining hamza below


def test_offsets_map_back_to_the_original_text():
    text = "قَصَفَت الطائراتُ بلدةَ كَفْرِ زيتا"
    norm = normalize(text)
    start = norm.text.index("كفر زيتا")
    ostart, oend = norm.span(start, start + len("كفر زيتا"))
    assert text[ostart:oend] == "كَفْرِ زيتا"


def test_text_without_diacritics_keeps_its_offsets():
    norm = normalize("غارات على حلب")
    assert norm.to_original(11) == 11


def test_camel_tools_tokens_come_with_their_offsets():
    text = "وقال المرصد، إن 12 غارة"
    assert [text[s:e] for s, e in tokens(text)] == ["وقال", "المرصد", "،", "إن", "12", "غارة"]


def test_the_package_never_imports_django():
    import subprocess
    import sys

    code = "import sys, strikeparse, strikeparse.bench, strikeparse.cli; print('django' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


def test_word_boundaries_are_those_of_camel_tools_tokens():
    text = 'وقال "المرصد"، إن 12 غارة—على حلب_الجديدة (كفرزيتا) 🔥اليوم… و$5 و٣٠٪ today.\nسراقب'
    spans = tokens(text)
    assert [text[s:e] for s, e in spans] == simple_word_tokenize(text)
    seps = separators()
    words = [(s, e) for s, e in spans if text[s] not in seps]
    # A word starts at a character that is no separator after one that is, and ends alike.
    starts = {i for i in range(len(text)) if text[i] not in seps and (i == 0 or text[i - 1] in seps)}
    ends = {i for i in range(1, len(text) + 1) if text[i - 1] not in seps and (i == len(text) or text[i] in seps)}
    assert (starts, ends) == ({s for s, _ in words}, {e for _, e in words})


def test_tokens_are_those_of_camel_tools_on_any_mix_of_letters_marks_symbols_and_emoji():
    # Plain words skip camel-tools' per-character loop: the characters that could make it split a
    # word (the alphanumeric symbol U+2139, joiners, selectors, modifiers, keycaps, tags,
    # diacritics, tatweel, the underscore) are all in the mix.
    pieces = [
        *"ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئةى0123456789٠١٢٣٤٥٦٧٨٩۴abcXYZ_²①Ⅻ",
        *" \n\t\u00a0\u3000\x1c\x85\u200b\u200d\ufe0f\u20e3\u2139\u064b\u0651\u0640\u0654",
        *".,،؛:!?؟()[]«»\"“”'‘’-–—/|…$%٪#*@&+=<>~^`\\",
        "🇸🇾",
        "👍🏽",
        "1️⃣",
        "#️⃣",
        "👨‍👩‍👧",
        "🏴\U000e0067\U000e0062\U000e007f",
        "🔥",
        "©",
        "™",
    ]
    rng = random.Random(7)
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 30)))
        assert [text[s:e] for s, e in tokens(text)] == simple_word_tokenize(text), repr(text)
        plain = plain_tokens(text)
        assert plain is None or plain == simple_word_tokenize(text), repr(text)


def test_a_text_of_plain_words_and_common_punctuation_splits_in_one_pass_as_camel_tools_splits_it():
    pieces = [*"ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئةى0123456789٠١٢٣٤٥٦٧٨٩abcXYZ²", *" \n\t\u00a0\u3000\x1c\x85"]
    pieces += [*".,،؛:!?؟()[]«»\"“”'‘’-–—/…%٪"]
    rng = random.Random(5)
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 40)))
        plain = plain_tokens(text)
        assert plain == simple_word_tokenize(text), repr(text)
        spans, end = [], 0
        for token in plain:
            start = text.find(token, end)
            end = start + len(token)
            spans.append((start, end))
        assert spans == tokens(text), repr(text)


def test_normalising_gives_what_the_character_table_gives_on_any_arabic_text():
    from strikeparse.normalize import _DETACHED_WAW, _table

    rng = random.Random(11)
    alphabet = [chr(code) for code in range(0x0600, 0x0700)] + list("ab 12\nوو  ")
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        norm = normalize(text)
        joined = _DETACHED_WAW.sub(lambda match: match.group().rstrip(" "), text)
        assert norm.text == joined.translate(_table()), repr(text)
        for index in range(len(norm.text)):
            assert norm.text[index] == text[norm.to_original(index)].translate(_table()), repr(text)


def test_a_conjunction_written_apart_is_joined_to_the_next_word_and_offsets_still_map_back():
    text = "قصفت قرى الفطيرة و كنصفرة وَ البارة و 3 مواقع"
    norm = normalize(text)
    assert norm.text == "قصفت قري الفطيره وكنصفره والباره و 3 مواقع"
    start = norm.text.index("كنصفره")
    assert text[slice(*norm.span(start, start + len("كنصفره")))] == "كنصفرة"
    start = norm.text.index("والباره")
    assert text[slice(*norm.span(start, start + len("والباره")))] == "وَ البارة"


def test_a_word_starts_at_most_four_proclitic_letters_before_a_name_in_it():
    seps = separators()
    text = "قصف وبالرستن، ووفبكحلب"
    assert word_start(text, text.index("الرستن"), seps) == text.index("وبالرستن")
    assert word_start(text, text.index("قصف"), seps) == 0
    assert word_start(text, text.index("حلب"), seps) is None  # five letters before it


def test_a_name_is_displayed_as_written_without_quotes_hashtag_marks_diacritics_or_tatweel():
    assert display_form("مطارِ «الناصرية»") == "مطار الناصرية"
    assert display_form("#كفر_زيتا") == "كفر زيتا"
    assert display_form("حلـــب\nالجديدة") == "حلب الجديدة"
    assert display_form("إدلب") == "إدلب"  # hamza forms stay as written
