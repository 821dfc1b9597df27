"""A number read from the middle of a noun or an idiom is the word's, no quantity; a hedge cut
with its number leaves the number standing (texts written here)."""

import pytest

from argkg.ingest.numbers import find_numbers
from argkg.ingest.numbers.words import inside_word
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
    ],
)
def test_a_number_inside_a_word_is_no_quantity(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert _found(text) == expected


def test_inside_word_asks_the_words_class_and_position() -> None:
    text = "别人说三道四他也不理。"
    at = text.index("三")
    assert inside_word(text, at, ["i"])  # 三 inside 说三道四, an idiom
    assert not inside_word(text, at, ["n"])  # the idiom is no noun
    assert not inside_word(text, text.index("说"), ["i"])  # a word's first character
    assert not inside_word(text, at, [])  # no tags: a language without the rule
    assert not inside_word("说3道", 1, ["i"])  # no ideograph there
