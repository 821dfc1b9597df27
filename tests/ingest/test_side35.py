"""A debate's speeches keep the side their bench caption names (stop 35, side35).

A debate record lists both teams on one line, then a chair's or a host's labelled line, then each
speech under a caption naming its bench ("FIRST OPPOSITION — Name", "PRO CONSTRUCTIVE (4:00)",
"【反方结辩】"). The roster opens no marked position, a turn ends before a bench caption, and the
caption gives the speech its side. Every text here is invented.
"""

import pytest

from argkg.ingest import ingest_text
from argkg.ingest.sides import heading_side
from argkg.ingest.stance import on_roster
from argkg.schema import Claim, Lang, Stance


def _side_of(text: str, lang: str, quote: str) -> Stance | None:
    """The side of the claim of ``text`` that holds ``quote``, None when no claim holds it."""
    graph = ingest_text(text, source="side35.txt", lang=lang)
    return next((claim.stance for claim in graph.of_type(Claim) if quote in claim.text), None)


@pytest.mark.parametrize(
    ("line", "lang", "side"),
    [
        ("SECOND AFFIRMATIVE — J. Doe", Lang.EN, Stance.PRO),
        ("Closing — Negative (R. Lee)", Lang.EN, Stance.CON),
        ("PRO CONSTRUCTIVE (Kim, 4:00)", Lang.EN, Stance.PRO),
        ("CON SUMMARY (Ng, 3:00)", Lang.EN, Stance.CON),
        ("Opening Government — A. Bell", Lang.EN, Stance.PRO),
        ("Closing Opposition", Lang.EN, Stance.CON),
        ("【正方二辩立论】", Lang.ZH, Stance.PRO),
        ("【结辩·反方】", Lang.ZH, Stance.CON),
        ("【正方·王老师】", Lang.ZH, Stance.PRO),
    ],
)
def test_a_bench_caption_names_its_speechs_side(line: str, lang: Lang, side: Stance) -> None:
    assert heading_side(line, lang) is side


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("Opening remarks", Lang.EN),
        ("Closing date: 4 May", Lang.EN),
        ("Con Edison statement", Lang.EN),
        ("【反方三辩质询】", Lang.ZH),
        ("【自由辩论】", Lang.ZH),
    ],
)
def test_other_captions_name_no_bench(line: str, lang: Lang) -> None:
    assert heading_side(line, lang) is None


def test_a_roster_split_into_one_sentence_per_team_is_a_roster() -> None:
    text = "Motion: X.\nProposition: Hill School (A. Roy). Opposition: Vale College.\nChair: B. Tan."
    start = text.index("Opposition")
    assert on_roster(text, start, len(text.split("\n")[1]) + text.index("Proposition"), Lang.EN)


def test_a_line_of_pros_and_cons_is_no_roster() -> None:
    line = (
        "I listed it all on the bus. For: the pay is better and the team is kind, and the office is "
        "near the park. Against: the commute, which is long."
    )
    assert not on_roster(line, line.index("Against"), len(line), Lang.EN)


EN_DEBATE = """INTER-SCHOOL DEBATE, ROUND 2
Motion: This House would close the school tuck shop.
Proposition: Elm School. Opposition: Ash School.
Chair: Mr T. Grey, who welcomed the audience.

FIRST PROPOSITION — Mia Ford
The tuck shop should close, because it sells sweets to children every break. Dentists in our town report more fillings each year.

FIRST OPPOSITION — Sam Holt
Closing the tuck shop would be a mistake. The tuck shop raises money for school trips every term. Pupils buy fruit there too.
"""

ZH_DEBATE = """校园辩论赛记录
辩题：学校应当取消午休
正方：一班　反方：二班
主持人：李老师。主持人宣布比赛开始。

【正方一辩立论】
午休时间太长，很多同学根本睡不着。把这段时间用来自习效率更高。

【反方一辩立论】
下午上课前休息一下，注意力才能集中。取消午休会让下午的课更难熬。
"""


@pytest.mark.parametrize(
    ("text", "lang", "quote", "side"),
    [
        (EN_DEBATE, "en", "Dentists in our town report more fillings each year", Stance.PRO),
        (EN_DEBATE, "en", "raises money for school trips every term", Stance.CON),
        (ZH_DEBATE, "zh", "很多同学根本睡不着", Stance.PRO),
        (ZH_DEBATE, "zh", "注意力才能集中", Stance.CON),
    ],
)
def test_a_speech_under_a_bench_caption_after_a_chairs_line_argues_the_benchs_side(
    text: str, lang: str, quote: str, side: Stance
) -> None:
    assert _side_of(text, lang, quote) is side


def test_neither_half_of_the_roster_is_a_claim() -> None:
    graph = ingest_text(EN_DEBATE, source="side35.txt", lang="en")
    assert not any("Elm School" in claim.text or "Ash School" in claim.text for claim in graph.of_type(Claim))
