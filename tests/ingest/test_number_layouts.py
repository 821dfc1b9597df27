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


def test_advice_stops_at_a_clause_that_reports_a_result() -> None:
    text = "医生建议每天拉伸两次,每次十分钟,练了4年的人腰痛少了一半。"
    assert [(m.surface, m.value) for m in find_numbers(text, Lang.ZH)] == [("4年", 4.0), ("一半", 0.5)]
    # the amounts advised stay out, also without a result after them
    assert find_numbers("建议每天拉伸两次,每次十分钟。", Lang.ZH) == []


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a speaker's label names who speaks: the figure they quote is evidence
        (Lang.ZH, "正方三辩:据统计,本市早高峰平均通勤时间是52分钟。", [("52分钟", 52.0, "minutes")]),
        (
            Lang.EN,
            "REBUTTAL: the average wait at the clinic is 95 minutes.",
            [("95 minutes", 95.0, "minutes")],
        ),
        # ... while the chair's speaking time is still none
        (Lang.ZH, "主席:请反方二辩发言,时间三分钟。", []),
        (Lang.EN, "CHAIR: Each speaker has two minutes.", []),
    ],
)
def test_a_speakers_label_sets_no_procedure(
    lang: Lang, text: str, expected: list[tuple[str, float, str]]
) -> None:
    assert _found(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a phone number ending a sentence
        (Lang.EN, "Rents rose 6% this spring; for advice ring 01632 960147.", [("6%", 0.06, "percent")]),
        # a consultation's period field, and a minutes' line of fields with a count after them
        (Lang.ZH, "公示时间:2026年8月3日至8月17日", []),
        (
            Lang.ZH,
            "日期:3月2日下午2点 地点:社区活动室 楼里住着48人。",
            [("48人", 48.0, "people")],
        ),
    ],
)
def test_phone_numbers_and_field_lines_leave_the_counts_after_them(
    lang: Lang, text: str, expected: list[tuple[str, float, str]]
) -> None:
    assert _found(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # pieces cut, not yuan
        (Lang.ZH, "把西瓜切成8块,每人分一块。", [("8块", 8.0, "devices")]),
        (Lang.ZH, "这种桃现在卖6块,比上周贵了。", [("6块", 6.0, "CNY")]),
        # a bus route's number, a request's deadline
        (Lang.ZH, "K5路、12路公交本月起停运,乘客减少了三成。", [("三成", 0.3, "percent")]),
        (Lang.ZH, "请于15日内回复,逾期视为同意。", []),
        (
            Lang.EN,
            "Please reply within 10 days; last year 212 tenants did not.",
            [("212 tenants", 212.0, "tenants")],
        ),
    ],
)
def test_pieces_routes_and_requests(lang: Lang, text: str, expected: list[tuple[str, float, str]]) -> None:
    assert _found(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a document named by its date, a meeting's quorum
        (
            Lang.EN,
            "Your notice dated 2 June 2026 offered 40% of the loss.",
            [("40%", 0.4, "percent")],
        ),
        (
            Lang.EN,
            "With a quorum of 30, the vote passed 44 to 9.",
            [("44", 44.0, "number"), ("9", 9.0, "number")],
        ),
        (Lang.ZH, "贵司6月2日的复函只同意赔偿四成。", [("四成", 0.4, "percent")]),
        # a date that tells when something happened stays
        (
            Lang.EN,
            "The pipe burst on 2 June and flooded 3 flats.",
            [("2 June", 2.0, "day_of_month"), ("3 flats", 3.0, "flats")],
        ),
    ],
)
def test_a_documents_date_and_a_quorum_are_no_evidence(
    lang: Lang, text: str, expected: list[tuple[str, float, str]]
) -> None:
    assert _found(text, lang) == expected
