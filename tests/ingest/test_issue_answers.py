"""Answers after who gives them, reported questions, and a stated question as a group's wording
(issue_side, linking, issues.yaml)."""

import pytest
from issue_support import text_side

from argkg.ingest import ingest_text
from argkg.ingest.issue_side import _reply, document_side
from argkg.ingest.linking import link_all, link_issues
from argkg.schema import Issue, IssueStance, RelType

EN_ISSUE = "Should councils paint cycle lanes green?"
ZH_ISSUE = "图书馆应不应该通宵开放？"


@pytest.mark.parametrize(
    ("text", "issue", "side"),
    [
        (
            "Should councils paint cycle lanes green? As someone who rides to work every day, I say no. "
            "The paint is slippery when wet.",
            EN_ISSUE,
            IssueStance.CON,
        ),
        (
            "Should councils paint cycle lanes green? Having tried both kinds of lane, I think they should. "
            "Drivers notice them.",
            EN_ISSUE,
            IssueStance.PRO,
        ),
        (
            "Should councils paint cycle lanes green? As a courier who rides all day, I say yes, and the "
            "sooner the better. Drivers notice them.",
            EN_ISSUE,
            IssueStance.PRO,
        ),
        (
            "Should councils paint cycle lanes green? Speaking for the riders' club, I would say no, "
            "not with our budget. The money is better spent on potholes.",
            EN_ISSUE,
            IssueStance.CON,
        ),
        (
            "Should councils paint cycle lanes green? I ride a bike to work every day and I'm against it. "
            "The paint is slippery when wet.",
            EN_ISSUE,
            IssueStance.CON,
        ),
        (
            "Should councils paint cycle lanes green? I run a bike shop and I think so. Drivers notice them.",
            EN_ISSUE,
            IssueStance.PRO,
        ),
        ("图书馆应不应该通宵开放？作为一名管理员，我认为不应该。夜里没人值班。", ZH_ISSUE, IssueStance.CON),
        ("图书馆应不应该通宵开放？作为一名考研的学生，我认为应该。白天座位太少。", ZH_ISSUE, IssueStance.PRO),
    ],
)
def test_an_answer_after_who_gives_it_answers_the_question(text: str, issue: str, side: IssueStance) -> None:
    assert text_side(text, issue) is side


@pytest.mark.parametrize(
    "text",
    [
        "最近同学们都在讨论图书馆是否应该通宵开放，我想说说自己的看法。",
        "People in our street keep arguing about whether councils should paint cycle lanes green.",
    ],
)
def test_a_reported_question_takes_no_side(text: str) -> None:
    issue = ZH_ISSUE if "图书馆" in text else EN_ISSUE
    assert text_side(text, issue) is None


def test_a_reported_question_still_counts_when_an_answer_follows_in_its_sentence() -> None:
    text = "大家都在问图书馆是否应该通宵开放，我认为不应该。"
    assert text_side(text, ZH_ISSUE) is IssueStance.CON


def test_calling_a_proposal_a_waste_is_against_it() -> None:
    text = "我们这里晚上根本没人看书，让图书馆通宵开放完全是浪费。"
    assert text_side(text, ZH_ISSUE) is IssueStance.CON


def test_a_group_is_worded_by_the_question_a_document_answers_not_by_its_answer() -> None:
    texts = [
        "Should councils paint cycle lanes green? I think it is about time. Drivers would see the lanes "
        "from far away, and cyclists would feel safer on them.",
        "Green paint on cycle lanes costs a lot and wears off within a year. Councils should spend the "
        "money on fixing potholes in the lanes instead.",
        "Since our council painted the cycle lanes green, drivers have stopped parking in them, and I "
        "ride to work without weaving into traffic.",
    ]
    graphs = [ingest_text(text, source=f"lanes{n}.txt") for n, text in enumerate(texts)]
    linked = link_all(graphs, [])
    issues = {node.text for graph in linked for node in graph.nodes if isinstance(node, Issue)}
    assert issues == {EN_ISSUE}
    first = [
        r for r in linked[0].relationships if r.type is RelType.ON_ISSUE and r.start == graphs[0].document.id
    ]
    assert first and first[0].stance is IssueStance.PRO


