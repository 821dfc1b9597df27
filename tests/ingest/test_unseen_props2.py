"""The debated proposition of a text that states it only by a proposal, a request, a decision
or a verdict, and what a proposition may never be.

The texts and ``gold.yaml`` are in ``tests/ingest/texts/unseen_props2/`` (see
`argkg.bench.argtexts`): a refund e-mail and the shop's reply, an AGM summary, meeting notes, a
planning-portal comment, an owners' forum thread, a consultation's result, a complaint and its
reply and a parents' chat, gold written before argkg ran on them (0/8 propositions then).
Besides the set's figures, the tests below check, on sentences written for them, the cues of a
text's central ask (``kind: ask`` in ``proposition.yaml``), that a motion or a thesis still comes
before it, and that a concession clause or a fragment is never the proposition.
"""

import pytest

from argkg.bench.argtexts import UNSEEN_PROPS2, TextResult, check_folder
from argkg.ingest import ingest_text
from argkg.ingest.proposition import match_proposition
from argkg.schema import Assumption, AssumptionOrigin, Lang, Stance


@pytest.fixture(scope="module")
def results() -> dict[str, TextResult]:
    return check_folder(UNSEEN_PROPS2)


def test_most_propositions_are_found(results: dict[str, TextResult]) -> None:
    # 0/8 before a text's central ask could give it; the floor keeps what the asks won
    assert sum(r.proposition for r in results.values()) >= 7


@pytest.mark.parametrize(
    ("line", "lang", "words", "author"),
    [
        (
            "I'd like to propose that we move the book sale to the spring.",
            Lang.EN,
            "move the book sale",
            Stance.PRO,
        ),
        (
            "Idea for next term: let's swap the quiz night for a film club.",
            Lang.EN,
            "swap the quiz night",
            Stance.PRO,
        ),
        (
            "We are asking for a replacement kettle, not a voucher.",
            Lang.EN,
            "a replacement kettle",
            Stance.PRO,
        ),
        ("Decision: we will close the side gate at dusk.", Lang.EN, "close the side gate", Stance.PRO),
        ("We have decided to drop the Friday shuttle.", Lang.EN, "drop the Friday shuttle", Stance.PRO),
        (
            "Next month the committee will ask members to approve a new constitution.",
            Lang.EN,
            "approve a new constitution",
            Stance.PRO,
        ),
        # a refusal argues against what it refuses, put affirmatively
        (
            "Sadly we are unable to approve your request for a second parking bay.",
            Lang.EN,
            "approve your request",
            Stance.CON,
        ),
        ("This application for a roof terrace should be refused.", Lang.EN, "should be approved", Stance.CON),
        ("我要求商场赔偿洗坏的那件外套。", Lang.ZH, "应当商场赔偿洗坏的那件外套", Stance.PRO),
        ("我们想请物业考虑把垃圾房挪到北侧。", Lang.ZH, "应当把垃圾房挪到北侧", Stance.PRO),
        ("经讨论决定：图书角周末照常开放，由志愿者轮流值班。", Lang.ZH, "图书角周末照常开放", Stance.PRO),
        ("从下学期起，午休时间延长到四十分钟。", Lang.ZH, "午休时间延长到四十分钟", Stance.PRO),
    ],
)
def test_a_central_ask_states_the_proposition(line: str, lang: Lang, words: str, author: Stance) -> None:
    match = match_proposition(line, lang, heading=False)
    assert match is not None and match.kind in ("ask", "thesis")
    assert words in match.proposition
    assert match.author is author


