"""What a deciding label or a deciding section heads is the decision itself (stop 42).

A label that names who decided ("My decision:", "The warden's decision: X"), what a meeting agreed
with its colon ("Agreed:", "Agreed instead:") and a committee's label with a note of who or when in
brackets over a list ("班委会意见（周五碰头后商定）：" / "一、X。") announce the decision; the same bracketed
label over a paragraph heads one party's view, no outcome. A conclusion section that concludes only
in list items (a tally before it) states its decisions in those items. A thesis stated again under
a deciding label alone on its line is the ruling, and a deciding body that names itself in its
ruling ("本委员会认为X") judges: it does not report another's view. The summary a report opens with
(its titled parts after it) tells in brief what they find and argue: it heads no conclusions.

The texts below are invented for these tests.
"""

import pytest
from concluded import conclusion_texts

from argkg.schema import Lang

_REPLY_EN = (
    "To: Priya, Marcus\n"
    "Subject: Decision on the tennis ladder dispute\n\n"
    "Thank you both for your accounts. I have also spoken to the court warden.\n\n"
    "The booking sheet shows the court was reserved by Marcus, but the match started forty minutes late "
    "because the previous pair overran, and neither of you could have finished in the light.\n\n"
    "My decision:\n"
    "- The unfinished match is replayed in full next week.\n"
    "- Neither player loses ladder points for the abandoned set.\n\n"
    "I hope this is fair to you both.\n\n"
    "Owen\n"
)

_MINUTES_EN = (
    "Riverside Allotment Society: committee minutes, 4 May\n\n"
    "1. Water butts\n"
    "Hannah proposed buying twenty new water butts for the lower plots before the summer.\n\n"
    "Derek spoke against. He said the old butts can be repaired for a fraction of the price, and the "
    "society has other bills to pay this year.\n\n"
    "Joan said repairs had been tried twice and the seams still leak.\n\n"
    "Vote on the proposal: 2 in favour, 4 against. The proposal falls.\n\n"
    "Agreed instead:\n"
    "- Derek will repair the six worst butts by the end of May.\n"
    "- The committee will look again at new butts in the autumn.\n\n"
    "Meeting closed 9pm.\n"
)


@pytest.mark.parametrize(
    ("text", "decided"),
    [
        (
            _REPLY_EN,
            ["The unfinished match is replayed in full next week", "Neither player loses ladder points"],
        ),
        (_MINUTES_EN, ["Derek will repair the six worst butts by the end of May"]),
    ],
)
def test_a_label_that_names_the_decider_or_what_was_agreed_announces_the_decision(
    text: str, decided: list[str]
) -> None:
    found = conclusion_texts(text, Lang.EN)
    for quote in decided:
        assert any(quote in f for f in found), quote


_GROUP_ZH = (
    "【读书会群聊记录】\n\n"
    "群主 阿琳：下个月的共读书目大家投个票吧，另外线下活动要不要改到周日下午？\n\n"
    "小周：周日下午我可以，周六要加班。\n\n"
    "老何：书目我投历史类的，小说上个月刚读过。\n\n"
    "投票结果：\n"
    "历史类：14人\n"
    "小说类：9人\n\n"
    "班委会意见（周五晚上几个人碰头后商定）：\n"
    "一、下个月共读历史类书目。\n"
    "二、线下活动改到周日下午两点。\n\n"
    "大家还有别的想法周末前说。\n"
)

_FORM_ZH = (
    "学生请假审批单\n\n"
    "申请事由：参加市里的科技创新比赛集训，需请假五天。\n\n"
    "家长意见（电话沟通，母亲）：\n"
    "家里支持她去比赛，就是担心功课跟不上。\n\n"
    "班主任意见：\n"
    "同意请假，返校后一周内补齐作业。\n"
)


def test_a_bracketed_committee_label_over_a_list_announces_the_decision() -> None:
    found = conclusion_texts(_GROUP_ZH, Lang.ZH)
    assert any("下个月共读历史类书目" in f for f in found)
    assert any("线下活动改到周日下午两点" in f for f in found)


