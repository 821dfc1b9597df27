"""A schedule's day against the facts beside it (stop 41): a day named with its weekday is when
a thing is held, due or aired, no evidence; a fact's date without a weekday stays. Each text,
written here, puts a cited fact beside it."""

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
