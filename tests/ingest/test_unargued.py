"""A text that argues nothing as a whole debates nothing and has no positions (stop 26).

`argkg.ingest.unargued`: a guide, a notice, a set of provisions or a clarification describes,
instructs and answers questions of fact; its "must", "须" and "不得" are instructions and its
title is no demand, so it yields no debated proposition and every statement is neutral. A text
of the same layout in which someone takes a stance (a first-person writer, a reason, a
concession, a side's word, a debate question) keeps its argument, and so does a short comment
whose few lines show no cue (too short to tell).
"""

import pytest

from argkg.ingest import ingest_text
from argkg.schema import Assumption, AssumptionOrigin, Claim, Role, Stance

#: A pool's visitor card: descriptions and instructions, one instruction with its reason.
POOL = """Stop 3 — The Boiler House

Lido Heritage Trail · Visitor card

The boiler house was built in 1936 to heat the pool to 21 degrees.
The two boilers burned about a tonne of coal a day in summer.
The chimney is 18 metres tall.
Please keep to the marked path.
Do not lean on the railings, which are original and fragile.
Guided tours start at 11am and 3pm and last 40 minutes.
Tours are included in your entry ticket.
The café is open until 5pm.
Toilets are next to the changing rooms.
When you are ready, follow the blue signs to Stop 4.
"""

#: A course's Q&A sheet: questions asked and answered with facts (the asker's "I" asks).
COURSE = """夜校陶艺班报名答疑

问：报名费是否包含材料费？
答：包含。每期材料费已计入报名费，共计480元。

问：我可以只报其中一个月吗？
答：不可以。课程按期报名，每期八周。

问：上课地点在哪里？
答：社区文化中心三楼陶艺室。

课程每周二、周四晚上七点开始，每次两小时。
学员须自备围裙。
作品烧制需要两周，烧好后在前台领取。
报名截止日期为三月十日。
名额已满的，可登记候补。
"""

#: The same card's layout, but its writer takes a stance on the new charge.
POOL_ARGUED = """The Lido: new entry charges

From June, an adult swim will cost £7, up from £4.50.
The pool is open from 7am to 7pm.
Lanes are marked for slow, medium and fast swimmers.
Children under eight must be with an adult in the water.
Lockers take a £1 coin.
I think the council is wrong to put the price up this far.
Families who swim every weekend will now pay twice what they paid last year.
The café is open until 5pm.
"""


def _debates(graph_claims: list[Claim], assumptions: list[Assumption]) -> tuple[set[Stance], bool]:
    debated = any(a.origin is AssumptionOrigin.DEBATE for a in assumptions)
    return {c.stance for c in graph_claims}, debated


@pytest.mark.parametrize(("text", "lang"), [(POOL, "en"), (COURSE, "zh")], ids=["guide", "qa"])
def test_a_text_that_only_describes_and_instructs_debates_nothing(text: str, lang: str) -> None:
    graph = ingest_text(text, source="t.txt", lang=lang)
    stances, debated = _debates(graph.of_type(Claim), graph.of_type(Assumption))
    assert not debated
    assert stances == {Stance.NEUTRAL}


def test_the_letter_i_in_a_series_of_letters_is_no_writer() -> None:
    """Lanes named "G, H and I" leave the guide arguing nothing; "You and I" is a writer."""
    lettered = POOL.replace("The chimney is 18 metres tall.", "Lanes G, H and I are kept for lane swimming.")
    graph = ingest_text(lettered, source="t.txt", lang="en")
    stances, debated = _debates(graph.of_type(Claim), graph.of_type(Assumption))
    assert not debated
    assert stances == {Stance.NEUTRAL}
    spoken = POOL.replace("The chimney is 18 metres tall.", "You and I swam here as children.")
    graph = ingest_text(spoken, source="t.txt", lang="en")
    assert _debates(graph.of_type(Claim), graph.of_type(Assumption))[0] != {Stance.NEUTRAL}


