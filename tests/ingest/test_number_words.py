"""A number read from the middle of a noun or an idiom is the word's, no quantity; a hedge cut
with its number leaves the number standing (texts written here)."""

import pytest

from argkg.ingest.numbers import find_numbers
from argkg.ingest.numbers.words import word_around
from argkg.schema.vocabulary import Lang


def _found(text: str) -> list[tuple[str, float, str]]:
    return [(m.surface, m.value, m.unit) for m in find_numbers(text, Lang.ZH)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 三道 inside 说三道四: the idiom's, no count
        ("老街上有人说三道四，他也不理。", []),
        # 三折 inside 一波三折 is no discount; the months are a duration
        ("这件事一波三折，前后拖了8个月。", [("8个月", 8.0, "months")]),
        # a hedge filed as a time word: the number stands
        ("近八年来，村里修了3条路。", [("八年", 8.0, "years"), ("3条", 3.0, "items")]),
        # a numeral read from a noun's last character is read again after the noun
        ("这个月的用电度数三百二，比上月多。", [("三百二", 320.0, "number")]),
    ],
)
def test_a_number_inside_a_word_is_no_quantity(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert _found(text) == expected


def test_word_around_asks_the_words_class_and_position() -> None:
    text = "别人说三道四他也不理。"
    at = text.index("三")
    assert word_around(text, at, ["i"]) == text.index("他")  # 三 inside 说三道四, an idiom
    assert word_around(text, at, ["n"]) is None  # the idiom is no noun
    assert word_around(text, text.index("说"), ["i"]) is None  # a word's first character
    assert word_around(text, at, []) is None  # no tags: a language without the rule
    assert word_around("说3道", 1, ["i"]) is None  # no ideograph there
    # the run of ideographs begins after the letters before it: the idiom is read whole
    assert word_around("ok说三道四。", 3, ["i"]) == 6
