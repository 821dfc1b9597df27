"""A document's side from a clause that only points back and acts on what it points at
("Ban them.", "Keep it, and…", "取缔它。"): issue_side._acted, issues.yaml ``keeping`` and
``conditions``. The texts give reasons that share the issue's words without taking its side,
so that before the act was read their loose vote read them the wrong way round."""

import pytest
from issue_support import text_side

from argkg.ingest.issue_side import _acted
from argkg.schema import IssueStance

LANES = "Should lorries be banned from village lanes?"
YESHI = "应不应该取缔小区门口的夜市？"


@pytest.mark.parametrize(
    ("text", "issue", "side"),
    [
        # the act the issue asks for, after a view the writer sets aside
        (
            "Lorries in the village lanes are a fact of rural life, people say. I walk my children "
            "to school along one of those lanes with no pavement. Ban them.",
            LANES,
            IssueStance.PRO,
        ),
        (
            "有人说小区门口的夜市方便了大家，可夜市的油烟和噪音一直到凌晨两点。取缔它。",
            YESHI,
            IssueStance.PRO,
        ),
        # the opposite act
        (
            "Lorries in the village lanes are nothing new: the farms were there first. Allow them.",
            LANES,
            IssueStance.CON,
        ),
    ],
)
def test_a_clause_that_points_back_and_acts_states_the_side(text: str, issue: str, side: IssueStance) -> None:
    assert text_side(text, issue) is side


@pytest.mark.parametrize(
    "clause",
    [
        "If they were banned",  # a condition does nothing to what it speaks of
        "如果取缔了",
        "Ban lorries from the lane",  # names its own matter: the vote reads it
        "It is what it is",  # does nothing to it
        "Keep it or scrap it",  # parts that disagree
    ],
)
def test_no_act_verdict_from_a_condition_its_own_matter_or_no_act(clause: str) -> None:
    assert _acted(clause, LANES) is None


def test_the_act_verdict_is_signed_against_the_issue_wording() -> None:
    assert _acted("Ban them.", "Lorries should be banned from village lanes") == 1
    assert _acted("Ban them.", "Lorries should be allowed in village lanes") == -1
    assert _acted("Keep them, and set a speed limit.", "Lorries should be banned from village lanes") == -1
    assert _acted("应该保留。", "小区门口的夜市应该取缔") == -1
