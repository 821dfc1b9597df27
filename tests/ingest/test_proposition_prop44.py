"""The debated proposition where a text states it in a form the other cues miss or misread: a
draft rule's change set out by its drafter ("草案将X修改为Y") is the proposal put to decision; a
record that puts a question to whoever decides ("供X决定是否Y") or names it in its title ("关于
“是否Y”的讨论") debates that question, whatever its voices or its own recommendation say
(`argkg.ingest.proposition`, `argkg.ingest.positions`). A request someone asks to be dismissed or
denied ("the residents ask that the appeal be dismissed", "不予支持") is what is decided, argued
con by whoever asks or decides so. The texts are written for these tests."""

import pytest
from claim_sides import side_containing

from argkg.ingest import ingest_text
from argkg.ingest.proposition import match_proposition
from argkg.schema import Assumption, AssumptionOrigin, Claim, Lang, Stance


@pytest.mark.parametrize(
    ("line", "heading", "kind", "words"),
    [
        # a title that names the whether-question its record is about
        ("关于“是否在食堂增设夜宵窗口”的讨论及表决记录", True, "motion", "应当在食堂增设夜宵窗口"),
        # a draft rule's change as its drafter sets it out
        (
            "修订草案将第八条“每周二闭馆”修改为“全年无休、错峰开放”，并增加夜间服务时段。",
            False,
            "ask",
            "应当将第八条“每周二闭馆”修改为“全年无休、错峰开放”",
        ),
        # a question a record puts to whoever decides
        (
            "本次座谈汇总各方意见，提请校务会审议是否取消午休统一熄灯。",
            False,
            "motion",
            "应当取消午休统一熄灯",
        ),
    ],
)
def test_a_draft_change_or_a_question_put_to_a_decision_is_the_proposition(
    line: str, heading: bool, kind: str, words: str
) -> None:
    match = match_proposition(line, Lang.ZH, heading=heading)
    assert match is not None
    assert (match.kind, match.proposition, match.fit) == (kind, words, True)


@pytest.mark.parametrize(
    "line",
    [
        # a decision of the writer's own, put to no one
        "我还没决定是否报名参加下个月的比赛。",
        # a draft named without a change it sets out
        "草案将于下月提交常委会审议。",
    ],
)
def test_lines_of_the_same_look_put_no_proposition(line: str) -> None:
    assert match_proposition(line, Lang.ZH, heading=False) is None


_RECORD = """社区食堂用餐意见电话回访记录
回访说明：本次回访了解老人对食堂改为预约制的意见，供街道决定下个月是否改为预约制。

1号老人（王阿姨）
“现在去晚了就没菜，要是改成预约制，提前一天订好，就不会白跑一趟。我支持。”

2号老人（李大爷）
“我对现在的排队没什么意见。我不会用手机，预约太麻烦，改了以后我可能就不去了。”

3号老人（张阿姨）
“预约好，饭菜按人数做，不浪费。”

回访小结：多数老人欢迎预约制，但也有老人不会用手机。建议保留电话预约和现场取餐两种方式。
"""


def test_a_question_put_to_whoever_decides_is_debated_over_the_records_recommendation() -> None:
    graph = ingest_text(_RECORD, source="record.txt", lang=Lang.ZH)
    debates = [a.text for a in graph.of_type(Assumption) if a.origin is AssumptionOrigin.DEBATE]
    assert debates == ["应当改为预约制"]
    # the voices take sides on the question, not on the record's closing recommendation
    sides = {c.text: c.stance for c in graph.of_type(Claim)}
    assert side_containing(sides, "预约太麻烦") is Stance.CON
    assert side_containing(sides, "预约好，饭菜按人数做") is Stance.PRO


@pytest.mark.parametrize(
    ("line", "lang", "words"),
    [
        # a party's own closing request, in the third person after its reasons
        (
            "For these reasons the residents respectfully ask that the appeal be dismissed.",
            Lang.EN,
            "the appeal should be allowed",
        ),
        ("We submit that the application should be denied.", Lang.EN, "the application should be allowed"),
        ("本所认为，对业主提出的加装电梯请求不予支持。", Lang.ZH, "对业主提出的加装电梯请求予以支持"),
    ],
)
def test_a_request_dismissed_or_denied_is_what_is_decided_and_its_dismisser_argues_con(
    line: str, lang: Lang, words: str
) -> None:
    match = match_proposition(line, lang, heading=False)
    assert match is not None
    assert (match.kind, match.proposition, match.author) == ("thesis", words, Stance.CON)


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        # a consequence drawn after reasons, by no party that asks anything
        ("For these reasons, the company is worse off.", Lang.EN),
    ],
)
def test_reasons_drawn_to_no_request_put_no_proposition(line: str, lang: Lang) -> None:
    assert match_proposition(line, lang, heading=False) is None


def test_a_partys_request_summed_up_by_a_decision_stays_a_reported_request() -> None:
    match = match_proposition(
        "In summary, the appellant asks that the permit be granted.", Lang.EN, heading=False
    )
    assert match is not None
    assert (match.kind, match.author) == ("change", None)
