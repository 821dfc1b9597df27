"""A neutral side needs evidence that the statement argues nothing (stop 24).

Inside a region whose author argues, a statement is neutral only when it only informs (an
arrangement, a pointer to a document, how to respond: `argkg.ingest.sides.informs`) or stands in
the region's lead paragraph before anything argues; from the second paragraph on, a statement
without a cue of its own takes the side its place gives it (the author's), and a bare
announcement of the costs ("There are costs.") turns its paragraph to the other side.
"""

import pytest

from argkg.ingest.sides import Statement, assign_sides, declared, informs
from argkg.schema import Lang, Stance

PRO, CON, NEUTRAL = Stance.PRO, Stance.CON, Stance.NEUTRAL


def _sides(
    texts: list[str], paragraphs: list[int], lang: Lang, *, reporting: bool = False, debated: bool = True
) -> list[Stance]:
    statements = [
        Statement(text=t, paragraph=p, opponent=False, heading=None)
        for t, p in zip(texts, paragraphs, strict=True)
    ]
    return assign_sides(statements, lang, author=PRO, reporting=reporting, debated=debated)


def test_after_the_lead_paragraph_an_arguing_author_argues() -> None:
    texts = [
        "The library moved its opening time to 7am last month.",
        "My daughter studies there before school now.",
        "She finishes her reading by eight.",
    ]
    assert _sides(texts, [0, 1, 1], Lang.EN) == [NEUTRAL, PRO, PRO]


def test_a_recipe_without_a_side_stays_unargued() -> None:
    texts = [
        "This is our family's favourite stew.",
        "Brown the beef in two batches.",
        "Simmer it for two hours.",
    ]
    assert _sides(texts, [0, 1, 2], Lang.EN, debated=False) == [NEUTRAL, NEUTRAL, NEUTRAL]


def test_a_side_taken_anywhere_ends_the_lead_without_a_thesis() -> None:
    texts = [
        "The council will close the pool on Mondays from June.",
        "My kids swim there after school.",
        "Some say it saves money, but the pool is full on Mondays.",
    ]
    assert _sides(texts, [0, 1, 1], Lang.EN, debated=False)[1] is PRO


def test_a_report_keeps_its_plain_paragraphs_neutral() -> None:
    texts = ["The library moved its opening time to 7am.", "It opens on weekdays only."]
    assert _sides(texts, [0, 1], Lang.EN, reporting=True) == [NEUTRAL, NEUTRAL]


def test_a_lead_in_before_a_colon_is_no_speaker() -> None:
    texts = ["学校拟把午休延长到一小时。", "理由如下：不少学生下午精神不足。", "午睡后听课效率更高。"]
    assert _sides(texts, [0, 1, 1], Lang.ZH)[1:] == [PRO, PRO]


def test_a_chinese_post_after_the_news_it_reacts_to() -> None:
    texts = ["小区下个月起晚上十点后关闭东门。", "女儿每天晚自习十点半才到家。", "以后要多绕一公里。"]
    assert _sides(texts, [0, 1, 1], Lang.ZH) == [NEUTRAL, PRO, PRO]


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("The full minutes are attached.", Lang.EN),
        ("Please send your views to the clerk by Friday.", Lang.EN),
        ("The next meeting is on 3 May in room 2.", Lang.EN),
        ("The survey closes on 12 June.", Lang.EN),
        ("社区议事会定在下周二晚上七点，在活动室开。", Lang.ZH),
        ("请各位业主于月底前在小程序里填写意见表。", Lang.ZH),
        ("押金将在退租后七天内自动退还。", Lang.ZH),
    ],
)
def test_what_only_informs(sentence: str, lang: Lang) -> None:
    assert informs(sentence, lang)


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Please vote no on Friday.", Lang.EN),
        ("The meeting is on Monday, and the plan is a waste of money.", Lang.EN),
        ("请大家支持这个方案。", Lang.ZH),
        ("会议定在周五召开，这个方案问题很多。", Lang.ZH),
    ],
)
def test_what_argues_is_no_notice(sentence: str, lang: Lang) -> None:
    assert not informs(sentence, lang)


def test_a_notice_inside_an_arguing_paragraph_is_neutral() -> None:
    texts = [
        "We should keep the Saturday market.",
        "It brings people to the high street.",
        "The full survey is attached.",
    ]
    assert _sides(texts, [0, 0, 0], Lang.EN) == [PRO, PRO, NEUTRAL]


def test_a_bare_announcement_of_the_costs_turns_its_paragraph() -> None:
    texts = [
        "We should keep the late opening.",
        "Footfall rose by a fifth.",
        "There are costs.",
        "Staff work later.",
        "Heating bills went up.",
    ]
    sides = _sides(texts, [0, 0, 1, 1, 1], Lang.EN)
    assert sides[:2] == [PRO, PRO]
    assert sides[3:] == [CON, CON]


def test_a_first_person_support_with_a_degree_word() -> None:
    assert declared("说实话我挺支持的。", Lang.ZH) is PRO
    assert declared("我很支持这个决定。", Lang.ZH) is PRO
    assert declared("支持的人很多。", Lang.ZH) is None
    assert declared("我支持的理由有三点。", Lang.ZH) is None


def test_a_turn_argues_its_side_from_its_first_words() -> None:
    statements = [
        Statement(
            text="The council plans to close the pool on Mondays.", paragraph=0, opponent=False, heading=None
        ),
        Statement(
            text="I've swum there for thirty years.", paragraph=1, opponent=False, heading=None, turn=0
        ),
        Statement(text="I oppose the closure.", paragraph=1, opponent=False, heading=None, turn=0),
        Statement(text="The next meeting is on 3 May.", paragraph=2, opponent=False, heading=None, turn=1),
        Statement(text="I oppose it too.", paragraph=2, opponent=False, heading=None, turn=1),
    ]
    sides = assign_sides(statements, Lang.EN, author=PRO, reporting=False, debated=True)
    assert sides == [NEUTRAL, CON, CON, NEUTRAL, CON]
