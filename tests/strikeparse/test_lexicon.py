import re

import pytest

from strikeparse import lexicon as lx


def test_the_spellings_of_a_pattern_are_its_whole_finite_language():
    assert lx.spellings(re.compile("(ي|ت)?قصف(ت|وا)?|غارات")) == {
        "قصف", "يقصف", "تقصف", "قصفت", "قصفوا", "يقصفت", "يقصفوا", "تقصفت", "تقصفوا", "غارات",
    }  # fmt: skip


def test_a_negative_lookahead_keeps_the_words_it_guards():
    assert lx.spellings(re.compile("التنظيم(?!ات)|داعش")) == {"التنظيم", "داعش"}


@pytest.mark.parametrize("pattern", ["قصف.*", "[يت]قصف", "غار+ات", "قصف{1,2}"])
def test_a_pattern_beyond_letters_groups_and_options_is_refused(pattern):
    with pytest.raises(ValueError):
        lx.spellings(re.compile(pattern))


@pytest.mark.parametrize("pattern", [lx.STRIKE_CUE, lx.STRIKE_VERB])
def test_every_spelling_of_the_strike_patterns_is_matched_by_them(pattern):
    words = lx.spellings(pattern)
    assert len(words) > 50
    assert all(pattern.fullmatch(word) for word in words)
