"""Which way round a whole text is read: a thesis that denies the thing debated, and the two
parties of a conversation (stop 31, orient31)."""

import pytest

from argkg.ingest.pipeline import build_nlp
from argkg.ingest.proposition import affirmed
from argkg.ingest.turns import find_turns, turn_sides
from argkg.schema import Lang, Stance


def _sides(text: str, lang: Lang) -> dict[str, set[Stance | None]]:
    """Per speaker, the sides their turns are read on."""
    doc = build_nlp(lang)(text)
    turns = find_turns(text, doc._.argkg_blocks, lang)
    said = [[text[s.start : s.end] for s in doc._.argkg_sentences if t.holds(s)] for t in turns]
    found: dict[str, set[Stance | None]] = {}
    for turn, side in zip(turns, turn_sides(text, turns, said, lang), strict=True):
        found.setdefault(turn.label, set()).add(side)
    return found


@pytest.mark.parametrize(
    ("thesis", "lang", "proposition", "side"),
    [
        ("We won't sell the allotment", Lang.EN, "We will sell the allotment", Stance.CON),
        (
            "We're not going to close the pool on Sundays",
            Lang.EN,
            "We're going to close the pool on Sundays",
            Stance.CON,
        ),
        ("Don't buy the extended warranty", Lang.EN, "buy the extended warranty", Stance.CON),
        ("The library should open on Sundays", Lang.EN, "The library should open on Sundays", Stance.PRO),
        ("这笔经费不应该用来买新沙发", Lang.ZH, "这笔经费应该用来买新沙发", Stance.CON),
    ],
)
def test_a_thesis_that_denies_is_argued_con_on_its_affirmative(
    thesis: str, lang: Lang, proposition: str, side: Stance
) -> None:
    assert affirmed(thesis, lang) == (proposition, side)


def test_two_columns_of_one_author_are_no_two_parties() -> None:
    """ "What they say:" and "The facts:" are the author's columns: a column no cue reads keeps no
    side from the other (the statements' own reading answers it), whatever the other reads."""
    text = (
        'WHAT THEY SAY: "The lido opened in 1936."\n\n'
        "THE FACTS: I think we should keep the lido open.\n\n"
        'WHAT THEY SAY: "The pool is fifty metres long."\n\n'
        "THE FACTS: I believe the lido should stay.\n"
    )
    found = _sides(text, Lang.EN)
    assert found["WHAT THEY SAY"] == {None}
    assert found["THE FACTS"] == {Stance.PRO}


def test_a_third_speaker_leaves_the_parties_as_they_are_read() -> None:
    text = (
        "小林：我觉得公司应该把年会改到酒店办。\n\n"
        "老赵：去年在食堂办，花了两万。\n\n"
        "小王：场地的事我不太清楚。\n\n"
        "小林：酒店场地大，节目也好排。\n\n"
        "老赵：酒店一晚要八万，预算就这么多。\n\n"
        "小王：我听大家的。\n"
    )
    assert Stance.CON not in _sides(text, Lang.ZH)["老赵"]
