"""The record of the proceedings against the facts they weigh (stop 40): who attended, how many
responses came in and a vote's tally or shares that the record labels as its vote are no
evidence, nor is the day a rule, a trial, a term or a notice starts or ends; a count of
complaints, a survey's shares, a ballot reported as news, one option's count alone and a fact's
day are. Each text, written here, holds a record figure and a cited fact beside it: the fact
stays."""

import re

import pytest

from argkg.ingest.numbers import find_numbers
from argkg.ingest.numbers.tallies import tallies
from argkg.schema.vocabulary import Lang


def _found(text: str, lang: Lang) -> list[str]:
    return [m.surface for m in find_numbers(text, lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # attendance: a verb or a label before the count, and a line an attendance label opens
        (Lang.ZH, "委员会应出席委员7名，实际出席6名。去年河道清淤花了45万元。", ["45万元"]),
        (Lang.ZH, "今天晨练到场14人，辛苦了！上个月我们一共跑了320公里。", ["320公里"]),
        (Lang.ZH, "参加人：居民代表11名（楼长4名、租户3名），旁听人员6名\n小区有停车位210个。", ["210个"]),
        (Lang.EN, "Present: the Chair (Dr Ames); 17 governors\nApologies: 2 governors\n", []),
        (Lang.EN, "The hall was attended by 60 residents. Rents rose 9% last year.", ["9%"]),
        # responses received: the counted noun, a noun after the measure word, one just before
        (Lang.EN, "Thanks for the 27 comments and 12 replies. We had 300 complaints.", ["300 complaints"]),
        (Lang.ZH, "回复问卷的120户里，有45户装了空调。", ["120户", "45户"]),
        (Lang.ZH, "共收到群众意见516条，反映停车难的占四成。全区新增车位900个。", ["四成", "900个"]),
        (Lang.ZH, "讨论区（共88条，按时间排序）\n我家门口一年修了3次路。", ["3次"]),
        (Lang.ZH, "综合评分 4.6　共 95 条点评\n菜价比去年涨了两成。", ["两成"]),
    ],
)
def test_record_counts_are_no_evidence(lang: Lang, text: str, expected: list[str]) -> None:
    assert _found(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # the tally under a heading that names the vote, or after a vote label with a colon
        (Lang.ZH, "四、表决结果\n赞成11票，反对3票，弃权1票。\n去年食堂亏损了8万元。", ["8万元"]),
        (Lang.ZH, "经举手表决：同意20票，不同意5票。\n该路段去年发生事故9起。", ["9起"]),
        (
            Lang.EN,
            "Result (show of hands): motion carried, 31 for, 9 against, 2 abstentions.\n"
            "The pool lost £12,000 last year.",
            ["£12,000"],
        ),
        # a vote's shares under a heading naming it; a survey's shares stay
        (Lang.ZH, "【现场投票】\n参加投票的观众中，赞成的占62%，反对的占38%。", []),
        (
            Lang.EN,
            "Across the county, 52% of parents back the plan, 40% oppose it and 8% are unsure.",
            ["52%", "40%", "8%"],
        ),
        # a ballot reported as news, one option's count alone, and votes no option word names
        (Lang.ZH, "据报道，投票结果为赞成312票，反对45票。", ["312票", "45票"]),
        (Lang.EN, "Vote so far: 4 for moving it to Friday, 1 abstention", ["4", "1 abstention"]),
    ],
)
def test_labelled_tallies_are_no_evidence(lang: Lang, text: str, expected: list[str]) -> None:
    assert _found(text, lang) == expected


def test_tally_span_runs_from_first_count_to_last() -> None:
    text = "Result: 12 for, 3 against.\nLater, 5 for the other option."
    counts = re.compile(r"\b\d+ (?:for|against)\b(?=[,.])")
    spans = tallies(text, counts, re.compile(r"\bvote\b"), re.compile(r"\bresult\b", re.IGNORECASE))
    assert [text[a:b] for a, b in spans] == ["12 for, 3 against"]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # the day a rule, a trial, a season or a notice starts or ends; the fact beside it stays
        (Lang.EN, "From Tuesday 3 May the car park closes at 8pm. It was broken into 6 times.", ["6 times"]),
        (
            Lang.EN,
            "Swimming is banned from 1 June to 31 August. Two people drowned in 2019.",
            ["Two people", "2019"],
        ),
        (Lang.ZH, "新规自5月1日起施行。去年共发生事故17起。", ["17起"]),
        (Lang.ZH, "租约将于2027年6月30日到期，现在月租4500元。", ["月租4500元"]),
        (Lang.ZH, "公示期为11月3日至11月9日。", []),
        # a fact's day, and a month with no day (a fact's month), stay
        (
            Lang.EN,
            "He worked there from May 2019 and was hurt on 4 March 2024.",
            ["May 2019", "4 March 2024"],
        ),
        (Lang.ZH, "3月5日那天下了大雨，2025年3月起房租涨了两成。", ["3月5日", "2025年3月", "两成"]),
    ],
)
def test_a_periods_bounds_are_no_evidence(lang: Lang, text: str, expected: list[str]) -> None:
    assert _found(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a later clause's figure is the meeting's matter, not its attendance
        (Lang.ZH, "读书会本期到场12人，大家平均每月读2.5本。", ["每月读2.5本"]),
        # a message's label names no response counted (留言：…)
        (Lang.ZH, "业主李先生留言：楼下两家饭店油烟很大。", ["两家"]),
    ],
)
def test_figures_beside_a_record_stay(lang: Lang, text: str, expected: list[str]) -> None:
    assert _found(text, lang) == expected
