"""Numbers a text cites as facts against the settings of a proposal and the record of a procedure
(stop 26): what a notice proposes to set (拟在/拟于…), the motion put to a meeting (议题), an
obligation's or a reply's deadline, a list under a "Conditions" heading, a meeting's attendance
and a recording's running time are no evidence; a share per mille, "多了一倍", "four of which",
"in about a decade", "inspected it twice" and "修过一次" are. Each text, written here, holds a setting and a cited fact beside
it: the fact stays."""

import pytest

from argkg.ingest.numbers import find_numbers
from argkg.schema.vocabulary import Lang


def _found(text: str, lang: Lang) -> list[tuple[str, float, str]]:
    return [(m.surface, m.value, m.unit) for m in find_numbers(text, lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # what a notice proposes to set: its count and its start date
        (
            Lang.ZH,
            "街道拟在河边增设三个垃圾投放点。目前居民要走800米。",
            [("800米", 800.0, "m")],
        ),
        (
            Lang.ZH,
            "物业拟于2027年起统一更换门禁。去年小区车位空置了40个。",
            [("40个", 40.0, "items")],
        ),
        # the motion put to a meeting, and an obligation's deadline; the figure cited after stays
        (
            Lang.ZH,
            "议题：是否将镇东80亩林地划为公园。这80亩现在每年养护要花6万元。",
            [("80亩", 80.0, "亩"), ("每年养护要花6万元", 60000.0, "CNY/year")],
        ),
        (
            Lang.ZH,
            "按约定，承包方应于开工后30日内提交图纸，结果拖了3个月。",
            [("3个月", 3.0, "months")],
        ),
        # a reply's deadline counted from receipt, and the date a notice's comments are due
        (
            Lang.ZH,
            "请贵公司自收到本通知之日起十五日内答复。去年同类投诉共有23起。",
            [("23起", 23.0, "起")],
        ),
        (
            Lang.ZH,
            "现将草案公示，请各位住户于6月5日前反馈意见。草案参考了5月12日的调查。",
            [("5月12日", 12.0, "day_of_month")],
        ),
        (
            Lang.EN,
            "The trust is asked to respond to these findings within 28 days. "
            "Last year it took 90 days to respond to a similar letter.",
            [("90 days", 90.0, "days")],
        ),
        # the conditions an approval would impose, listed under their heading
        (
            Lang.EN,
            "Conditions\n1. Works to finish within 18 months.\n2. Two trees to be replanted.\n\n"
            "The site has stood empty for 6 years.",
            [("6 years", 6.0, "years")],
        ),
    ],
)
def test_a_proposals_settings_are_no_evidence(
    lang: Lang, text: str, expected: list[tuple[str, float, str]]
) -> None:
    assert _found(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a meeting's attendance is its procedure's record; the figures reported to it are facts
        (
            Lang.ZH,
            "应到业主代表15人，实到12人。会上财务报告说，维修基金余额还有86万元。",
            [("86万元", 860000.0, "CNY")],
        ),
        # the dates a consultation ran are facts; the count of replies it received records the
        # response to it (stop 40, the later sets' convention: test_number_records)
        (
            Lang.ZH,
            "5月1日至5月10日，共收到反馈意见80条。",
            [("5月1日", 1.0, "day_of_month"), ("5月10日", 10.0, "day_of_month")],
        ),
        (
            Lang.EN,
            "Eighteen residents were in attendance. The report says repairs cost £42,000.",
            [("£42,000", 42000.0, "GBP")],
        ),
        # a recording's running time is announced to its listener, not cited
        (
            Lang.EN,
            "[Episode 3. Running time 12 min 30 s.] The mill employed 400 weavers in 1880.",
            [("400 weavers", 400.0, "weavers"), ("1880", 1880.0, "year")],
        ),
        # the characters of a quoted word count nothing the text argues with
        (
            Lang.ZH,
            "“内卷”两个字被用滥了。报名的有300人。",
            [("300人", 300.0, "people")],
        ),
    ],
)
def test_a_procedures_record_is_no_evidence(
    lang: Lang, text: str, expected: list[tuple[str, float, str]]
) -> None:
    assert _found(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (Lang.ZH, "录取率只有1.5‰。", [("1.5‰", 0.0015, "percent")]),
        # how many times a thing was done, after its past verb; not a multiple of a noun
        (Lang.EN, "The council has inspected it twice since May.", [("twice", 2.0, "occurrences")]),
        (Lang.EN, "The landlord was warned twice and still did nothing.", [("twice", 2.0, "occurrences")]),
        # once counted as no evidence; now a count of occurrences, as "I told him three times" is
        (Lang.EN, "I called twice.", [("twice", 2.0, "occurrences")]),
        (Lang.EN, "The new route needed twice the staff.", []),
        (
            Lang.ZH,
            "物业只来修过一次，水管又裂了一次。",
            [("一次", 1.0, "occurrences"), ("一次", 1.0, "occurrences")],
        ),
        (Lang.ZH, "这一次他们再一次拒绝了。", []),
        (Lang.ZH, "报名人数比去年多了一倍。", [("多了一倍", 2.0, "times")]),
        (
            Lang.EN,
            "Of the 30 stalls, eleven closed, four of which had traded for 20 years.",
            [
                ("30 stalls", 30.0, "stalls"),
                ("eleven", 11.0, "stalls"),
                ("four", 4.0, "number"),
                ("20 years", 20.0, "years"),
            ],
        ),
        (
            Lang.EN,
            "The rate fell from 9% to 4% in about a decade.",
            [("9%", 0.09, "percent"), ("4%", 0.04, "percent"), ("a decade", 1.0, "decades")],
        ),
    ],
)
def test_per_mille_multiples_parts_and_spans_are_evidence(
    lang: Lang, text: str, expected: list[tuple[str, float, str]]
) -> None:
    assert _found(text, lang) == expected
