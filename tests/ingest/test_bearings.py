"""Which debated questions a conclusion rests on, and which answer it needs (argkg.ingest.bearings)."""

from typing import Literal

import pytest

from argkg.ingest.bearings import Bearing, Bearings, negates, scenarios
from argkg.ingest.spans import Antecedent, ConclusionSpan, Issue, Position, SectionSpan, Span
from argkg.schema import Basis, Lang, Polarity, SectionKind, Stance

#: Two debated sections and a conclusion section, each line one statement.
LINES = [
    ("Will the reform cut traffic?", None),
    ("Pro: congestion fees cut traffic in the city centre.", Stance.PRO),
    ("Pro: drivers shift to buses when the fee rises.", Stance.PRO),
    ("Con: traffic returns once drivers get used to the fee.", Stance.CON),
    ("Is the reform fair to poor households?", None),
    ("Pro: the revenue funds cheaper bus tickets for poor households.", Stance.PRO),
    ("Con: a flat fee takes a larger share of a poor household's income.", Stance.CON),
    ("Conclusion", None),
    ("Still, whether the fee is fair to poor households remains unclear.", None),
    ("Drivers will keep shifting to buses and the city centre traffic will fall.", None),
    ("As the critics above argue, the fee is not fair to poor households.", None),
    ("The fee spreads to most cities, a 70% chance.", None),
    ("The fee fails and traffic returns, a 30% chance.", None),
]
TEXT = "\n".join(line for line, _ in LINES)


def span(line: str) -> Span:
    start = TEXT.index(line)
    return Span(start=start, end=start + len(line))


def issue(question: str, last: str, section: int, orientation: Literal[1, -1]) -> Issue:
    q, end = span(question), span(last).end
    proposition = question.rstrip("?")
    return Issue(
        start=q.start,
        end=end,
        section=section,
        question=question,
        proposition=proposition,
        question_start=q.start,
        question_end=q.end,
        debated=True,
        orientation=orientation,
    )


def section(ordinal: int, first: str, last: str, kind: SectionKind) -> SectionSpan:
    a, b = span(first), span(last)
    return SectionSpan(start=a.start, end=b.end, ordinal=ordinal, title=first, kind=kind, body_start=a.start)


def conclusion(line: str, credence: float | None = None, position: int | None = None) -> ConclusionSpan:
    s = span(line)
    final = position is None
    return ConclusionSpan(
        start=s.start, end=s.end, section=2, credence=credence, position=position, final=final
    )


def bearings(orientations: tuple[Literal[1, -1], Literal[1, -1]] = (1, 1)) -> Bearings:
    issues = [
        issue(LINES[0][0], LINES[3][0], 0, orientations[0]),
        issue(LINES[4][0], LINES[6][0], 1, orientations[1]),
    ]
    sections = [
        section(1, LINES[0][0], LINES[3][0], SectionKind.DEBATE),
        section(2, LINES[4][0], LINES[6][0], SectionKind.DEBATE),
        section(3, LINES[7][0], LINES[-1][0], SectionKind.CONCLUSION),
    ]
    claims = [(span(line), stance) for line, stance in LINES if stance is not None]
    statements = [c for c, _ in claims] + [span(line) for line, _ in LINES[8:]]
    return Bearings(TEXT, Lang.EN, issues, sections, statements, claims)


def found(b: Bearings, line: str, **kwargs: object) -> set[tuple[int, Basis, Polarity]]:
    return set(b.conclusion(conclusion(line), [], **kwargs))  # type: ignore[arg-type]


def test_content_links_only_the_question_a_conclusion_bears_on() -> None:
    b = bearings()
    assert found(b, LINES[9][0]) == {Bearing(0, Basis.LEXICAL, Polarity.AFFIRM)}
    assert {k for k, _, _ in found(b, LINES[8][0])} == {1}


def test_negation_and_doubt_deny_and_orientation_flips_the_answer() -> None:
    # it restates the question: it needs it answered as it says, whatever the orientation
    assert found(bearings(), LINES[8][0]) == {Bearing(1, Basis.LEXICAL, Polarity.DENY)}
    assert found(bearings((1, -1)), LINES[8][0]) == {Bearing(1, Basis.LEXICAL, Polarity.DENY)}
    # it takes the pro side: the answer is the pro side's, yes or (orientation -1) no
    assert found(bearings((-1, 1)), LINES[9][0]) == {Bearing(0, Basis.LEXICAL, Polarity.DENY)}


