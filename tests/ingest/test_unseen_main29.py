"""Main claims and conclusions from the argument's structure, in layouts no other set uses.

The texts and ``gold.yaml`` are in ``tests/ingest/texts/unseen_main29/`` (see
`argkg.bench.argtexts`): a support ticket, a referee report, a mediation summary, a podcast
transcript, a 投诉处理单, a 语音转文字 chat, a 毕业论文答辩记录 and a 调解节目 transcript, gold
written before argkg ran on them. Before stop 29: main claims 6/14 with 24 further main claims
drawn (a stand for every turn a speaker took), conclusions R/P 0.40/0.36. After it: 6/14 with 7
further main claims (one stand per speaker), conclusions alike. The tests after the set's figures
check, on transcripts and tallies written for them, the structure stop 29 reads: a speaker states
one stand however often they speak, a product page's "Answer:" labels are each another poster's,
and a vote's tally is a decision's outcome.
"""

import pytest

from argkg.bench.argtexts import UNSEEN_MAIN29, TextResult, check_folder, load_gold, quoted
from argkg.ingest import ingest_paths, ingest_text
from argkg.ingest.conclusions import _tallies
from argkg.ingest.turns import Turn, speakers
from argkg.schema import Claim, Conclusion, Lang, Role

GOLD = load_gold(UNSEEN_MAIN29)


@pytest.fixture(scope="module")
def results() -> dict[str, TextResult]:
    return check_folder(UNSEEN_MAIN29)


def test_the_set_has_four_english_and_four_chinese_texts() -> None:
    assert sorted(name[:2] for name in GOLD) == ["en"] * 4 + ["zh"] * 4
    assert all(gold.main and gold.conclusions is not None for gold in GOLD.values())


def test_each_speaker_has_one_main_claim_not_one_per_turn(results: dict[str, TextResult]) -> None:
    # main claims 6/14 before stop 29 and after it; main claims beyond the gold's 24 before, 7 after
    assert sum(ok for r in results.values() for ok in r.mains) >= 6
    names = sorted(GOLD)
    graphs = ingest_paths([UNSEEN_MAIN29 / name for name in names])
    further = [
        c
        for name, graph in zip(names, graphs, strict=True)
        for c in graph.of_type(Claim)
        if c.role is Role.MAIN and not any(quoted(q, c.text) for q in GOLD[name].main)
    ]
    assert len(further) <= 9


def test_conclusions_hold(results: dict[str, TextResult]) -> None:
    # R/P 0.40/0.36 before stop 29 and after it (4 of 10 quotes, 7 further conclusions drawn)
    hits = sum(ok for r in results.values() for ok in r.conclusions)
    drawn = hits + sum(r.extra_conclusions for r in results.values())
    assert hits >= 4
    assert hits / drawn >= 0.3


_DEBATE = (
    "Should the village hall stay open on Sundays?\n\n"
    "ANNA: The hall should stay open on Sundays. The youth club has nowhere else to meet.\n\n"
    "BEN: Opening on Sundays costs more than the hall takes in. The heating alone is forty pounds a day.\n\n"
    "ANNA: The youth club would pay for the heating out of its own funds.\n\n"
    "BEN: The caretaker has said he will not work a seventh day.\n\n"
    "ANNA: Then volunteers can lock up, as they already do on Saturdays.\n"
)


def test_a_speaker_who_speaks_three_times_keeps_one_stand() -> None:
    graph = ingest_text(_DEBATE, source="debate.txt", lang="en")
    mains = [c.text for c in graph.of_type(Claim) if c.role is Role.MAIN]
    assert any("should stay open on Sundays" in m for m in mains)
    assert not any("volunteers can lock up" in m or "youth club would pay" in m for m in mains)
    assert not any("caretaker" in m for m in mains)


def _turn(label: str, start: int) -> Turn:
    return Turn(
        start=start,
        end=start + 10,
        body=start + 3,
        label=label,
        reply_to=None,
        role=None,
        asker=False,
        first=False,
    )


@pytest.mark.parametrize(
    ("labels", "lang", "expected"),
    [
        (["Answer", "Answer", "Answer"], Lang.EN, [0, 1, 2]),
        (["Q", "A", "Q", "A"], Lang.EN, [0, 1, 0, 1]),
        (["Maria", "Tom", "Maria"], Lang.EN, [0, 1, 0]),
        (["回复", "回复"], Lang.ZH, [0, 1]),
        (["老王", "小李", "老王"], Lang.ZH, [0, 1, 0]),
    ],
)
def test_speakers_are_told_apart_by_label_but_a_kind_of_post_names_nobody(
    labels: list[str], lang: Lang, expected: list[int]
) -> None:
    turns = [_turn(label, 20 * i) for i, label in enumerate(labels)]
    assert speakers(turns, lang) == expected


@pytest.mark.parametrize(
    ("words", "lang", "tally"),
    [
        ("Vote: 5 in favour, 1 against, 2 abstaining.", Lang.EN, True),
        ("For: 12, Against: 3.", Lang.EN, True),
        ("The motion passed with 40 votes for and 12 against.", Lang.EN, True),
        ("We waited for 3 hours and paid 20 pounds.", Lang.EN, False),
        ("Only 3 residents spoke against the plan.", Lang.EN, False),
        ("表决结果：赞成15票，反对4票，弃权1票。", Lang.ZH, True),
        ("12票同意，3票反对。", Lang.ZH, True),
        ("反对的有3人，他们担心噪音。", Lang.ZH, False),
        ("同意5人。", Lang.ZH, False),
    ],
)
def test_a_vote_s_tally_has_counts_of_two_sides(words: str, lang: Lang, tally: bool) -> None:
    assert _tallies(words, lang, words) is tally


_MINUTES = {
    Lang.EN: (
        "Parish council minutes, 12 May\n\nItem 4: the car park on Mill Lane\n\n"
        "Cllr Hart said the car park is empty most weekdays and the land could take six starter homes. "
        "Cllr Osei said the shops on Mill Lane depend on passing trade from drivers who park there.\n\n"
        "Vote: 5 in favour of selling, 3 against, 1 abstention.\n\n"
        "The clerk will write to the district council. The meeting closed at 9.15pm.\n",
        "5 in favour",
    ),
    Lang.ZH: (
        "业主代表会议纪要\n\n议题：小区东门是否改为只进不出。\n\n"
        "3栋代表：东门出口对着学校，早上接送孩子的车堵在门口，改成只进不出能缓解拥堵。\n\n"
        "7栋代表：我们楼离西门远，改了以后每天要多绕一公里，老人出门更不方便。\n\n"
        "经表决，同意18票，反对6票，弃权2票。\n\n物业于下周一起更换东门道闸。会议于晚上九点结束。\n",
        "同意18票",
    ),
}


@pytest.mark.parametrize("lang", [Lang.EN, Lang.ZH])
def test_a_tally_amid_minutes_is_a_conclusion(lang: Lang) -> None:
    # neither tally concluded anything before stop 29: no cue, and lines follow it
    text, quote = _MINUTES[lang]
    graph = ingest_text(text, source="minutes.txt", lang=lang.value)
    assert any(quote in c.text for c in graph.of_type(Conclusion))
