"""Argued statements that reached no claim, or only a background one, before their side was read
(stop 35, neutral35).

Two readings of where a statement stands, both structural:

- a speaker's turn ends above a heading, and a chair's turn above a caption line too: a
  transcript's header field "Chair: X. Timekeeper: Y." opened the chair's turn, which ran on
  over every speech under the speakers' caption lines ("Proposition, first speaker (X)") and made none of
  them a claim (`argkg.ingest.turns`);
- the argued opening of a region before its first marked position (the first speakers' voices
  before "反对者则认为…", a columnist's own case before "Critics say…") is an unmarked position,
  read sentence by sentence, not background (`argkg.ingest.positions`).

Every text here is invented; ``unseen_neutral35`` holds the set golded before argkg read it.
"""

from argkg.bench.argtexts import UNSEEN_NEUTRAL35, check_folder
from argkg.ingest import ingest_text
from argkg.ingest.layout import analyse_layout
from argkg.ingest.turns import find_turns
from argkg.schema import Claim, Lang, Role

_DEBATE = """CITY SCHOOLS DEBATE — ROUND 2
Motion: This House would ban homework in primary schools.
Proposition: Elm Park (A. Rao, B. Moss). Opposition: Hill Top (C. Dunn, D. Ward).
Chair: Mr K. Field. Timekeeper: a Year 9 volunteer. Six minutes per speech.

PROPOSITION, FIRST SPEAKER (A. Rao)
Homework widens the gap between children whose parents can help and those whose parents cannot.

OPPOSITION, FIRST SPEAKER (C. Dunn)
Homework teaches children to work on their own before secondary school.
"""


def test_a_chair_s_turn_ends_above_the_first_speaker_s_caption() -> None:
    blocks, _ = analyse_layout(_DEBATE, Lang.EN)
    chair = next(t for t in find_turns(_DEBATE, blocks, Lang.EN) if t.chair)
    assert chair.end <= _DEBATE.index("PROPOSITION, FIRST SPEAKER")


def test_the_speeches_under_the_speakers_captions_are_claims() -> None:
    graph = ingest_text(_DEBATE, source="debate.txt", lang="en")
    said = [c.text for c in graph.of_type(Claim)]
    assert any("widens the gap" in text for text in said)
    assert any("work on their own" in text for text in said)


def test_a_speaker_s_turn_ends_above_a_heading() -> None:
    text = (
        "Minutes of the residents' meeting\n\n"
        "Mr Hall: We should keep the garden gate locked at night.\n"
        "Ms Ito: A locked gate keeps out the people who sleep there.\n"
        "Mr Hall: Then the key should hang by the door.\n\n"
        "ACTIONS AGREED\n"
        "The secretary will buy a new padlock.\n\n"
        "ANY OTHER BUSINESS\n"
        "Ms Ito: The bins are collected on Tuesdays now.\n"
    )
    blocks, _ = analyse_layout(text, Lang.EN)
    before = [t for t in find_turns(text, blocks, Lang.EN) if t.start < text.index("ACTIONS AGREED")]
    assert before[-1].end <= text.index("ACTIONS AGREED")


def test_the_argued_opening_before_the_other_side_s_marker_is_no_background() -> None:
    text = (
        "地铁延长运营时间引发讨论\n\n"
        "支持延长的乘客说，晚上十点以后回家只能打车，一个月多花好几百元。"
        "夜班护士小李说，末班车太早，她常常赶不上。\n\n"
        "反对者则认为，延长运营会挤占检修时间，影响行车安全。\n"
    )
    graph = ingest_text(text, source="ditie.txt", lang="zh")
    opening = next(c for c in graph.of_type(Claim) if "末班车太早" in c.text)
    assert opening.role is not Role.BACKGROUND


def test_the_set_s_speeches_under_captions_all_reach_a_claim() -> None:
    """``unseen_neutral35``: before neutral35 none of the seven statements of the debating
    society's Friday debate was a claim (its chair's turn swallowed both speeches); all are now
    (their sides still read neutral: its "This House believes…" motion raises no issue)."""
    results = check_folder(UNSEEN_NEUTRAL35)
    assert all(found is not None for _, _, found in results["en_debatingsociety_minutes_gapyear.txt"].sides)
