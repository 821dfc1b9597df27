"""The other side's questions, views and granted points that carry no side word (stop 30).

Others putting a question or a view to the author with no side named ("Residents have asked
whether…", "有的家长说…") and a point the author grants without answering it in the same breath
("I am aware that…", "这话听起来很实在") voice the other side (dialectic cues); the question or view
put does not carry that side on to the statements after it, which answer it.
"""

import pytest

from argkg.ingest.dialectic import assess_sentences, concedes
from argkg.ingest.sides import Statement, assign_sides
from argkg.schema import Lang, Stance

PRO, CON = Stance.PRO, Stance.CON


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Residents have asked whether the hall will still be open on Sundays.", Lang.EN),
        ("It has also been put to us that the fee is too high.", Lang.EN),
        ("I've heard the argument that the depot should stay where it is.", Lang.EN),
        ("Some members felt that the timetable was rushed.", Lang.EN),
        ("Landlords will tell you that the scheme pushes rents up.", Lang.EN),
        ("I am aware that the contract allows a fee for leaving early.", Lang.EN),
        ("That objection has some force.", Lang.EN),
        ("She accepts that the old printer still works.", Lang.EN),
        ("有的家长说，晚自习取消以后孩子没人管。", Lang.ZH),
        ("有同事跟我争，说远程办公效率更低。", Lang.ZH),
        ("您说得对，这笔钱不是小数目。", Lang.ZH),
        ("刚开始大家会不习惯，我理解。", Lang.ZH),
        ("这个理由听起来很有力。", Lang.ZH),
        ("噪音的影响确实存在。", Lang.ZH),
    ],
)
def test_others_views_and_granted_points_voice_the_other_side(sentence: str, lang: Lang) -> None:
    assert concedes(sentence, lang)
    (role,) = assess_sentences(sentence, [(0, len(sentence))], lang)
    assert role.opponent


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("I will argue that the hall should open on Sundays.", Lang.EN),
        ("We asked the contractor for a second quote.", Lang.EN),
        ("有关部门说明了收费标准。", Lang.ZH),
        ("我理解的背景是这样的：仓库租约明年到期。", Lang.ZH),
    ],
)
def test_the_author_s_own_words_voice_no_other_side(sentence: str, lang: Lang) -> None:
    assert not concedes(sentence, lang)


def _sides(lines: list[tuple[str, bool]], lang: Lang) -> list[Stance]:
    """The sides `assign_sides` gives a thesis paragraph, then a paragraph of (text, voices the
    opponent), in an author's argued text for the proposition."""
    thesis = "I believe we should do it." if lang is Lang.EN else "我认为应该这样做。"
    statements = [Statement(text=thesis, paragraph=0, opponent=False, heading=None, central=True)]
    statements += [Statement(text=t, paragraph=1, opponent=o, heading=None) for t, o in lines]
    return assign_sides(statements, lang, author=PRO, reporting=False, debated=True)[1:]


def test_a_question_put_to_the_author_is_answered_by_what_follows() -> None:
    english = [
        ("Residents have asked whether the hall will still be open on Sundays.", True),
        ("The Sunday rota stays as it is.", False),
    ]
    assert _sides(english, Lang.EN) == [CON, PRO]
    chinese = [("有的家长说，晚自习取消以后孩子没人管。", True), ("学校会安排老师在图书馆值班。", False)]
    assert _sides(chinese, Lang.ZH) == [CON, PRO]


def test_a_granted_point_still_runs_on_to_its_backing() -> None:
    # "Admittedly X. Y." with no answer yet: Y backs the granted point, as before
    lines = [("Admittedly, the building is old.", True), ("The roof leaked twice last winter.", False)]
    assert _sides(lines, Lang.EN) == [CON, CON]
