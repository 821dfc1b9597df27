"""Sides from the argument's cues, and the orientation of questions asked the con side's way."""

import pytest
from factories import REFERENCE_ARTICLE

from argkg.ingest import ingest_paths, ingest_text
from argkg.ingest.pipeline import build_nlp
from argkg.ingest.reader import normalise, read_text
from argkg.ingest.sides import (
    Statement,
    assign_sides,
    evaluation,
    heading_side,
    is_procedural,
    negated,
    polarity,
    voices,
)
from argkg.ingest.stance import is_roster, match_marker
from argkg.schema import Assumption, AssumptionOrigin, Claim, Lang, RelType, Stance

PRO, CON, NEUTRAL = Stance.PRO, Stance.CON, Stance.NEUTRAL


def _sides(
    texts: list[str],
    lang: Lang,
    *,
    author: Stance = PRO,
    reporting: bool = False,
    opponent: tuple[int, ...] = (),
    paragraphs: tuple[int, ...] = (),
) -> list[Stance]:
    statements = [
        Statement(text=t, paragraph=paragraphs[i] if paragraphs else 0, opponent=i in opponent, heading=None)
        for i, t in enumerate(texts)
    ]
    return assign_sides(statements, lang, author=author, reporting=reporting)


def test_voices_anywhere_in_a_sentence() -> None:
    assert [s for _, s in voices("正方认为兼职有益,反方则提醒要小心。", Lang.ZH)] == [PRO, CON]
    assert [s for _, s in voices("Grocers fired back, arguing that jobs go.", Lang.EN)] == [CON]
    assert voices("Prices rose.", Lang.EN) == []


def test_an_author_against_the_proposition_and_the_voice_they_answer() -> None:
    texts = [
        "I contend the city should not pass the tax.",
        "It falls hardest on the poor.",
        "Supporters say the money would fund sport.",
        "But the money depends on sales the tax should stop.",
    ]
    assert _sides(texts, Lang.EN, author=CON) == [CON, CON, PRO, CON]


def test_the_opponent_and_the_reply() -> None:
    texts = ["诚然,网课缺少互动。", "但是网课节省了时间。", "而且费用更低。"]
    assert _sides(texts, Lang.ZH, opponent=(0,)) == [CON, PRO, PRO]


def test_a_reporting_text_sides_by_evaluation() -> None:
    texts = [
        "One benefit is shorter commutes.",
        "The main drawback is isolation.",
        "Teams also lose contact.",
    ]
    assert _sides(texts, Lang.EN, reporting=True) == [PRO, CON, CON]


def test_a_switch_turns_to_the_other_side_and_a_conclusion_returns() -> None:
    texts = [
        "Tolls help because they cut traffic.",
        "On the other hand, tolls hit the poor.",
        "Therefore tolls should stay.",
    ]
    assert _sides(texts, Lang.EN) == [PRO, CON, PRO]


def test_a_statement_before_any_argument_is_neutral() -> None:
    texts = ["The council met on Tuesday.", "Tolls should stay because they cut traffic."]
    assert _sides(texts, Lang.EN) == [NEUTRAL, PRO]


def test_evaluation_words_and_negators() -> None:
    assert evaluation("兼职有很多好处", Lang.ZH) == 1
    assert evaluation("兼职没有好处", Lang.ZH) == -1
    assert evaluation("不断提高效率", Lang.ZH) == 1  # "不断" negates nothing
    assert evaluation("The risks are real.", Lang.EN) == -1
    assert polarity("the existing data will run out", Lang.EN) < 0
    assert negated("它不会成功", Lang.ZH) and not negated("在不断扩大", Lang.ZH)


@pytest.mark.parametrize(
    ("title", "lang", "side"),
    [
        ("好处", Lang.ZH, PRO),
        ("二、弊端", Lang.ZH, CON),
        ("Disadvantages", Lang.EN, CON),
        ("The case for tolls", Lang.EN, PRO),
        ("Background", Lang.EN, None),
    ],
)
def test_headings_that_name_a_side(title: str, lang: Lang, side: Stance | None) -> None:
    assert heading_side(title, lang) is side


@pytest.mark.parametrize(
    ("sentence", "lang", "procedural"),
    [
        ("谢谢主席,问候在场各位。", Lang.ZH, True),
        ("例子:", Lang.ZH, True),
        ("他们认为:", Lang.ZH, True),
        ("Thank you, Madam Speaker.", Lang.EN, True),
        ("谢谢大家的支持让我们坚持到今天,这说明兼职有益。", Lang.ZH, False),
        ("Thanks to tolls, traffic fell.", Lang.EN, False),
    ],
)
def test_lines_that_argue_nothing_by_their_form(sentence: str, lang: Lang, procedural: bool) -> None:
    assert is_procedural(sentence, lang) is procedural


def test_a_roster_is_no_marker() -> None:
    assert is_roster("正方:甲中学 反方:乙中学", Lang.ZH)
    assert match_marker("正方:甲中学 反方:乙中学", Lang.ZH) is None
    found = match_marker("正方一辩:我方认为兼职有益。", Lang.ZH)
    assert found is not None and found.stance is PRO


def test_the_reference_article_asks_its_first_question_the_con_side_s_way() -> None:
    doc = build_nlp(Lang.ZH)(normalise(read_text(REFERENCE_ARTICLE)))
    orientations = [(i.debated, i.orientation) for i in doc._.argkg_issues]
    assert orientations[:3] == [(True, -1), (True, 1), (True, 1)]
    assert all(o == 1 for _, o in orientations[3:])


def test_the_con_side_supports_a_question_asked_its_way() -> None:
    (graph,) = ingest_paths([REFERENCE_ARTICLE])
    debated = [a for a in graph.of_type(Assumption) if a.origin is AssumptionOrigin.DEBATE]
    first = min(debated, key=lambda a: a.start or 0)
    stances = {c.id: c.stance for c in graph.of_type(Claim)}
    answers = {
        (stances[r.start], r.type)
        for r in graph.relationships
        if r.end == first.id and r.type in (RelType.SUPPORTS, RelType.ATTACKS)
    }
    assert answers == {(CON, RelType.SUPPORTS), (PRO, RelType.ATTACKS)}


def test_a_news_lead_is_neutral_and_never_the_main_claim() -> None:
    graph = ingest_text(
        "The council met on Tuesday. It falls hardest on the poor, so I contend that the tax "
        "should not pass. Shops would lose trade.",
        source="lead.txt",
        lang="en",
    )
    claims = sorted(graph.of_type(Claim), key=lambda c: c.start)
    assert [c.stance for c in claims] == [NEUTRAL, CON, CON]
    assert [c.role.value for c in claims] == ["premise", "main", "premise"]


@pytest.mark.parametrize(
    ("sentence", "lang", "procedural"),
    [
        ("谢谢主持人,各位评委、各位同学大家好。", Lang.ZH, True),
        ("主持人:欢迎各位来到今天的决赛。", Lang.ZH, True),
        ("答(用户“小王”,获赞1.2万):", Lang.ZH, True),
        ("Speaker: Order, order.", Lang.EN, True),
        ("Q: Thank you for joining us.", Lang.EN, True),
        ("谢谢主持人,我方认为网课利大于弊,因为它节省时间。", Lang.ZH, False),
    ],
)
def test_greetings_chairs_and_labels_of_other_layouts(sentence: str, lang: Lang, procedural: bool) -> None:
    assert is_procedural(sentence, lang) is procedural
