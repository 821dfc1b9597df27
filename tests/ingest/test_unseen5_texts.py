"""The texts whose argued lines risk becoming no claim at all, gold written before argkg ran on them.

The texts and ``gold.yaml`` are in ``tests/ingest/texts/unseen5/`` (see `argkg.bench.argtexts`):
a Slack thread, a Reddit-style thread, an e-mail thread with From:/Date: headers, an advice
column's letter and answer, a 微信群 export, a 评论区 with 楼层 and 点赞数, a complaint and the
company's reply, and a petition with the bureau's reply. Sides were 34/67 = 0.51 on them before
any change made for them, and no gold-sided line was left out of every claim. The tests after
the set's figures check, on texts written for them, that a message's header on a line of its own
(a chat export's name and time, a thread's "u/name · points") opens that writer's turn, and that
the first such message opened the thread. (Since stop 30 an English e-mail's "From:" header
opens its writer's turn too, but its first message is not taken for the thread's opening one: a
mail thread may run newest message first; tests/ingest/test_unseen_turns30.py.)
"""

import pytest

from argkg.bench.argtexts import UNSEEN5, TextResult, check_folder
from argkg.ingest.pipeline import build_nlp
from argkg.ingest.turns import find_turns
from argkg.schema import Lang


@pytest.fixture(scope="module")
def results() -> dict[str, TextResult]:
    return check_folder(UNSEEN5)


def test_every_argued_line_is_inside_a_claim(results: dict[str, TextResult]) -> None:
    lost = [(r.name, quote) for r in results.values() for quote, _, found in r.sides if found is None]
    assert lost == []


def _turns(text: str) -> list[tuple[str, bool]]:
    doc = build_nlp(Lang.EN)(text)
    return [(t.label, t.first) for t in find_turns(text, doc._.argkg_blocks, Lang.EN)]


def test_a_chat_exports_name_and_time_open_each_message() -> None:
    text = (
        "#garden-committee\n\n"
        "Joan Pike  8:02 AM\n"
        "Proposal: we let the allotment gate stay unlocked on Sundays.\n\n"
        "Ravi Shah  8:15 AM\n"
        "Tools went missing twice last spring when it was left open.\n\n"
        "Joan Pike  8:20 AM\n"
        "Then we lock the shed and leave the gate.\n"
    )
    assert _turns(text) == [("Joan Pike", True), ("Ravi Shah", False), ("Joan Pike", False)]


def test_a_threads_comment_headers_open_turns() -> None:
    thread = (
        "Should the pool open at six?\n\n"
        "Top comment · u/lane_four · 51 points\n"
        "Yes. Shift workers can swim before the early bus.\n\n"
        "Reply · u/deep_end_dave · 12 points\n"
        "The lifeguards would need a second shift.\n"
    )
    assert _turns(thread) == [("u/lane_four", True), ("u/deep_end_dave", False)]


@pytest.mark.parametrize(
    "line",
    [
        "Meeting moved to 9:30 tomorrow",  # a sentence that names a time is no header
        "The vote closes at 5:00 PM sharp.",
    ],
)
def test_a_line_that_only_mentions_a_time_opens_no_turn(line: str) -> None:
    text = f"{line}\n\nSome words below it.\n\n{line}\n\nMore words below it.\n"
    assert _turns(text) == []
