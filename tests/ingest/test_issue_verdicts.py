"""A document's side on its issue from verdicts, overestimates and burdens (issue_side, issues.yaml)."""

import pytest
from issue_support import text_side

from argkg.schema import IssueStance

ZH_ISSUE = "应该在小区里装充电桩吗？"
EN_ISSUE = "Should towns ban cars from their high streets?"


@pytest.mark.parametrize(
    ("text", "side"),
    [
        # a bare verdict clause turns the clause before it
        ("在小区里统一装充电桩，我是反对的。车位本来就不够用。", IssueStance.CON),
        ("在小区里统一装充电桩，我觉得没必要。楼下的插座就够了。", IssueStance.CON),
        # a verdict that says yes leaves it as it is
        ("在小区里统一装充电桩，我是赞成的。晚上回家就能充电。", IssueStance.PRO),
        # "不如" opens a clause with content of its own: no verdict on the clause before
        ("与其到处贴告示，不如在小区里装充电桩。", IssueStance.PRO),
    ],
)
def test_a_bare_verdict_clause_applies_to_the_clause_before_it(text: str, side: IssueStance) -> None:
    assert text_side(text, ZH_ISSUE) is side


@pytest.mark.parametrize(
    ("text", "side"),
    [
        # an overestimate judges what it speaks of
        ("A ban on cars in the high street is mostly symbolic. Delivery vans still come.", IssueStance.CON),
        ("Closing the high street to cars is overrated. The shops just lose trade.", IssueStance.CON),
        # a burden put on someone judges it too, after a concession
        (
            "Banning cars from the high street sounds tidy, but it falls hardest on traders. They need vans.",
            IssueStance.CON,
        ),
        # "end" as a noun is no removal: the sentence speaks for the closure
        (
            "When our town closed the high street to cars at each end of the market day, the shops filled up.",
            IssueStance.PRO,
        ),
    ],
)
def test_english_cues_of_overestimate_burden_and_a_noun_end(text: str, side: IssueStance) -> None:
    assert text_side(text, EN_ISSUE) is side


def test_an_exclamation_mark_inside_a_chinese_sentence_ends_the_clause() -> None:
    # the negation of the reason after "！" is the reason's, not the proposal's
    text = "真心建议小区里装充电桩！没有排队的烦恼。"
    assert text_side(text, ZH_ISSUE) is IssueStance.PRO


@pytest.mark.parametrize(
    ("text", "issue", "side"),
    [
        ("Why not ban cars from the high street? The air would be cleaner.", EN_ISSUE, IssueStance.PRO),
        # a question ends its paragraph here: the Chinese splitter keeps "？X" in one sentence
        ("车主们天天排队。\n\n小区里为什么不装充电桩？", ZH_ISSUE, IssueStance.PRO),
        ("物业又发了通知。\n\n凭什么在小区里装充电桩？", ZH_ISSUE, IssueStance.CON),
        # a question inside a longer Chinese sentence is a clause of its own
        ("凭什么在小区里装充电桩？大家都在看着呢。", ZH_ISSUE, IssueStance.CON),
    ],
)
def test_a_rhetorical_question_is_turned(text: str, issue: str, side: IssueStance) -> None:
    assert text_side(text, issue) is side


def test_a_question_clause_inside_a_chinese_sentence_votes_through_its_answer() -> None:
    # read whole, the two "取消" of question and answer cancel out
    assert text_side("是否应该取消晚自习？我认为应该取消。", "应该取消晚自习吗？") is IssueStance.PRO
    assert text_side("是否应该取消晚自习？我不同意。", "应该取消晚自习吗？") is IssueStance.CON


@pytest.mark.parametrize(
    ("text", "issue"),
    [
        ("Banning cars from the high street sounds fair, but the shops lose trade.", EN_ISSUE),
        ("小区里装充电桩听起来很好，但老小区的电网带不动。", ZH_ISSUE),
    ],
)
def test_a_concession_takes_back_what_it_grants(text: str, issue: str) -> None:
    assert text_side(text, issue) is IssueStance.CON


