"""Each side's avowal as its main claim in an unmarked position (texts written for these tests):
a notice that announces a plan, followed by voices that accept or reject it in so many words
("我支持X", "我反对X"), has those avowals as the sides' main claims, not the notice; an author who
puts the plan in their own voice ("我提议X") keeps it as their side's main claim.
"""

from claim_sides import mains_by_side

from argkg.schema.vocabulary import Stance

NOTICE = """小区业主群 聊天记录

物业 小王 09:01
通知一下，小区下个月开始实行垃圾定时投放，每天早晚各两小时，其他时间投放点关闭。大家有意见可以提。

业主 老李 09:05
我支持定时投放。现在投放点一天到晚都臭，定时以后有人看着，能分得干净些。

业主 阿芳 09:08
我反对定时投放。我们上班早出晚归，赶不上时间，垃圾只能在家里放着。

业主 老李 09:10
可以在门口多放一个临时桶嘛。
"""

PROPOSED = """小区业主群 聊天记录

群主 老周 09:01
各位邻居，说个事。我提议从下个月起小区实行垃圾定时投放，每天早晚各两小时。大家说说意见。

业主 老李 09:05
支持。现在投放点一天到晚都臭，定时以后有人看着，能分得干净些。

业主 阿芳 09:08
我反对定时投放。我们上班早出晚归，赶不上时间，垃圾只能在家里放着。
"""


def test_the_voices_that_accept_or_reject_a_notices_plan_are_the_main_claims() -> None:
    mains = mains_by_side(NOTICE)
    assert mains[Stance.PRO] == ["我支持定时投放。"]
    assert mains[Stance.CON] == ["我反对定时投放。"]


def test_a_plan_put_in_its_authors_own_voice_stays_the_main_claim() -> None:
    mains = mains_by_side(PROPOSED)
    assert mains[Stance.PRO] == ["我提议从下个月起小区实行垃圾定时投放，每天早晚各两小时。"]
    assert mains[Stance.CON] == ["我反对定时投放。"]
