"""A closing decision that restates the question the text put gives the author's side (stop 35,
invert35).

A panel's ruling, a review's outcome or a steward's decision answers the question at the top of
the text in its own words ("X is not excluded"): where no other cue of the author's side speaks,
the parties' submissions are read against that answer. Every text here is invented.
"""

from argkg.ingest import ingest_text
from argkg.ingest.claims import _restated_last
from argkg.schema import Claim, Stance

RULING = """GARDEN SHOW — STEWARDS' RULING
Question for the stewards: should the Hartley marrow be excluded from the heaviest-vegetable class?

Objection from a rival grower
The marrow was weighed after the scales had been moved. The entry form was handed in two minutes late.

Reply from the Hartley family
The scales were checked by the steward before and after the move. The form was stamped by the desk at 9:58, before the deadline.

Ruling
The Hartley marrow is not excluded. Its weight stands as recorded.
"""

PINGSHEN = """校园歌手大赛评审组意见

提交评审组的问题：三号选手是否应当取消决赛资格？

评委甲：
比赛规则写明参赛歌曲必须是原创，三号选手副歌的旋律和一首网络歌曲几乎一样。其他选手都是自己写的，这样对他们不公平。

评委乙：
三号选手的主歌和编曲都是自己完成的，副歌相似的只有四个小节。他在报名表里也注明了参考过这首歌。

评审组结论：
三号选手不取消决赛资格。评审组从总分中扣除五分，并在明年的规则里写明“原创”的标准。
"""


def _sides(text: str, lang: str, quotes: list[str]) -> set[Stance]:
    """The sides of the claims of ``text`` that hold one of ``quotes``."""
    graph = ingest_text(text, source="invert35.txt", lang=lang)
    return {c.stance for c in graph.of_type(Claim) if any(q in c.text for q in quotes)}


def test_a_ruling_that_says_no_puts_the_reply_on_the_con_side() -> None:
    assert _sides(RULING, "en", ["scales were checked", "stamped"]) == {Stance.CON}


def test_a_panel_conclusion_that_says_no_reads_each_judge_on_their_own_side() -> None:
    assert _sides(PINGSHEN, "zh", ["主歌和编曲", "注明了参考"]) == {Stance.CON}
    assert _sides(PINGSHEN, "zh", ["几乎一样", "不公平"]) == {Stance.PRO}


def test_a_closing_line_that_restates_the_question_answers_it() -> None:
    proposition = "the Hartley marrow should be excluded from the heaviest-vegetable class"
    assert _restated_last(["The Hartley marrow is not excluded."], proposition) is Stance.CON
    assert _restated_last(["The Hartley marrow is excluded."], proposition) is Stance.PRO


def test_a_closing_line_about_something_else_answers_nothing() -> None:
    proposition = "the Hartley marrow should be excluded from the heaviest-vegetable class"
    lines = ["The class results will be posted on the board after the show closes."]
    assert _restated_last(lines, proposition) is None
    assert _restated_last(["The marrow is not excluded."], None) is None
