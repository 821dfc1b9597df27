"""The line that states a text's proposition on its own (`argkg.ingest.motions`), in texts
written for these tests: a club's vote record whose motion field is its proposer's main claim, a
title in the imperative over a column, and a 议题 that offers a choice (no claim).
"""

import pytest

from argkg.ingest import ingest_text
from argkg.schema import Claim, DocumentGraph
from argkg.schema.vocabulary import Role, Stance

VOTE = """HILLTOP CYCLING CLUB — members' vote, spring meeting
Motion: The club should move its Sunday ride start from 8am to 9am.

For the motion
Half of our newer riders say an 8am start clashes with children's swimming lessons. A later start would also miss the frost on the lanes in March.

Against the motion
A 9am start puts us on the main road with the Sunday traffic. Riders who work afternoons would lose an hour they rely on.

Result: carried, 31 for and 12 against.
"""

COLUMN = """THE VALLEY GAZETTE | OPINION
Keep the village library open on Saturdays
By a retired teacher

On Saturdays the reading room is full of children whose parents work all week. The council says it would save £9,000 a year by closing it on that day.
That saving is real, but it is small against what the families lose.
"""

CHOICE = """业委会议题征集
议题：北门停车场改建成篮球场，还是继续作停车场使用
业主留言：
2栋赵先生：改建成篮球场好，孩子们放学有地方去。
5栋钱女士：停车位本来就不够，改了以后晚上更难停车。
"""


def _claim(graph: DocumentGraph, quote: str) -> Claim | None:
    return next((c for c in graph.of_type(Claim) if quote in c.text), None)


@pytest.mark.parametrize(
    ("text", "line"),
    [
        (VOTE, "The club should move its Sunday ride start from 8am to 9am"),
        (COLUMN, "Keep the village library open on Saturdays"),
    ],
    ids=["motion field", "imperative title"],
)
def test_a_line_stating_the_proposition_is_its_side_s_main_claim(text: str, line: str) -> None:
    claim = _claim(ingest_text(text, source="t.txt", lang="en"), line)
    assert claim is not None
    assert (claim.role, claim.stance) == (Role.MAIN, Stance.PRO)


def test_a_topic_that_offers_a_choice_is_no_claim() -> None:
    graph = ingest_text(CHOICE, source="t.txt", lang="zh")
    assert _claim(graph, "北门停车场改建成篮球场") is None
