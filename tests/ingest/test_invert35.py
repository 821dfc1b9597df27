"""A closing decision that restates the question the text put gives the author's side (stop 35,
invert35).

A panel's ruling, a review's outcome or a steward's decision answers the question at the top of
the text in its own words ("X is not excluded"): where no other cue of the author's side speaks,
the parties' submissions are read against that answer. Every text here is invented.
"""

from argkg.ingest import ingest_text
from argkg.ingest.claims import _restated_last
from argkg.schema import Claim, Stance

RULING = """GARDEN SHOW — STEWARDS' RULING
Question for the stewards: should the Hartley marrow be excluded from the heaviest-vegetable class?

Objection from a rival grower
The marrow was weighed after the scales had been moved. The entry form was handed in two minutes late.

Reply from the Hartley family
The scales were checked by the steward before and after the move. The form was stamped by the desk at 9:58, before the deadline.

Ruling
The Hartley marrow is not excluded. Its weight stands as recorded.
"""


def test_a_ruling_that_says_no_puts_the_reply_on_the_con_side() -> None:
    graph = ingest_text(RULING, source="ruling.txt", lang="en")
    sides = {c.stance for c in graph.of_type(Claim) if "scales were checked" in c.text or "stamped" in c.text}
    assert sides == {Stance.CON}


def test_a_closing_line_that_restates_the_question_answers_it() -> None:
    proposition = "the Hartley marrow should be excluded from the heaviest-vegetable class"
    assert _restated_last(["The Hartley marrow is not excluded."], proposition) is Stance.CON
    assert _restated_last(["The Hartley marrow is excluded."], proposition) is Stance.PRO


def test_a_closing_line_about_something_else_answers_nothing() -> None:
    proposition = "the Hartley marrow should be excluded from the heaviest-vegetable class"
    lines = ["The class results will be posted on the board after the show closes."]
    assert _restated_last(lines, proposition) is None
    assert _restated_last(["The marrow is not excluded."], None) is None
