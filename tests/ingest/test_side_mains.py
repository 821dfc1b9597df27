"""Each declared side's main claim in an unmarked position (texts written for these tests): a
report whose objector declares their side outright ("spoke against", "我反对") has a main claim
for the objecting side as well as for the body's; a text that argues one side only keeps one
main claim.
"""

from claim_sides import mains_by_side

from argkg.schema.vocabulary import Stance

TWO_VOICES = """Should the village hall open on Sundays?

At the meeting the caretaker spoke against Sunday opening. The new floor would wear out within a year, and the heating bill would double.

The parish council thinks the hall should open on Sundays. Families in the village have nowhere else to meet at the weekend. The floor is built for daily use.
"""

ZH_TWO_VOICES = """社区活动室该不该周日开放？

会上，管理员老周表示：我反对周日开放。新铺的地板一年就会磨坏，电费也会翻一倍。

居委会的意见是活动室应该周日开放。周末孩子们没有别的地方可去，地板本来就是按每天使用设计的。
"""

ONE_VOICE = """Should the village hall open on Sundays?

The parish council thinks the hall should open on Sundays. Families in the village have nowhere else to meet at the weekend. The floor is built for daily use.
"""


def test_the_objector_who_declares_a_side_has_its_own_main_claim() -> None:
    mains = mains_by_side(TWO_VOICES)
    assert mains[Stance.CON] == ["At the meeting the caretaker spoke against Sunday opening."]
    assert mains[Stance.PRO] == ["The parish council thinks the hall should open on Sundays."]


def test_a_chinese_objector_who_declares_a_side_has_its_own_main_claim() -> None:
    mains = mains_by_side(ZH_TWO_VOICES)
    assert mains[Stance.CON] == ["会上，管理员老周表示：我反对周日开放。"]
    assert len(mains[Stance.PRO]) == 1


def test_a_text_that_argues_one_side_keeps_one_main_claim() -> None:
    mains = mains_by_side(ONE_VOICE)
    assert list(mains) == [Stance.PRO]
    assert mains[Stance.PRO] == ["The parish council thinks the hall should open on Sundays."]