@pytest.mark.parametrize(
    ("line", "lang", "heading", "words"),
    [
        (
            "Sam's proposal to paint the hall green was discussed at length.",
            Lang.EN,
            False,
            "paint the hall green",
        ),
        ("CMV: Tipping should be replaced by higher wages", Lang.EN, True, "Tipping should be replaced"),
        ("有居民建议在河边加装护栏。", Lang.ZH, False, "在河边加装护栏"),
        ("关于《社区停车管理规定（草案）》征求意见的情况说明", Lang.ZH, True, "社区停车管理规定"),
        ("城区公交票价调整听证会纪要", Lang.ZH, True, "城区公交票价调整"),
    ],
)
def test_a_proposal_someone_makes_or_a_measure_put_to_a_decision(
    line: str, lang: Lang, heading: bool, words: str
) -> None:
    match = match_proposition(line, lang, heading=heading)
    assert match is not None and match.kind in ("ask", "motion")
    assert words in match.proposition


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("I think it is right, and I will say why below.", Lang.EN),  # a fragment: "it" leans back
        ("I'll grant that the old boiler still works.", Lang.EN),
        ("I believe the café is too small, but the menu makes up for it.", Lang.EN),
        ("我认为这是对的，理由有三点。", Lang.ZH),
        ("我的看法是：车位确实紧张，但不必为此拆掉花园。", Lang.ZH),
        ("In my view the hall is cheap to run, but it is far too small.", Lang.EN),
        ("我认为虽然票价贵了一点。", Lang.ZH),  # a concession with no main clause
    ],
)
def test_a_concession_or_a_fragment_is_no_proposition(line: str, lang: Lang) -> None:
    match = match_proposition(line, lang, heading=False)
    assert match is None or not match.fit


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("Let's be honest about the weather.", Lang.EN),
        ("I asked for directions twice.", Lang.EN),
        ("谢谢各位的建议。", Lang.ZH),
        ("如有意见建议，欢迎留言。", Lang.ZH),
        ("每次用完后，建议用清水冲洗刀头。", Lang.ZH),  # advice, no proposal
    ],
)
def test_lines_that_ask_nothing_to_be_decided(line: str, lang: Lang) -> None:
    assert match_proposition(line, lang, heading=False) is None


def _debated(text: str, lang: Lang) -> list[str]:
    graph = ingest_text(text, source="t.txt", lang=lang)
    return [a.text for a in graph.of_type(Assumption) if a.origin is AssumptionOrigin.DEBATE]


@pytest.mark.parametrize(
    ("text", "lang", "debated", "not_debated"),
    [
        (
            "Dear neighbours,\n\nI'd like to propose that we plant fruit trees on the green. "
            "Children would learn where food comes from. Fallen fruit draws wasps, though.\n\n"
            "Best,\nAnn",
            Lang.EN,
            "plant fruit trees",
            "",
        ),
        (
            "Should the pool open at six?\n\nEarly swimmers want it. I'd like to propose that we "
            "try it for a month. Staff would need a new shift.",
            Lang.EN,
            "the pool should open at six",
            "try it for a month",
        ),
        (
            "各位邻居：\n\n我想请物业考虑把快递柜搬到南门。南门人流大，取件方便。"
            "可是南门的空地本来就小，老人散步也在那里。\n\n三单元 小吴",
            Lang.ZH,
            "快递柜搬到南门",
            "",
        ),
    ],
)
def test_the_ask_is_a_fallback(text: str, lang: Lang, debated: str, not_debated: str) -> None:
    found = _debated(text, lang)
    assert any(debated in a for a in found)
    assert not not_debated or not any(not_debated in a for a in found)


@pytest.mark.parametrize(
    ("line", "lang", "words"),
    [
        ("先说结论：周末不该加课，但也别把作业全免了。", Lang.ZH, "周末该加课"),
        (
            "I believe the fair should move indoors, but also that it should stay free.",
            Lang.EN,
            "move indoors",
        ),
    ],
)
def test_a_qualification_after_but_also_keeps_the_thesis(line: str, lang: Lang, words: str) -> None:
    match = match_proposition(line, lang, heading=False)
    assert match is not None and words in match.proposition


@pytest.mark.parametrize(
    ("line", "lang", "words"),
    [
        ("本案的争议焦点为：物业公司停止供暖是否违约。", Lang.ZH, "物业公司停止供暖"),
        ("新修订的《小区管理公约》拟规定，楼道内不得停放电动自行车。", Lang.ZH, "楼道内不得停放电动自行车"),
    ],
)
def test_a_point_in_dispute_or_a_measure_a_rule_brings_in(line: str, lang: Lang, words: str) -> None:
    match = match_proposition(line, lang, heading=False)
    assert match is not None and words in match.proposition


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("我觉得利大于弊。", Lang.ZH),
        ("我们拟于周五下午开会。", Lang.ZH),
    ],
)
def test_a_proposition_that_names_nothing_is_none(line: str, lang: Lang) -> None:
    match = match_proposition(line, lang, heading=False)
    assert match is None or not match.fit


@pytest.mark.parametrize(
    ("line", "lang", "main", "conceded"),
    [
        ("我认为，虽然票价贵了一点，但大家还能接受。", Lang.ZH, "大家还能接受", "票价"),
        (
            "I believe that although the fees are high, the course is worth it.",
            Lang.EN,
            "the course is worth it",
            "fees",
        ),
    ],
)
def test_a_proposition_opening_with_a_concession_is_its_main_clause(
    line: str, lang: Lang, main: str, conceded: str
) -> None:
    match = match_proposition(line, lang, heading=False)
    assert match is not None and match.fit
    assert main in match.proposition and conceded not in match.proposition
