"""A document's side from a clause that leaves the matter to the choice of those it concerns
("It should be my choice", "Let buyers decide", "应该让摊主自己决定") or asks to leave it as it
is ("Leave the towpath alone.", "依我看就别再折腾了"): issue_side._left, issue_terms.leaves_choice,
imposes, leaves_alone and keeps, issues.yaml ``choices``, ``compulsions``, ``permissions``,
``leave_alone`` and ``status_quo``. The texts give reasons that share few words with the issue,
so that before the clause was read their side came from a loose vote over those reasons."""

import pytest
from issue_support import text_side

from argkg.ingest.issue_side import _left
from argkg.ingest.issue_terms import imposes, keeps, leaves_alone, leaves_choice
from argkg.schema import IssueStance

KAYAKS = "Should kayakers be required to carry a licence on the canal?"
FIRE_PITS = "Should campsites be allowed to let guests light fire pits?"
QUDIAO = "小区应不应该禁止业主在楼道里放鞋柜？"


@pytest.mark.parametrize(
    ("text", "issue", "side"),
    [
        # against a course imposed on those it concerns
        (
            "I have paddled the canal for twenty years and never met a problem a licence would fix. "
            "Whether I carry a card in my pocket should be my own choice.",
            KAYAKS,
            IssueStance.CON,
        ),
        (
            "楼道里放个鞋柜，只要不挡路、不堵消防通道，邻居之间商量好就行。放不放，应该让住户自己决定。",
            QUDIAO,
            IssueStance.CON,
        ),
        # against the change the issue proposes, for keeping things
        (
            "The towpath has been gravel since my grandfather fished here, and the herons nest by "
            "the lock. Tarmac would bring racing cyclists. Leave the towpath alone.",
            "Should the canal towpath be tarmacked?",
            IssueStance.CON,
        ),
        (
            "周末去茶馆的多是老街坊，一壶茶坐一下午。改成网红咖啡馆，老人就没地方去了。依我看就别再折腾了。",
            "老街的茶馆应不应该改成咖啡馆？",
            IssueStance.CON,
        ),
        # for a course that lets them take it
        (
            "Our site has stone rings, buckets of sand and a warden on every evening. Guests want an "
            "evening by the flames. Let each campsite decide for itself.",
            FIRE_PITS,
            IssueStance.PRO,
        ),
    ],
)
def test_a_clause_that_leaves_the_choice_states_the_side(text: str, issue: str, side: IssueStance) -> None:
    assert text_side(text, issue) is side


@pytest.mark.parametrize(
    "clause",
    [
        "A voucher would let parents choose.",  # reports what a course would do
        "Should it be their choice?",  # asks
        "If it were left to them to decide",  # a condition, and no leaving asked for
        "不应该让业主自己决定",  # denies the choice
        "It is a matter for the council.",  # no choice left to anyone
    ],
)
def test_no_choice_verdict_from_a_report_a_question_a_denial_or_no_choice(clause: str) -> None:
    assert _left(clause, KAYAKS) is None


def test_the_choice_verdict_is_signed_by_what_the_issue_does_to_those_it_concerns() -> None:
    assert imposes(KAYAKS) == -1 and imposes(QUDIAO) == -1  # a requirement, a ban
    assert imposes(FIRE_PITS) == 1
    assert imposes("Kayakers should not be required to carry a licence") == 1
    assert imposes("Should the canal path be resurfaced?") is None  # neither: no side
    assert _left("Let paddlers decide.", "Should the canal path be resurfaced?") is None
    assert leaves_choice("去不去，应该让员工自己决定") and leaves_choice("每个家庭有权作出自己的决定")


def test_leaving_alone_is_a_request_not_a_report_and_its_side_follows_the_issue() -> None:
    assert leaves_alone("Keep the timetable as it is.") and leaves_alone("应该维持现状")
    assert not leaves_alone("Nurses would have to leave patients alone for longer.")  # a report
    assert not leaves_alone("Choose one route and leave it alone.")  # "it": the route just asked for
    assert leaves_alone("Mend the lock gates and leave the towpath alone.")
    assert not leaves_alone("不能维持现状")  # denied
    assert keeps("Should the canal towpath be tarmacked?") == -1  # a change
    assert keeps("Should the ferry keep its night crossings?") == 1  # keeping
    assert _left("Leave it as it is.", "Should the ferry keep its night crossings?") == 1
