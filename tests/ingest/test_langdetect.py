"""Language detection by the share of CJK ideographs."""

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from argkg.ingest.langdetect import cjk_share, detect_lang
from argkg.schema import Lang


def test_chinese_with_english_terms_is_chinese() -> None:
    text = "几乎所有关于 large language model 的讨论都离不开 scaling law 和 benchmark。"
    assert detect_lang(text) is Lang.ZH


def test_english_quoting_a_chinese_word_is_english() -> None:
    text = "The essay calls this position 正方, the affirmative side, and argues at length."
    assert detect_lang(text) is Lang.EN


def test_share_counts_letters_only() -> None:
    assert cjk_share("123 !!") == 0.0
    assert cjk_share("中文ab") == 0.5


def _share_by_character(text: str) -> float:
    """The definition, character by character: ideographs over ideographs and Latin letters."""
    ranges = (("\u4e00", "\u9fff"), ("\u3400", "\u4dbf"), ("\U00020000", "\U0002fa1f"))
    cjk = sum(1 for ch in text if any(low <= ch <= high for low, high in ranges))
    latin = sum(1 for ch in text if ch.isalpha() and unicodedata.name(ch, "").startswith("LATIN"))
    return cjk / (cjk + latin) if cjk + latin else 0.0


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=60))
def test_share_matches_its_definition_on_any_text(text: str) -> None:
    assert cjk_share(text) == _share_by_character(text)


def test_share_counts_accented_and_fullwidth_letters_as_the_definition_says() -> None:
    assert cjk_share("中é") == 0.5  # é is a Latin letter
    assert cjk_share("中Ａ") == 1.0  # a fullwidth letter is named FULLWIDTH LATIN, not LATIN
