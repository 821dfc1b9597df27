"""A line that only lists a record's fields (who, when, where) is no claim (texts written for these tests).

A meeting's or a post's header ("Inspection date: 4 May · Inspectors: R. Patel", "时间：5月4日 地点：活动室") says
when and where; parts set apart by a middle dot or two labelled fields or more, with no sentence
ending inside the line and none at its end, argue nothing. A statement with a label and a sentence
in it still claims.
"""

from argkg.ingest import ingest_text
from argkg.schema import Claim

HEADER_EN = """Should the allotment society open a second compost bay?

Inspection date: Saturday 4 May 2027 · Inspectors: Rita Patel (Site Representative), James Osei (Committee Member)

Members raised the question of a second compost bay at the spring meeting. The first bay is full by June every year, and plot holders end up burning what they cannot compost. A second bay would cost little and save the bonfires. I think we should build it before the summer.
"""

HEADER_ZH = """小区要不要增设快递柜？

会议时间：2027年5月4日（星期六）19:00—21:00 地点：社区二楼活动室 记录人：业委会秘书 王敏

业主们提出，快递经常堆在门卫室，丢件的事一个月就有好几起。我认为应该在北门增设一组快递柜，费用从公共收益里出。也有业主担心快递柜占用消防通道，位置需要再商量。
"""

LABELLED_EN = """Should the allotment society open a second compost bay?

Cost: about two hundred pounds, which the spring fair alone would cover. Plot holders would stop burning green waste.
"""


def _claims(text: str) -> list[str]:
    return [c.text for c in ingest_text(text, source=f"{hash(text)}.txt").of_type(Claim)]


def test_a_header_of_fields_set_apart_by_middle_dots_is_no_claim() -> None:
    claims = _claims(HEADER_EN)
    assert not any("Inspectors:" in c for c in claims)
    assert "A second bay would cost little and save the bonfires." in claims


def test_a_line_of_labelled_fields_is_no_claim() -> None:
    claims = _claims(HEADER_ZH)
    assert not any("记录人" in c for c in claims)
    assert "也有业主担心快递柜占用消防通道，位置需要再商量。" in claims


def test_a_labelled_line_that_holds_a_sentence_still_claims() -> None:
    assert any(c.startswith("Cost: about two hundred pounds") for c in _claims(LABELLED_EN))


THREAD_ZH = """新手学车只考自动挡够不够？

回答 · 陪练老周 · 860赞同
够了。城里租车、借车几乎都是自动挡，手动挡的科目二还要多练坡道起步。

  评论 · 跑山路的小吴：山里租到的还常常是手动挡的面包车，只会自动挡就开不走。
"""


def test_a_comment_under_a_post_header_is_a_statement_not_fields() -> None:
    claims = _claims(THREAD_ZH)
    assert any("山里租到的还常常是手动挡的面包车" in c for c in claims)