@pytest.mark.parametrize(
    ("text", "issue", "side"),
    [
        # the answer says no; the reasons after it share the issue's words and read for it
        (
            "应该在小区里装充电桩吗？我认为不应该。小区里装充电桩要占车位。装了充电桩，物业费也要涨。"
            "小区里的充电桩晚上排长队。小区里装了充电桩，电线到处都是。",
            ZH_ISSUE,
            IssueStance.CON,
        ),
        (
            "Should towns ban cars from their high streets? No. Cars in the high street are not always safe, "
            "I grant you. There is not much room for cars in the high street either. Nobody wants cars "
            "racing down the high street. But the shops there would close within a year.",
            EN_ISSUE,
            IssueStance.CON,
        ),
        # and an answer that says yes outweighs reasons read against the issue
        (
            "Should towns ban cars from their high streets? Yes. Cars in the high street are not safe for "
            "children. There is no room for cars in the high street. Nobody wants cars in the high street.",
            EN_ISSUE,
            IssueStance.PRO,
        ),
        (
            "应该在小区里装充电桩吗？我认为应该。小区里不装充电桩，车主只能去外面充。",
            ZH_ISSUE,
            IssueStance.PRO,
        ),
    ],
)
def test_an_answered_question_outweighs_the_reasons_around_it(
    text: str, issue: str, side: IssueStance
) -> None:
    assert text_side(text, issue) is side


@pytest.mark.parametrize(
    ("text", "issue", "side"),
    [
        # a sentence on the replaced thing only speaks for keeping it
        (
            "I enjoy reading the printed timetable at the bus stop. A printed timetable never runs out of battery.",
            "Should councils replace printed timetables with a phone app?",
            IssueStance.CON,
        ),
        ("我喜欢纸质的菜单，翻起来很方便。", "餐厅应该用扫码点餐代替纸质菜单吗？", IssueStance.CON),
        # one on the new thing keeps its reading
        (
            "A phone app tells you when the next bus really comes.",
            "Should councils replace printed timetables with a phone app?",
            IssueStance.PRO,
        ),
        ("扫码点餐又快又省事。", "餐厅应该用扫码点餐代替纸质菜单吗？", IssueStance.PRO),
    ],
)
def test_a_sentence_on_the_thing_a_question_replaces_speaks_against_it(
    text: str, issue: str, side: IssueStance
) -> None:
    assert text_side(text, issue) is side


@pytest.mark.parametrize(
    ("text", "issue", "side"),
    [
        # a verdict of danger or folly on what the sentence speaks of judges it
        (
            "Putting sixteen-year-olds behind the wheel is reckless.",
            "Sixteen-year-olds should be allowed to drive",
            IssueStance.CON,
        ),
        (
            "Banning them would put thousands of jobs at risk.",
            "Cities should ban rental e-scooters",
            IssueStance.CON,
        ),
        ("放开养大型犬只会让意外越来越多。", "小区应该允许养大型犬", IssueStance.CON),
        # the same verdict on the other side of the question is for it
        (
            "Banning sixteen-year-olds from driving is unrealistic.",
            "Sixteen-year-olds should be allowed to drive",
            IssueStance.PRO,
        ),
    ],
)
def test_a_verdict_of_danger_or_folly_judges_what_it_speaks_of(
    text: str, issue: str, side: IssueStance
) -> None:
    assert text_side(text, issue) is side


@pytest.mark.parametrize(
    ("text", "issue", "side"),
    [
        # a closing verdict of its own sentence, after sentences worded apart from the issue
        (
            "I have run a shoe shop on this street for thirty years. I'm against it.",
            EN_ISSUE,
            IssueStance.CON,
        ),
        ("I have run a shoe shop on this street for thirty years. I support it.", EN_ISSUE, IssueStance.PRO),
        ("我家楼下住着三户开电动车的人。我是反对的。", ZH_ISSUE, IssueStance.CON),
        # a verdict clause after a clause that shares nothing with the issue, its answer words
        # after the words that point back
        ("我在物业干了十二年，这种做法我不赞成。", ZH_ISSUE, IssueStance.CON),
        ("我在物业干了十二年，这个做法我赞成。", ZH_ISSUE, IssueStance.PRO),
    ],
)
def test_a_bare_verdict_after_what_the_issue_is_not_votes_on_the_issue(
    text: str, issue: str, side: IssueStance
) -> None:
    assert text_side(text, issue) is side


