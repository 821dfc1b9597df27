"""Numbers of a record beside the facts a text cites (stop 36): a debate room's tally by side
(正方33票，反方27票), a body's verdict opened by its tally ("By 11 votes to 4, …"), a split
decision ("voted 5–3", 评委以4比1), the tally of responses received ("Of the 212 emails sent in,
…", 共附议85人, 共15条回复), an exam's marks ("(30 marks)", a marker's "total 23/30" line,
得分：45/50), what a speaker's label says of its speaker in brackets (刘某（七队）：) or beside an
entry's name ("(aged 8)"), and an indefinite source opening its finding ("In one poll, …") are no
evidence; a ballot's count reported as news is evidence. Each text, written here, holds such a
record and a cited fact beside it: the fact stays."""

import pytest

from argkg.ingest.numbers import find_numbers
from argkg.schema.vocabulary import Lang


def _found(text: str, lang: Lang) -> list[str]:
    return [m.surface for m in find_numbers(text, lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # tallies and splits: the outcome, quoted as a conclusion
        (
            Lang.EN,
            "Waiting lists grew by 30%.\nBy 11 votes to 4, councillors kept the clinic open.",
            ["30%"],
        ),
        (Lang.EN, "The board voted 5–3 in June. Rents rose 8% since then.", ["8%"]),
        (Lang.EN, "Appeal upheld (5 adjudicators; 3–2). It cost 40 points.", ["40 points"]),
        (Lang.EN, "The panel gave the round to the Proposition on a 2–1 split. Fares are £4.", ["£4"]),
        (Lang.ZH, "赛后统计，正方33票，反方27票。去年全市新增摊位300个。", ["300个"]),
        (Lang.ZH, "五位评委以4比1的票数判定反方胜出。该校有学生1200人。", ["1200人"]),
        # the tally of responses received and supporters
        (
            Lang.EN,
            "The bridge closes 4 nights a week. Of the 212 emails sent in, 150 opposed closing it.",
            ["4 nights a week"],
        ),
        (Lang.EN, "Letters received over two weeks: 96\nThe park has 3 gates.", ["3 gates"]),
        (Lang.ZH, "【附议】共附议85人\n目前全区只有12个公厕。", ["12个"]),
        (Lang.ZH, "这个问题下共15条回复\n这台机器我用了三年。", ["三年"]),
        # an exam's marks
        (
            Lang.EN,
            "Write a speech on school uniform. (30 marks)\nHomework takes pupils 7 hours a week.",
            ["7 hours a week"],
        ),
        (
            Lang.EN,
            "MARKER'S NOTE: Ideas 15/20; accuracy 8/10; total 23/30 (Level 3). Good.\nFares rose 5%.",
            ["5%"],
        ),
        (Lang.ZH, "全班有四十二人。\n【教师评语】论证充分。本文得分：45/50。", ["四十二人"]),
        (Lang.ZH, "全班有四十二人。最终得分38分（满分40分）。", ["四十二人"]),
        (
            Lang.EN,
            "Plan a leaflet. (12 marks for reasoning, 8 for style)\nHomework takes 7 hours.",
            ["7 hours"],
        ),
        # a speaker's label and a card writer's age
        (Lang.ZH, "村民刘某（七队）：我们队有十七户不同意。", ["十七户"]),
        (Lang.ZH, "第3位来电者（退休工人，一家5口）\n门票涨到了80元。", ["80元"]),
        (Lang.EN, "Entry 4 (aged 8) — The pond has 6 frogs in it.", ["6 frogs"]),
        (Lang.EN, "Visitors book — Jo, age 11\nWe saw 3 otters.", ["3 otters"]),
        # an indefinite source opening its finding
        (Lang.EN, "In one poll, 40% of riders said buses were late.", ["40%"]),
        (Lang.EN, "One hospital audit found waits of 6 hours.", ["6 hours"]),
        (Lang.EN, "We have 2 studies, and one study found nothing.", ["2 studies"]),
    ],
)
def test_record_numbers_are_no_evidence(lang: Lang, text: str, expected: list[str]) -> None:
    assert _found(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # an age in a speaker's label is a fact about the speaker; a field's label before its
        # amount is no speaker
        (Lang.ZH, "听众老李（62岁）：我带孙子五年了。", ["62岁", "五年"]),
        (Lang.ZH, "税费（总价的3%）：900元", ["3%", "900元"]),
        # one survey that opens no finding counts the surveys; a division reported as news stays
        (
            Lang.EN,
            "Two surveys exist; one survey covered 300 homes.",
            ["Two surveys", "one survey", "300 homes"],
        ),
        (Lang.EN, "The bill was lost by 210 votes to 244 last night.", ["210 votes", "244"]),
        # a ballot's count reported as news stays, in either language
        (Lang.EN, "The plan passed with 9 in favour and 4 against.", ["9", "4"]),
        (Lang.ZH, "投票结果为赞成120票，反对45票。", ["120票", "45票"]),
        # a full mark stated as a rule stays (满分 alone)
        (Lang.ZH, "这门考试满分为100分。", ["100分"]),
    ],
)
def test_facts_beside_records_stay(lang: Lang, text: str, expected: list[str]) -> None:
    assert _found(text, lang) == expected