def test_a_bracketed_label_over_a_paragraph_heads_a_partys_view() -> None:
    found = conclusion_texts(_FORM_ZH, Lang.ZH)
    assert not any("家里支持她去比赛" in f for f in found)
    assert any("同意请假" in f for f in found)


_RECORD_ZH = (
    "业委会会议记录\n\n"
    "一、议题\n"
    "是否在小区东门加装一道人行闸机。\n\n"
    "二、讨论\n"
    "王委员：东门晚上经常有外来人员进出，加装闸机能提高安全性。\n"
    "李委员：闸机费用要从公共维修资金里出，老人带孩子进出也不方便。\n\n"
    "三、表决结果\n"
    "到会委员9人，同意6票，反对2票，弃权1票。\n\n"
    "四、会议决议\n"
    "1. 在东门加装一道人行闸机，保留一条无障碍通道。\n"
    "2. 由物业在一个月内报三家供应商的报价。\n"
)


def test_a_conclusion_sections_list_after_a_tally_states_the_decision() -> None:
    found = conclusion_texts(_RECORD_ZH, Lang.ZH)
    assert any("同意6票，反对2票" in f for f in found)
    assert any("在东门加装一道人行闸机" in f for f in found)


_COUNCIL_ZH = (
    "居民议事会第三次会议纪要\n\n"
    "【提案】\n"
    "提案人：刘阿姨（5栋）\n"
    "建议物业在地下车库加装电动自行车充电桩，禁止把电瓶车推进楼道充电。\n\n"
    "【讨论】\n"
    "陈先生（2栋）：楼道里充电去年差点起火，早就该管了。\n"
    "赵女士（7栋）：充电桩收费要说清楚，不能比家里电费贵太多。\n\n"
    "【表决结果】\n"
    "应到代表31人，实到28人。赞成22票，反对4票，弃权2票，提案获得通过。\n\n"
    "【议事会意见】\n"
    "本提案转交物业公司办理。建议物业在地下车库加装电动自行车充电桩，禁止把电瓶车推进楼道充电。\n"
)


def test_a_thesis_under_a_deciding_label_alone_on_its_line_is_the_ruling() -> None:
    found = conclusion_texts(_COUNCIL_ZH, Lang.ZH)
    assert sum("建议物业在地下车库加装电动自行车充电桩" in f for f in found) == 1
    assert not any(f.startswith("提案人") for f in found)


_REVIEW_ZH = (
    "科研项目伦理审查记录\n\n"
    "一、项目概况\n"
    "课题组打算在街道医院的候诊大厅装几台摄像头，统计老人排队要等多久。\n\n"
    "二、委员讨论\n"
    "有委员提出，候诊区的老人大多不知道自己被拍摄。也有委员认为，只统计人数、不保存人脸，风险不大。\n\n"
    "三、审查意见\n"
    "本委员会认为，这项课题有助于改进候诊流程，但不同意在不告知的情况下拍摄候诊老人。\n"
    "审查结论为：修改后重审。\n"
)


def test_a_deciding_body_naming_itself_in_its_ruling_judges() -> None:
    found = conclusion_texts(_REVIEW_ZH, Lang.ZH)
    assert any("不同意在不告知的情况下拍摄候诊老人" in f for f in found)
    assert not any("也有委员认为" in f for f in found)


_REPORT_EN = (
    "PARISH COUNCIL REVIEW OF THE VILLAGE MINIBUS\n"
    "Report to the Finance Committee, 3 March\n\n"
    "Summary\n\n"
    "Since 2019 the council has run a minibus for older residents on market days. "
    "Use has fallen every year since the surgery moved to the health centre.\n\n"
    "What we found\n\n"
    "The bus carried 410 passengers last year, against 1,200 in 2019. "
    "Each trip now costs the council about £14 per passenger.\n\n"
    "Recommendation\n\n"
    "We recommend that the council replace the minibus with a taxi voucher scheme from September.\n"
)


def test_the_summary_a_report_opens_with_heads_noconclusion_texts() -> None:
    found = conclusion_texts(_REPORT_EN, Lang.EN)
    assert any("replace the minibus with a taxi voucher scheme" in f for f in found)
    assert not any("Since 2019 the council has run a minibus" in f for f in found)
    assert not any("Use has fallen every year" in f for f in found)
