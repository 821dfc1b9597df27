"""The question a text puts, where a reply, a concession or the author's own verdict was taken as
the debated proposition and the text read the wrong way round: a decision the text says is
pending ("the board will decide whether X should Y"), the topic a commentary announces
("这期节目想和大家聊聊X该不该Y"), the question a Q&A page's asker puts ("提问：X吗？"), the author's
verdict that keeps what the pending decision would end, and a closing reader poll that asks the
question again and concludes nothing. The texts here are invented for these tests.
"""

import re

import pytest

from argkg.ingest import ingest_text
from argkg.ingest.conclusions import _prescribes
from argkg.ingest.proposition import match_proposition, reaction_side
from argkg.schema import Assumption, AssumptionOrigin, Claim, Conclusion, Lang, Stance


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
    ("sentence", "proposition"),
    [
        ("这期节目想和大家聊聊小区快递柜该不该收费。", "小区快递柜该收费"),
        ("下面谈谈，周末要不要给孩子报补习班。", "周末要给孩子报补习班"),
    ],
)
def test_the_topic_a_commentary_announces_is_its_question(sentence: str, proposition: str) -> None:
    match = match_proposition(sentence, Lang.ZH, heading=False)
    assert match is not None and match.kind == "question" and match.proposition == proposition


def test_the_question_a_thread_s_asker_puts_is_its_question() -> None:
    match = match_proposition("提问：租的房子有必要自己换热水器吗？", Lang.ZH, heading=False)
    assert match is not None and match.kind == "question"
    assert match.proposition.startswith("租的房子有必要自己换热水器")


_POLL_BOX = """Our view

County councillors vote in June on whether the Mill Lane pool should close in winter. Closing it \
would save £80,000 a year.

Winter is when the swimming club trains, and the nearest other pool is twelve miles away.

The savings are small beside the cost of losing a club of two hundred children.

Our survey: subscribers were polled on whether the pool should close in winter. Of 640 \
replies, 71% want it kept open.
"""


def test_a_closing_poll_that_asks_whether_prescribes_nothing() -> None:
    """A survey line after the column asks the question ("subscribers were polled on whether X
    should Y"): it is no closing prescription of the author's, so no conclusion is drawn from it."""
    graph = ingest_text(_POLL_BOX, source="poll.txt", lang=Lang.EN)
    assert not any("polled on whether" in c.text for c in graph.of_type(Conclusion))


@pytest.mark.parametrize(
    ("words", "prescribes"),
    [
        ("Subscribers were polled on whether the pool should close.", False),
        ("Whether or not it rains, the fair should go ahead.", True),
        ("The county should keep the pool open.", True),
        ("The pool is warm.", False),
    ],
)
def test_a_prescription_a_whether_clause_asks_about_prescribes_nothing(words: str, prescribes: bool) -> None:
    assert _prescribes(words, re.compile(r"\b(?:should|must)\b")) is prescribes
