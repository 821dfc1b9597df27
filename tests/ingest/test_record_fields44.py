"""A record's field named by what it records is neither a claim nor a conclusion (texts written for these tests).

A decision's or a review's header lists what the record is about, one field a line: a reference, a
number, a date, a kind, a name ("Case reference: X", "Hearing date: X", "Type of review: X",
"项目编号：X", "会议日期：X", "审查方式：X"), and a signature ("Signed for the Board: X", "签字：X").
Under a caption such as "Decision Summary" or "审查意见", these lines are no decision and no
statement of a side: the record's body is. A labelled line that holds a sentence still claims.
"""

from argkg.ingest import ingest_text
from argkg.schema import Claim, Conclusion, DocumentGraph

SUMMARY_EN = """LICENSING BOARD
Decision Summary

Case reference: LB/27/0412
Type of review: Oral hearing, renewal of a street trading consent
Hearing date: 3 March 2027 (by video link)

The applicant asked to keep his pitch on the market square for another year. Two neighbours objected to the noise of his generator in the early morning. The board found that the generator now runs only after eight o'clock and that no complaint was made in the last six months.

The consent is renewed for twelve months.

Signed for the Board: Alice Moreno, Chair
"""

REVIEW_ZH = """某某大学学生事务委员会
审查意见

申请编号：XS-2027-019
项目名称：学生宿舍夜间延时开放试点
审查方式：会议审查　会议日期：2027年3月3日

学生会提出，期末考试周宿舍楼应延长开放到凌晨一点。宿管中心担心夜间安全，但也承认去年试行期间没有发生安全事故。

经讨论，同意在期末考试周试行延时开放。

签字：王立（委员会主任）
"""

COST_EN = """Should the allotment society open a second compost bay?

Cost estimate: about two hundred pounds, which the spring fair alone would cover. Plot holders would stop burning green waste.
"""


def _graph(text: str) -> DocumentGraph:
    return ingest_text(text, source=f"{hash(text)}.txt")


def _texts(graph: DocumentGraph, kind: type[Claim] | type[Conclusion]) -> list[str]:
    return [n.text for n in graph.of_type(kind)]


def test_an_english_header_field_under_a_deciding_caption_is_no_conclusion() -> None:
    graph = _graph(SUMMARY_EN)
    drawn = _texts(graph, Conclusion) + _texts(graph, Claim)
    for field in ("Case reference", "Type of review", "Hearing date", "Signed for the Board"):
        assert not any(field in t for t in drawn), field
    assert "Two neighbours objected to the noise of his generator in the early morning." in _texts(
        graph, Claim
    )


def test_a_chinese_header_field_under_a_deciding_caption_is_no_conclusion() -> None:
    graph = _graph(REVIEW_ZH)
    drawn = _texts(graph, Conclusion) + _texts(graph, Claim)
    for field in ("申请编号", "项目名称", "审查方式", "签字"):
        assert not any(field in t for t in drawn), field
    assert any("同意在期末考试周试行延时开放" in t for t in _texts(graph, Conclusion))


def test_a_labelled_line_that_holds_a_sentence_still_claims() -> None:
    assert any(
        c.startswith("Cost estimate: about two hundred pounds") for c in _texts(_graph(COST_EN), Claim)
    )