def test_a_writer_who_takes_a_stance_keeps_the_argument() -> None:
    graph = ingest_text(POOL_ARGUED, source="t.txt", lang="en")
    stances, debated = _debates(graph.of_type(Claim), graph.of_type(Assumption))
    assert debated
    assert Stance.PRO in stances or Stance.CON in stances


def test_a_short_comment_without_a_cue_is_not_taken_for_a_notice() -> None:
    comment = "Chess should be part of the school day. Kids who play learn to plan. Clubs after school reach too few."
    graph = ingest_text(comment, source="t.txt", lang="en")
    stances, _ = _debates(graph.of_type(Claim), graph.of_type(Assumption))
    assert Stance.PRO in stances


#: A bike workshop's rules: eighteen instructions and descriptions, one of which gives its reason.
WORKSHOP = """Community Bike Workshop — House Rules

Sign the visitor book when you arrive.
Aprons hang on the hooks by the door.
Put on an apron before you touch a chain.
Tools go back on the board after use.
Each tool has its outline painted on the board.
Wipe oily tools with the blue rags.
Used rags go in the metal bin.
Never leave a bike on the stand overnight.
Keep the stand clamp away from carbon frames, because they crack under pressure.
Tyre levers are in the top drawer.
Spare tubes are sold at cost at the counter.
Pay for parts before you leave.
The compressor is for volunteers only.
Children under 14 come with an adult.
The workshop closes at 8pm on weekdays.
On Saturdays it opens from 10am to 4pm.
Lost property is kept for a month.
Sweep your bay before you go.
"""


def test_one_reason_given_in_passing_does_not_make_a_sheet_of_instructions_argue() -> None:
    graph = ingest_text(WORKSHOP, source="t.txt", lang="en")
    stances, debated = _debates(graph.of_type(Claim), graph.of_type(Assumption))
    assert not debated
    assert stances == {Stance.NEUTRAL}


def test_reasons_given_sentence_after_sentence_argue() -> None:
    """The same sheet with a reason or a contrast in every other line argues (for its rules)."""
    lines = WORKSHOP.splitlines()
    reasoned = [
        f"{line[:-1]}, because we lost three sets of tools last year."
        if i % 2 and line.endswith(".")
        else line
        for i, line in enumerate(lines)
    ]
    graph = ingest_text("\n".join(reasoned), source="t.txt", lang="en")
    stances, debated = _debates(graph.of_type(Claim), graph.of_type(Assumption))
    assert stances != {Stance.NEUTRAL} or debated


#: A survey report's findings, then its summing-up with the one contrast of the text.
SURVEY = """社区图书角使用情况调研

一、基本情况
图书角设在社区服务中心一楼，面积约40平方米。
现有藏书2300册，其中儿童读物约900册。
开放时间为每天上午九点到晚上八点。
图书角由两名志愿者轮流值守。
借阅实行登记制，每人每次最多借三本。
二、使用情况
九月份共有借阅记录612人次。
借阅者中老年居民约占四成。
周末的借阅量大约是工作日的两倍。
儿童读物的借阅量最高。
今年共收到居民捐书400余册。
三、日常管理
志愿者每周三整理一次书架。
破损图书由服务中心统一送修。
逾期未还的图书由值守志愿者电话提醒。
新书到馆后先贴标签再上架。
捐赠图书须经志愿者检查后入库。
图书角每月最后一个周五闭馆盘点。
四、结论
总的来看，图书角的借阅人数逐月增加，因为附近新开了两所小学。
"""


def test_a_report_that_sums_up_argues_its_summing_up() -> None:
    """ "总的来看" reaches a judgement as "overall" does: the report is no notice, though its only
    reason given would pass as an aside."""
    graph = ingest_text(SURVEY, source="t.txt", lang="zh")
    stances, debated = _debates(graph.of_type(Claim), graph.of_type(Assumption))
    assert stances != {Stance.NEUTRAL} or debated


