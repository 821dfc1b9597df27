"""A text that argues, argues throughout (stop 41, `argkg.ingest.positions._unheld`).

A minority's report whose thesis stands only in its closing recommendation sets out its case
under a heading read as a conclusion ("Summary"), that more sections follow. The body's
statements argue on the text's question (premises of its position, some taking a side), not
neutral background beside it.
"""

from argkg.ingest import ingest_text
from argkg.schema import Claim, Role, Stance

#: Two members' dissent: their case under "Summary", their thesis in "Recommendation".
DISSENT = """PARISH COUNCIL — HIGHWAYS WORKING GROUP
Report on the Proposed Closure of the Mill Street Footbridge

Summary
1. Most of the working group favour replacing the Mill Street footbridge with a signal crossing on the ring road. Two of us disagree, for the reasons below.

Usage
2. Our counts found 640 crossings a day, most of them by pupils walking to the secondary school. The ring road crossing would add eleven minutes to their walk, and parents told us they would drive instead.

Safety
3. The bridge deck is sound, though the handrails need repainting. The county engineer estimates the repairs at £48,000, far less than the £210,000 a signal crossing would cost.

Recommendation
4. We recommend that the footbridge stays open and is repaired this summer.
"""


def test_a_case_set_out_before_the_closing_recommendation_argues_on_it() -> None:
    graph = ingest_text(DISSENT, source="t.txt", lang="en")
    body = [c for c in graph.of_type(Claim) if "£48,000" in c.text or "640 crossings" in c.text]
    assert len(body) == 2
    assert all(c.role is not Role.BACKGROUND for c in body)
    sided = [c for c in graph.of_type(Claim) if c.stance is not Stance.NEUTRAL and "recommend" not in c.text]
    assert sided
