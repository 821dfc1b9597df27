"""The argument stage: which claim supports or attacks which, read off a text's parts."""

from typing import Literal

from argkg.ingest.arguments import Argument, find_arguments, main_claims
from argkg.ingest.parts import Parts
from argkg.ingest.spans import ClaimSpan, Issue, Position
from argkg.schema import Lang, RelType, Role, Stance

TEXT = "x" * 100


def _issue(orientation: Literal[1, -1] = 1) -> Issue:
    return Issue(
        start=0,
        end=100,
        section=0,
        question="q?",
        proposition="q",
        question_start=0,
        question_end=2,
        debated=True,
        orientation=orientation,
    )


def _position(start: int, stance: Stance, ordinal: int, *, marked: bool = True) -> Position:
    return Position(
        start=start, end=start + 40, section=0, issue=0, stance=stance, ordinal=ordinal, marked=marked
    )


def _claim(start: int, stance: Stance, role: Role, position: int) -> ClaimSpan:
    return ClaimSpan(start=start, end=start + 5, section=0, stance=stance, role=role, position=position)


def _parts(orientation: Literal[1, -1] = 1, *, marked: bool = True) -> Parts:
    return Parts(
        TEXT,
        Lang.EN,
        issues=[_issue(orientation)],
        positions=[_position(10, Stance.PRO, 0), _position(50, Stance.CON, 1, marked=marked)],
        claims=[
            _claim(10, Stance.PRO, Role.MAIN, 0),
            _claim(20, Stance.PRO, Role.PREMISE, 0),
            _claim(50, Stance.CON, Role.MAIN, 1),
            _claim(60, Stance.PRO, Role.PREMISE, 1),
            _claim(70, Stance.NEUTRAL, Role.PREMISE, 1),
        ],
    )


def test_main_claims_answer_the_issue_and_each_other_and_premises_back_their_side() -> None:
    assert main_claims(_parts()) == {0: 0, 1: 2}
    assert find_arguments(_parts()) == [
        Argument(RelType.SUPPORTS, 0, 0, on_issue=True),
        Argument(RelType.SUPPORTS, 1, 0),
        Argument(RelType.ATTACKS, 2, 0, on_issue=True),
        Argument(RelType.ATTACKS, 2, 0),
        Argument(RelType.ATTACKS, 3, 2),
    ]


def test_a_question_asked_the_con_sides_way_turns_the_answers_round() -> None:
    on_issue = [(a.kind, a.claim) for a in find_arguments(_parts(-1)) if a.on_issue]
    assert on_issue == [(RelType.ATTACKS, 0), (RelType.SUPPORTS, 2)]


def test_an_opponent_sentence_of_an_unmarked_position_answers_the_issue_itself() -> None:
    arguments = find_arguments(_parts(marked=False))
    assert Argument(RelType.SUPPORTS, 3, 0, on_issue=True) in arguments
    assert all(a.claim != 4 for a in arguments)  # a neutral claim argues nothing
