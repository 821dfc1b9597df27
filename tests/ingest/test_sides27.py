"""A side from a contrast that turns a statement against the side argued at that point.

An analyst reads "但是…" / "But…" opening a statement that says the debated thing harms as the
point the other side makes (not "X, but Y", whose X is most often conceded), even where the statement carries no side marker and
sits in a paragraph that argued the author's side; the statements after it in its paragraph go on
with that point. A contrast that only insists ("其实", "in fact") turns nothing.
"""

import pytest

from argkg.bench.argtexts import UNSEEN_SIDES27, check_folder
from argkg.ingest.sides import Statement, assign_sides
from argkg.schema import Lang, Stance

PRO, CON, NEUTRAL = Stance.PRO, Stance.CON, Stance.NEUTRAL


def _sides(texts: list[tuple[int, str]], lang: Lang, author: Stance = PRO) -> list[Stance]:
    statements = [Statement(text=t, paragraph=p, opponent=False, heading=None) for p, t in texts]
    return assign_sides(statements, lang, author=author, reporting=False, debated=True)


@pytest.mark.parametrize(
    ("texts", "lang", "sides"),
    [
        (
            [
                (0, "我认为小组合作这个方向是对的。"),
                (1, "但是时间控制有问题。"),
                (1, "拼图环节实际用了21分钟。"),
            ],
            Lang.ZH,
            [PRO, CON, CON],
        ),
        (
            [
                (0, "I think the pool would give the school its lessons back."),
                (1, "But the running costs are high."),
                (1, "The centre ran a deficit in two of the last three years."),
            ],
            Lang.EN,
            [PRO, CON, CON],
        ),
    ],
)
def test_a_contrast_that_turns_to_a_harm_argues_the_other_side(
    texts: list[tuple[int, str]], lang: Lang, sides: list[Stance]
) -> None:
    assert _sides(texts, lang) == sides


def test_a_contrast_towards_the_side_argued_midway_or_one_that_insists_turns_nothing() -> None:
    # a harm after "其实" (it insists, it does not turn) and a benefit after "But" go on with the side
    assert _sides([(0, "我认为应该装充电桩。"), (0, "其实私拉电线的风险很大。")], Lang.ZH) == [PRO, PRO]
    english = [(0, "I think we should fund the pool."), (0, "But the benefits for the school are large.")]
    assert _sides(english, Lang.EN) == [PRO, PRO]
    # midway, the clause before "but" is most often what the author concedes before their answer
    conceded = [
        (0, "I think we need a new striker."),
        (0, "He could play, but that would make the injury worse."),
    ]
    assert _sides(conceded, Lang.EN) == [PRO, PRO]
    # a "But" that answers a point granted just before comes back to the author's side
    granted = [
        (0, "I think we need a new striker."),
        (0, "Indeed we won twice."),
        (0, "But the cost was too high."),
    ]
    assert _sides(granted, Lang.EN)[-1] is PRO


def test_the_own_set_keeps_its_floor() -> None:
    """``unseen_sides27`` (six texts, gold written first): sides were 20/55 = 0.36 and neutral
    readings right 3/25 before sides27, 22/55 = 0.40 and 2/17 after (most of what is left needs
    the proposition of a comment thread and the sides of a meeting's speakers)."""
    results = check_folder(UNSEEN_SIDES27).values()
    sides = [gold is found for r in results for _, gold, found in r.sides]
    assert sum(sides) / len(sides) >= 0.38


def test_a_report_on_a_stated_proposition_argues_after_its_lead_paragraph() -> None:
    texts = [(0, "The parish council met on Tuesday."), (1, "The bus from the village takes an hour.")]
    statements = [Statement(text=t, paragraph=p, opponent=False, heading=None) for p, t in texts]
    stated = assign_sides(statements, Lang.EN, author=PRO, reporting=True, stated=True)
    assert stated == [NEUTRAL, PRO]
    # without a stated proposition nothing argues yet: both are a report's lead
    assert assign_sides(statements, Lang.EN, author=PRO, reporting=True) == [NEUTRAL, NEUTRAL]
