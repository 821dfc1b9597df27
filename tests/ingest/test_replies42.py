"""A request answered in writing, read as the parts of a decision (`argkg.ingest.decisions`, the
Chinese cues in ``ingest/data/zh/decisions.yaml``): the requesting party's part (a proposal, a
complaint, an objection quoted in the reply) argues for what it asks, the replying body's part
(its reply, its findings, its decision) takes the side of its decision, bar the points it grants.
The texts here are invented for these tests.
"""

from claim_sides import claim_sides, side_containing

from argkg.ingest.decisions import Part, decision_parts
from argkg.ingest.layout import analyse_layout
from argkg.schema import Lang, Stance

_PROPOSAL = """松川区第三届居民议事会
建议办理答复单

建议编号：第7号
建议名称：关于延长区图书馆夜间开放时间的建议

【建议内容】

区图书馆目前晚上七点闭馆。上班族下班后赶到图书馆，往往只剩半小时。

一、周边三个小区的年轻住户多，晚上借书的需求很大。

二、自习区白天空位很多，晚上却经常排队。

建议图书馆每周一至周五延长开放到晚上十点。

【办理单位答复】

孙立新代表：

感谢您对全民阅读的关心。现答复如下：

一、关于夜间读者人数。去年试行延时开放的两个月里，晚上八点以后平均每晚只有11名读者。

二、关于人员安排。延长到十点需要增加六名夜班馆员，每年人工费用约40万元。

三、关于自习区排队。您反映的晚间排队问题属实，座位安排确有疏漏。

经馆务会研究，决定如下：

1. 自下月起自习区晚间增设40个座位；
2. 工作日暂不延长闭馆时间，半年后再根据借阅数据评估。
"""

_COMPLAINT = """青禾县市场监督管理局
投诉处理意见书

何静等5人：

你们的投诉材料已收到，经调查，意见如下。

一、投诉人的请求

你们要求星河健身中心全额退还已停业门店的会员卡余额，理由是：

1. 门店停业前一周仍在推销三年期会员卡；
2. 转到其他门店需要往返一个多小时。

二、核查情况

经查，星河健身中心已书面承诺会员可在城区另外两家门店继续使用会员卡，并提供免费班车。

三、复核意见

经研究，对你们要求全额退卡的请求，不予支持。
"""

_GRANTED = """一、投诉人的请求

我们请求物业公司撤销本月多收的电梯维修费。物业未经业主大会表决就提高了收费标准。

二、核查情况

经查，物业公司调整收费标准前没有召开业主大会，也没有书面征求业主意见。

三、复核意见

该项投诉成立，物业公司应于十日内退还多收费用。
"""


def test_a_proposal_reply_that_turns_it_down_argues_against_it_bar_what_it_grants() -> None:
    sides = claim_sides(_PROPOSAL, Lang.ZH, "reply.txt")
    assert side_containing(sides, "晚上借书的需求很大") is Stance.PRO  # the proposer's reason
    assert side_containing(sides, "只有11名读者") is Stance.CON  # the replying body's finding
    assert side_containing(sides, "每年人工费用约40万元") is Stance.CON
    assert side_containing(sides, "排队问题属实") is Stance.PRO  # a point the body grants


def test_a_complaint_refused_in_its_reply_puts_the_findings_against_it() -> None:
    sides = claim_sides(_COMPLAINT, Lang.ZH, "reply.txt")
    assert side_containing(sides, "仍在推销三年期会员卡") is Stance.PRO
    assert side_containing(sides, "继续使用会员卡") is Stance.CON


def _parts(text: str) -> list[Part | None]:
    blocks, _ = analyse_layout(text, Lang.ZH)
    return [p.part if p is not None else None for p in decision_parts(text, blocks, Lang.ZH)]


def test_a_complaint_granted_in_its_reply_puts_the_findings_for_it() -> None:
    blocks, _ = analyse_layout(_GRANTED, Lang.ZH)
    found = decision_parts(_GRANTED, blocks, Lang.ZH)
    lines = [_GRANTED[b.start : b.end] for b in blocks]
    finding = next(p for p, line in zip(found, lines, strict=True) if "没有召开业主大会" in line)
    assert finding is not None and finding.part is Part.DECIDES and finding.side is Stance.PRO


def test_the_replys_salutation_and_decision_lead_in_keep_its_part() -> None:
    blocks, _ = analyse_layout(_PROPOSAL, Lang.ZH)
    parts = _parts(_PROPOSAL)
    lines = [_PROPOSAL[b.start : b.end].strip() for b in blocks]
    assert parts[lines.index("孙立新代表：")] is Part.DECIDES
    assert parts[lines.index("经馆务会研究，决定如下：")] is Part.DECIDES
    # the form's title names a reply but opens no part; the request's heading opens the asking one
    assert parts[lines.index("建议办理答复单")] is None
    assert parts[lines.index("【建议内容】")] is Part.ASKS


def test_a_documents_title_naming_the_request_opens_no_part() -> None:
    blocks, _ = analyse_layout(_COMPLAINT, Lang.ZH)
    parts = _parts(_COMPLAINT)
    lines = [_COMPLAINT[b.start : b.end].strip() for b in blocks]
    assert parts[lines.index("投诉处理意见书")] is None
    assert parts[lines.index("一、投诉人的请求")] is Part.ASKS