def test_a_debate_record_whose_lines_put_a_motion_argues() -> None:
    """The workshop's lines, reported as a debate on a motion: its one "because" is no aside."""
    record = "Motion: This House would open the bike workshop on Sundays.\n\n" + WORKSHOP
    graph = ingest_text(record, source="t.txt", lang="en")
    _, debated = _debates(graph.of_type(Claim), graph.of_type(Assumption))
    assert debated


#: The pool card's notice closing with a contact line and a courtesy: set phrases, no view.
POOL_SIGNED = POOL.replace(
    "The café is open until 5pm.",
    "The café is open until 5pm.\nFor a group booking, email me at the front desk.\n"
    "The Trust thanks you for supporting the trail.",
)

#: A heating firm's maintenance notice: the firm names itself ("我中心"), gives a contact line and
#: thanks its readers, and states no view.
HEATING = """供热管道检修通知

各位居民：
因冬季供热管道例行检修需要，我中心将于下周二对东区管线进行检修。
检修时间为上午八点至下午五点。
检修期间东区1至12号楼暂停供暖。
其余楼栋供暖不受影响。
检修完成后管线需要排气，暖气片可能出现短时异响。
请住户检修当天关好门窗。
家中有老人和婴儿的，请提前做好保暖。
如暖气片漏水，请先关闭进水阀门。
需要上门帮忙排气的住户请私信我。
感谢大家的理解与支持。
"""


@pytest.mark.parametrize(("text", "lang"), [(POOL_SIGNED, "en"), (HEATING, "zh")], ids=["en", "zh"])
def test_a_notices_set_phrases_take_no_stance(text: str, lang: str) -> None:
    """A courtesy, a contact line and an institution naming itself put "me", "我" or "支持"
    in a notice without making it argue: no statement argues a side's case, all are background."""
    graph = ingest_text(text, source="t.txt", lang=lang)
    claims = graph.of_type(Claim)
    stances, debated = _debates(claims, graph.of_type(Assumption))
    assert not debated
    assert stances == {Stance.NEUTRAL}
    assert {c.role for c in claims} == {Role.BACKGROUND}


def test_a_writer_past_the_set_phrases_still_takes_a_stance() -> None:
    """The same notice whose writer also says what they think of the work argues."""
    argued = HEATING.replace("感谢大家的理解与支持。", "我认为检修应该放在周末，工作日停暖对老人太不方便了。")
    graph = ingest_text(argued, source="t.txt", lang="zh")
    stances, debated = _debates(graph.of_type(Claim), graph.of_type(Assumption))
    assert stances != {Stance.NEUTRAL} or debated


#: A self-service kiosk's guide: what the machine and its payment methods support.
KIOSK = """自助缴费机使用说明

本机设在营业厅一楼入口左侧。
缴费前请准备好户号或缴费通知单。
在首页选择“水费”“电费”或“燃气费”。
输入户号后，屏幕显示欠费金额。
付款方式支持银行卡、微信和支付宝，暂不收现金。
本机支持打印缴费凭证，凭证可用于报销。
每笔缴费最长处理时间为两分钟。
缴费成功后请取走银行卡和凭证。
营业厅开放时间为每天八点至十八点。
"""


def test_what_a_machine_supports_is_no_side_supported() -> None:
    graph = ingest_text(KIOSK, source="t.txt", lang="zh")
    claims = graph.of_type(Claim)
    stances, debated = _debates(claims, graph.of_type(Assumption))
    assert not debated
    assert stances == {Stance.NEUTRAL}
    assert {c.role for c in claims} == {Role.BACKGROUND}


def test_a_bodys_thanks_for_support_is_no_claim() -> None:
    graph = ingest_text(POOL_SIGNED, source="t.txt", lang="en")
    assert not [c for c in graph.of_type(Claim) if "thanks you" in c.text]
