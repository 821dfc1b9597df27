"""A decision whose verdict is the body's operative sentence on the order asked of it ("It therefore
did not order X", "The panel was not satisfied that X"), under a heading that names the case for what
is asked ("The case for the licence"), and a body's own refusal in its formal words ("本委不予支持").
The texts here are invented for these tests.
"""

from claim_sides import claim_sides, side_containing
from decision_parts import part_reader

from argkg.ingest.decisions import Part, PartSide
from argkg.ingest.sides import declared
from argkg.schema import Lang, Stance

#: A licensing board's summary: the case for what is asked, the board's assessment and an
#: operative sentence that declines the order.
_SUMMARY = """LICENSING BOARD
Decision summary

Premises: The Old Mill Tavern
Hearing date: 3 March 2025

The case for the licence
The owner asked the board to extend the opening hours to 2am on Fridays. He said the tavern has had no complaints in four years.

The board's assessment
The board accepted that the tavern is well run. However, three neighbours described noise in the lane after midnight. The board found their accounts consistent.

Decision
The board was not satisfied that the extension would not add to the disturbance. It therefore did not make the order.
"""


def test_the_case_for_what_is_asked_opens_the_asking_party_s_part() -> None:
    part_of = part_reader(_SUMMARY, Lang.EN)
    assert part_of("no complaints in four years") == PartSide(Part.ASKS, Stance.PRO)
    assert part_of("noise in the lane") == PartSide(Part.DECIDES, Stance.CON)  # the order not made


def test_an_order_not_made_gives_the_body_s_part_the_side_against() -> None:
    sides = claim_sides(_SUMMARY, Lang.EN, "summary.txt")
    assert side_containing(sides, "noise in the lane after midnight") is Stance.CON
    assert side_containing(sides, "their accounts consistent") is Stance.CON
    assert side_containing(sides, "the tavern is well run") is Stance.PRO  # a point granted


def test_an_order_made_gives_the_body_s_part_the_side_for() -> None:
    granted = _SUMMARY.replace(
        "The board was not satisfied that the extension would not add to the disturbance. It therefore did not make the order.",
        "The board therefore grants the extension.",
    )
    assert part_reader(granted, Lang.EN)("noise in the lane") == PartSide(Part.DECIDES, Stance.PRO)


def test_a_body_refusing_in_its_formal_words_declares_con() -> None:
    assert declared("经审议，本委对该项请求不予支持。", Lang.ZH) is Stance.CON
    assert declared("本会不予采纳。", Lang.ZH) is Stance.CON


#: A reply to an application whose conclusion turns the plan down in its formal words.
_REPLY = """关于社区停车方案的复核意见

一、申请人的请求
申请人请求在小区东侧空地增设四十个车位。申请人称，晚上车辆只能停在消防通道上。

二、本机关意见
空地是小区唯一的儿童活动场所。增设车位后，孩子将无处玩耍。

三、复核结论
该方案不予通过。
"""


def test_a_plan_turned_down_gives_the_body_s_part_the_side_against() -> None:
    part_of = part_reader(_REPLY, Lang.ZH)
    assert part_of("只能停在消防通道上") == PartSide(Part.ASKS, Stance.PRO)
    assert part_of("孩子将无处玩耍") == PartSide(Part.DECIDES, Stance.CON)
