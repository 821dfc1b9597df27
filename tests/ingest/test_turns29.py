"""Speakers keep their side: a record's short recurring labels and its chair are speakers' turns,
a chat line's bare time is no speaker, the party who opens with a demand argues for it and one who
refuses it against it in every turn, and a chair's question after the parties have spoken opens no
new region."""

from argkg.ingest import ingest_text
from argkg.ingest.pipeline import build_nlp
from argkg.ingest.turns import find_turns, turn_sides
from argkg.schema import Claim, Lang, Stance

PRO, CON, NEUTRAL = Stance.PRO, Stance.CON, Stance.NEUTRAL

#: A hearing's record whose labels are shortened to one character, the judge's too.
HEARING = (
    "民事庭审笔录\n\n"
    "审判员：王某　　书记员：李某\n\n"
    "审：现在开庭。原告陈述诉讼请求。\n"
    "原：我请求被告返还借款五万元。借条上写明去年年底前归还，到现在一分没还。\n"
    "审：被告答辩。\n"
    "被：这笔钱我不同意还。当时说好是合伙做生意的投资，生意亏了，大家一起承担。\n"
    "原：借条上写的是借款，没有一个字提到投资。\n"
    "被：借条是他让我签的，实际用途他自己也清楚。\n"
    "审：双方对借条的真实性有没有异议？\n"
    "原：没有异议。\n"
    "被：签字是我的。\n"
)


def _turns(text: str, lang: Lang) -> list[tuple[str, Stance | None]]:
    doc = build_nlp(lang)(text)
    turns = find_turns(text, doc._.argkg_blocks, lang)
    said = [[text[s.start : s.end] for s in doc._.argkg_sentences if t.holds(s)] for t in turns]
    return [(t.label, side) for t, side in zip(turns, turn_sides(text, turns, said, lang), strict=True)]


def test_one_character_labels_taking_turns_are_speakers_and_the_judge_a_chair() -> None:
    turns = _turns(HEARING, Lang.ZH)
    assert [label for label, _ in turns] == ["审", "原", "审", "被", "原", "被", "审", "原", "被"]
    sides = dict.fromkeys(label for label, _ in turns)
    for label, side in turns:
        assert sides[label] in (None, side), label  # each speaker keeps one side
        sides[label] = side
    assert sides == {"审": NEUTRAL, "原": PRO, "被": CON}


def test_the_parties_turns_before_the_judges_question_argue_their_sides() -> None:
    graph = ingest_text(HEARING, source="tingshen.txt", lang="zh")
    stances = {c.text: c.stance for c in graph.of_type(Claim)}
    demand = next(s for t, s in stances.items() if "返还借款五万元" in t)
    refusal = next(s for t, s in stances.items() if "投资" in t and "合伙" in t)
    assert (demand, refusal) == (PRO, CON)


def test_a_bare_time_before_a_name_is_no_speaker_and_the_refusing_party_argues_against() -> None:
    text = (
        "09:14 Lena: Hello, the blender I ordered arrived with a cracked jug and I want a full refund.\n"
        "09:15 Agent Dev: Sorry to hear that. Could you send a photo of the jug?\n"
        "09:17 Lena: Sent. The crack runs from the rim to the base.\n"
        "09:19 Agent Dev: Thanks. We can't refund opened items, but we can send a new jug.\n"
        "09:20 Lena: I never opened anything except the box it came in.\n"
        "09:22 Agent Dev: I'll pass this to the returns team.\n"
    )
    turns = _turns(text, Lang.EN)
    assert [label for label, _ in turns] == ["Lena", "Agent Dev"] * 3
    assert [side for _, side in turns] == [PRO, CON] * 3


def test_a_chair_named_once_in_a_header_line_does_not_stop_short_labels_being_read() -> None:
    text = (
        "审判员：王某\n\n原：我要求退还押金。\n被：押金不能退。\n原：房子交还时完好无损。\n被：墙面有污损。\n"
    )
    # (the header line is the chair's turn of its own, which argues nothing)
    assert _turns(text, Lang.ZH) == [("审判员", NEUTRAL), ("原", PRO), ("被", CON), ("原", PRO), ("被", CON)]


def test_field_labels_that_recur_are_no_speakers() -> None:
    text = "优点：价格低。\n缺点：耗电高。\n优点：体积小。\n缺点：噪音大。\n"
    assert _turns(text, Lang.ZH) == []
