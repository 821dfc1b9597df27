"""Conclusions without a heading in records and rulings (stop 45).

A grant or a denial ruled ("The licence is granted, on conditions"), a body's stated view ("Our
provisional view is that X"), a majority view adopted ("理事会采纳多数意见，X") and the decider's act
done as it is said ("so I'm closing this request") conclude; so do the measures a lead-in announces
whatever its verb ("研究以下措施：一是X；二是Y", its colon full-width) and a commitment the deciders make
after a time adverbial ("开学前我们会X"). A decided list stays when the sentence after it only points
back at it ("以上意见经办公会审定执行。"). A court review a party may seek is recourse, a decision to put
the question to others decides nothing, and a bare item reference ("R1.") states nothing.

The texts below are invented for these tests.
"""

import pytest
from concluded import conclusion_texts

from argkg.ingest.judgements import said_after_colon
from argkg.schema import Lang

_LICENCE_EN = (
    "Licensing Sub-Committee\n\n"
    "Application: late opening for the Quayside Cafe\n\n"
    "Background\n\n"
    "The cafe asked to stay open until midnight on Fridays and Saturdays. Two neighbours objected to noise "
    "from the terrace. The police raised no objection.\n\n"
    "Order\n\n"
    "The licence is granted, on conditions: the terrace shall close at 10pm; and music shall stay indoors.\n\n"
    "The applicant may seek judicial review in the county court within 28 days.\n"
)


def test_a_grant_is_a_ruling_and_a_court_review_is_recourse() -> None:
    found = conclusion_texts(_LICENCE_EN, Lang.EN)
    assert any("The licence is granted, on conditions" in c for c in found)
    assert not any("judicial review" in c for c in found)


_CONSULTATION_EN = (
    "Consultation paper: electronic signatures on leases\n\n"
    "3.1 Leases must today be signed in ink. Several tenants' groups asked us to allow electronic "
    "signatures, which most other contracts already accept.\n\n"
    "3.2 Landlords worry that a tenant may later deny having signed. Platforms that log who signed and "
    "when answer much of that worry.\n\n"
    "3.3 Our provisional view is that electronic signatures should be allowed for leases of up to seven "
    "years.\n\n"
    "3.4 We would welcome views on this proposal.\n"
)


def test_a_provisional_view_concludes_a_consultation() -> None:
    found = conclusion_texts(_CONSULTATION_EN, Lang.EN)
    assert any("Our provisional view is that electronic signatures" in c for c in found)


_THREAD_EN = (
    "Moderator note, 3 March\n"
    "Thanks for opening this request to rename the gardening board. Before I act I need to know whether "
    "the other moderators agree. Can you ask them?\n\n"
    "Member note, 5 March\n"
    "I asked twice and heard nothing. I still think the new name is clearer.\n\n"
    "Moderator note, 20 March\n"
    "Nobody has replied in two weeks, so I'm closing this request for now. You can open a fresh one "
    "whenever the other moderators are around.\n"
)


def test_the_deciders_act_said_as_it_is_done_concludes() -> None:
    found = conclusion_texts(_THREAD_EN, Lang.EN)
    assert any("I'm closing this request for now" in c for c in found)


_NEWSLETTER_EN = (
    "Orchard group newsletter, spring\n\n"
    "Some members want to net the cherry trees this year; others say nets trap birds and cost too much.\n\n"
    "The committee agreed to put the question to members at the May meeting, and asked me to set out "
    "both views here.\n\n"
    "Nets cost about forty pounds a tree and last five years. Without them we lost most of the crop "
    "last summer.\n"
)


def test_a_question_put_to_others_decides_nothing() -> None:
    found = conclusion_texts(_NEWSLETTER_EN, Lang.EN)
    assert not any("agreed to put the question" in c for c in found)


_AUDIT_EN = (
    "Audit of the school minibus service\n\n"
    "Findings\n\n"
    "The minibus ran half empty on most days. Fuel costs rose by a third in two years.\n\n"
    "Recommendations\n\n"
    "R1. Share the minibus with the primary school on Fridays.\n"
    "R2. Review the routes before the autumn term.\n"
)


def test_a_bare_item_reference_states_nothing() -> None:
    found = conclusion_texts(_AUDIT_EN, Lang.EN)
    assert "R1." not in found and "R2." not in found
    assert any(c.startswith("Share the minibus") for c in found)


_GROUP_ZH = (
    "【读书会群】聊天记录\n\n"
    "群主-林老师 19:00\n"
    "下学期读书会要不要改成线上？大家说说看。\n\n"
    "会员-小周 19:05\n"
    "线上方便，下班回家就能参加。\n\n"
    "会员-老许 19:08\n"
    "线上没气氛，我还是想当面聊。\n\n"
    "群主-林老师 20:30\n"
    "群内投票结果：赞成改线上的31票，反对12票，弃权3票。理事会采纳多数意见，下学期读书会改为线上；"
    "同时每月保留一次线下聚会。\n"
)


def test_a_majority_view_adopted_concludes() -> None:
    found = conclusion_texts(_GROUP_ZH, Lang.ZH)
    assert any("理事会采纳多数意见" in c and "每月保留一次线下聚会" in c for c in found)


