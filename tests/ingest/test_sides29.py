"""The facts and reasons a paragraph gives before its own point argue that point (stop 29).

A statement with no side word of its own took the side its paragraph opened on (the author's),
or none before anything argued; it now takes the side of the first statement of its paragraph
whose own words give one, unless a contrast turns away in between.
"""

from argkg.ingest.sides import Statement, assign_sides
from argkg.schema import Lang, Stance

PRO, CON, NEUTRAL = Stance.PRO, Stance.CON, Stance.NEUTRAL


def _sides(lines: list[tuple[int, str]], lang: Lang, author: Stance = PRO) -> list[Stance]:
    """The sides `assign_sides` gives ``lines`` (paragraph, text) in an author's argued text."""
    statements = [Statement(text=text, paragraph=p, opponent=False, heading=None) for p, text in lines]
    return assign_sides(statements, lang, author=author, reporting=False, debated=True)


def test_facts_before_a_declared_side_argue_that_side() -> None:
    english = [
        (0, "I believe the town should build the pool."),
        (1, "The quote came in at four million."),
        (1, "Running costs would be high every year."),
        (1, "I oppose the pool."),
    ]
    assert _sides(english, Lang.EN) == [PRO, CON, CON, CON]
    chinese = [
        (0, "我认为应该建新泳池。"),
        (1, "报价是四百万。"),
        (1, "每年的运营费用也不少。"),
        (1, "我反对建泳池。"),
    ]
    assert _sides(chinese, Lang.ZH) == [PRO, CON, CON, CON]


def test_a_contrast_before_the_point_keeps_what_came_before_it() -> None:
    lines = [
        (0, "I believe the town should build the pool."),
        (1, "The quote came in at four million."),
        (1, "But the old pool is closed."),
        (1, "I oppose the pool."),
    ]
    assert _sides(lines, Lang.EN)[1] is PRO


def test_the_point_of_another_paragraph_does_not_reach_back() -> None:
    lines = [
        (0, "I believe the town should build the pool."),
        (1, "The quote came in at four million."),
        (2, "I oppose the pool."),
    ]
    assert _sides(lines, Lang.EN)[1] is PRO


def test_a_paragraphs_declared_answer_outweighs_one_evaluation_before_it() -> None:
    # in a report of the sides, the costs sentence evaluates the target against it
    # (`Statement.toward`); the declared support after it counts twice, so the fact before both
    # still argues for the pool
    texts = [
        (0, "I believe the town should build the pool."),
        (1, "The quote came in at four million."),
        (1, "Running costs would be high every year."),
        (1, "I support the pool."),
    ]
    statements = [
        Statement(
            text=text, paragraph=p, opponent=False, heading=None, toward=CON if "costs" in text else None
        )
        for p, text in texts
    ]
    sides = assign_sides(statements, Lang.EN, author=PRO, reporting=True, debated=True)
    assert sides[2] is CON and sides[1] is PRO
    # without the declared answer the evaluation is the paragraph's point, and the fact takes it
    alone = assign_sides(statements[:3], Lang.EN, author=PRO, reporting=True, debated=True)
    assert alone[1:] == [CON, CON]
    # in the author's own argued text, a drawback after their reasons is a concession: the
    # reasons before it stay the author's
    argued = assign_sides(statements[:3], Lang.EN, author=PRO, reporting=False, debated=True)
    assert argued[1] is PRO
