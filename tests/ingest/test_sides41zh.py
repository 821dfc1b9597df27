"""Who argues against the proposal in a Chinese reply or record (stop 41, issue 9's sides).

A body that answers a proposal often grants it first and turns away ("我局赞同这个思路，但…"): the
agreement is the point granted, and the contrast after it, with the difficulties that follow, is
the body's case against (`argkg.ingest.sides.conceded_side`), unless the contrast only puts a
condition on it ("我赞成，但要有人管": support on a condition). A body speaks of itself as "我局",
"本院", "我司", "本会": its declaration or refusal ("我局今年不宜全面推行") declares its side as
"我们" would. In a committee's record a member's bare disagreement ends the sentence after a note on
who they are ("委员王某（退休教师）不同意。"), and a reservation is put on record ("持保留意见"):
both voice the other side, and what the member goes on to say ("她说，…") keeps it. In a group
chat a turn that opens "我有点不同意" answers the turn before, and one that opens "我也觉得…" with
no side word of its own sides with it (`argkg.ingest.turns`, ``agree`` and ``disagree``). Calling
the measure blanket or overdone ("别一刀切", "因噎废食") argues against a proposal that restricts,
for lifting a ban it is said of, and for nothing when the proposal restricts nothing
(`argkg.ingest.voices.prospect_side`), unless the charge is denied or quoted.
"""

import pytest
from claim_sides import claim_sides, side_containing

from argkg.ingest.sides import conceded_side, declared, voices
from argkg.ingest.voices import prospect_side
from argkg.schema import Lang, Stance

PRO, CON = Stance.PRO, Stance.CON


@pytest.mark.parametrize(
    ("sentence", "clause", "side"),
    [
        ("我局赞同这个思路，但有几点实际情况需要说明。", "我局赞同这个思路", PRO),
        ("我们支持这个方向，可是今年的经费不够。", "我们支持这个方向", PRO),
        ("我们反对全部拆除，但可以先拆最危险的两栋。", "我们反对全部拆除", CON),
    ],
)
def test_a_side_declared_in_the_granted_clause_is_the_point_granted(
    sentence: str, clause: str, side: Stance
) -> None:
    assert conceded_side(sentence, 0, len(clause), Lang.ZH) is side


def test_no_granted_side_when_the_rest_declares_its_own() -> None:
    sentence = "我们赞同这个思路，但我们还是反对今年就推行。"
    assert conceded_side(sentence, 0, len("我们赞同这个思路"), Lang.ZH) is None


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [("我赞成开放，但要有人管。", "我赞成开放"), ("我们支持，不过前提是先公示。", "我们支持")],
)
def test_support_on_a_condition_is_no_point_granted(sentence: str, clause: str) -> None:
    assert conceded_side(sentence, 0, len(clause), Lang.ZH) is None


def test_no_granted_side_when_the_granted_clause_declares_none() -> None:
    sentence = "这个思路是好的，但今年的经费不够。"
    assert conceded_side(sentence, 0, len("这个思路是好的"), Lang.ZH) is None


@pytest.mark.parametrize(
    ("sentence", "side"),
    [
        ("本院赞同这一做法。", PRO),
        ("我司同意贵方的方案。", PRO),
        ("因此，我局今年不宜全面推行，将先在三所学校试点。", CON),
        ("我们认为现阶段还不能全面铺开。", CON),
    ],
)
def test_a_body_speaking_of_itself_declares_its_side(sentence: str, side: Stance) -> None:
    assert declared(sentence, Lang.ZH) is side


def test_a_body_stating_a_fact_about_itself_declares_nothing() -> None:
    assert declared("我局已经完成了三所学校的改造。", Lang.ZH) is None


@pytest.mark.parametrize(
    ("sentence", "side"),
    [
        ("委员王某（退休教师）不同意。", CON),
        ("评审专家孙某对该方案持保留意见。", CON),
        ("家住东门的赵先生不赞成。", CON),
    ],
)
def test_a_members_bare_disagreement_or_reservation_voices_the_other_side(
    sentence: str, side: Stance
) -> None:
    assert [s for _, s in voices(sentence, Lang.ZH)] == [side]