def test_a_double_denial_and_a_content_free_line_are_no_verdicts() -> None:
    # "不否认" grants what it points at, and "It is what it is" says neither yes nor no: neither
    # votes on the issue, so the reason before each decides
    assert text_side("小区里装充电桩能方便很多车主，这一点我不否认。", ZH_ISSUE) is IssueStance.PRO
    assert text_side("I have lived here for ten years. It is what it is.", EN_ISSUE) is None


def test_a_full_stop_after_a_demand_removes_nothing() -> None:
    assert text_side("Towns must ban cars from their high streets, full stop.", EN_ISSUE) is IssueStance.PRO


def test_a_reasons_only_text_is_decided_by_the_request_it_closes_on() -> None:
    """No sentence words the issue, so every sentence that shares a little of it votes loosely:
    the opening, which only says where the writer lives, leans for letting the bikes in; the
    closing request ("别骑进来了") says the side and weighs `CLOSING_WEIGHT`."""
    text = "我家住在小区最里面，楼下就是一条小路。孩子放学就在那儿玩。但电动车就别骑进来了吧。"
    assert text_side(text, "小区应不应该允许外卖电动车进小区？") is IssueStance.CON


@pytest.mark.parametrize(
    ("text", "side"),
    [
        # damage done by the issue's course says no to it
        ("A ban on cars in the high street would ruin the small shops.", IssueStance.CON),
        # damage done by what the issue would remove says yes to removing it
        ("Cars in the high street ruin the town centre.", IssueStance.PRO),
        ("Closing the high street to cars punishes the people who cannot walk far.", IssueStance.CON),
    ],
)
def test_a_judgement_of_damage_done_judges_what_it_speaks_of(text: str, side: IssueStance) -> None:
    assert text_side(text, EN_ISSUE) is side


def test_a_chinese_judgement_of_damage_done_judges_what_it_speaks_of() -> None:
    # one clause: a clause of its own ("，会毁掉…") would share too little with the issue to vote
    text = "禁止外卖电动车进小区会毁掉很多外卖员的生计。"
    assert text_side(text, "应该禁止外卖电动车进小区吗？") is IssueStance.CON


@pytest.mark.parametrize(
    ("text", "side"),
    [
        # a burden named between the verb and its measure
        (
            "A ban on cars in the high streets would hit market traders hardest. They load vans there.",
            IssueStance.CON,
        ),
        # a saving that costs more than it saves, and a course that wrecks something
        (
            "Banning cars from the high streets is a false economy. Shoppers drive to the retail park.",
            IssueStance.CON,
        ),
        ("Banning cars from high streets would wreck the town's Saturday trade.", IssueStance.CON),
        # the proposal itself, for it
        ("Towns should ban cars from their high streets. The air would be cleaner.", IssueStance.PRO),
    ],
)
def test_a_burden_or_a_false_economy_judges_the_proposal(text: str, side: IssueStance) -> None:
    assert text_side(text, EN_ISSUE) is side


@pytest.mark.parametrize(
    ("text", "side"),
    [
        # the clause after the proposal judges it: a comment on the clause before
        ("在小区里装充电桩，最受影响的是一楼的住户。", IssueStance.CON),
        ("在小区里装充电桩，说到底就是物业图省事、偷懒。", IssueStance.CON),
        # a comment that judges nothing leaves the clause before as it is
        ("在小区里装充电桩，晚上回家就能充电。", IssueStance.PRO),
        # a concession, then the judgement: two comments judge the clause once
        ("在小区里装充电桩，想法是好的，可惜根本行不通。", IssueStance.CON),
    ],
)
def test_a_chinese_clause_that_judges_comments_on_the_clause_before(text: str, side: IssueStance) -> None:
    assert text_side(text, ZH_ISSUE) is side
