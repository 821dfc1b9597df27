"""A text that argues but names no proposition argues the statement it is about and judges (stop
26): of the author's statements that evaluate, compare or prescribe, the one that shares the most
content words with the rest of the text and its title, one in the opening or closing paragraph
counting a little more, in a text of three or more paragraphs. The short texts here are written
for these tests; ``tests/ingest/texts/unseen_central/`` holds six longer ones with gold written
first.
"""

import pytest

from argkg.ingest import ingest_text
from argkg.ingest.proposition import content_centrality, judges
from argkg.schema import Assumption, AssumptionOrigin, Claim, Lang, Stance
from argkg.schema.vocabulary import Role


@pytest.mark.parametrize(
    ("sentence", "lang", "judging"),
    [
        ("Renting is a better deal than buying for most graduates.", Lang.EN, True),
        ("The new bus lane is worth every penny.", Lang.EN, True),
        ("The council should keep the pool open.", Lang.EN, True),
        ("The bus lane opened in March.", Lang.EN, False),
        ("租房比买房更划算。", Lang.ZH, True),
        ("与其排队，不如在家做。", Lang.ZH, True),
        ("公交专用道三月开通。", Lang.ZH, False),
    ],
)
def test_a_statement_judges_when_it_evaluates_compares_or_prescribes(
    sentence: str, lang: Lang, judging: bool
) -> None:
    assert bool(judges(sentence, lang)) is judging


def test_the_writer_s_own_view_judges_before_an_evaluation() -> None:
    """A view the writer gives as theirs outranks a more central one reported or merely
    evaluated: "我却觉得X" is the thesis of a 读后感 whose book's "X越少越好" is quoted more."""
    assert judges("可是我却觉得，东西并不是越少越好。", Lang.ZH) > judges("东西应该越少越好。", Lang.ZH)
    assert judges("But I still think the old timetable was fine.", Lang.EN) == 2


def test_the_statement_the_text_is_about_is_the_most_central() -> None:
    statements = [
        "The allotment gets the morning sun.",
        "Growing your own beans saves money on beans.",
        "My beans cost a third of the shop's beans.",
        "The weather was fine.",
    ]
    scores = content_centrality(statements, ["Beans"], Lang.EN)
    assert max(range(len(statements)), key=scores.__getitem__) in (1, 2)
    assert scores[3] == 0.0


_ESSAY = """Three winters of the night bus

For three winters I took the night bus home from the hospital after a late shift. \
The stop is a hundred metres from the ward door and the bus leaves at twenty past midnight.

Colleagues who drive say the bus is slow and the stops are dark. \
The drive takes fifteen minutes and the bus takes forty.

The forty minutes are the only quiet ones in my day. \
I read, or sleep, and I never once paid for parking, which at the hospital costs eleven pounds a night. \
The stops are lit now, since the council put lights in last year.

For a nurse on nights, the night bus is a better way home than the car.
"""

_ZH_POST = """骑车上班一年

去年春天我把车卖了，开始骑车上班，单程九公里。九公里以内，骑车上班比开车划算得多。

同事都说骑车太累，夏天一身汗，冬天又冷。下雨天确实狼狈，我一年里有十几天只能打车。

可是一年下来，油钱、停车费和保养省了一万多。体检的时候血压也降下来了。公司有淋浴间，出汗的问题十分钟就解决了。

明年我还打算继续骑。
"""


@pytest.mark.parametrize(
    ("text", "lang", "words", "reason"),
    [
        (_ESSAY, Lang.EN, "night bus is a better way home", "The stops are lit now"),
        (_ZH_POST, Lang.ZH, "骑车上班比开车划算", "省了一万多"),
    ],
)
def test_a_text_with_no_cue_argues_its_judged_central_statement(
    text: str, lang: Lang, words: str, reason: str
) -> None:
    """The thesis is the main claim, argued pro, and the author's reasons take its side."""
    graph = ingest_text(text, source="essay.txt", lang=lang)
    debated = [a for a in graph.of_type(Assumption) if a.origin is AssumptionOrigin.DEBATE]
    assert len(debated) == 1 and words in debated[0].text
    claims = graph.of_type(Claim)
    thesis = next(c for c in claims if words in c.text)
    assert thesis.role is Role.MAIN and thesis.stance is Stance.PRO
    assert next(c for c in claims if reason in c.text).stance is Stance.PRO


def test_a_one_paragraph_comment_gets_no_judged_thesis() -> None:
    """A single paragraph gives no opening or closing paragraph and too few statements for
    centrality: its thesis is only the one its cues make central, here none."""
    text = "The bus was late again. The driver said the new timetable is worse than the old one. Nobody knew."
    graph = ingest_text(text, source="comment.txt", lang=Lang.EN)
    assert not [a for a in graph.of_type(Assumption) if a.origin is AssumptionOrigin.DEBATE]
