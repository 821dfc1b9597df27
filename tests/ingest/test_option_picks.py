"""A question of two options: its first option is what is debated, and a speaker's pick of
one option says their side (orient38; `argkg.ingest.voices.asked_options`, ``picks``)."""

import pytest

from argkg.ingest.pipeline import build_nlp
from argkg.ingest.turns import find_turns, turn_sides
from argkg.ingest.voices import asked_options
from argkg.schema import Lang, Stance

PRO, CON = Stance.PRO, Stance.CON


def _sides(text: str, lang: Lang, proposition: str | None) -> dict[str, Stance | None]:
    doc = build_nlp(lang)(text)
    turns = find_turns(text, doc._.argkg_blocks, lang)
    said = [[text[s.start : s.end] for s in doc._.argkg_sentences if t.holds(s)] for t in turns]
    return {
        t.label: side for t, side in zip(turns, turn_sides(text, turns, said, lang, proposition), strict=True)
    }


def test_the_first_option_of_a_question_is_its_target() -> None:
    choice = asked_options("Subject: Studio 3 — a pottery kiln or a darkroom", Lang.EN)
    assert choice is not None
    assert choice.of("the pottery kiln") == 1
    assert choice.of("a darkroom") == -1
    zh = asked_options("活动经费的用途——添置乒乓球台，还是购买围棋", Lang.ZH)
    assert zh is not None
    assert zh.of("乒乓球台") == 1
    assert zh.of("围棋") == -1
    # one option only, or both naming the same things: no choice
    assert asked_options("Should the club buy a pottery kiln", Lang.EN) is None
    assert asked_options("kiln or kiln", Lang.EN) is None


# A club meeting's record whose members' reasons name harms (smashed pots, wasted film) that
# evaluation words would read against the option they back: their picks say their sides.
_MEETING = (
    "Which one for studio 3, a pottery kiln or a darkroom?\n\n"
    "OMAR BELL: Kiln, no contest. Two pots were smashed on the bus to the college kiln last term.\n\n"
    "INES MORA: Honestly I'd go darkroom. Film is wasted every week in the bathroom at home.\n\n"
    "PAUL REID: Take the kiln while the grant lasts. The darkroom chemicals are a nuisance.\n"
)


def test_without_a_question_of_two_options_a_pick_says_nothing() -> None:
    assert set(_sides(_MEETING, Lang.EN, "the club should buy a pottery kiln").values()) == {None}


_ZH_MEETING = (
    "议题：活动室经费用途——添置乒乓球台，还是购买围棋\n\n"
    "王建国（居民代表）：我选乒乓球台，上次比赛借场地还被人占了，太耽误事。\n\n"
    "刘美华（居民代表）：还是购买围棋吧，楼上老人膝盖不好，打不了球。\n\n"
    "张立新（楼长）：我投乒乓球台，年轻人下班能活动活动。\n"
)


@pytest.mark.parametrize(
    ("text", "lang", "question", "expected"),
    [
        (
            _MEETING,
            Lang.EN,
            "a pottery kiln or a darkroom",
            {"OMAR BELL": PRO, "INES MORA": CON, "PAUL REID": PRO},
        ),
        (_ZH_MEETING, Lang.ZH, "添置乒乓球台，还是购买围棋", {"王建国": PRO, "刘美华": CON, "张立新": PRO}),
    ],
)
def test_a_speaker_who_picks_an_option_takes_its_side(
    text: str, lang: Lang, question: str, expected: dict[str, Stance]
) -> None:
    assert _sides(text, lang, question) == expected
    assert set(_sides(text, lang, None).values()) == {None}


# A residents' hearing on a proposal: two speakers say they are not against it and then object.
_HEARING = (
    "Item 4: the proposed cycle hub at Dunmore Yard.\n\n"
    "CLARA WEBB (Dunmore): I have walked my dog on that yard for twenty years. I'm not against "
    "cyclists. But the yard is the only shade on our street in August.\n\n"
    "FELIX ODUYA (Eastbank): I ride to work every day. A hub would save me an hour a week.\n\n"
    "MAY TORRES (Dunmore): We're not against a hub, but nobody asked the street first.\n"
)


def test_a_speaker_not_against_it_who_turns_with_a_contrast_argues_against() -> None:
    sides = _sides(_HEARING, Lang.EN, "the proposed cycle hub at Dunmore Yard")
    assert sides["CLARA WEBB (Dunmore)"] is CON
    assert sides["MAY TORRES (Dunmore)"] is CON
    assert sides["FELIX ODUYA (Eastbank)"] is not CON


def test_a_chinese_speaker_not_against_it_who_turns_argues_against() -> None:
    text = (
        "议题：是否在北门空地建设快递柜\n\n"
        "赵红英（居民代表）：我不反对建快递柜，但北门晚上没有路灯，老人取件不安全。\n\n"
        "孙志强（居民代表）：我天天收快递，有了快递柜，包裹就不会丢在楼道里。\n"
    )
    sides = _sides(text, Lang.ZH, "在北门空地建设快递柜")
    assert sides["赵红英"] is CON
    assert sides["孙志强"] is not CON
