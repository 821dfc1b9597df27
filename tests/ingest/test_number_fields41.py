"""A schedule's day, a document's year and a record's field against the facts beside them (stop
41): a day named with its weekday is when a thing is held, due or aired, a year that names an
edition or a policy says which text, as a version number does, and a count in a field whose
label says who took part (the people at a meeting, a net's check-ins, a statement's signatories)
records the proceedings; none is evidence. A fact's date without a weekday, an event's year and
a count after a field that a comma has closed stay. Each text, written here, puts a cited fact
beside them."""

import pytest

from argkg.ingest.numbers import find_numbers
from argkg.schema.vocabulary import Lang


def _found(text: str, lang: Lang) -> list[str]:
    return [m.surface for m in find_numbers(text, lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            Lang.EN,
            "The board meets on Wednesday 4 March to decide. Last winter 38 pipes burst.",
            ["38 pipes"],
        ),
        (Lang.EN, "Sunday, April 12, 2026 · Town Hall\nThe library lent 5,200 books.", ["5,200 books"]),
        (Lang.EN, "Entries close on Friday 9 October. On 4 March 2025 the roof leaked.", ["4 March 2025"]),
        (Lang.ZH, "2026年5月9日（周六）至5月10日（周日）停电。去年全区停电11次。", ["11次"]),
    ],
)
def test_weekday_dates_are_no_evidence(lang: Lang, text: str, expected: list[str]) -> None:
    assert _found(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (Lang.ZH, "参加会议的有：3家物业公司代表、5个小区的业主代表共20人。去年投诉增加了40%。", ["40%"]),
        (Lang.EN, "Check-in count: 9 callers\nThe river rose 31 cm overnight.", ["31 cm"]),
        (
            Lang.EN,
            "An objection submitted by 5 residents:\nThe roof leaked 14 times last year.",
            ["14 times"],
        ),
        # a comma closes the field: the count after it is the speaker's fact
        (Lang.EN, "Notes submitted by: the warden, who counted 12 nests.", ["12 nests"]),
    ],
)
def test_record_fields_are_no_evidence(lang: Lang, text: str, expected: list[str]) -> None:
    assert _found(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The 1998 edition allowed it. Since then 41 ladders have failed.", ["41 ladders"]),
        ("Under the Parking Policy of 2019 the council issued 3,400 permits.", ["3,400 permits"]),
        ("A survey dated 2017 found that 62% of riders wanted it.", ["62%"]),
        # the year of an event stays: when a fact happened
        ("In the 2019 floods 120 homes were hit.", ["2019", "120 homes"]),
    ],
)
def test_document_years_are_no_evidence(text: str, expected: list[str]) -> None:
    assert _found(text, Lang.EN) == expected
