"""A turn that opens by disagreeing with what was just said takes the other side than it, one that
opens by agreeing with an earlier speaker by name takes theirs: "I have to disagree, Dan", "With
respect, …", "I'd question that", "我不太同意。", "恕我直言，…", "I'm with Maureen", "我同意陈雨桐。"
(a name that is no speaker's, "我赞成送礼物。", agrees with no one)."""

from argkg.ingest.pipeline import build_nlp
from argkg.ingest.turns import find_turns, turn_sides
from argkg.schema import Lang, Stance

PRO, CON = Stance.PRO, Stance.CON


def _turns(text: str, lang: Lang) -> list[tuple[str, Stance | None]]:
    doc = build_nlp(lang)(text)
    turns = find_turns(text, doc._.argkg_blocks, lang)
    said = [[text[s.start : s.end] for s in doc._.argkg_sentences if t.holds(s)] for t in turns]
    return [(t.label, side) for t, side in zip(turns, turn_sides(text, turns, said, lang), strict=True)]


def test_an_opening_disagreement_or_a_named_agreement_sides_an_english_turn() -> None:
    text = (
        "Residents' meeting: should the laundry room become a bike store?\n\n"
        "Dan Reed: I propose that we convert the laundry room into a bike store.\n\n"
        "Maureen Osei: I have to disagree, Dan. Eleven flats have no room for a washing machine.\n\n"
        "Priya Shah: With respect, the machines stand idle most of the week.\n\n"
        "Tom Hale: I'm with Maureen on this. The machines are booked every evening.\n\n"
        "Ray Bell: I'd question that. The booking sheet was empty on Monday.\n"
    )
    assert _turns(text, Lang.EN) == [
        ("Dan Reed", PRO),
        ("Maureen Osei", CON),
        ("Priya Shah", PRO),
        ("Tom Hale", CON),
        ("Ray Bell", PRO),
    ]


def test_with_respect_to_is_no_disagreement() -> None:
    text = (
        "Agenda: a four-day week for the office\n\n"
        "Ana Ruiz: We should move to a four-day week. Staff are tired.\n\n"
        "Ben Cho: Clients call on Fridays, and nobody would answer.\n\n"
        "Ana Ruiz: We can rotate a Friday desk.\n\n"
        "Cal Dyer: With respect to the rota, a Friday desk is easy to staff.\n"
    )
    sides = dict(_turns(text, Lang.EN))
    assert sides["Cal Dyer"] is not CON  # "with respect to" means "about", it answers no one


def test_a_softened_or_announced_disagreement_and_a_named_agreement_side_a_chinese_turn() -> None:
    text = (
        "议题：班里是否用班费给老师买教师节礼物\n\n"
        "生1（王明）：我觉得应该买，老师一年到头为我们操心。\n\n"
        "生2（陈雨桐）：我不太同意。班费是大家交的，要用在班级活动上。\n\n"
        "生3（赵一鸣）：我同意陈雨桐。上学期运动会买水就花了一百多。\n\n"
        "生4（刘思琪）：恕我直言，一百多块钱分到每个人头上只有几块钱。\n"
    )
    assert _turns(text, Lang.ZH) == [
        ("生1（王明）", PRO),
        ("生2（陈雨桐）", CON),
        ("生3（赵一鸣）", CON),
        ("生4（刘思琪）", PRO),
    ]


def test_backing_what_is_no_speaker_is_no_agreement() -> None:
    text = (
        "议题：班里是否用班费给老师买教师节礼物\n\n"
        "生1（王明）：我觉得应该买，老师一年到头为我们操心。\n\n"
        "生2（陈雨桐）：我不太同意。班费是大家交的，要用在班级活动上。\n\n"
        "生3（孙浩）：我赞成送礼物。老师辛苦了一年。\n"
    )
    assert _turns(text, Lang.ZH)[-1] == ("生3（孙浩）", PRO)
