"""The debated proposition of a text whose voices argue over a proposal, an offer, a poll's
question or a decision the writer weighs, found without a motion or a thesis cue; and a how-to's
tips, which debate nothing.

The texts and ``gold.yaml`` are in ``tests/ingest/texts/unseen_props3/`` (see
`argkg.bench.argtexts`): an online petition, a consultation response form, a co-op ballot
paper, a workplace survey report, a forum post weighing a decision, a 联名信 and two
instruction texts with tips, gold written before argkg ran on them (3/8 propositions, 1/3 main
claims then). Besides the set's figures, the tests below check each mechanism on lines and
short texts written for them.
"""

import pytest

from argkg.bench.argtexts import UNSEEN_PROPS3, TextResult, check_folder
from argkg.ingest import ingest_text
from argkg.ingest.proposition import is_tip, match_proposition
from argkg.schema import Assumption, AssumptionOrigin, Lang, Stance


@pytest.fixture(scope="module")
def results() -> dict[str, TextResult]:
    return check_folder(UNSEEN_PROPS3)


def test_most_propositions_and_main_claims_are_found(results: dict[str, TextResult]) -> None:
    # 3/8 propositions and 1/3 main claims before the changes made for the set
    assert sum(r.proposition for r in results.values()) >= 7
    mains = [ok for r in results.values() for ok in r.mains]
    assert sum(mains) >= 2


def _debated(text: str, lang: Lang) -> list[str]:
    graph = ingest_text(text, source="t.txt", lang=lang)
    return [a.text for a in graph.of_type(Assumption) if a.origin is AssumptionOrigin.DEBATE]


@pytest.mark.parametrize(
    ("line", "lang", "words", "author"),
    [
        # a first-person judgement of what should be done, up to the colon that details it
        ("我觉得食堂应该延长早餐时间：至少到九点。", Lang.ZH, "食堂应该延长早餐时间", Stance.PRO),
        ("说实话，我个人觉得周末补课可以取消。", Lang.ZH, "周末补课可以取消", Stance.PRO),
        # a thesis announced before a colon
        ("我只想说一句：社区的篮球场晚上不该锁门。", Lang.ZH, "篮球场晚上", None),
        # a petition's call, with "the undersigned" between the subject and its verb
        (
            "We, the undersigned, call on the trust to reopen the walk-in clinic.",
            Lang.EN,
            "reopen the walk-in clinic",
            Stance.PRO,
        ),
        # a ballot paper that asks members to approve something
        (
            "Motion B asks members to approve the purchase of a second minibus.",
            Lang.EN,
            "approve the purchase of a second minibus",
            Stance.PRO,
        ),
    ],
)
def test_a_judgement_a_call_or_a_ballot_states_the_thesis(
    line: str, lang: Lang, words: str, author: Stance | None
) -> None:
    match = match_proposition(line, lang, heading=False)
    assert match is not None and match.kind == "thesis" and match.fit
    assert words in match.proposition
    assert author is None or match.author is author


@pytest.mark.parametrize(
    ("line", "lang", "words", "author"),
    [
        ("纠结了两个月，最后还是决定把老房子租出去了。", Lang.ZH, "应当把老房子租出去", Stance.PRO),
        ("为了解大家对“周六上午值班”这一方案的意见，现开展问卷。", Lang.ZH, "应当周六上午值班", Stance.PRO),
        (
            "After a long winter of weighing it up, I've decided to sell the allotment.",
            Lang.EN,
            "sell the allotment",
            Stance.PRO,
        ),
    ],
)
def test_a_decision_weighed_or_a_proposal_put_to_views_is_a_central_ask(
    line: str, lang: Lang, words: str, author: Stance
) -> None:
    match = match_proposition(line, lang, heading=False)
    assert match is not None and match.kind == "ask"
    assert words in match.proposition
    assert match.author is author


@pytest.mark.parametrize(
    ("line", "words", "author"),
    [
        ("Response to consultation: Proposed closure of the Ashby Road depot", "the proposed closure", None),
        ("LEVY INCREASE: VOTE TO REJECT", "members should accept the LEVY INCREASE", Stance.CON),
        ("The new rota - vote yes", "members should accept the new rota", Stance.PRO),
        ("Petition: Reinstate the Sunday market on Castle Square", "Reinstate the Sunday market", Stance.PRO),
    ],
)
def test_a_heading_names_the_proposal_or_the_recommended_vote(
    line: str, words: str, author: Stance | None
) -> None:
    match = match_proposition(line, Lang.EN, heading=True)
    assert match is not None and words in match.proposition
    assert author is None or match.author is author


@pytest.mark.parametrize(
    ("text", "lang", "debated"),
    [
        # an audience member's question, before any panellist states a view
        (
            "HOST: Our first question comes from Ann.\n\nANN: After a year of the trial, should the "
            "town keep its car-free Sundays?\n\nCLLR BEE: I think the figures are clear. Footfall rose "
            "by a fifth.\n\nMS DAY: Traders lost money. Deliveries were chaos.",
            Lang.EN,
            "keep its car-free Sundays",
        ),
        # a meeting whose title names the proposal in its subtitle
        (
            "Riverside Residents' Meeting — Proposed footbridge at Mill Lane\n\n"
            "Q (resident): Who pays for it? The bridge would cost £2 million.\n\n"
            "A (council): The grant covers most of it, and it would cut the walk to school by ten minutes.",
            Lang.EN,
            "the proposed footbridge at Mill Lane should be approved",
        ),
    ],
)
def test_the_question_the_voices_answer_or_the_proposal_a_subtitle_names(
    text: str, lang: Lang, debated: str
) -> None:
    found = _debated(text, lang)
    assert any(debated in a for a in found)
    assert not any("figures are clear" in a for a in found)


def test_a_question_asked_after_a_view_is_stated_is_rhetorical() -> None:
    text = (
        "I believe the library should open on Sundays. Families have no other free day. "
        "Should a town of this size really lock its only library two days a week? "
        "Staff costs would rise, but volunteers have offered to help."
    )
    found = _debated(text, Lang.EN)
    assert any("library should open on Sundays" in a for a in found)
    assert not any("lock its only library" in a for a in found)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Planting tulip bulbs\n\nDig a hole three times as deep as the bulb. Set it pointed end up. "
            "Water it once and cover with mulch.\n\nTip: if the soil is heavy, add grit to the hole first, "
            "because bulbs rot in wet ground.",
            Lang.EN,
        ),
        (
            "蒸米饭的步骤\n\n第一步：淘米两遍，沥干水。\n第二步：按一比一点二加水，浸泡半小时。\n"
            "第三步：大火烧开后转小火焖十五分钟。\n\n小贴士：新米可以少放一点水，因为新米本身含水多。",
            Lang.ZH,
        ),
    ],
)
def test_a_how_to_with_tips_debates_nothing(text: str, lang: Lang) -> None:
    assert _debated(text, lang) == []


@pytest.mark.parametrize(
    ("line", "lang", "tip"),
    [
        ("Tip: rinse the filter weekly, because limescale builds up fast.", Lang.EN, True),
        ("Pro tip: start with the coarser stone.", Lang.EN, True),
        ("小贴士：面团发好后再揉一遍，因为气泡会更均匀。", Lang.ZH, True),
        ("Tipping should be replaced by a proper wage.", Lang.EN, False),
        ("提高票价不是好办法。", Lang.ZH, False),
    ],
)
def test_a_tip_is_told_from_a_thesis(line: str, lang: Lang, tip: bool) -> None:
    assert is_tip(line, lang) is tip
