"""The debated proposition of a record that names the matter it rules on: a review's title ("关于X
的核查意见") or an opinion's "就X一事" names what is put to decision, and the reviewer's verdict on
it orients it (对X无异议: pro; 不建议采取该方案: con); a writer's "我的想法是X" states their own
view (`argkg.ingest.proposition`, `argkg.ingest.positions`). The texts are written for these
tests.

Titles and lines that name what is put to decision in forms the other cues miss: a plan put out
for comment without its document's name ("关于X的征求意见稿"), a complaint that names what it asks
for ("关于要求X的投诉"), a notice that names the change it makes ("关于调整X的通知"), a labelled
request ("请示事项：X"), an application's or a request's title ("Application for X", "Request to
X", "Appeal against the refusal of X"), and the question a record puts to whoever decides ("The
issue before the Board is whether to X")."""

import pytest
from claim_sides import side_containing

from argkg.ingest import ingest_text
from argkg.ingest.proposition import match_proposition, reaction_side
from argkg.schema import Assumption, AssumptionOrigin, Claim, Lang, Stance


@pytest.mark.parametrize(
    ("line", "heading", "kind", "words"),
    [
        # a review's title names the change it checks
        (
            "关于某某科技股份有限公司调整募投项目实施地点的核查意见",
            True,
            "framing",
            "某某科技股份有限公司调整募投项目实施地点应予通过",
        ),
        # an opinion names the matter it is written on
        (
            "本所接受委托，就贵司拟关闭城东门店一事，出具本法律意见书。",
            False,
            "framing",
            "贵司拟关闭城东门店",
        ),
        # a group leader's plan put as their idea
        ("我的想法是：下个月起改成每人每次交二十元。", False, "thesis", "下个月起改成每人每次交二十元"),
        ("我的想法还是周日照常出发。", False, "thesis", "周日照常出发"),
    ],
)
def test_the_matter_a_record_rules_on_or_the_writers_idea_is_the_proposition(
    line: str, heading: bool, kind: str, words: str
) -> None:
    match = match_proposition(line, Lang.ZH, heading=heading)
    assert match is not None
    assert (match.kind, match.proposition, match.fit) == (kind, words, True)


@pytest.mark.parametrize(
    "line",
    [
        # a survey report names no matter put to decision
        "关于我区社区图书室使用情况的调研报告",
        # "一事" without "就" before it
        "这一事实说明问题不在价格。",
        # a wrong a letter complains of is no plan put to decision: the letter's thesis is
        "本所受委托，就贵方扣留押金一事致函如下。",
    ],
)
def test_lines_of_the_same_look_name_no_matter(line: str) -> None:
    match = match_proposition(line, Lang.ZH, heading=True)
    assert match is None or match.kind != "framing"


@pytest.mark.parametrize(
    ("sentence", "side"),
    [
        ("综上，本机构对公司本次调整募投项目实施地点事项无异议。", Stance.PRO),
        ("综上，本所不建议贵司采取该方案。", Stance.CON),
        # no objection to something else than what is debated
        ("本机构对公司提供的财务数据无异议。", None),
    ],
)
def test_a_reviewers_verdict_orients_the_matter(sentence: str, side: Stance | None) -> None:
    assert reaction_side(sentence, Lang.ZH, "某某公司调整募投项目实施地点应予通过") is side


_OPINION = """法律意见书

致：某某餐饮有限公司

本所接受贵司委托，就贵司拟以员工多次迟到为由解除劳动合同一事，出具本法律意见书。

一、基本事实

员工刘某入职五年，今年以来迟到四次，每次不超过十分钟。贵司规章制度规定迟到须扣发当日奖金，未规定可以解除合同。

二、贵司的理由

贵司认为，刘某屡次迟到，影响门店开门营业，解除合同是维护纪律的必要手段。

三、法律分析

规章制度未将迟到列为可以解除合同的情形，以此为由解除合同缺乏依据。迟到时间很短，也难以认定为严重违纪。

四、结论

综上，本所认为，贵司以迟到为由解除与刘某的劳动合同存在被认定为违法解除的风险，不建议贵司采取该方案。
"""


def test_an_opinion_advising_against_the_clients_plan_argues_con_on_it() -> None:
    graph = ingest_text(_OPINION, source="opinion.txt", lang=Lang.ZH)
    debates = [a.text for a in graph.of_type(Assumption) if a.origin is AssumptionOrigin.DEBATE]
    assert debates == ["贵司拟以员工多次迟到为由解除劳动合同"]
    # the client's reasons argue for its plan, the lawyers' analysis against it
    sides = {c.text: c.stance for c in graph.of_type(Claim)}
    assert side_containing(sides, "维护纪律的必要手段") is Stance.PRO
    assert side_containing(sides, "缺乏依据") is Stance.CON


@pytest.mark.parametrize(
    ("line", "heading", "kind", "words"),
    [
        ("关于调整自行车棚收费标准的征求意见稿", True, "framing", "应该调整自行车棚收费标准"),
        ("关于调整自行车棚收费标准（征求意见稿）", True, "framing", "应该调整自行车棚收费标准"),
        ("关于更换小区保洁公司的业主意见征询", True, "framing", "应该更换小区保洁公司"),
        ("关于要求退还报名费的投诉", True, "thesis", "应该退还报名费"),
        ("关于是否延长自习室开放时间的请示", True, "thesis", "应该延长自习室开放时间"),
        ("某某小学关于调整午休时间的通知", True, "change", "应当调整午休时间"),
        ("关于拟合并两个活动室的情况说明", True, "framing", "应该合并两个活动室"),
        ("请示事项：增设一个夜班岗位", False, "ask", "应当增设一个夜班岗位"),
        (
            "Application for a licence to hold an evening market",
            True,
            "framing",
            "a licence to hold an evening market should be granted",
        ),
        (
            "Request to extend the pool's opening hours",
            True,
            "framing",
            "we should extend the pool's opening hours",
        ),
        (
            "Appeal against the refusal of permission for a garden room",
            True,
            "framing",
            "permission for a garden room should be granted",
        ),
        (
            "The issue before the committee is whether to keep the kiosk. Both sides spoke.",
            False,
            "motion",
            "we should keep the kiosk",
        ),
        (
            "The question for the panel is whether the mural should stay.",
            False,
            "motion",
            "the mural should stay",
        ),
    ],
)
def test_a_title_or_a_line_that_names_what_is_put_to_decision(
    line: str, heading: bool, kind: str, words: str
) -> None:
    lang = Lang.ZH if any("\u4e00" <= ch <= "\u9fff" for ch in line) else Lang.EN
    match = match_proposition(line, lang, heading=heading)
    assert match is not None
    assert (match.kind, match.proposition) == (kind, words)


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        # a complaint that names only the wrong asks nothing in so many words
        ("关于小区物业乱收费的投诉", Lang.ZH),
        # a notice of a holiday names no change
        ("关于端午节放假安排的通知", Lang.ZH),
        # a sentence that reports an application's outcome is no title naming it
        ("The application for a second kiosk is refused.", Lang.EN),
        # a letter on a proposal someone else made
        ("On the proposal to close the branch library", Lang.EN),
    ],
)
def test_titles_of_the_same_look_that_put_nothing_to_decision(line: str, lang: Lang) -> None:
    match = match_proposition(line, lang, heading=True)
    assert match is None or match.kind not in ("framing", "change", "thesis")
