"""Each voice's main claim where its opening line is no stand, in layouts no other set uses.

The texts and ``gold.yaml`` are in ``tests/ingest/texts/unseen_main30/`` (see
`argkg.bench.argtexts`): a Zoom auto-transcript, an advice column, a Slack channel export, a
parking appeal and its rejection, a 视频评论区 with replies, a 园长信箱 letter and reply, a
村民议事会 record and a 班会课记录, gold written before argkg ran on them. Before stop 30: main
claims 4/15 with 11 further main claims drawn (a speaker's first line, "发言人 X：我先讲讲情况。",
taken for their stand). After it: 4/15 with 9 further main claims; after the transcript's
"Speaker N  hh:mm:ss" and the e-mail's "From:" headers opened turns (turns30): 5/15 with 12
further, as two speakers' and both letter writers' first statements are now their turns' own
main claims. The test after the set's
figures checks, on a debate written for it, what stop 30 reads: a speaker whose first line only
sets the scene states their stand in a later statement that speaks to the matter in an
opinion's words (`argkg.ingest.stands`).
"""

import pytest

from argkg.bench.argtexts import UNSEEN_MAIN30, TextResult, check_folder, load_gold, quoted
from argkg.ingest import ingest_paths, ingest_text
from argkg.schema import Claim, Role

GOLD = load_gold(UNSEEN_MAIN30)


@pytest.fixture(scope="module")
def results() -> dict[str, TextResult]:
    return check_folder(UNSEEN_MAIN30)


def test_the_set_has_four_english_and_four_chinese_texts() -> None:
    assert sorted(name[:2] for name in GOLD) == ["en"] * 4 + ["zh"] * 4
    assert all(gold.main for gold in GOLD.values())


def test_main_claims_hold_and_fewer_further_ones_are_drawn(results: dict[str, TextResult]) -> None:
    # main claims 4/15 before stop 30 and after it, 5/15 once headers open turns; main claims
    # beyond the gold's 11 before, 9 after, 12 once headers open turns
    assert sum(ok for r in results.values() for ok in r.mains) >= 5
    names = sorted(GOLD)
    graphs = ingest_paths([UNSEEN_MAIN30 / name for name in names])
    further = [
        c
        for name, graph in zip(names, graphs, strict=True)
        for c in graph.of_type(Claim)
        if c.role is Role.MAIN and not any(quoted(q, c.text) for q in GOLD[name].main)
    ]
    assert len(further) <= 12


_DEBATES = {
    "en": (
        "Should the council close the library on Mondays?\n\n"
        "ANNA: I went there with my grandson. I believe the council should not close the library on "
        "Mondays, because it is the only warm and quiet place for pensioners.\n\n"
        "BEN: The building is old. Closing the library on Mondays is the sensible way to save money, "
        "and it is a small price for a better service on the other days.\n\n"
        "ANNA: Pensioners cannot go anywhere else.\n\n"
        "BEN: The mobile library van could stop at the community centre instead.\n",
        "The building is old",
        "Closing the library on Mondays is the sensible way",
    ),
    "zh": (
        "该不该把小区的篮球场改成停车位？\n\n"
        "老王：我在这个小区住了二十年。篮球场不该改成停车位，孩子们放学以后就这一个地方可以运动。\n\n"
        "小李：我每天晚上十点才下班回来。篮球场改成停车位是好事，现在车都停在消防通道上，太危险了。\n\n"
        "老王：停车可以去对面的商场。\n\n"
        "小李：商场晚上要收费。\n",
        "我在这个小区住了二十年",
        "篮球场不该改成停车位",
    ),
}


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_speaker_s_opening_aside_gives_way_to_their_stand(lang: str) -> None:
    # before stop 30 the opening aside was the speaker's main claim and the stand a premise
    text, aside, stand = _DEBATES[lang]
    graph = ingest_text(text, source="debate.txt", lang=lang)
    mains = [c.text for c in graph.of_type(Claim) if c.role is Role.MAIN]
    assert any(stand in m for m in mains)
    assert not any(aside in m for m in mains)
