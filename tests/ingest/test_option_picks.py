"""A question of two options: its first option is what is debated, and a speaker's pick of
one option says their side (orient38; `argkg.ingest.voices.asked_options`, ``picks``)."""

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


def test_a_speaker_who_picks_an_option_takes_its_side() -> None:
    sides = _sides(_MEETING, Lang.EN, "a pottery kiln or a darkroom")
    assert sides == {"OMAR BELL": PRO, "INES MORA": CON, "PAUL REID": PRO}


def test_without_a_question_of_two_options_a_pick_says_nothing() -> None:
    assert set(_sides(_MEETING, Lang.EN, None).values()) == {None}
    assert set(_sides(_MEETING, Lang.EN, "the club should buy a pottery kiln").values()) == {None}


_ZH_MEETING = (
    "议题：活动室经费用途——添置乒乓球台，还是购买围棋\n\n"
    "王建国（居民代表）：我选乒乓球台，上次比赛借场地还被人占了，太耽误事。\n\n"
    "刘美华（居民代表）：还是购买围棋吧，楼上老人膝盖不好，打不了球。\n\n"
    "张立新（楼长）：我投乒乓球台，年轻人下班能活动活动。\n"
)


def test_a_chinese_speaker_who_picks_an_option_takes_its_side() -> None:
    sides = _sides(_ZH_MEETING, Lang.ZH, "添置乒乓球台，还是购买围棋")
    assert sides == {"王建国": PRO, "刘美华": CON, "张立新": PRO}
    assert set(_sides(_ZH_MEETING, Lang.ZH, None).values()) == {None}
