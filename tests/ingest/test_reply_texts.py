"""Chats, Q&A answers, verdict-first answers, a review, numbered points and a thread, against their gold.

The texts and ``gold.yaml`` are in ``tests/ingest/texts/replies/`` (see `argkg.bench.argtexts`):
each holds a kind of side error fixed on the blind sets, in a layout none of the other sets
uses: sides declared outright, a chat speaker who keeps their side and replies by @name, answers
labelled with a name in brackets, a verdict stated first against the question, a concession and
the return to the author's side, a question title with an aside in brackets.
"""

import pytest

from argkg.bench.argtexts import REPLIES, TextResult, check_folder, load_gold
from argkg.schema import Stance

GOLD = load_gold(REPLIES)


@pytest.fixture(scope="module")
def results() -> dict[str, TextResult]:
    return check_folder(REPLIES)


@pytest.mark.parametrize("name", sorted(GOLD))
def test_most_sides_are_right_in_every_text(name: str, results: dict[str, TextResult]) -> None:
    result = results[name]
    assert result.side_accuracy >= 0.75, [s for s in result.sides if s[1] is not s[2]]


def test_sides_are_right_over_the_set(results: dict[str, TextResult]) -> None:
    sides = [gold is found for r in results.values() for _, gold, found in r.sides]
    assert sum(sides) / len(sides) >= 0.85


@pytest.mark.parametrize(
    ("name", "quote", "stance"),
    [
        ("zh_qun_tingche.txt", "我还是不支持", Stance.CON),
        ("zh_qun_tingche.txt", "充电桩只有四十个", Stance.CON),
        ("zh_wenda_kaoyan.txt", "说实话不建议你现在辞职", Stance.CON),
        ("zh_zhihu_xinyongka.txt", "我先承认信用卡的好处", Stance.PRO),
        ("zh_zhihu_xinyongka.txt", "学生没有稳定收入", Stance.CON),
        ("en_chat_release.txt", "we can keep two people on call", Stance.PRO),
        ("en_chat_release.txt", "the marketing email already says Thursday", Stance.CON),
        ("en_thread_ebike.txt", "I wouldn't recommend selling it outright", Stance.CON),
    ],
)
def test_the_side_of_each_kind(name: str, quote: str, stance: Stance, results: dict[str, TextResult]) -> None:
    assert (quote, stance, stance) in results[name].sides


@pytest.mark.parametrize(
    "name", ["en_review_blender.md", "en_thread_ebike.txt", "zh_zhihu_xinyongka.txt", "zh_jianyi_caochang.md"]
)
def test_the_debated_proposition_is_found(name: str, results: dict[str, TextResult]) -> None:
    assert results[name].proposition, GOLD[name].proposition
