"""Recorded outcomes conclude without a conclusion heading (stop 36).

Each test checks one mechanism on short texts written for it: a vote recorded for the two sides
of a debate ("正方5票，反方2票") is a tally; a recorded result, a ruling body's decision with who or
how in brackets, a ruling's reason and a review's result ("Result (as counted): X", "Board decision
(4-1)", "Reasons for decision: X", "复核结果（教务处）：X") are deciding labels, and a
label a speaker's turn seemed to open stays with its outcome; a superior's written instruction
("校长批示") heads a ruling; an approval with its conditions ("Approved, subject to: X") is
an outcome; a form's empty field ("Attachments: none.") is no closing line. A party's
bracketed label alone on its line ("监护人意见（来信，外婆）：") and a caption over reasons ("Reasons
for the decision") announce nothing.
"""

import pytest
from concluded import conclusion_texts

from argkg.ingest import ingest_text
from argkg.schema import Claim, Conclusion, Lang


def test_a_judges_vote_for_the_two_sides_is_a_tally_with_its_label() -> None:
    text = (
        "校园辩论赛复赛纪要\n\n"
        "辩题：中学生是否应该在校内使用平板电脑\n\n"
        "正方一辩：平板能让学生随时查资料，课堂更高效。\n\n"
        "反方一辩：平板带来的分心远大于便利，成绩好的学校都在限制电子设备。\n\n"
        "【比赛结果】\n"
        "裁判组表决：正方2票，反方5票。\n"
    )
    assert any(c.startswith("裁判组表决：正方2票，反方5票") for c in conclusion_texts(text, Lang.ZH))


@pytest.mark.parametrize(
    ("text", "lang", "drawn"),
    [
        (
            "Tenants' association ballot on the bike store\n\n"
            "Proposal: turn the unused laundry room into a locked bike store.\n\n"
            "Supporters said bikes in the hallways block the fire exits. Others wanted the room kept "
            "for a future laundry.\n\n"
            "Result (as counted by the clerk): 41 for, 12 against. The bike store goes ahead.\n",
            Lang.EN,
            "Result (as counted by the clerk): 41 for, 12 against.",
        ),
        (
            "Chess club appeal, round 3\n\n"
            "Board 2 claimed a win on time, but the clock had been set to the wrong control.\n\n"
            "The arbiter's log shows the error was made before the game started.\n\n"
            "Board decision (4-1)\n"
            "The game is replayed next week with the correct time control.\n",
            Lang.EN,
            "The game is replayed next week with the correct time control.",
        ),
        (
            "Schools debating league, round 5\n\n"
            "The motion was that homework should be banned in primary schools.\n\n"
            "Decision: Opposition.\n"
            "Reasons for decision: the Proposition never answered the point on reading at home.\n",
            Lang.EN,
            "the Proposition never answered the point on reading at home",
        ),
        (
            "期末作文评分复核单\n\n"
            "学生认为作文离题的判定过严，申请复核。\n\n"
            "阅卷组认为文章后半部分偏离了材料的中心。\n\n"
            "复核结果（教务处）：维持原评分。\n",
            Lang.ZH,
            "维持原评分",
        ),
        (
            "采购申请呈报单\n\n"
            "一、申请事项\n"
            "行政部申请为会议室更换投影仪，预算八千元。\n\n"
            "二、财务部意见\n"
            "本季度预算尚有余额，可以安排。\n\n"
            "三、校长批示\n"
            "同意更换，下月起由行政部采购。\n",
            Lang.ZH,
            "同意更换",
        ),
        (
            "Field trip risk assessment: cave visit\n\n"
            "The cave has a fixed walkway and the guides carry first-aid kits.\n\n"
            "Two pupils have asthma plans, and the lower chamber is damp.\n\n"
            "Approved, subject to: inhalers carried by staff; and the lower chamber left out.\n",
            Lang.EN,
            "Approved, subject to: inhalers carried by staff",
        ),
        (
            "Record of decision: garden waste collections\n\n"
            "Collections cost more than they raise, and most residents compost at home.\n\n"
            "Residents on the estate asked us to keep a winter collection for leaves. "
            "So the winter collection will stay in place for another year.\n\n"
            "Attachments: none.\n",
            Lang.EN,
            "the winter collection will stay in place for another year",
        ),
    ],
)
def test_a_recorded_outcome_concludes(text: str, lang: Lang, drawn: str) -> None:
    assert any(drawn in c for c in conclusion_texts(text, lang))


@pytest.mark.parametrize(
    ("text", "lang", "said"),
    [
        (
            "学生请假谈话记录\n\n"
            "学生申请请假两周，去外地参加比赛集训。\n\n"
            "监护人意见（来信，外婆）：\n"
            "家里支持他去，但担心落下的功课补不上。\n\n"
            "班主任意见：\n"
            "同意请假，返校后一周内补交作业。\n",
            Lang.ZH,
            "家里支持他去",
        ),
        (
            "Record of decision: library opening hours\n\n"
            "Decision\n"
            "Sunday opening ends from May.\n\n"
            "Reasons for the decision\n"
            "Sunday visits fell by a third last year while staff costs rose.\n",
            Lang.EN,
            "Sunday visits fell by a third",
        ),
    ],
)
def test_a_partys_label_or_a_reasons_caption_alone_announces_nothing(
    text: str, lang: Lang, said: str
) -> None:
    assert not any(said in c for c in conclusion_texts(text, lang))


def test_a_vote_before_the_debate_is_no_outcome() -> None:
    text = (
        "Sixth-form debating society: this house would ban homework\n\n"
        "A show of hands before the debate: 20 for, 25 against.\n\n"
        "Proposition: homework widens the gap between pupils with a quiet room and those without.\n\n"
        "Opposition: practice at home is how pupils find out what they have not understood.\n\n"
        "A show of hands after the debate: 31 for, 14 against. The motion is carried.\n"
    )
    graph = ingest_text(text, source="t.txt", lang=Lang.EN)
    found = [c.text for c in graph.of_type(Conclusion)]
    assert not any("20 for, 25 against" in c for c in found), found
    assert any("31 for, 14 against" in c for c in found), found
    # (nor a claim: the starting point argues nothing)
    assert not any("20 for, 25 against" in c.text for c in graph.of_type(Claim))
