"""A chat member who opens with "说句公道话" (to be fair) speaks up for whom the matter's opening case
runs down: their turn takes the other side than the opener's (`argkg.ingest.turns.turn_sides`,
``fair`` in ``ingest/data/zh/turns.yaml``). The chat here is invented for these tests.
"""

from argkg.ingest import ingest_text
from argkg.ingest.turns import _compiled
from argkg.schema import Claim, Lang, Stance

_CHAT = """【业主群聊天记录】
20:01 小林：我提议大家联名要求物业换掉夜班保安老孙，他上周又在岗亭睡着了，快递被人拿走两次。
20:03 阿梅：谢谢小林，其实我也不想闹得太僵
20:05 王哥：我签。值夜班睡觉，出了事谁担得起？
20:07 刘叔：我说句公道话。老孙是爱打瞌睡，但是他在小区干了九年，哪家漏水停电都是他第一个到。
20:09 小林：那丢快递怎么算？
"""


def test_a_turn_that_opens_to_be_fair_argues_against_the_openers_case() -> None:
    graph = ingest_text(_CHAT, source="chat.txt", lang=Lang.ZH)
    sides = {c.text: c.stance for c in graph.of_type(Claim)}
    defended = next(stance for text, stance in sides.items() if "第一个到" in text)
    assert defended is Stance.CON
    asked = next(stance for text, stance in sides.items() if "快递被人拿走两次" in text)
    assert asked is Stance.PRO


def test_the_fair_cue_opens_a_turn_only() -> None:
    fair = _compiled(Lang.ZH).fair
    assert fair.match("我说句公道话。老孙干了九年") is not None
    assert fair.match("老张，说句公道话，这事不怪他") is not None
    assert fair.match("他这人一向爱说句公道话") is None
