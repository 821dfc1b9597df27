"""An agency's dated commitment, a chat's 就按X办, and a vote's count with its outcome (stop 46, b).

In an official reply an agency's commitment with a deadline ("区住建局将于年底前完成X") or its
instruction to those below it from a date ("本局已要求各街道自下月起X") is a decision it reaches,
wherever it stands; a plan only put forward ("拟于年底前X") or an event on the calendar is none.
A closing "就按X办" settles a chat as "那就这么定" does. A vote's tally and the outcome sentence
right after it ("For 4 (AB, CD, EF, GH), Against 1 (IJ). Motion carried.") are one conclusion.

The texts below are invented for these tests.
"""

from concluded import conclusion_texts

from argkg.schema import Lang


def test_an_agencys_dated_commitment_concludes_outside_the_closing_line() -> None:
    text = (
        "关于增设社区菜市场的答复\n\n"
        "一、关于菜市场选址。经实地查看，原粮站仓库面积足够，周边停车也方便。"
        "区商务局将于今年6月底前完成仓库的改造招标。\n\n"
        "二、关于营业时间。早市延长到九点的建议，我们会同街道再听取商户意见。\n\n"
        "感谢您对我区民生工作的关心和支持。\n"
    )
    assert any("区商务局将于今年6月底前完成仓库的改造招标" in c for c in conclusion_texts(text, Lang.ZH))


def test_an_agencys_instruction_from_a_date_concludes() -> None:
    text = (
        "关于小区垃圾分类投放点的答复\n\n"
        "您反映的投放点异味问题属实。本局已要求各物业公司自下月起每天清洗投放点两次。"
        "投放点的位置由业主大会决定，本局不作调整。\n\n"
        "如对本答复有异议，可在十五日内向区政府申请复核。\n"
    )
    assert any("本局已要求各物业公司自下月起每天清洗投放点两次" in c for c in conclusion_texts(text, Lang.ZH))


def test_a_plan_put_forward_is_no_commitment() -> None:
    text = (
        "关于调整公园开放时间的征求意见稿\n\n"
        "夏季傍晚游客多，现行六点闭园偏早。管理处拟于7月前把闭园时间推迟到九点。\n\n"
        "夜间照明和巡逻要增加人手，费用还要再测算。\n"
    )
    assert not any("拟于7月前" in c for c in conclusion_texts(text, Lang.ZH))


def test_a_chat_settled_by_jiu_an_concludes() -> None:
    text = (
        "20:01 小林：\n周日的聚餐，我想订江边那家，人均一百。\n\n"
        "20:05 阿梅：\n太贵了吧，学校门口那家人均五十也不错。\n\n"
        "20:09 老周：\n要不折中，订商场里那家，人均七十。\n\n"
        "20:12 阿梅：\n可以。\n\n"
        "20:15 小林（组织者）：\n好，就按老周说的订商场那家。\n"
    )
    assert any("就按老周说的订商场那家" in c for c in conclusion_texts(text, Lang.ZH))


def test_a_tally_and_its_outcome_are_one_conclusion() -> None:
    text = (
        "Minutes of the allotment committee, 3 May\n\n"
        "Present: AB, CD, EF, GH, IJ.\n\n"
        "AB proposed that the shared shed be replaced this year. IJ said the old shed could be repaired for less.\n\n"
        'Vote on the motion "that the shed be replaced": For 4 (AB, CD, EF, GH), Against 1 (IJ). Motion carried.\n\n'
        "Next meeting: 7 June.\n"
    )
    found = conclusion_texts(text, Lang.EN)
    assert any("For 4 (AB, CD, EF, GH), Against 1 (IJ). Motion carried" in c for c in found)


def test_figures_compared_with_against_are_no_tally() -> None:
    text = (
        "Checkout research summary\n\n"
        "Members order 3.1 times a year on average, against 1.6 for visitors who buy as guests.\n\n"
        "Forcing an account at checkout lost a fifth of first orders in the trial.\n"
    )
    assert not any("against 1.6 for visitors" in c for c in conclusion_texts(text, Lang.EN))