def test_a_back_reference_to_a_side_links_the_questions_that_side_argued() -> None:
    # it bears on the fairness question by content: the reference names that one only
    assert found(bearings(), LINES[10][0]) == {Bearing(1, Basis.REFERENCE, Polarity.DENY)}
    # bearing on nothing by content, it reaches every question the critics argued, on their side
    vague = "As the critics above argue, it will not work."
    b = bearings()
    b.text = TEXT + "\n" + vague  # the statement is appended after the debate
    span = Span(start=len(TEXT) + 1, end=len(TEXT) + 1 + len(vague))
    concluded = ConclusionSpan(start=span.start, end=span.end, section=2, final=True)
    assert set(b.conclusion(concluded, [])) == {
        Bearing(0, Basis.REFERENCE, Polarity.DENY),
        Bearing(1, Basis.REFERENCE, Polarity.DENY),
    }
    flipped = bearings((-1, 1))
    flipped.text = b.text
    assert Bearing(0, Basis.REFERENCE, Polarity.AFFIRM) in flipped.conclusion(concluded, [])


def test_a_reference_to_a_numbered_section() -> None:
    b = bearings()
    words = "As argued in section 2, this is settled."
    b.text = TEXT + "\n" + words
    span = Span(start=len(TEXT) + 1, end=len(TEXT) + 1 + len(words))
    assert [r.issues for r in b.references(span)] == [(1,)]


def test_a_position_conclusion_rests_on_its_issue_with_its_side() -> None:
    position = Position(
        start=span(LINES[3][0]).start,
        end=span(LINES[3][0]).end,
        section=0,
        issue=0,
        stance=Stance.CON,
        ordinal=1,
    )
    inside = conclusion(LINES[3][0], position=0)
    assert bearings().conclusion(inside, [position]) == [Bearing(0, Basis.LEXICAL, Polarity.DENY)]
    assert bearings((-1, 1)).conclusion(inside, [position]) == [Bearing(0, Basis.LEXICAL, Polarity.AFFIRM)]


def test_an_antecedent_reads_its_own_polarity() -> None:
    failing = span("fails and traffic returns")
    antecedent = Antecedent(
        start=failing.start, end=failing.end, text="the fee fails and traffic returns", group=0
    )
    assert bearings().antecedent(antecedent, by_content=True) == Bearing(0, Basis.CONDITIONAL, Polarity.DENY)
    assert bearings((-1, 1)).antecedent(antecedent, by_content=True) == Bearing(
        0, Basis.CONDITIONAL, Polarity.AFFIRM
    )
    assert bearings().antecedent(antecedent, by_content=False) is None


def test_complementary_scenarios_take_opposite_sides() -> None:
    b = bearings()
    pair = [conclusion(LINES[11][0], 0.7), conclusion(LINES[12][0], 0.3)]
    assert scenarios(b, pair) == {0: 1, 1: -1}
    assert scenarios(b, [pair[0], conclusion(LINES[12][0], 0.5)]) == {}


@pytest.mark.parametrize(
    ("words", "lang", "negated"),
    [
        ("如果用合成数据的方法不可行", Lang.ZH, True),
        ("模型性能不断提升", Lang.ZH, False),
        ("the evidence remains unclear", Lang.EN, True),
        ("no doubt the fee works", Lang.EN, False),
    ],
)
def test_negation_cues(words: str, lang: Lang, negated: bool) -> None:
    assert negates(words, lang) is negated


def test_a_main_claim_rests_on_the_other_questions_it_restates() -> None:
    b = bearings()
    claim = "Pro: the reform is fair to poor households, so congestion fees cut traffic."
    b.text = TEXT + "\n" + claim
    span = Span(start=len(TEXT) + 1, end=len(TEXT) + 1 + len(claim))
    position = Position(start=span.start, end=span.end, section=0, issue=0, stance=Stance.PRO, ordinal=0)
    assert b.main_claim(span, position) == [Bearing(1, Basis.LEXICAL, Polarity.AFFIRM)]
    # argued under the fairness question, it rests on the traffic question it also restates
    own = position.model_copy(update={"issue": 1})
    assert b.main_claim(span, own) == [Bearing(0, Basis.LEXICAL, Polarity.AFFIRM)]


def test_a_text_with_no_debated_issue_scores_nothing_and_fits_no_tfidf_space() -> None:
    statements = [span(line) for line, _ in LINES[8:]]
    b = Bearings(TEXT, Lang.EN, [], [], statements, [])
    assert b.similarities(statements[0]) == {}
    assert b.agreement(statements[0]) == 0.0
    assert found(b, LINES[9][0]) == set()
    assert "_vectorizer" not in vars(b)  # fitted only when a score needs it


def test_the_tfidf_space_fitted_on_demand_scores_as_before() -> None:
    b = bearings()
    scores = b.similarities(span(LINES[9][0]))
    assert set(scores) == {0, 1}
    assert scores[0] > scores[1]
    assert "_vectorizer" in vars(b)
