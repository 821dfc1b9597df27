"""A heading that only labels the line under it ("RESOLUTION" above "That X.", "Issue" above
"Whether to X.", "Decision" above "To X."): the line states the debated proposition as a form
would write it on one line ("Resolution: That X."), which a careful reader takes as the motion,
the issue or the decision (`argkg.ingest.proposition.labelled`, `argkg.ingest.positions`). A
section heading that names the decision only by its kind ("Reasons for the decision") frames
nothing of its own. Sets 17, 18 and 19 gained a proposition each (a record of an executive
decision, a ballot paper, a ministerial submission, a meeting's motion); the texts here are
invented."""

import pytest

from argkg.ingest import ingest_text
from argkg.ingest.proposition import labelled, match_proposition
from argkg.schema import Assumption, AssumptionOrigin, Lang


@pytest.mark.parametrize(
    ("heading", "line", "expected"),
    [
        ("THE RESOLUTION", '"That the choir may rehearse on Fridays."', "resolution: That the choir"),
        ("Motion 7 (proposed by the treasurer)", "That dues rise by £5.", "Motion: That dues rise"),
        ("ISSUE", "Whether to open the depot on Sundays.", "ISSUE: Whether to open"),
        ("Decision", "To merge the two branch libraries.", "Decision: To merge"),
    ],
)
def test_a_label_heading_is_read_beside_its_line(heading: str, line: str, expected: str) -> None:
    found = labelled(heading, line, Lang.EN)
    assert found is not None
    written, shift = found
    assert written.lower().startswith(expected.lower())
    # the shift maps each word of the labelled line back onto the line
    dropped = len(line) - len(line.lstrip('"'))
    assert written[shift + dropped :] == line[dropped:]


@pytest.mark.parametrize(
    "heading",
    ["Amendment 2A (proposed by a member)", "Reasons for the decision", "Background to the issue", "Timing"],
)
def test_a_heading_that_says_more_than_a_label_labels_nothing(heading: str) -> None:
    assert labelled(heading, "That the choir may rehearse on Fridays.", Lang.EN) is None


def test_a_line_in_its_writers_own_voice_states_itself() -> None:
    assert labelled("Decision", "We have found that the stall breached the market rules.", Lang.EN) is None


def test_a_heading_naming_the_decision_by_its_kind_frames_nothing() -> None:
    match = match_proposition("Reasons for the decision", Lang.EN, heading=True)
    assert match is None or not match.fit


_BALLOT = """HILLSIDE BOWLS CLUB
POSTAL BALLOT OF MEMBERS

THE RESOLUTION
"That the club admit junior members aged twelve and over."

THE CASE FOR
Our membership has fallen from 140 to 88 in six years. Juniors bring their parents, and the green
sits empty on weekday evenings when a junior section could use it.

THE CASE AGAINST
The insurance premium would rise by £400 a year. Juniors need qualified coaches, and we have none.
"""

_DECISION = """RECORD OF OFFICER DECISION
Decision maker: Head of Markets and Events
Subject: Future of the weekly market during the resurfacing of the square

Decision
To move the weekly market from the square to the station car park from 3 May, and to waive
stall fees for the first two months.

Reasons for the decision
The square is to be resurfaced, and traders lost 30% of their takings during last year's works.
The car park has 60 more spaces, and the bus stops beside it, so shoppers will find it easier.

Alternative options considered and rejected
Option 1: keep the market in the square during the works. Rejected: half the stalls would not fit.

Consultation
Most traders supported the move. Two traders said that passing trade in the square is worth more
than the extra spaces, and residents near the car park worried about early deliveries. These
concerns are fair, and vans will not be allowed in before 7am.
"""


@pytest.mark.parametrize(
    ("text", "words"),
    [(_BALLOT, "admit junior members"), (_DECISION, "move the weekly market")],
)
def test_the_labelled_line_is_the_debated_proposition(text: str, words: str) -> None:
    graph = ingest_text(text, source="labelled.txt", lang=Lang.EN)
    debates = [a.text for a in graph.of_type(Assumption) if a.origin is AssumptionOrigin.DEBATE]
    assert any(words in d for d in debates), debates
