"""`ends_with_any` and `starts_with_any` give what asking `ends_with` / `starts_with` of each word gives."""

from hypothesis import given, settings
from hypothesis import strategies as st

from argkg.ingest.numbers.context import ends_with, ends_with_any, starts_with, starts_with_any
from argkg.ingest.numbers.data import number_data
from argkg.schema.vocabulary import Lang

#: letters that make the whole-word rule and the case folding matter, Chinese and blanks
_LETTERS = st.sampled_from([*"aAbByYzZ约近第第 -.:", "İ", "K"])
_TEXT = st.text(_LETTERS, max_size=8)
_WORDS = st.lists(st.text(_LETTERS, max_size=4), max_size=6)


@settings(max_examples=300, deadline=None)
@given(_TEXT, _WORDS)
def test_any_of_a_word_list_is_each_word_asked_in_turn(text: str, words: list[str]) -> None:
    assert ends_with_any(text, words) == any(ends_with(text, w) for w in words)
    assert starts_with_any(text, words) == any(starts_with(text, w) for w in words)


def test_the_hedge_lists_of_both_languages_match_as_their_words_do() -> None:
    for lang, text, hedge in ((Lang.EN, "costs about", "about"), (Lang.ZH, "成本约", "约")):
        words = number_data(lang).hedges_before
        assert hedge in words
        assert ends_with_any(text, words)
        assert not ends_with_any(text + "x", words)
        assert starts_with_any(hedge + " 5", words)
