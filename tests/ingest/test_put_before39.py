"""The measure a text reports before it argues, where a later view was taken as the debated
proposition and the text read the wrong way round: a plan put out by others that the writer then
asks to suspend ("恳请X暂停实施该方案": the plan is debated, the writer against it), a notice
dated from a weekday ("从下周三起X"), and a plan its writer puts on its own before anyone states a
view ("I'm considering closing the shop on Mondays."), whose side in a conversation is the asker's
own, not a later speaker's, and a member's yes to it ("Count me in."). The texts here are invented for
these tests.
"""

import pytest

from argkg.ingest import ingest_text
from argkg.ingest.positions import _own_theses
from argkg.ingest.proposition import PropositionMatch, match_proposition, reaction_side
from argkg.ingest.sides import declared
from argkg.ingest.turns import Turn
from argkg.schema import Assumption, AssumptionOrigin, Claim, Lang, Stance

_COMMENT = """社区评论
东门夜间通道，不宜一关了之

街道办近日张贴公告，拟对东门步行通道实行夜间关闭，每晚十点落锁。

街道办的担心可以理解：夜里东门一带常有人聚集喝酒。

但是，东门是夜班护士和公交司机回家最近的路。绕行南门要多走二十分钟，路上还没有路灯。

真正的问题是照明和巡逻，而不是一扇门。

恳请街道办暂停实施这项安排，等住户开会商量以后再定。
"""


def test_a_plan_the_writer_asks_to_suspend_is_debated_against() -> None:
    """The plan the comment reports is what it debates, and its closing request to suspend "this
    notice" is its verdict against it: its reasons are con, where before the request itself was
    taken as the proposition and the reasons argued for it."""
    graph = ingest_text(_COMMENT, source="comment.txt", lang=Lang.ZH)
    [debated] = [a for a in graph.of_type(Assumption) if a.origin is AssumptionOrigin.DEBATE]
    assert "东门步行通道实行夜间关闭" in debated.text
    claims = graph.of_type(Claim)
    assert next(c for c in claims if "回家最近的路" in c.text).stance is Stance.CON


@pytest.mark.parametrize(
    ("sentence", "side"),
    [
        ("恳请街道办暂停实施这项通知。", Stance.CON),
        ("希望学校暂停实施该方案。", Stance.CON),
        # a request that names no measure put out is no reaction to one
        ("我们建议街道办多装几盏路灯。", None),
    ],
)
def test_a_request_to_suspend_this_notice_reacts_against_it(sentence: str, side: Stance | None) -> None:
    assert reaction_side(sentence, Lang.ZH, "对东门步行通道实行夜间关闭") is side


def test_a_request_to_pause_this_plan_reacts_against_it() -> None:
    assert (
        reaction_side("We urge the council to pause this plan.", Lang.EN, "close the pool in winter")
        is Stance.CON
    )


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("物业通知，从下周三起地下车库禁止停放电动车，已停的要在周末前挪走。", True),
        # "下周一起" read as "together next week" is no date
        ("我们下周一起去看看那个车库吧。", False),
    ],
)
def test_a_notice_dated_from_a_weekday_is_a_change(sentence: str, found: bool) -> None:
    match = match_proposition(sentence, Lang.ZH, heading=False)
    assert (match is not None and match.kind == "change" and "禁止停放电动车" in match.proposition) is found


@pytest.mark.parametrize(
    ("sentence", "proposition"),
    [
        ("I'm considering closing the shop on Mondays.", "closing the shop on Mondays is the right choice"),
        ("So I'm seriously thinking about selling the van.", "selling the van is the right choice"),
    ],
)
def test_a_plan_put_on_its_own_leads_as_the_question(sentence: str, proposition: str) -> None:
    match = match_proposition(sentence, Lang.EN, heading=False)
    assert match is not None and match.kind == "question" and match.lead
    assert match.proposition == proposition


def test_a_plan_put_after_a_view_is_no_lead_question() -> None:
    """Mid-sentence, after a clause of its own, the plan is no question put on its own."""
    assert (
        match_proposition("Since prices rose I'm considering selling the van.", Lang.EN, heading=False)
        is None
    )


def _thesis(proposition: str) -> PropositionMatch:
    return PropositionMatch(
        kind="thesis", start=0, end=len(proposition), proposition=proposition, author=Stance.PRO
    )


def _turn(start: int, end: int, label: str) -> Turn:
    return Turn(
        start=start,
        end=end,
        body=start + len(label) + 2,
        label=label,
        reply_to=None,
        role=None,
        asker=False,
        first=False,
    )


def test_in_a_conversation_only_the_asker_s_own_thesis_gives_the_asker_s_side() -> None:
    """A later speaker's "I believe it will cost us our regulars" is that speaker's side, not the side of
    the one who put the plan; in a text of one writer every thesis is the writer's."""
    turns = [_turn(0, 100, "Ann"), _turn(100, 200, "Bo")]
    own, later = _thesis("it would pay"), _thesis("it will cost us our regulars")
    assert _own_theses([(10, own), (150, later)], 5, turns) == [own]
    assert _own_theses([(150, later)], 5, turns) == []
    assert _own_theses([(150, later)], 5, []) == [later]


@pytest.mark.parametrize(
    ("sentence", "side"),
    [
        ("We're in!", Stance.PRO),
        ("Count me in!", Stance.PRO),
        ("A yes from us, as long as it stays optional.", Stance.PRO),
        ("I'm in the garden.", None),
    ],
)
def test_a_member_s_yes_to_a_plan_put_to_the_group_declares_for_it(
    sentence: str, side: Stance | None
) -> None:
    assert declared(sentence, Lang.EN) is side
