"""Numbers a text cites as facts beside what a pending decision would set and beside the
record of a verdict (stop 31): what a vote on "whether to", a plan, an offer, 提议, 要不要 or a
quote (报价) would set, a star rating, a tally of votes or judges, a speech heading's time, a
letter cited by its date, the count of signatories or comments, a minute's action line and a
stay's dates on a review's header are no evidence; an Arabic 1 before a singular noun, one per
pupil, 一小时, 十克, 三顿, 人次 and 每日一剂 are. Each text, written here, holds a setting or a
record and a cited fact beside it: the fact stays."""

import pytest

from argkg.ingest.numbers import find_numbers
from argkg.schema.vocabulary import Lang


def _found(text: str, lang: Lang) -> list[str]:
    return [m.surface for m in find_numbers(text, lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # what a pending decision, plan or offer would set; the fact beside it stays
        (
            Lang.EN,
            "The board meets to decide whether to spend £3 million on a new roof. The old one leaks in 14 places.",
            ["14 places"],
        ),
        (
            Lang.EN,
            "Readers welcomed the plan for a £12 million ring road. Traffic grew by 9% last year.",
            ["9%"],
        ),
        (Lang.EN, "I could also offer a £25 voucher. Your order was 6 days late.", ["6 days"]),
        (Lang.ZH, "班长提议，从班费里拿出200元买绿植。现在班费还剩540元。", ["540元"]),
        (Lang.ZH, "今天讨论停车费要不要从每月100元涨到150元。车位只有80个。", ["80个"]),
        (Lang.ZH, "装修队看过了，翻新报价九万。去年漏水修了三次。", ["三次"]),
        # a verdict's score, a tally, a speech heading's time, a letter cited by its date
        (Lang.EN, "Trailfinder — 3.9 out of 5 · 5.2K ratings\nIt crashed 4 times on my walk.", ["4 times"]),
        (
            Lang.EN,
            "The club agreed by 14 votes to 5 to sell the pitch, which floods 20 days a year.",
            ["20 days a year"],
        ),
        # a division reported as news is a fact the text cites
        (Lang.EN, "The bill was lost by 210 votes to 244 last night.", ["210 votes", "244"]),
        (Lang.EN, "FIRST OPPOSITION (Tom Reid, 6 minutes)\nFares rose 11% in one year.", ["11%", "one year"]),
        (Lang.EN, "Mr Day (Letters, 9 March) is wrong: the pool shut 3 times in 2024.", ["3 times", "2024"]),
        # the count of signatories and comments, a rating, a stay's dates, a clock time
        (Lang.ZH, "食堂一份米饭涨到了两块五。\n（八十九位同学联署）", ["两块五"]),
        (Lang.ZH, "评论（共214条）\n这家店我去了五次。", ["五次"]),
        (Lang.ZH, "入住：5月1日—5月3日（2晚）　评分：3.5\n空调坏了两天。", ["两天"]),
        (Lang.ZH, "末班车在十点二十分发车，每晚有四十多人等车。", ["四十多人"]),
        # a minute's action line
        (
            Lang.EN,
            "Membership fell to 212 members.\nAction: Treasurer to report within 14 days.",
            ["212 members"],
        ),
        # counts the article reading missed
        (Lang.EN, "Each tent sleeps 2 adults and 1 child.", ["2 adults", "1 child"]),
        (Lang.EN, "The school bought tablets, one per pupil, in 2023.", ["one per pupil", "2023"]),
        (Lang.ZH, "奶奶一天三顿都要吃药，饭后一小时吃。", ["三顿", "一小时"]),
        (Lang.ZH, "一份菜放盐大概十克。展馆去年接待了五万人次。", ["十克", "五万人次"]),
        (Lang.ZH, "医生开了七剂药，每日一剂。", ["七剂", "每日一剂"]),
    ],
)
def test_a_fact_stays_beside_a_setting_or_a_record(lang: Lang, text: str, expected: list[str]) -> None:
    assert _found(text, lang) == expected


def test_a_demand_is_no_advice() -> None:
    """要求 reports what someone demanded: the count it names is a fact of the case."""
    assert _found("我要求店家退还剩下的12节课的钱。", Lang.ZH) == ["12节课"]
