"""Numeric evidence in layouts and genres the number classes were not tuned on (issue 9): a
change or a score written as two bare numbers, advice that stops at a reported result, a
speaker's label, phone numbers that end a sentence (texts written here)."""

import pytest

from argkg.ingest.numbers import find_numbers
from argkg.schema.vocabulary import Lang


def _found(text: str, lang: Lang) -> list[tuple[str, float, str]]:
    return [(m.surface, m.value, m.unit) for m in find_numbers(text, lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a change between two bare numbers: both ends are counts
        (
            Lang.EN,
            "Volunteers at the food bank went from 140 to 95 over the winter.",
            [("140", 140.0, "number"), ("95", 95.0, "number")],
        ),
        (
            Lang.EN,
            "The average class now holds 31, up from 26 before the merger.",
            [("31", 31.0, "number"), ("26", 26.0, "number")],
        ),
        # ... and takes no unit from an earlier number (the 12% is the change, not the level)
        (
            Lang.EN,
            "Falls dropped by 12% on the ward, from 3.4 to 3.0 per bed.",
            [("12%", 0.12, "percent"), ("3.4", 3.4, "number"), ("3.0", 3.0, "number")],
        ),
        # a year pair stays two years
        (
            Lang.EN,
            "Fares were frozen from 2019 to 2022.",
            [("2019", 2019.0, "year"), ("2022", 2022.0, "year")],
        ),
        # a score written with 比
        (Lang.ZH, "决赛中主队以2比1取胜。", [("2", 2.0, "number"), ("1", 1.0, "number")]),
    ],
)
def test_a_change_or_score_in_two_bare_numbers_is_evidence(
    lang: Lang, text: str, expected: list[tuple[str, float, str]]
) -> None:
    assert _found(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # an amount per item of its own: not the count's unit before it
        (
            Lang.EN,
            "Pickers fill 60 crates a day and are paid 2 each.",
            [("60 crates a day", 60.0, "crates/day"), ("2 each", 2.0, "number")],
        ),
        # a measure is left out as before, also after a word numeral with a multiplier
        (
            Lang.EN,
            "The pump ran 40 minutes on the old setting and 25 on the new one.",
            [("40 minutes", 40.0, "minutes"), ("25", 25.0, "minutes")],
        ),
        (
            Lang.ZH,
            "换一套滤网要三千元,上门安装还要五百。",
            [("三千元", 3000.0, "CNY"), ("五百", 500.0, "CNY")],
        ),
    ],
)
def test_a_bare_number_leaves_out_only_a_unit_it_can_take(
    lang: Lang, text: str, expected: list[tuple[str, float, str]]
) -> None:
    assert _found(text, lang) == expected
