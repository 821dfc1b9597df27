"""Numbers in the apparatus of a layout (issue 9, stop 33): footnote markers and reference
lists, a scoring form's scale and scores, a poll's or a vote's line, a meeting's attendance field
(出席：…), a contact field, a time of day named by its part of the day. Each text (written here)
keeps a fact beside the apparatus, so a rule that drops too much fails too."""

import pytest

from argkg.ingest.numbers import find_numbers
from argkg.schema.vocabulary import Lang


def _surfaces(text: str, lang: Lang) -> list[str]:
    return [text[m.start : m.end] for m in find_numbers(text, lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a marker after a sentence and a marker list point at sources
        (Lang.EN, "Ridership fell by 18% in 2021.[3] Fares rose by 5%.[4, 6]", ["18%", "2021", "5%"]),
        (Lang.ZH, "全市共有社区食堂412家[2]，比上年增加三成[3–5]。", ["412家", "三成"]),
        # a reference list's entries: years, volumes and pages are the source's
        (
            Lang.EN,
            "Costs doubled.\n\n[1] Park, S. (2018) Urban Studies 55, pp. 12–30.\n"
            "Moreno, T. and Diaz, A. (2020). Buses. London: Verso.",
            ["doubled"],
        ),
        (
            Lang.ZH,
            "受访家庭有15%没有存款。\n\n[1] 王强. 社区养老研究[J]. 社会学刊, 2019, 7(2): 11-20.",
            ["15%"],
        ),
        # an in-text citation in prose is no reference line: its finding stays
        (Lang.EN, "Park (2018) found that 40% of riders stopped.", ["2018", "40%"]),
        # a form's scale and a row of scores are a panel's marks
        (
            Lang.EN,
            "Criteria: Reach /5 · Cost /5 · Risk /5\n\nMarks: 4 · 3 · 5\n\nThe pilot served 260 homes.",
            ["260 homes"],
        ),
        (Lang.ZH, "评分项：创新 /20　落地 /20\n\n打分：15、12、18\n\n项目已服务三百名老人。", ["三百名"]),
        # a poll's or a vote's line is the room's verdict; a poll cited in prose is evidence
        (
            Lang.EN,
            "Show of hands at the start: For 40% · Against 35% · Undecided 25%\n\n"
            "A survey last year found 62% of tenants back the plan.",
            ["62%"],
        ),
        (Lang.ZH, "会前表决：赞成9票，反对3票\n\n该路段去年发生事故27起。", ["27起"]),
        # a meeting's attendance field is its procedure
        (Lang.ZH, "出席：理事7人，列席2人\n\n今年会费收入四万二千元。", ["四万二千元"]),
        # a contact field's number and hours, a number to dial, a speaker's age
        (Lang.ZH, "有问题请联系前台（电话：8123 4567，全天值班）。漏水已经持续了三周。", ["三周"]),
        (Lang.ZH, "遇到险情请拨打110报警。去年共接到求助电话六十多个。", ["六十多个"]),
        # a second measure after a slash is no form's scale
        (Lang.EN, "Each ball holds 100 m / 50 g of wool.", ["100 m", "50 g"]),
        # a time of day is no quantity; a span beside it is
        (Lang.ZH, "每天晚上九点熄灯，学生平均只睡六个半小时。", ["六个半小时"]),
    ],
)
def test_the_apparatus_is_no_evidence(lang: Lang, text: str, expected: list[str]) -> None:
    assert _surfaces(text, lang) == expected
