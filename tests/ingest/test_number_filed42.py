"""The record of the proceedings against the facts of the matter (stop 42): the day a letter,
an application or a decision was received, lodged, sent or issued, or a ballot or a file closed,
is no evidence; a fact's day beside it, a year and a count stay. Each text is written here."""

import pytest

from argkg.ingest.numbers import find_numbers
from argkg.schema.vocabulary import Lang


def _found(text: str, lang: Lang) -> list[str]:
    return [m.surface for m in find_numbers(text, lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (Lang.ZH, "本局于2026年3月2日收到你的来信。去年该路段发生事故17起。", ["17起"]),
        (Lang.ZH, "你单位5月6日提交的复核申请收悉。2024年5月6日暴雨冲垮了堤坝。", ["2024年5月6日"]),
        (Lang.ZH, "申请人对8月1日作出的处罚决定不服。", []),
        # the day's own clause names no paper: when a count began
        (Lang.ZH, "3月1日至3月9日，街道共收到反馈意见88条。", ["3月1日", "3月9日"]),
        # a year with a filing word is a year's count, no record's day
        (Lang.ZH, "2025年共收到投诉42件。", ["2025年", "42件"]),
        (Lang.EN, "The appeal was lodged on 4 May 2026. The pump failed on 2 April 2026.", ["2 April 2026"]),
        (Lang.EN, "Ballot closed: 9 June 2026.\nThe hall seats 240 people.", ["240 people"]),
    ],
)
def test_a_papers_day_is_no_evidence(lang: Lang, text: str, expected: list[str]) -> None:
    assert _found(text, lang) == expected