@pytest.mark.parametrize(
    ("text", "side"),
    [
        # the course turned down is the issue's: against it, though its words are all there
        ("与其让图书馆通宵开放，不如把自习室的开放时间延长到半夜。", IssueStance.CON),
        # the course chosen is the issue's: for it
        ("与其让学生在宿舍楼道里熬夜，不如让图书馆通宵开放。", IssueStance.PRO),
    ],
)
def test_a_choice_between_two_courses_sides_with_the_one_it_prefers(text: str, side: IssueStance) -> None:
    assert text_side(text, ZH_ISSUE) is side


def test_turning_down_a_ban_in_favour_of_something_else_is_for_what_the_ban_would_stop() -> None:
    text = "Councils should paint cycle lanes green instead of banning bikes from the high street."
    assert text_side(text, EN_ISSUE) is IssueStance.PRO
    text = "Councils should fix the potholes in cycle lanes instead of painting the lanes green."
    assert text_side(text, EN_ISSUE) is IssueStance.CON


def test_a_comparison_that_prefers_something_else_is_against_what_it_compares_with() -> None:
    text = "我们学校改成了刷卡进馆，我觉得这个办法比让图书馆通宵开放好得多。"
    assert text_side(text, ZH_ISSUE) is IssueStance.CON


def test_a_text_in_the_other_language_takes_its_side_by_concepts_before_its_thesis() -> None:
    # its thesis is pro its own wording ("投票应该是…自愿的"), but what it says of forced voting
    # is against the issue: the concepts read that across languages, the thesis's side does not
    stated = link_all(
        [ingest_text("Should voting be compulsory? Yes. Turnout rises.", source="vote.txt")], []
    )
    (issue,) = stated[0].of_type(Issue)
    text = "被迫投票的人根本不关心政治，只会乱填选票。投票应该是公民自愿的选择。"
    graph = ingest_text(text, source="zwang.txt")
    linked = link_issues(graph, [issue], decided=issue)
    (rel,) = [r for r in linked.relationships if r.type is RelType.ON_ISSUE and r.start == graph.document.id]
    assert rel.end == issue.id and rel.stance is IssueStance.CON


MUSEUMS = "Should national museums charge for entry?"


@pytest.mark.parametrize(
    ("text", "side"),
    [
        # an answer after who gives it and a frame that names no side: "please don't" is the answer
        (f"{MUSEUMS} As a retired teacher, I'd say please don't. School trips would stop.", IssueStance.CON),
        # an answer opened by a word that denies, with words of its own after it
        (
            f"{MUSEUMS} Not for the permanent collections, I'd argue. Exhibitions already charge.",
            IssueStance.CON,
        ),
        (f"{MUSEUMS} Never. The collections belong to the public.", IssueStance.CON),
        # a frame before a yes
        (f"{MUSEUMS} Honestly, yes. The roofs are leaking.", IssueStance.PRO),
        ("公司应不应该实行每周四天工作制？我的观点是不应该。小工厂的订单说来就来。", IssueStance.CON),
        ("公司应不应该实行每周四天工作制？在我看来，应该。试点的公司产出没有下降。", IssueStance.PRO),
    ],
)
def test_an_answer_is_read_past_its_frame_and_from_a_denial_that_opens_it(
    text: str, side: IssueStance
) -> None:
    issue = MUSEUMS if text.startswith("Should") else "公司应不应该实行每周四天工作制？"
    assert text_side(text, issue) is side


@pytest.mark.parametrize(
    "text",
    [
        # a denial that says no by its own words is read by them: "don't ban" is for what a ban stops
        f"{MUSEUMS} Don't ban free days, then. Families need them.",
        # a phrase that holds a negation but denies nothing opens no "no"
        f"{MUSEUMS} Not only should they, they should charge tourists double.",
    ],
)
def test_an_opening_negation_that_does_not_deny_alone_is_no_answer_no(text: str) -> None:
    assert text_side(text, MUSEUMS) is not IssueStance.CON


