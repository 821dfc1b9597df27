"""Records, proposals and letters (texts written for these tests): the debated proposition, the
conclusions and the lines that are no claim, from the generic cues of issue 9.

A proposal's title ("关于X的建议", "Proposal: X", "ARGUMENT IN FAVOR OF X" in capitals), a question
a host announces ("今天的话题是:X?"), a request put to the writer ("has asked me to X"), a party's
demand in a dispute ("申请人要求X"); a deciding word and a colon ("学校决定:", "Decision:"), a
heading that ends with a deciding word ("评审结论", "调解意见") or a wiki heading ("== Closing ==");
the fields of a header or signature ("来信人:X", "- Status: X", "Signed: X, Chair").
"""

import pytest

from argkg.ingest import ingest_text
from argkg.schema import Assumption, AssumptionOrigin, Claim, Conclusion, DocumentGraph

PROPOSAL_LETTER = """【家长信箱】关于延长图书馆周末开放时间的建议及答复

来信人：三年级家长　　来信时间：2026年9月3日

您好！孩子们周末想去图书馆看书，可图书馆周六下午四点就关门了。很多家长周末上午要加班，下午带孩子过去只能待一个小时。

恳请馆方考虑把周末的开放时间延长到晚上。

答复：

感谢您的建议。馆方经过讨论，决定：从十月起周六开放到晚上八点，周日的开放时间暂时不变。
"""

REVIEW_RECORD = """关于《滨河步道改造方案》的评审意见

评审组听取了设计单位的汇报，形成意见如下。

一、主要意见

方案对步道破损情况的调查较为细致。但夜间照明的设计考虑不足，部分路段坡度偏大，轮椅通行困难。

二、评审结论

方案需补充无障碍设计后重新报审。
"""

TALK_SHOW = """主持人：各位好，今天的话题是：中学生该不该带手机进校园？

嘉宾甲：我觉得可以带，但上课时要统一保管。家长需要在放学后联系到孩子。

嘉宾乙：我不同意。手机很容易让学生分心，课间也都在刷短视频。
"""

MEDIATION = """调解记录

申请人：某租客
被申请人：某房东

纠纷情况

申请人称合同到期后房东迟迟不退押金。申请人要求被申请人退还押金三千元。被申请人称房屋墙面有污损，需要扣除维修费用。

调解意见

墙面污损属于正常使用的损耗，被申请人应当退还全部押金。
"""

RFC = """# Proposal: Move the weekly planning call to Thursdays

- Status: Accepted
- Owner: Dana Kim

## Summary

The planning call clashes with two customer calls on Mondays, so half the team joins late.

## Drawbacks

Thursday is close to the release day, and some people already have little time that week.

== Closing ==

The team agreed to adopt the Thursday slot for a trial of two months.
"""

LEAFLET = """OFFICIAL ELECTION LEAFLET

ARGUMENT IN FAVOR OF PROPOSITION 7
The library roof leaks every winter and the reading room has been closed twice. A modest levy would fix it for good.
Signed: Jane Roe, Chair of the Friends of the Library

ARGUMENT AGAINST PROPOSITION 7
The levy would fall on renters too, and the county could pay for the roof from its reserves.
Signed: John Doe, Taxpayers Group
"""

ADVICE = """Dear Sam,
My neighbour has asked me to co-sign his car loan so he can get a lower rate. He has always paid me back before, but the loan is large. What should I do?

Dear Reader,
A co-signer owes the whole debt if he stops paying, and banks rarely let a co-signer off later.

What I'd suggest instead is this: lend him a small sum you could afford to lose, and let the bank judge the rest.
"""

DECISION = """Minutes of the garden committee

The committee heard the proposal to replace the gravel paths with paving. Paving costs more at first but needs little care. Some members worried about rain water running off.

Decision: the committee will pave the main path only and keep the gravel elsewhere.
"""


def _graph(text: str, lang: str) -> DocumentGraph:
    return ingest_text(text, source=f"record-{lang}.txt", lang=lang)


def _debated(graph: DocumentGraph) -> list[str]:
    return [a.text for a in graph.of_type(Assumption) if a.origin is AssumptionOrigin.DEBATE]


@pytest.mark.parametrize(
    ("text", "lang", "words"),
    [
        (PROPOSAL_LETTER, "zh", "图书馆周末开放时间"),
        (REVIEW_RECORD, "zh", "滨河步道改造方案"),
        (TALK_SHOW, "zh", "手机"),
        (MEDIATION, "zh", "退还押金"),
        (RFC, "en", "weekly planning call"),
        (LEAFLET, "en", "proposition 7"),
        (ADVICE, "en", "co-sign"),
    ],
)
def test_the_debated_proposition_comes_from_a_generic_cue(text: str, lang: str, words: str) -> None:
    debated = _debated(_graph(text, lang))
    assert any(words.lower() in d.lower() for d in debated), debated


@pytest.mark.parametrize(
    ("text", "lang", "words"),
    [
        (PROPOSAL_LETTER, "zh", "从十月起周六开放到晚上八点"),
        (REVIEW_RECORD, "zh", "需补充无障碍设计后重新报审"),
        (MEDIATION, "zh", "被申请人应当退还全部押金"),
        (RFC, "en", "agreed to adopt the Thursday slot"),
        (ADVICE, "en", "lend him a small sum you could afford to lose"),
        (DECISION, "en", "pave the main path only"),
    ],
)
def test_a_decision_or_a_deciding_heading_concludes(text: str, lang: str, words: str) -> None:
    drawn = [c.text for c in _graph(text, lang).of_type(Conclusion)]
    assert any(words in c for c in drawn), drawn


@pytest.mark.parametrize(
    ("text", "lang", "line"),
    [
        (PROPOSAL_LETTER, "zh", "来信人"),
        (MEDIATION, "zh", "申请人:某租客"),
        (RFC, "en", "Status: Accepted"),
        (RFC, "en", "Owner: Dana Kim"),
        (LEAFLET, "en", "Signed: Jane Roe"),
        (LEAFLET, "en", "OFFICIAL ELECTION LEAFLET"),
        (RFC, "en", "== Closing =="),
    ],
)
def test_header_and_signature_fields_are_no_claims(text: str, lang: str, line: str) -> None:
    claims = [c.text for c in _graph(text, lang).of_type(Claim)]
    assert not any(line in c for c in claims), claims


def test_a_field_line_that_counts_keeps_being_read() -> None:
    # a role and a name, then a count of people: not a header field, its numbers stay cited
    text = "Minutes of the transport forum\n\nPresent: Councillor Ann Lee (chair), 24 residents, two officers from the roads team\n\nThe council debated the new bus lane. Most speakers backed it.\n"
    claims = [c.text for c in _graph(text, "en").of_type(Claim)]
    assert any("24 residents" in c for c in claims), claims
