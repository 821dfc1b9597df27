"""A short question line that opens an untitled text puts the question the text weighs, a thesis
stated outside the sections its issue would cover widens the issue to its own section, and a
proposition that makes a harm smaller is no harm (positions, sides.polarity)."""

import pytest

from argkg.ingest.parts import parts_of
from argkg.ingest.pipeline import build_nlp
from argkg.ingest.sides import polarity
from argkg.schema.vocabulary import Lang

#: A check of a claim under a column's name: its opening body line asks, the paragraphs weigh both
#: ways.
CHECKED = (
    "READERS ASK\n"
    "Did the new bus lane really cut journey times on Mill Road?\n"
    "Answered by the data desk, 4 June\n\n"
    "In a leaflet, the transport office said the lane made every bus ten minutes faster.\n\n"
    "Timetable data shows buses on the route took 31 minutes in May, against 40 a year before. "
    "So part of the claim holds up.\n\n"
    "But roadworks slowed the route for most of the earlier year, and traffic fell across the city. "
    "The figures cannot tell how much of the gain the lane made.\n"
)

#: The same weighing under an opening line that states a fact rather than asking.
STATED = CHECKED.replace("Did the new bus lane really cut journey times on Mill Road?", "Mill Road bus lane.")


def _propositions(text: str) -> list[str]:
    return [issue.proposition for issue in parts_of(build_nlp(Lang.EN)(text), Lang.EN).issues]


def test_an_opening_question_line_is_the_question_the_text_weighs() -> None:
    (proposition,) = _propositions(CHECKED)
    assert "bus lane" in proposition and "journey times" in proposition
    assert not any("journey times" in p for p in _propositions(STATED))


@pytest.mark.parametrize(
    ("proposition", "harm"),
    [
        ("the new rota halved overtime injuries", False),
        ("the scheme reduced crime on the estate", False),
        ("the existing data will run out", True),
        ("the plan will bring more crime to the estate", True),
    ],
)
def test_a_proposition_that_lessens_a_harm_is_none(proposition: str, harm: bool) -> None:
    assert (polarity(proposition, Lang.EN) < 0) is harm


#: A review whose recommendation stands under a heading read as a conclusion ("Summary") and whose
#: numbered follow-ups are read as sections of their own.
REVIEWED = (
    "Review: warehouse scanner outage\n\n"
    "Summary\n"
    "For two hours on a Monday, no parcel could be scanned out. "
    "The main recommendation is that every firmware update should go to one depot first for a day. "
    "Had that been done, one depot would have stopped instead of nine.\n\n"
    "The depots pointed out that updates often fix security holes and cannot wait a day. "
    "That is a fair point. But only two of last year's thirty updates were urgent, "
    "and a bypass for those costs less than another outage.\n\n"
    "Follow-ups\n"
    "1. One-depot stage for firmware updates (owner: IT)\n"
    "2. Spare scanners at each depot (owner: operations)\n"
)


def test_a_thesis_outside_the_sections_its_issue_covers_widens_it() -> None:
    parts = parts_of(build_nlp(Lang.EN)(REVIEWED), Lang.EN)
    thesis = REVIEWED.index("every firmware update")
    objection = REVIEWED.index("The depots pointed out")
    (issue,) = parts.issues
    assert issue.start <= thesis < issue.end and issue.start <= objection < issue.end