def test_a_reply_that_grants_the_direction_argues_against_with_its_difficulties() -> None:
    text = (
        "关于在小学教室加装空调的建议的答复\n\n"
        "王代表：\n"
        "您提出的在全区小学教室加装空调的建议收到，现答复如下。\n"
        "一、已经做的工作。今年暑假，我局为十二所学校的图书室和电脑房装了空调，师生反映很好。\n"
        "二、关于全区教室全部加装空调。我局赞同这个思路，但有几点实际情况需要说明。"
        "全区小学教室共一千二百间，全部加装约需九百万元，今年的经费已经下达，没有这一项。"
        "不少老校舍的电线承载不了大功率电器，要先改造线路。"
        "因此，我局今年不宜全面推行，将先在三所学校试点。\n"
        "感谢您对教育工作的关心。\n"
        "区教育局\n"
    )
    sides = claim_sides(text, Lang.ZH, "reply.txt")
    assert side_containing(sides, "我局赞同这个思路") is PRO
    assert side_containing(sides, "全部加装约需九百万元") is CON
    assert side_containing(sides, "承载不了大功率电器") is CON
    assert side_containing(sides, "不宜全面推行") is CON


def test_a_member_who_disagrees_keeps_the_other_side_in_what_she_says_next() -> None:
    text = (
        "社区议事会会议纪要\n\n"
        "议题：是否在小区东门加装一道门禁闸机。\n"
        "物业经理介绍，去年东门共发生外来人员偷车三起，加装闸机后可以刷卡进出，费用由公共收益支出。\n"
        "居民代表钱某支持加装。他说，晚上东门没人值守，有闸机心里踏实。\n"
        "居民代表孙某（退休教师）不同意。她说，老人进出要刷卡，忘带卡就进不了门。"
        "外卖和快递也会堵在门口。\n"
        "表决结果：同意5票，不同意3票。\n"
    )
    sides = claim_sides(text, Lang.ZH, "reply.txt")
    assert side_containing(sides, "居民代表钱某支持加装") is PRO
    assert side_containing(sides, "孙某（退休教师）不同意") is CON
    assert side_containing(sides, "忘带卡就进不了门") is CON
    assert side_containing(sides, "堵在门口") is CON


def test_a_turn_that_says_it_thinks_so_too_sides_with_the_turn_before() -> None:
    text = (
        "【业主群】\n2026年3月2日\n\n"
        "19:01 物业小王：各位业主好，物业准备下个月起晚上十点后关闭北门，大家看看有没有意见。\n\n"
        "19:03 老周：支持，晚上北门老有外人进来。\n\n"
        "19:05 林姐：我有点不同意。我每天下夜班都从北门回来，绕到南门要多走一刻钟。\n\n"
        "19:06 阿杰：我也觉得这样太死板。十点以后北门可以刷卡进出，不用直接关掉。\n\n"
        "19:08 老周：刷卡也拦不住跟着进来的人。\n"
    )
    sides = claim_sides(text, Lang.ZH, "reply.txt")
    assert side_containing(sides, "晚上北门老有外人进来") is PRO
    assert side_containing(sides, "绕到南门要多走一刻钟") is CON
    assert side_containing(sides, "我也觉得这样太死板") is CON
    assert side_containing(sides, "十点以后北门可以刷卡进出") is CON
    assert side_containing(sides, "拦不住跟着进来的人") is PRO


@pytest.mark.parametrize(
    "sentence",
    [
        "别一刀切啊，总有人是真的需要。",
        "可以改为每月抽检三回，而不是一刀切地停掉。",
        "为了几只猫把所有人挡在门外，这是因噎废食。",
    ],
)
def test_calling_the_measure_blanket_or_overdone_argues_against_it(sentence: str) -> None:
    assert prospect_side(sentence, Lang.ZH, "周末停止对外开放活动室") is CON


@pytest.mark.parametrize("sentence", ["我们的做法不是一刀切，老人可以申请通行证。", "二、关于“一刀切”的问题"])
def test_a_denied_or_quoted_charge_of_blanket_rule_argues_nothing_by_itself(sentence: str) -> None:
    assert prospect_side(sentence, Lang.ZH, "周末停止对外开放活动室") is None


def test_calling_the_ban_a_proposition_lifts_blanket_argues_for_lifting_it() -> None:
    assert prospect_side("一刀切的禁令让庙会冷清了不少。", Lang.ZH, "舞龙禁令应当放宽") is PRO


def test_the_charge_takes_no_side_on_a_proposal_that_restricts_nothing() -> None:
    # the blanket rule charged is the other side's remedy, not what is proposed
    assert prospect_side("这事不能一刀切。", Lang.ZH, "退休以后还该自己骑摩托") is None
