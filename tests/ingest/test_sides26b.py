"""A side from what a statement grants and from what it says of the present state of things.

Two cues an analyst reads in any proposal or reply to one: a point the author grants ("我同意
X。", "We agree that X.", "这个账我认同") right before turning away with a contrast ("但…",
"But…") is the other side's point; and a text that proposes a change argues from the problem
to the remedy, so a harm of the way things are now ("目前…", "At present…", a section
"存在问题") argues for the change, unless the proposition keeps things as they are.
"""

from argkg.ingest.sides import Statement, assign_sides
from argkg.ingest.voices import present_side, problem_side
from argkg.schema import Lang, Stance

PRO, CON = Stance.PRO, Stance.CON


def _sides(texts: list[tuple[int, str]], lang: Lang, author: Stance = PRO) -> list[Stance]:
    statements = [Statement(text=t, paragraph=p, opponent=False, heading=None) for p, t in texts]
    return assign_sides(statements, lang, author=author, reporting=False, debated=True)


def test_a_point_granted_before_a_contrast_is_the_other_side_s() -> None:
    zh = [(0, "我同意熬夜不好。"), (0, "但延长开放不是鼓励熬夜，同学们本来就在熬。")]
    assert _sides(zh, Lang.ZH) == [CON, PRO]
    en = [(0, "We agree that the canteen loses money every year."), (1, "But we do not support closing it.")]
    assert _sides(en, Lang.EN, author=CON) == [PRO, CON]


def test_a_harm_of_the_present_argues_for_a_change_and_against_keeping_things() -> None:
    assert present_side("目前开水房课间排队要等十分钟，很不方便。", Lang.ZH, "在每层装直饮水机") is PRO
    english = "At present swaps are lost every week, a real risk."
    assert present_side(english, Lang.EN, "adopt an electronic rota") is PRO
    assert present_side("目前开水房课间排队要等十分钟，很不方便。", Lang.ZH, "保留固定分班") is CON
    # a statement without a word of the present, or one naming the target, is not this rule's
    assert present_side("排队要等十分钟，很不方便。", Lang.ZH, "在每层装直饮水机") is None


def test_a_section_of_present_problems_argues_for_the_change_it_precedes() -> None:
    assert problem_side("二、存在问题", "目前我们全部依赖第三方配送。", Lang.ZH, "明年建一个前置仓") is PRO
    # the problems of a thing the proposition goes on with are its own
    assert problem_side("三、存在问题", "多数食堂难以持续。", Lang.ZH, "社区老年食堂值得继续推进") is None
    assert problem_side("二、主要成效", "目前运行良好。", Lang.ZH, "明年建一个前置仓") is None
