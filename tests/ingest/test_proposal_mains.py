"""Whoever puts a proposal or demand states their stand in it (texts written for these tests).

A speaker who first sets the scene ("The hall was cold again") and then puts what they want done
("We want the committee to buy a new heater") has the proposal as their main claim; so does an
unmarked text whose proposal stands between a scene-setting line and an evaluation of it.
"""

import pytest

from argkg.ingest import ingest_text
from argkg.schema import Claim
from argkg.schema.vocabulary import Role

TURNS_EN = """Should the badminton club replace the hall heater?

MAYA: The hall was bitterly cold again at Tuesday's session, and the old heater is getting worse every week. We want the committee to buy a new heater before the winter league starts.
OLLIE: A new heater costs more than a year of court fees.
MAYA: The old one already costs us in repairs.
OLLIE: Then fix it once more and see how it goes.
"""

PLAIN_EN = """Should the village green get a second bench?

Last summer the green was busier than ever, with picnics most weekends.
We want the parish council to place a second bench by the pond before the spring fair.
A second bench on the green would be a cheap and welcome improvement for older visitors.
The first bench is often full by midday.
"""


@pytest.mark.parametrize(
    ("text", "proposal", "other"),
    [
        (
            TURNS_EN,
            "We want the committee to buy a new heater before the winter league starts.",
            "The hall was bitterly cold again at Tuesday's session",
        ),
        (
            PLAIN_EN,
            "We want the parish council to place a second bench by the pond before the spring fair.",
            "A second bench on the green would be a cheap and welcome improvement",
        ),
    ],
    ids=["turns", "plain"],
)
def test_the_proposal_is_its_speaker_s_main_claim(text: str, proposal: str, other: str) -> None:
    claims = ingest_text(text, source=f"{hash(text)}.txt").of_type(Claim)
    roles = {c.text: c.role for c in claims}
    assert roles[proposal] is Role.MAIN
    assert next(r for t, r in roles.items() if t.startswith(other)) is not Role.MAIN
