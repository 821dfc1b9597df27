"""Texts read the wrong way round (stop 36): the author who argues against the proposal the text
names, read by what is put to a decision and by the author's verdict on it; the parties of an
objection's handling; the question a commentary announces as its topic. The texts here are
invented for these tests.
"""

import pytest

from argkg.ingest import ingest_text
from argkg.ingest.proposition import match_proposition, reaction_side
from argkg.ingest.sides import heading_side
from argkg.schema import Assumption, AssumptionOrigin, Claim, Lang, Stance


@pytest.mark.parametrize(
    ("sentence", "proposition"),
    [
        (
            "The library trust will decide on Monday whether Elm Street library should close on Sundays.",
            "Elm Street library should close on Sundays",
        ),
        ("Councillors vote tonight on whether the parking fee should rise.", "the parking fee should rise"),
    ],
)
def test_a_pending_decision_on_whether_a_thing_should_be_done_is_the_question(
    sentence: str, proposition: str
) -> None:
    match = match_proposition(sentence, Lang.EN, heading=False)
    assert match is not None and match.kind == "question" and match.proposition == proposition


def test_a_decision_whether_to_act_stays_a_motion() -> None:
    """ "whether to X" keeps the motion cue it had: what would be done, put as "we should X"."""
    match = match_proposition(
        "The board votes next week on whether to sell the hall.", Lang.EN, heading=False
    )
    assert match is not None and match.kind == "motion" and match.proposition == "we should sell the hall"


@pytest.mark.parametrize(
    ("sentence", "side"),
    [
        ("The trust should keep Elm Street open on Sundays.", Stance.CON),
        ("So the trust must retain the Sunday opening at Elm Street.", Stance.CON),
        # keeping something else is no verdict on the plan
        ("The trust should keep its van.", None),
    ],
)
def test_what_the_one_who_decides_should_keep_argues_against_the_change(
    sentence: str, side: Stance | None
) -> None:
    assert reaction_side(sentence, Lang.EN, "Elm Street library should close on Sundays") is side


_LEADER = """Editorial comment

The library trust will decide on Monday whether Elm Street library should close on Sundays. \
The change would save £90,000 a year.

Sunday is the only day many families can visit. Last year 14,000 people came through the doors \
on Sundays, more than on any weekday.

The trust has other ways to save money. It could share a van with the county archive.

The trust should keep Elm Street open on Sundays.
"""


def test_a_leader_against_the_plan_it_names_argues_con() -> None:
    """The plan put to a decision is what the column debates, and its closing verdict keeps what
    the plan would end: the column's reasons are con, where before the verdict itself was taken
    as the proposition and the plan's decision argued for."""
    graph = ingest_text(_LEADER, source="leader.txt", lang=Lang.EN)
    [debated] = [a for a in graph.of_type(Assumption) if a.origin is AssumptionOrigin.DEBATE]
    assert debated.text == "Elm Street library should close on Sundays"
    claims = graph.of_type(Claim)
    assert next(c for c in claims if "only day many families" in c.text).stance is Stance.CON
    assert next(c for c in claims if "share a van" in c.text).stance is Stance.CON


@pytest.mark.parametrize(
    ("heading", "side"),
    [
        ("（一）异议人陈述", Stance.PRO),
        ("三、异议人的主要意见", Stance.PRO),
        ("（二）被异议人的答辩", Stance.CON),
        ("四、被异议人及其代理人的陈述", Stance.CON),
        # a section that reports the objections received still names the con side
        ("一、收到的异议", Stance.CON),
    ],
)
def test_an_objection_s_parties_are_its_requester_and_respondent(heading: str, side: Stance) -> None:
    assert heading_side(heading, Lang.ZH) is side


@pytest.mark.parametrize(
    ("sentence", "proposition"),
    [
        ("今天，我们就来聊聊小区快递柜该不该收费。", "小区快递柜该收费"),
        ("下面谈谈，周末要不要给孩子报补习班。", "周末要给孩子报补习班"),
    ],
)
def test_the_topic_a_commentary_announces_is_its_question(sentence: str, proposition: str) -> None:
    match = match_proposition(sentence, Lang.ZH, heading=False)
    assert match is not None and match.kind == "question" and match.proposition == proposition
