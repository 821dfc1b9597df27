"""Another course urged in the imperative argues against the proposal (stop 43, issue 9's sides,
`argkg.ingest.voices.counter_side`).

Of the English gold con statements read pro on sets 1-25, a few carry no side word and no harm
word: the speaker only tells the reader to do something else ("Then spend it on the buses").
An analyst reads such a counter-proposal as an objection. Not when the imperative names the
proposition's target (it urges the proposal itself), asks, has only a pronoun for object ("Do
it."), asks for something for the speaker's own group ("Give us a hall"), or says "Do not".
"""

import pytest
from claim_sides import claim_sides, side_containing

from argkg.ingest.voices import counter_side
from argkg.schema import Lang, Stance

PROPOSITION = "the council should build a new sports hall on Wren Street"


@pytest.mark.parametrize(
    "sentence",
    [
        "Spend the money on the buses instead.",
        "Then fix the pavements first.",
        "Just buy a few more bike racks and leave the square alone.",
    ],
)
def test_another_course_urged_is_a_counter_proposal(sentence: str) -> None:
    assert counter_side(sentence, Lang.EN, PROPOSITION) is Stance.CON


@pytest.mark.parametrize(
    "sentence",
    [
        "Build the sports hall and build it soon.",  # names the target: urges the proposal itself
        "Do it.",  # the proposal urged in other words
        "Go for it!",
        "Give us somewhere to meet.",  # a request for the speaker's own group
        "Do not feed the ducks.",  # an instruction, "Do not X"
        "Take the bus, then?",  # a question
        "Change is hard for everyone.",  # a noun, not an imperative
        "Drop-off times are posted at the gate.",  # a compound's first part
        "The buses are full by eight.",  # no imperative
    ],
)
def test_no_counter_proposal(sentence: str) -> None:
    assert counter_side(sentence, Lang.EN, PROPOSITION) is None


def test_no_counter_proposal_without_a_proposition() -> None:
    assert counter_side("Spend the money on the buses instead.", Lang.EN, None) is None


def test_a_counter_proposal_in_a_letter_argues_against() -> None:
    text = (
        "Should the council build a new sports hall on Wren Street?\n\n"
        "I think the council should build a new sports hall on Wren Street. The youth clubs "
        "train in a church basement with no showers, and the waiting list grows every term.\n\n"
        "A reply from a neighbour: The street is narrow and full of children walking to school. "
        "Spend the money on the buses instead.\n"
    )
    assert side_containing(claim_sides(text, Lang.EN), "buses instead") is Stance.CON


def test_after_the_authors_own_view_an_imperative_tells_how_to_carry_it_out() -> None:
    text = (
        "Should the council build a new sports hall on Wren Street?\n\n"
        "The street is narrow and full of children walking to school. "
        "Spend the money on the buses instead.\n\n"
        "I think the council should build a new sports hall on Wren Street. "
        "Book a contractor early so the cranes are gone before the summer fair.\n"
    )
    assert side_containing(claim_sides(text, Lang.EN), "Book a contractor") is not Stance.CON