_REPLY_ZH = (
    "关于增设社区图书角的答复\n\n"
    "一、您的建议\n\n"
    "您建议在每个社区设立图书角，由街道统一采购图书。\n\n"
    "二、我们的考虑\n\n"
    "目前全区已有图书角二十个，但使用率不高，多数只在周末有人借阅。普遍增设需要每年新增经费约一百万元，"
    "当前难以安排。\n\n"
    "三、下一步工作\n\n"
    "综合考虑，现阶段暂不在所有社区增设图书角。我局将会同街道研究以下措施：一是对借阅量大的图书角增加藏书；"
    "二是在学校周边的图书角延长开放时间。上述措施拟于明年春季实施。\n\n"
    "感谢您对我区文化工作的关心。\n"
)


def test_measures_a_lead_in_announces_after_a_full_width_colon() -> None:
    found = conclusion_texts(_REPLY_ZH, Lang.ZH)
    assert any("一是对借阅量大的图书角增加藏书" in c for c in found)


_REPORT_ZH = (
    "设备故障分析报告\n\n"
    "一、故障概述\n\n"
    "三月以来，二号生产线的传送带多次停机，共计停机十二次。\n\n"
    "二、原因分析\n\n"
    "维修记录显示，停机都发生在电机过热之后，散热风扇的滤网长期没有清理。\n\n"
    "三、结论与处理意见\n\n"
    "1. 立即清理全部生产线的散热滤网。\n"
    "2. 把滤网清理列入每周保养清单。\n\n"
    "以上意见经厂务会审定执行。\n"
)


def test_a_decided_list_stays_before_a_sentence_that_points_back_at_it() -> None:
    found = conclusion_texts(_REPORT_ZH, Lang.ZH)
    assert any("立即清理全部生产线的散热滤网" in c for c in found)
    assert any("把滤网清理列入每周保养清单" in c for c in found)


_NOTICE_ZH = (
    "宠物寄养群\n\n"
    "3月2日 10:00 店长\n"
    "最近有家长反映狗狗在放风时打架，大家怎么看？\n\n"
    "3月2日 10:20 豆豆妈\n"
    "大狗小狗最好分开放。\n\n"
    "3月2日 11:00 店长\n"
    "大家的意见我都看了。我们决定这样：从下周起，大狗和小狗分开放风。开学前我们会逐一检查驱虫记录，"
    "记录过期的请先补打。辛苦各位配合。\n"
)


def test_a_commitment_after_a_time_adverbial_in_the_closing_line() -> None:
    found = conclusion_texts(_NOTICE_ZH, Lang.ZH)
    assert any(c.startswith("开学前我们会逐一检查驱虫记录") for c in found)


@pytest.mark.parametrize(
    ("words", "said"),
    [
        ("决定如下：一是X", True),
        ("决定如下:一是X", True),
        ("决定如下：", False),
        ("Decided as follows", False),
    ],
)
def test_said_after_colon_reads_either_width(words: str, said: bool) -> None:
    assert said_after_colon(words, 0) is said


_OPINION_ZH = (
    "关于解除劳动合同的法律意见书\n\n"
    "一、基本事实\n\n"
    "员工张某连续三天未到岗，公司拟以旷工为由解除合同。\n\n"
    "二、结论和建议\n\n"
    "综上，本所认为，公司直接解除合同存在被认定为违法解除的风险，不建议采取该方案。\n\n"
    "本意见书仅供公司内部参考，不得用于其他目的。\n"
)


def test_small_print_in_a_conclusion_section_concludes_nothing() -> None:
    found = conclusion_texts(_OPINION_ZH, Lang.ZH)
    assert any("不建议采取该方案" in c for c in found)
    assert not any("仅供公司内部参考" in c for c in found)


_ANSWER_ZH = (
    "关于延长图书馆开放时间的答复\n\n"
    "一、您的建议\n\n"
    "您建议图书馆周末开放到晚上十点。\n\n"
    "二、我们的考虑\n\n"
    "周末晚间读者不多，延长开放需要增加值班人员。\n\n"
    "三、下一步工作\n\n"
    "暑假期间周六开放到晚上九点，试行两个月后再评估。\n\n"
    "感谢您对我市文化工作的关心和支持。\n"
)


def test_a_next_steps_part_of_a_reply_concludes_and_its_thanks_do_not() -> None:
    found = conclusion_texts(_ANSWER_ZH, Lang.ZH)
    assert any("暑假期间周六开放到晚上九点" in c for c in found)
    assert not any("感谢您" in c for c in found)


_PAROLE_EN = (
    "Decision summary\n\n"
    "The panel considered the dossier and heard from the prisoner and his probation officer.\n\n"
    "Decision\n\n"
    "The panel directed release on licence, with a curfew and a ban on entering the town centre.\n\n"
    "This summary is provided to the victims under the transparency rules.\n"
)


def test_what_a_summary_says_of_its_own_use_concludes_nothing() -> None:
    found = conclusion_texts(_PAROLE_EN, Lang.EN)
    assert any("directed release on licence" in c for c in found)
    assert not any("This summary is provided" in c for c in found)
