"""The debated proposition of a text that proposes, recommends, charges or puts a question to a
decision rather than stating a thesis: the proposal, the recommendation, the charge or the
question put, worded affirmatively; its author's answer to it (a No leaflet, a refusal) is a side.

The texts and ``gold.yaml`` are in ``tests/ingest/texts/unseen_props4/`` (see
`argkg.bench.argtexts`): a club committee's minutes with a motion and its vote, a No flyer for a
referendum, a dentist's treatment talk, a flat's group chat, a 物业公告 with the owners' replies,
a 提案答复, a 问大家 shop Q&A and a 董事会决议公告, gold written before argkg ran on them (2/8
propositions, 2/7 main claims, sides 0.33 then). Besides the set's figures, the tests below
check each mechanism on lines and short texts written for them.
"""

import pytest

from argkg.bench.argtexts import UNSEEN_PROPS4, TextResult, check_folder
from argkg.ingest import ingest_text
from argkg.ingest.proposition import match_proposition, reaction_side
from argkg.ingest.questions import is_informational
from argkg.schema import Assumption, AssumptionOrigin, Claim, Lang, Role, Stance


@pytest.fixture(scope="module")
def results() -> dict[str, TextResult]:
    return check_folder(UNSEEN_PROPS4)


def test_most_propositions_and_main_claims_are_found(results: dict[str, TextResult]) -> None:
    # 2/8 propositions and 2/7 main claims before the changes made for the set
    assert sum(r.proposition for r in results.values()) >= 7
    mains = [ok for r in results.values() for ok in r.mains]
    assert sum(mains) >= 4


def _debated(text: str, lang: Lang) -> list[str]:
    graph = ingest_text(text, source="t.txt", lang=lang)
    return [a.text for a in graph.of_type(Assumption) if a.origin is AssumptionOrigin.DEBATE]


@pytest.mark.parametrize(
    ("line", "lang", "kind", "words", "author"),
    [
        # a verdict asked of a jury, or stated, is the charge put as guilt; "not guilty" argues con
        (
            "The defence asks you to return a verdict of not guilty on the single count.",
            Lang.EN,
            "thesis",
            "the defendant is guilty on the single count",
            Stance.CON,
        ),
        (
            "The facts are plain, and the accused is guilty of arson.",
            Lang.EN,
            "thesis",
            "guilty of arson",
            Stance.PRO,
        ),
        # a motion moved at a meeting: its mover is the pro side
        (
            "R. Diaz moved that the society buy a second kiln, seconded by P. Ode.",
            Lang.EN,
            "pro",
            "the society buy a second kiln",
            None,
        ),
        # a recommendation put as what the speaker recommends
        (
            "My recommendation is a course of physiotherapy first.",
            Lang.EN,
            "thesis",
            "physiotherapy",
            Stance.PRO,
        ),
        ("我们的建议是先做三个月的康复训练。", Lang.ZH, "thesis", "康复训练", Stance.PRO),
        # a participant's proposal to the others
        ("I'd like us to switch the book club to Thursdays.", Lang.EN, "ask", "we should switch", Stance.PRO),
        (
            "跟大家商量个事，我和老二商量了一下，想把爸的老房子租出去。",
            Lang.ZH,
            "ask",
            "应当把爸的老房子租出去",
            Stance.PRO,
        ),
        # a motion's own 建议 after its case, with no subject; a reply to a 提案's 建议
        ("为此，建议在全市推行垃圾分类积分制度。", Lang.ZH, "thesis", "垃圾分类积分制度", Stance.PRO),
        (
            "您在提案中建议，在老城区增设夜间公交线路，方便市民出行。",
            Lang.ZH,
            "pro",
            "增设夜间公交线路",
            None,
        ),
        # a proposal a meeting takes up
        ("审议《关于出售闲置办公楼的议案》", Lang.ZH, "motion", "应当出售闲置办公楼", None),
    ],
)
def test_a_proposal_recommendation_or_charge_names_the_proposition(
    line: str, lang: Lang, kind: str, words: str, author: Stance | None
) -> None:
    match = match_proposition(line, lang, heading=False)
    assert match is not None and match.kind == kind and match.fit
    assert words in match.proposition
    assert match.author is author


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("We argue about the washing-up every single night.", Lang.EN),
        ("Now he only wants to play on his console.", Lang.EN),
        ("Nobody wants to close a library.", Lang.EN),
    ],
)
def test_an_argument_about_something_or_a_persons_wish_names_none(line: str, lang: Lang) -> None:
    assert match_proposition(line, lang, heading=False) is None


