"""Numbers of a record beside the facts a text cites (stop 37): a speech's heading with its
time, a publication or posting line, a letter's signatories and who tabled a motion, a panel's
tally and a poll's result line, a bus route and a report's paragraph number, a motion's or an
option's own wording, a dated entry of a visitors book or rota, a dotted header line's date, an
indefinite place or body doing something ("one coastal town banned…"), a person named by age, a
reply's deadline and the day a body decides; 附议代表 and an audience field, a clock time in
digits, a tally that opens its outcome, a panel's split, a score sheet's line and a closing date.
Each text, written here, holds such a record and a cited fact beside it: the fact stays, and so
does a count the rule must not take."""

import pytest

from argkg.ingest.numbers import find_numbers
from argkg.schema.vocabulary import Lang


def _found(text: str, lang: Lang) -> list[str]:
    return [m.surface for m in find_numbers(text, lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # headings, header lines and who signs
        (Lang.EN, "OPENING PROPOSITION — Sam Reid (7 minutes)\nBus fares rose 12%.", ["12%"]),
        (
            Lang.EN,
            "Published online by the Valley Herald on 2 March 2025, carrying the signatures of 64 staff\n"
            "Waiting times reached 9 hours.",
            ["9 hours"],
        ),
        (Lang.EN, "The letter, and 40 more signatories, says 3 wards closed.", ["3 wards"]),
        (Lang.EN, "A motion tabled by 9 members asks for a vote. The hall seats 200 people.", ["200 people"]),
        (
            Lang.EN,
            "Posted by the treasurer · Voting ends Friday · 14 members, 10 votes needed to pass\n"
            "The club lost £2,000 on the bar.",
            ["£2,000"],
        ),
        (Lang.EN, "Paper to the Board, 4 May 2026 · Author: Jo Dean\nThe ward has 28 beds.", ["28 beds"]),
        # tallies and results: the outcome
        (
            Lang.EN,
            "The jury awarded first prize to the second entry by four votes to three. Tickets cost £5.",
            ["£5"],
        ),
        (
            Lang.EN,
            "2,310 votes: Yes 61% · No 39%\nThe pool opens 40 hours a week.",
            ["40 hours a week"],
        ),
        # things and paragraphs named by a number, a motion's wording, dated entries
        (Lang.EN, "Pupils on the 19 or 19A bus arrive late; 30% of them were late.", ["30%"]),
        (Lang.EN, "3.4 Parents said fees rose by 6%.", ["6%"]),
        (
            Lang.EN,
            '"That the society buy a 12-seat boat for £40,000."\nMembers rowed 900 miles last season.',
            ["900 miles"],
        ),
        (
            Lang.EN,
            "R3. That the board report back by May 2028.\nThe centre had 41,000 visits.",
            ["41,000 visits"],
        ),
        (
            Lang.EN,
            "Option B: cap fares at £3 a day. Cost: the depot would lose £90,000 a year.",
            ["£90,000 a year"],
        ),
        (Lang.EN, "4 May — A. Reyes, Leeds\nWe saw 3 otters by the bridge.", ["3 otters"]),
        (Lang.EN, "11 March: Tom B. · 18 March: Ann K.\nEach run takes 45 minutes.", ["45 minutes"]),
        # a person named by age, a reply's deadline, the day a body decides
        (Lang.EN, "Ask a nine-year-old what a pension is. Only 12% of adults know.", ["12%"]),
        (
            Lang.EN,
            "Please return the form to the office by Monday 3 May. Last year 140 families replied.",
            ["140 families"],
        ),
        (
            Lang.EN,
            "If you accept the offer before 1 June 2027, it binds both sides. The refund was £40.",
            ["£40"],
        ),
        (Lang.EN, "The board decides on 9 May. The depot has 31 buses.", ["31 buses"]),
        # an indefinite place or body
        (Lang.EN, "One coastal town banned cars and footfall rose 15%.", ["15%"]),
        (Lang.EN, "When one rural district cut its fares, ridership rose 15%.", ["15%"]),
        # Chinese records
        (Lang.ZH, "提案人：张某（附议代表 9 人）\n全校有宿舍楼12栋。", ["12栋"]),
        (Lang.ZH, "主持人：李某　　到场观众：80人\n去年全市新增摊位300个。", ["300个"]),
        (Lang.ZH, "我凌晨2点15分才下班，这个月加班60小时。", ["60小时"]),
        (
            Lang.ZH,
            "表决时同意70票，反对30票，该方案被否决。去年食堂涨价了15%。",
            ["15%"],
        ),
        (Lang.ZH, "七位评委中五人赞成，该作品获得一等奖。参赛作品共有86件。", ["86件"]),
        (Lang.ZH, "得分：内容32分、结构18分，合计50分。全班有四十二人。", ["四十二人"]),
        (Lang.ZH, "报名截止日期为3月31日。目前全市有公厕120座。", ["120座"]),
    ],
)
def test_record_numbers_are_no_evidence(lang: Lang, text: str, expected: list[str]) -> None:
    assert _found(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a division reported as news, a ballot's count without the outcome it decides, a count
        # of the only one, a size in a dotted spec line
        (Lang.EN, "The bill was defeated by 197 votes to 305 in 2019.", ["197 votes", "305", "2019"]),
        (Lang.ZH, "投票结果为赞成156票，反对20票。", ["156票", "20票"]),
        (Lang.EN, "Only one school has a pool, and it is 25 metres long.", ["25 metres"]),
        (Lang.EN, "Walnut shelf · Depth 25 cm · 4 brackets included", ["25 cm", "4 brackets"]),
        # the age of a thing, a fact's date
        (Lang.EN, "We replaced our 30-year-old bridge last spring.", ["30-year"]),
        (Lang.EN, "The fire started on 3 May and 12 homes were lost.", ["3 May", "12 homes"]),
    ],
)
def test_cited_numbers_stay(lang: Lang, text: str, expected: list[str]) -> None:
    assert _found(text, lang) == expected