def test_a_bare_answer_in_another_language_answers_the_question_it_follows() -> None:
    # "应该" (the answer) names nothing; the question before it is what the document answers,
    # and the answer after it turns its vote, though no word of it is the English issue's
    text = "国家博物馆应不应该收门票？我的看法是不应该。孩子们不该被门票挡在外面。"
    graph = ingest_text(text, source="menpiao.txt")
    assert document_side(graph.document, MUSEUMS, "应该") is None
    assert document_side(graph.document, MUSEUMS, "国家博物馆应不应该收门票？") is IssueStance.CON
    stated = link_all([ingest_text(f"{MUSEUMS} Yes. The roofs are leaking.", source="museum.txt")], [])
    (issue,) = stated[0].of_type(Issue)
    linked = link_issues(graph, [issue], decided=issue)
    (rel,) = [r for r in linked.relationships if r.type is RelType.ON_ISSUE and r.start == graph.document.id]
    assert rel.end == issue.id and rel.stance is IssueStance.CON


@pytest.mark.parametrize(
    ("text", "side"),
    [
        # a clause that closes on its answer after a word that gives it
        (
            "Should councils paint cycle lanes green? The accident figures say yes. Drivers see them.",
            IssueStance.PRO,
        ),
        (
            "Should councils paint cycle lanes green? I ride to work, and the answer should be no.",
            IssueStance.CON,
        ),
        # "here's my answer" frames the answer after who gives it
        (
            "Should councils paint cycle lanes green? I sweep them for a living, so here's my answer: no.",
            IssueStance.CON,
        ),
    ],
)
def test_a_clause_that_closes_on_its_answer_answers_the_question(text: str, side: IssueStance) -> None:
    assert text_side(text, EN_ISSUE) is side


def test_an_answer_of_the_writer_at_another_time_answers_nothing() -> None:
    """A writer who "once said no" tells what they once thought, not their answer now: the
    question stays unanswered, and the reasons after it decide."""
    text = "Should councils paint cycle lanes green? I once said no. Green lanes are seen from far off and drivers slow down."
    assert text_side(text, EN_ISSUE) is IssueStance.PRO


@pytest.mark.parametrize(
    ("text", "side"),
    [
        (
            "Should councils paint cycle lanes green? I am one too, as it happens, and I'd say no. "
            "The paint is slippery when wet.",
            IssueStance.CON,
        ),
        (
            "Should councils paint cycle lanes green? I am not one, but I would say yes. "
            "Drivers notice them.",
            IssueStance.PRO,
        ),
    ],
)
def test_an_answer_in_words_comes_before_a_clause_that_only_names_nothing(
    text: str, side: IssueStance
) -> None:
    """ "I am one too" has no content of its own, as a bare "They should." has; the clause that says
    no in words is the answer."""
    assert text_side(text, EN_ISSUE) is side


@pytest.mark.parametrize(
    ("text", "side"),
    [
        (
            "图书馆应不应该通宵开放？我在图书馆值过夜班，我的态度很简单：不应该。夜里没人值班。",
            IssueStance.CON,
        ),
        ("图书馆应不应该通宵开放？我是考研的学生，要我说也简单：应该。白天座位太少。", IssueStance.PRO),
        (
            "Should councils paint cycle lanes green? As a courier, my view is simple: no. "
            "The paint is slippery when wet.",
            IssueStance.CON,
        ),
    ],
)
def test_an_answer_announced_by_a_colon_answers_the_question(text: str, side: IssueStance) -> None:
    issue = ZH_ISSUE if text.startswith("图书馆") else EN_ISSUE
    assert text_side(text, issue) is side


@pytest.mark.parametrize(
    ("reply", "answer"),
    [("A: Only on busy roads.", None), ("A: Yes, on busy roads.", 1), ("My view is simple: no.", -1)],
)
def test_only_what_a_colon_announces_answers(reply: str, answer: int | None) -> None:
    """A question-and-answer layout's "A:" names nothing, but it is a label, not a yes."""
    assert _reply(reply) == answer
