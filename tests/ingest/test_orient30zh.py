"""Which way a Chinese text's debate points: the change put to a decision is the proposition, its
proposer and supporters argue for it, and the writer's side is the one their reaction to it takes.

A meeting's record whose speakers carry a note in brackets ("李军（三组）：") reads them as
turns; an opener who says what they want ("我想X") puts the matter, and a label that names its
speaker the applicant ("（调价申请人）") argues for what is applied for; a feasibility study's
title frames its proposition and its constraints heading argues against it; a change others
announce, which the writer reacts to in so many words, is debated rather than the writer's own
counter-proposal after it; a verdict that restates the question with the opposite word ("X是否合法"
… "综上，X违法") gives the author's side.
"""

from argkg.ingest import ingest_text
from argkg.ingest.pipeline import build_nlp
from argkg.ingest.proposition import match_proposition, reaction_side
from argkg.ingest.sides import restated_side
from argkg.ingest.turns import find_turns, turn_sides
from argkg.schema import Assumption, AssumptionOrigin, Claim, Lang, Stance
from argkg.schema.graph import DocumentGraph

PRO, CON = Stance.PRO, Stance.CON

#: A village committee's record whose speakers carry a note on who they are in brackets.
RECORD = (
    "杨树村村民小组会议记录\n\n"
    "主持：赵长林（组长）\n\n"
    "议题：是否把村口的晒谷场改建成停车场\n\n"
    "赵长林：今天议一议晒谷场改停车场的事。\n\n"
    "李军（三组）：晒谷场是大家秋收晒粮食用的，改了以后粮食晒到哪里去？\n\n"
    "周红梅（返乡创业）：现在村里种粮的人家不到十户，大多用烘干机了，外地来的车却天天堵在路边。\n\n"
    "李军：烘干要花钱，老人舍不得。\n\n"
    "吴建（二组）：改成停车场以后收的停车费，可以补给晒粮的人家做烘干费。\n"
)


def _turns(text: str) -> list[tuple[str, Stance | None]]:
    doc = build_nlp(Lang.ZH)(text)
    turns = find_turns(text, doc._.argkg_blocks, Lang.ZH)
    said = [[text[s.start : s.end] for s in doc._.argkg_sentences if t.holds(s)] for t in turns]
    return [(t.label, side) for t, side in zip(turns, turn_sides(text, turns, said, Lang.ZH), strict=True)]


def _stance(graph: DocumentGraph, words: str) -> Stance:
    return next(c.stance for c in graph.of_type(Claim) if words in c.text)


def _debated(graph: DocumentGraph) -> list[str]:
    return [a.text for a in graph.of_type(Assumption) if a.origin is AssumptionOrigin.DEBATE]


def test_names_with_a_note_in_brackets_are_speakers_and_keep_their_label_without_it() -> None:
    labels = [label for label, _ in _turns(RECORD)]
    assert labels == ["赵长林", "李军", "周红梅", "李军", "吴建"]


def test_the_openers_wish_puts_the_matter_and_those_who_object_argue_against_it() -> None:
    text = (
        "课题组讨论记录\n\n"
        "参会人员：陈老师、小林、小宋、小韩\n\n"
        "小林：我想把实验搬到新买的服务器上跑。旧机器跑一轮要三天，新的一天就够了。\n"
        "小宋：新服务器的环境还没配好，搬过去至少要折腾一周。\n"
        "小林：环境我周末就能配完。\n"
        "小韩：搬过去以后之前的结果还得重跑一遍，不然没法对比。\n"
    )
    sides = dict(_turns(text))
    assert (sides["小林"], sides["小宋"]) == (PRO, CON)


def test_a_label_that_names_the_applicant_argues_for_what_is_applied_for() -> None:
    text = (
        "公交票价调整听证会发言摘要\n\n"
        "主持人：请各方代表依次发言。\n"
        "公交集团代表（调价申请人）：燃油和人工成本五年上涨了三成，现行票价已经无法维持运营。\n"
        "市民代表王先生：票价一涨，每天坐车上班的人一个月要多花几十块，收入低的家庭负担更重。\n"
        "主持人：听证会到此结束。\n"
    )
    sides = dict(_turns(text))
    assert sides["公交集团代表（调价申请人）"] is PRO


def test_a_wish_to_ask_or_speak_is_no_proposal() -> None:
    text = (
        "小区业主群聊天记录\n\n"
        "小王：我想问一下，下周停水几天？\n"
        "老周：通知上写的是两天。\n"
        "小王：两天还好。\n"
        "老周：对，不算长。\n"
    )
    assert dict(_turns(text)).get("小王") is not PRO


