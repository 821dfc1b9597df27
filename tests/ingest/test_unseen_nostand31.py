"""Main claims where a line that states no stand by its form comes before the stand.

The texts and ``gold.yaml`` are in ``tests/ingest/texts/unseen_nostand31/`` (see
`argkg.bench.argtexts`): a debate judge's ballot, a retro board, a parish bulletin, a radio play's
script, a 辩论赛评分记录, a 业主意见征集表, a 楼长碰头会 voice transcript and a 小品剧本, gold
written before argkg ran on them. Before stop 31: main claims 8/12 with 8 further main claims
drawn (the ballot's team lines, a chair's "好，人都到齐了。"). After team, contact, task, score and
rubric lines, form fields, list headings of a point and bracketed stage directions were kept out
of main-claim candidacy (``no_stands`` in ``claims.yaml``): 9/12 with 5 further. The tests after
the set's figures check what stop 31 reads on texts written for them.
"""

import pytest

from argkg.bench.argtexts import UNSEEN_NOSTAND31, TextResult, check_folder, load_gold, quoted
from argkg.ingest import ingest_paths, ingest_text
from argkg.schema import Claim, Role

GOLD = load_gold(UNSEEN_NOSTAND31)


@pytest.fixture(scope="module")
def results() -> dict[str, TextResult]:
    return check_folder(UNSEEN_NOSTAND31)


def test_main_claims_hold_and_fewer_further_ones_are_drawn(results: dict[str, TextResult]) -> None:
    # main claims 8/12 before stop 31, 9/12 after; further main claims 8 before, 5 after
    assert sum(ok for r in results.values() for ok in r.mains) >= 9
    names = sorted(GOLD)
    graphs = ingest_paths([UNSEEN_NOSTAND31 / name for name in names])
    further = [
        c
        for name, graph in zip(names, graphs, strict=True)
        for c in graph.of_type(Claim)
        if c.role is Role.MAIN and not any(quoted(q, c.text) for q in GOLD[name].main)
    ]
    assert len(further) <= 5


def _mains(text: str, lang: str) -> list[str]:
    graph = ingest_text(text, source="t.txt", lang=lang)
    return [c.text for c in graph.of_type(Claim) if c.role is Role.MAIN]


def test_a_chair_s_opening_gives_way_to_the_speaker_s_stand() -> None:
    # before stop 31 "好，人都到齐了。" was the first speaker's main claim
    text = (
        "要不要在小区里建一个快递柜？\n\n"
        "王姐：好，人都到齐了。\n\n"
        "王姐：小区应该建快递柜，快递堆在门口经常丢。\n\n"
        "老刘：建快递柜不划算，占了绿地，还要交电费。\n\n"
        "王姐：电费很少。\n\n"
        "老刘：绿地可没法再补回来。\n"
    )
    mains = _mains(text, "zh")
    assert not any("人都到齐了" in m for m in mains)
    assert any("小区应该建快递柜" in m for m in mains)


def test_team_lines_are_no_main_claims() -> None:
    # before stop 31 both team lines were main claims, one of each side
    text = (
        "辩题：城市应当禁止燃放烟花\n\n"
        "正方：实验中学\n\n"
        "反方：育才学校\n\n"
        "评委意见：正方更有说服力，燃放烟花每年都造成火灾和伤人。\n\n"
        "反方说烟花是传统习俗，但没有说明为什么不能改成集中燃放。\n"
    )
    assert not any(m.startswith(("正方：", "反方：")) for m in _mains(text, "zh"))
