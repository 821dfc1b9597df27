"""A rule in force and an abstention argue for neither side (stop 36).

What a regulation or a set of rules lays down, a control measure on a risk form and a procedural
requirement for a vote are reported, not argued: their "must" or "须" is the rule's, not the
author's, so inside a region that argues they read neutral (`argkg.ingest.sides.states_rule`),
unless the author evaluates or takes a side in the same statement. So does a speaker who says they
take no side or could not judge (`argkg.ingest.sides.abstains`), unless a contrast goes on to argue.
"""

import pytest

from argkg.ingest.sides import Statement, abstains, assign_sides, states_rule
from argkg.schema import Lang, Stance

PRO, NEUTRAL = Stance.PRO, Stance.NEUTRAL


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("To change the fee, a simple majority of votes cast is needed.", Lang.EN),
        ("Control: helmets are worn on the ridge at all times.", Lang.EN),
        ("Under the club's rules, a new member must be proposed by two existing members.", Lang.EN),
        ("The constitution requires that the accounts are audited each year.", Lang.EN),
        ("Rule 4: a match may not start without a qualified first-aider on site.", Lang.EN),
        ("按照物业管理规定，装修须提前三天向物业报备。", Lang.ZH),
        ("社团章程第六条规定，会费每学期收取一次。", Lang.ZH),
        ("控制措施：学生全程佩戴救生衣，两名教师在岸边看护。", Lang.ZH),
    ],
)
def test_a_rule_in_force_is_stated(sentence: str, lang: Lang) -> None:
    assert states_rule(sentence, lang)


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("The rules must change before the next season.", Lang.EN),
        ("Under the club's rules, I believe the fee is unfair.", Lang.EN),
        ("Control matters more than speed.", Lang.EN),
        ("我认为按照规定，应当取消他的资格。", Lang.ZH),
        ("按照规定，这种做法是错误的，损害了会员的利益。", Lang.ZH),
    ],
)
def test_what_argues_about_a_rule_is_no_rule_in_force(sentence: str, lang: Lang) -> None:
    assert not states_rule(sentence, lang)


def test_a_rule_inside_an_arguing_paragraph_is_neutral() -> None:
    texts = [
        "We should build the new boathouse this year.",
        "The old one leaks every winter.",
        "A special majority is needed to spend from the reserve fund.",
    ]
    statements = [Statement(text=t, paragraph=0, opponent=False, heading=None) for t in texts]
    assert assign_sides(statements, Lang.EN, author=PRO, reporting=False, debated=True) == [PRO, PRO, NEUTRAL]


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("依照《物业管理条例》第十二条，业主大会的决定对全体业主具有约束力。", Lang.ZH),
        ("根据《校园体育场馆使用办法》，替补队员须在场边热身区等候。", Lang.ZH),
        ("The landlord is legally required to protect the deposit in an approved scheme.", Lang.EN),
    ],
)
def test_a_cited_provision_or_legal_duty_is_a_rule_in_force(sentence: str, lang: Lang) -> None:
    assert states_rule(sentence, lang)


@pytest.mark.parametrize(
    "sentence",
    ["根据《年度财务报告》，该项目去年亏损三百万元。", "根据他的办法，我们能省下一半的时间。"],
)
def test_a_cited_report_or_someone_s_method_is_no_rule(sentence: str) -> None:
    assert not states_rule(sentence, Lang.ZH)


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Standing by the clubhouse, I could not judge whether the ball crossed the line.", Lang.EN),
        ("My view was blocked by the goalpost, so I could not see the tackle.", Lang.EN),
        ("I hold no opinion on the new kit colours.", Lang.EN),
        ("我无法判断两车谁先越线。", Lang.ZH),
        ("本人对此不表态。", Lang.ZH),
    ],
)
def test_a_speaker_who_takes_no_side_abstains(sentence: str, lang: Lang) -> None:
    assert abstains(sentence, lang)


@pytest.mark.parametrize(
    "sentence",
    [
        "I can't see why anyone would close the pool.",
        "If I can't see a GP within a week, the system has failed.",
        "I couldn't see the start, but the finish was plainly unfair.",
        "The brochure says almost nothing I can't see on the website.",
    ],
)
def test_what_argues_is_no_abstention(sentence: str) -> None:
    assert not abstains(sentence, Lang.EN)


def test_an_abstaining_witness_inside_an_arguing_paragraph_is_neutral() -> None:
    texts = [
        "The umpire's call should stand.",
        "He was ten metres away.",
        "I could not judge the bounce myself.",
    ]
    statements = [Statement(text=t, paragraph=0, opponent=False, heading=None) for t in texts]
    assert assign_sides(statements, Lang.EN, author=PRO, reporting=False, debated=True) == [PRO, PRO, NEUTRAL]


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("依照《消费者权益保护法》第二十四条，经营者应当退货，您这笔货款可以全部要回。", Lang.ZH),
        ("按照公司规定，本案中的扣款应当退还。", Lang.ZH),
        ("Under the league's rules, your appeal must fail.", Lang.EN),
        ("根据《社团管理办法》的规定，本会决定：予以撤销该社团的登记。", Lang.ZH),
        ("Under the club's rules, the panel decided to suspend the member.", Lang.EN),
    ],
)
def test_a_rule_applied_to_the_case_in_hand_or_decided_under_argues(sentence: str, lang: Lang) -> None:
    assert not states_rule(sentence, lang)
