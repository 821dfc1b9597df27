"""Language detection by the share of CJK ideographs."""

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