def test_an_institution_that_wants_to_make_a_change_announces_it() -> None:
    match = match_proposition(
        "From May the council wants to charge for parking permits.", Lang.EN, heading=False
    )
    assert match is not None and match.kind == "change"
    assert "the council should charge for parking permits" in match.proposition


@pytest.mark.parametrize(
    ("line", "lang", "side"),
    [
        ("That is why we urge you to vote No.", Lang.EN, Stance.CON),
        ("We are asking you to vote yes on Thursday.", Lang.EN, Stance.PRO),
        ("请各位业主投反对票。", Lang.ZH, Stance.CON),
    ],
)
def test_a_ballot_answer_is_the_writers_reaction(line: str, lang: Lang, side: Stance) -> None:
    assert reaction_side(line, lang) is side


def test_a_no_leaflet_argues_against_the_question_put_not_for_its_own_slogan() -> None:
    text = (
        "KEEP THE PIER OPEN\n\n"
        'On 3 June every voter will be asked: "Should the council sell the pier to a developer?" '
        "That is why we are asking you to vote No.\n\n"
        "The pier brings 40,000 visitors a year. A developer would close it for at least two years.\n\n"
        "The council says the sale would raise £2 million. But the pier already pays its way."
    )
    graph = ingest_text(text, source="t.txt", lang=Lang.EN)
    debated = [a.text for a in graph.of_type(Assumption) if a.origin is AssumptionOrigin.DEBATE]
    assert debated == ["the council should sell the pier to a developer"]
    mains = [c for c in graph.of_type(Claim) if c.role is Role.MAIN]
    assert any("vote No" in c.text and c.stance is Stance.CON for c in mains)


def test_a_chat_proposal_is_the_proposition_and_its_proposers_main_claim() -> None:
    text = (
        "[Tue 20:01] Ana: I'd like us to get a dog for the house, we all love walks.\n"
        "[Tue 20:03] Ben: who walks it when we're all at work though\n"
        "[Tue 20:04] Ana: the dog walker down the road charges £10 a day\n"
        "[Tue 20:06] Cal: can we try it for a month first?\n"
    )
    graph = ingest_text(text, source="t.txt", lang=Lang.EN)
    debated = [a.text for a in graph.of_type(Assumption) if a.origin is AssumptionOrigin.DEBATE]
    assert debated == ["we should get a dog for the house, we all love walks"]
    mains = [c for c in graph.of_type(Claim) if c.role is Role.MAIN]
    assert any("I'd like us to get a dog" in c.text for c in mains)


def test_a_why_heading_for_a_side_puts_no_question() -> None:
    assert is_informational("Why No?", Lang.EN)
    assert is_informational("Why vote yes?", Lang.EN)
    assert not is_informational("Why should the pier be sold?", Lang.EN)


def test_questions_put_to_a_stated_thesis_challenge_it_and_do_not_replace_it() -> None:
    text = (
        "课程设计答辩记录\n\n"
        "【答辩人陈述】\n"
        "本文的核心结论是：错峰上课明显缓解了食堂排队。实施后午餐平均排队时间从14分钟降到6分钟。\n\n"
        "【提问与回答】\n"
        "李老师：排队时间是你自己掐表测的，样本够吗？\n"
        "答辩人：我测了三周共四十五个午餐时段，趋势一致。\n"
    )
    found = _debated(text, Lang.ZH)
    assert any("错峰上课明显缓解了食堂排队" in a for a in found)
    assert not any("样本够" in a for a in found)
