"""A decision where the body itself puts the measure (a penalty it intends) and the party's part is
its defence against it (the statutory 陈述申辩, "Representations against the proposed penalty"):
the defence argues against the measure, and the outcome that refuses the defence keeps the measure,
so the body's own part argues for it. The texts here are invented for these tests.
"""

from claim_sides import claim_sides, side_containing
from decision_parts import part_reader

from argkg.ingest.decisions import Part, PartSide
from argkg.schema import Lang, Stance

#: A penalty decision: the findings, the party's defence under its own heading, the body's view
#: of it, the penalty.
_PENALTY = """某区市场监督管理局
行政处罚决定书

当事人：某某面包坊

一、违法事实
经查，当事人在店内价签上标注“全区最低价”，实际售价高于附近同类门店。

二、当事人陈述申辩情况
当事人提出书面陈述申辩，主要理由如下：
（一）价签是店员自己写的，店主并不知情。
（二）当事人已经当天撤下全部价签，没有造成损失。

三、本局对陈述申辩的意见
店员在经营中的行为由当事人负责，该项理由不予采纳。撤下价签不能免除已经发生的违法责任。

四、处罚决定
本局决定对当事人处以罚款人民币五千元。
"""

#: The same shape in English: representations against a fine the council proposes, and its refusal of them.
_FINE = """Licensing Sub-Committee
Notice of decision: proposed fine for the Riverside Kiosk

1. Findings
Officers found the kiosk trading two hours after its licence allows on four evenings.

2. Representations against the proposed penalty
The late trading served taxi drivers who have nowhere else to eat. Nobody told the kiosk that its hours had changed.

3. Reasons
The hours were sent to the operator by letter in March. Late trading kept neighbours awake on each of the four evenings. The challenge is dismissed.

4. Decision
A fine of £400 is imposed.
"""


def test_a_party_s_defence_against_a_penalty_opens_its_own_part() -> None:
    part_of = part_reader(_PENALTY, Lang.ZH)
    assert part_of("店主并不知情") == PartSide(Part.DEFENDS, Stance.CON)
    # the defence refused ("不予采纳"): the body keeps its penalty and argues for it
    assert part_of("不能免除已经发生的违法责任") == PartSide(Part.DECIDES, Stance.PRO)


def test_the_defence_and_the_body_argue_opposite_sides_of_the_penalty() -> None:
    sides = claim_sides(_PENALTY, Lang.ZH, "penalty.txt")
    assert side_containing(sides, "店主并不知情") is Stance.CON
    assert side_containing(sides, "没有造成损失") is Stance.CON
    assert side_containing(sides, "不能免除已经发生的违法责任") is Stance.PRO


def test_representations_against_a_proposed_fine_argue_against_it() -> None:
    part_of = part_reader(_FINE, Lang.EN)
    assert part_of("nowhere else to eat") == PartSide(Part.DEFENDS, Stance.CON)
    assert part_of("kept neighbours awake") == PartSide(Part.DECIDES, Stance.PRO)
