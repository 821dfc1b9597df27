"""A statement's side from what it evaluates: the proposition's target, or the ban it lifts.

The texts are short ones of this file's own: a proposition that lifts a ban negates a negation
(the ban's costs argue for lifting it, the harms of the thing banned against), "X的理由/代价"
names a side towards X, and an evaluation of the target decides over the place a statement
stands in ("一方面…"/"另一方面…", the paragraph after the thesis).
"""

import pytest

from argkg.ingest.sides import Statement, assign_sides
from argkg.ingest.voices import relative_side, target_side
from argkg.schema import Lang, Stance

PRO, CON = Stance.PRO, Stance.CON


@pytest.mark.parametrize(
    ("sentence", "lang", "proposition", "side"),
    [
        # the ban's cost argues for lifting it ...
        ("The curfew has done real harm to small bars.", Lang.EN, "The council should lift the curfew", PRO),
        ("这项禁令的代价是让商户失去了生意。", Lang.ZH, "夜市禁令应当放宽", PRO),
        # ... the harm of the thing banned against lifting the ban
        (
            "Late bars cause noise problems for the neighbours.",
            Lang.EN,
            "The council should lift the ban on late bars",
            CON,
        ),
        # a ban the proposition imposes (no lifting word): its benefit argues for it, as before
        (
            "A ban on late bars would cut the noise problems at night.",
            Lang.EN,
            "The council should ban late bars",
            PRO,
        ),
    ],
)
def test_a_proposition_that_lifts_a_ban_turns_what_is_said_of_the_ban(
    sentence: str, lang: Lang, proposition: str, side: Stance
) -> None:
    assert target_side(sentence, lang, proposition) is side


@pytest.mark.parametrize(
    ("sentence", "proposition", "side"),
    [
        (
            "一方面，禁养的理由并非没有道理。",
            "禁养令应当松绑",
            CON,
        ),  # reasons for the ban: against lifting it
        ("禁养的代价同样不小。", "禁养令应当松绑", PRO),
        ("这样做的好处很多。", "禁养令应当松绑", None),  # a pronoun is no object of this cue
    ],
)
def test_the_reasons_for_or_costs_of_x_name_a_side_towards_x(
    sentence: str, proposition: str, side: Stance | None
) -> None:
    assert relative_side(sentence, Lang.ZH, proposition) is side


def test_an_evaluation_of_the_target_decides_over_inheritance() -> None:
    # a review recommending the product: its drawback, in the author's block, argues against it
    statements = [
        Statement("I recommend the standing desk.", 0, opponent=False, heading=None, central=True),
        Statement("It fixed my back pain within a month.", 1, opponent=False, heading=None),
        Statement("The standing desk is expensive and noisy.", 1, opponent=False, heading=None, toward=CON),
        Statement("My back has never felt better.", 2, opponent=False, heading=None),
    ]
    assert assign_sides(statements, Lang.EN, author=PRO, reporting=False) == [PRO, PRO, CON, PRO]


def test_an_evaluation_that_says_what_should_be_done_keeps_the_inherited_side() -> None:
    statements = [
        Statement("I recommend the standing desk.", 0, opponent=False, heading=None, central=True),
        Statement("It fixed my back pain within a month.", 1, opponent=False, heading=None),
        Statement(
            "The standing desk should not be this expensive.", 1, opponent=False, heading=None, toward=CON
        ),
    ]
    assert assign_sides(statements, Lang.EN, author=PRO, reporting=False) == [PRO, PRO, PRO]


def test_a_contrast_answers_the_other_side_and_turns_from_the_author_s() -> None:
    """A contrast after the other side's point comes back to the author's ("Yet most of that cost
    comes back…"); one after the author's own point that opens a drawback turns to the other side
    (stop 27, `argkg.ingest.sides._turned`: before it, this drawback kept the author's side)."""
    thesis = Statement("I recommend the standing desk.", 0, opponent=False, heading=None, central=True)
    answered = [
        thesis,
        Statement("The standing desk is expensive.", 1, opponent=False, heading=None, toward=CON),
        Statement("Yet most of that cost comes back within a year.", 1, opponent=False, heading=None),
    ]
    assert assign_sides(answered, Lang.EN, author=PRO, reporting=False) == [PRO, CON, PRO]
    turned = [
        thesis,
        Statement("It fixed my back pain within a month.", 1, opponent=False, heading=None),
        Statement(
            "But the standing desk is expensive and noisy.", 1, opponent=False, heading=None, toward=CON
        ),
    ]
    assert assign_sides(turned, Lang.EN, author=PRO, reporting=False) == [PRO, PRO, CON]


def test_only_a_clause_naming_the_target_evaluates_it() -> None:
    proposition = "The school should buy standing desks"
    assert target_side("Standing desks are expensive.", Lang.EN, proposition) is CON
    # the harm word evaluates staff turnover, in a clause that does not name the desks
    said = "Schools with standing desks kept their teachers, and staff turnover is what hurts pupils most."
    assert target_side(said, Lang.EN, proposition) is None


def test_a_switch_at_a_paragraph_start_turns_from_the_statement_before() -> None:
    # the first side's block read con by what it evaluates; "另一方面" then turns to pro, not to the
    # other side than the author's
    statements = [
        Statement("禁养令应当有条件地松绑。", 0, opponent=False, heading=None, central=True),
        Statement("一方面，禁养的理由并非没有道理。", 1, opponent=False, heading=None, relative=CON),
        Statement("犬只伤人的事每年都有。", 1, opponent=False, heading=None),
        Statement("另一方面，一律不许养，执行起来很难。", 2, opponent=False, heading=None),
    ]
    assert assign_sides(statements, Lang.ZH, author=PRO, reporting=False) == [PRO, CON, CON, PRO]
