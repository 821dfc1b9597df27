"""English side cues of stop 45 (issue 9's sides): a numbered paragraph's opening cues, a party
reported to hold the opposite view, and a fault named in the debated thing.

- A report's or a paper's paragraphs are numbered ("4.3 Those in favour…"): the cues that read a
  sentence's opening stand after the number (`argkg.ingest.sides._unnumbered`).
- "The union took the opposite view." turns to the other side than the statement before, like
  "On the other hand" (``switch``), and the party's reasons after it go on with that side.
- "The trouble is that…", "My worry is…" name a fault in the debated thing: against it (``faults``).
"""

from argkg.ingest import ingest_text
from argkg.ingest.sides import Statement, assign_sides
from argkg.schema import Claim, Lang, Stance

PRO, CON = Stance.PRO, Stance.CON

#: A made-up consultation paper with numbered paragraphs.
PAPER = """Chapter 2: Should councils be allowed to hold their meetings online?

2.1 At present every council meeting must be held in a room open to the public.

2.2 Those in favour of change make two points. Online meetings let carers and shift workers attend. They also save members hours of driving in rural areas.

2.3 The Association of Clerks took the opposite view. It told us that residents lose the chance to speak to members in person. Broadband in the hill villages drops out every evening.

2.4 We would welcome views on these questions.
"""

#: A made-up reviewer's note on a request, granting a point before naming a fault in it.
NOTE = """Request: extend the library's opening hours to 9pm on weekdays

Thanks for sending the proposal over. I can see the evening slots would suit students.

I appreciate the work that went into the costing. The trouble is that the building has no security staff after seven. Cleaners would have to start their shift at ten at night.
"""


def _sides(text: str) -> dict[str, Stance]:
    graph = ingest_text(text, source="t.txt", lang=Lang.EN.value)
    return {c.text: c.stance for c in graph.of_type(Claim)}


def _side(sides: dict[str, Stance], words: str) -> Stance:
    return next(side for text, side in sides.items() if words in text)


def test_a_numbered_paragraph_opens_with_its_sides_voice_and_the_opposite_view_turns() -> None:
    sides = _sides(PAPER)
    assert _side(sides, "Those in favour of change") is PRO
    assert _side(sides, "carers and shift workers") is PRO
    assert _side(sides, "took the opposite view") is CON
    assert _side(sides, "lose the chance to speak") is CON
    assert _side(sides, "Broadband in the hill villages") is CON


def test_a_fault_named_in_the_proposal_argues_against_it_and_its_paragraph_goes_on() -> None:
    sides = _sides(NOTE)
    assert _side(sides, "The trouble is that") is CON
    assert _side(sides, "Cleaners would have to start") is CON


def test_the_cues_of_an_opening_are_read_past_a_section_number() -> None:
    """A section number before "Those against…" leaves it the con side's voice."""
    statements = [
        Statement(
            text="The council should open the pool on Sundays.", paragraph=0, opponent=False, heading=None
        ),
        Statement(
            text="2.2 Those against the change want the pool to keep a rest day.",
            paragraph=1,
            opponent=False,
            heading=None,
        ),
    ]
    assert assign_sides(statements, Lang.EN, author=PRO, reporting=False, debated=True)[1] is CON


def test_a_members_dissent_argues_against_the_decision_it_stands_under() -> None:
    """Under a heading whose side is the decision's, "Member Ode, dissenting: …" argues the other
    side; "Two members dissent and would refuse…" too."""
    decision = "The Panel finds that the bar is well run. The application is granted."
    for dissent in (
        'Member Ode, dissenting: "The street is residential."',
        "Two members dissent and would refuse the licence.",
    ):
        statements = [
            Statement(text=text, paragraph=0, opponent=False, heading=PRO) for text in decision.split(". ")
        ] + [Statement(text=dissent, paragraph=1, opponent=False, heading=PRO)]
        sides = assign_sides(statements, Lang.EN, author=PRO, reporting=True, stated=True)
        assert sides[-1] is CON
