"""A doubt that the proposal works argues against it (stop 33, issue 9's sides, `prospect_side`).

The other side's case is often that the change will not bring what it promises, said in an idiom
and with no side word and no modal ("治标不治本", "到头来又是一纸空文", "a sticking plaster"). Such a
doubt argues against the proposal wherever it stands; said of the way things are now (a
``present`` cue, "现行规定", "the current rule") or under the condition that the change does not go
ahead (an ``averted`` cue), it is the status quo's failure and argues for the change.
"""

import pytest

from argkg.ingest import ingest_text
from argkg.ingest.voices import prospect_side
from argkg.schema import Claim, Lang, Stance

PRO, CON = Stance.PRO, Stance.CON


@pytest.mark.parametrize(
    ("sentence", "lang", "proposition"),
    [
        ("光靠限号治标不治本。", Lang.ZH, "工作日限号出行"),
        ("规定写得再好，执行不了也是一纸空文。", Lang.ZH, "禁止在车厢外放音乐"),
        ("分时段收费听起来很美，商户根本算不过来。", Lang.ZH, "夜市分时段收费"),
        ("别被宣传片忽悠了。", Lang.ZH, "引进共享电单车"),
        ("A reading hour is a sticking plaster on a much deeper problem.", Lang.EN, "add a reading hour"),
        ("Free parking after six sounds good on paper.", Lang.EN, "free parking after six"),
        ("The figures are not as clean as they look.", Lang.EN, "a four-day week for staff"),
    ],
)
def test_a_doubt_that_the_proposal_works_argues_against_it(
    sentence: str, lang: Lang, proposition: str
) -> None:
    assert prospect_side(sentence, lang, proposition) is CON


def test_a_doubt_argues_for_a_proposition_that_keeps_things_as_they_are() -> None:
    assert prospect_side("换新系统治标不治本。", Lang.ZH, "保留现在的排班系统") is PRO


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("现行规定就是一纸空文。", Lang.ZH),  # the present rule fails: a reason to change it
        ("否则新规也只是一纸空文。", Lang.ZH),  # the harm if the change does NOT go ahead in full
        ("The current rule is a dead letter.", Lang.EN),
        ("但这次不是治标不治本。", Lang.ZH),  # a contrast answers the statement before: the discourse's
    ],
)
def test_a_doubt_of_the_status_quo_or_an_answer_is_no_prospect_against(sentence: str, lang: Lang) -> None:
    assert prospect_side(sentence, lang, "replace the rota") is None


def test_a_plain_benefit_with_no_doubt_is_no_prospect_against() -> None:
    assert prospect_side("The new rota saves two hours a week.", Lang.EN, "replace the rota") is None
    assert prospect_side("新排班每周能省两个小时。", Lang.ZH, "更换排班系统") is None


def _sides(text: str, lang: Lang) -> dict[str, Stance]:
    graph = ingest_text(text, source="post.txt", lang=lang.value)
    return {n.text: n.stance for n in graph.nodes if isinstance(n, Claim)}


def test_a_doubt_in_a_reply_argues_against_without_carrying_its_side_on() -> None:
    text = (
        "学校是否应该统一清理自习室占座？\n\n"
        "1楼：应该统一清理。很多座位一整天只放着一本书，真正来自习的同学找不到位置。\n\n"
        "2楼：统一清理治标不治本。\n\n"
        "3楼：支持清理，占座的书本来就不该一放一整天。\n"
    )
    sides = _sides(text, Lang.ZH)
    doubt = next(stance for claim, stance in sides.items() if "治标不治本" in claim)
    backing = next(stance for claim, stance in sides.items() if "一放一整天" in claim)
    assert doubt is CON
    assert backing is PRO