def test_a_feasibility_studys_title_frames_its_proposition_and_its_constraints_argue_against() -> None:
    text = (
        "关于在新城区建设社区图书馆的可行性研究报告\n\n"
        "一、需求分析\n"
        "新城区常住人口已超过八万，最近的图书馆在十公里以外，居民借书很不方便。\n\n"
        "二、制约因素\n"
        "建设一座社区图书馆需要投入约一千二百万元，区财政今年的预算已经很紧张。\n"
        "规划中的地块目前还有两家企业没有搬迁。\n\n"
        "三、结论\n"
        "建议列入明年的建设计划。\n"
    )
    graph = ingest_text(text, source="kexing.txt", lang="zh")
    assert any("社区图书馆" in a for a in _debated(graph))
    assert _stance(graph, "两家企业没有搬迁") is CON


def test_a_reported_change_the_writer_reacts_to_is_debated_rather_than_their_counter_proposal() -> None:
    text = (
        "致校长的一封信\n\n"
        "校长您好：\n\n"
        "学校日前通知，从下学期起取消学生的午休时间，午饭后直接开始下午的课。\n"
        "可是很多孩子早上六点就起床，中午不睡一会儿，下午上课根本打不起精神。\n"
        "我不赞成学校的这个决定。\n"
        "我的建议是，至少给低年级的孩子保留二十分钟的午休。\n\n"
        "一位家长\n"
    )
    graph = ingest_text(text, source="laixin.txt", lang="zh")
    assert any("取消学生的午休" in a for a in _debated(graph))
    assert _stance(graph, "下午上课根本打不起精神") is CON


def test_a_change_announced_from_a_day_and_a_plan_to_try_something_are_changes() -> None:
    for line, words in (
        ("市体育局日前宣布，自明年元旦起，全市的公共球场夜间免费开放。", "全市的公共球场夜间免费开放"),
        ("区里计划明年选十所学校试行课后托管服务。", "试行课后托管服务"),
    ):
        match = match_proposition(line, Lang.ZH, heading=False)
        assert match is not None and match.kind == "change", line
        assert words in match.proposition and not match.proposition.startswith("应当自")


def test_reactions_to_this_decision_and_reservations_take_a_side() -> None:
    assert reaction_side("我们完全赞成学校的这项规定。", Lang.ZH) is PRO
    assert reaction_side("我不赞成物业这个做法。", Lang.ZH) is CON
    assert reaction_side("我代表几家商户，谈几点保留意见。", Lang.ZH) is CON


def test_a_header_naming_the_parties_in_brackets_opens_no_turns() -> None:
    text = (
        "行政处罚决定书（节选）\n\n"
        "当事人（经营者）：某餐饮店\n"
        "委托人（店长）：刘某\n\n"
        "经查，该店在后厨存放过期食材，违反了食品安全的有关规定。\n"
        "当事人称，过期食材已准备丢弃，并未用于加工。\n"
    )
    assert _turns(text) == []


def test_a_verdict_that_restates_the_question_with_the_opposite_word_argues_against_it() -> None:
    proposition = "被告拆除原告围墙的行为合法"
    assert restated_side("综上，被告拆除原告围墙的行为违法，应予赔偿。", proposition, Lang.ZH) is CON
    assert restated_side("综上，被告拆除原告围墙的行为合法。", proposition, Lang.ZH) is PRO
    assert restated_side("综上，被告拆除原告围墙的行为不合法。", proposition, Lang.ZH) is CON
    assert restated_side("原告另称其损失违法所得不应扣除。", proposition, Lang.ZH) is None


def test_a_courts_verdict_on_the_question_it_puts_gives_the_authors_side() -> None:
    text = (
        "民事判决书（节选）\n\n"
        "本院认为，本案的争议焦点为：物业公司停止向业主供水的行为是否合法。\n\n"
        "物业公司主张，业主拖欠物业费一年以上，停水是催缴的必要手段。\n"
        "供水是业主的基本生活需要，物业公司不是供水单位，无权以停水催缴物业费。\n"
        "业主拖欠物业费，物业公司可以依法起诉追缴。\n\n"
        "综上，物业公司停止向业主供水的行为违法。\n"
    )
    graph = ingest_text(text, source="panjue.txt", lang="zh")
    assert any("停止向业主供水" in a for a in _debated(graph))
    assert _stance(graph, "无权以停水催缴物业费") is CON


def test_a_word_of_opposites_inside_a_name_is_no_predicate() -> None:
    proposition = "《城东片区供热管网可行性研究报告》应予通过"
    assert restated_side("会议审阅了《城东片区供热管网可行性研究报告》。", proposition, Lang.ZH) is None
