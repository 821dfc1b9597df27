"""A speaker's label is no part of what they claim (texts written for these tests).

A chat line's time stamp and name ("[19:02] Ben (treasurer): X"), a transcript's "NAME (party): X"
or a comment section's "@handle: X" say who speaks, not what: the claim is X. A message with no
word after its label (an emoji) claims nothing, and a comment that replies to another poster
("@A 回复 @B：X") is A's turn answering B's.
"""

from argkg.ingest import ingest_text
from argkg.ingest.pipeline import build_nlp
from argkg.ingest.turns import find_turns
from argkg.schema import Claim, Lang

CHAT_EN = """Should the allotment society buy a shared rotavator?

[19:02] Ben (treasurer): I think we should buy one, the hire fees add up to more than the price in two years.
[19:05] Carla: Who stores it though? My shed is already full.
[19:07] Ben (treasurer): The tool store by the gate has room once we clear the old netting.
[19:09] Dmitri: Fine by me if someone services it every spring.
[19:12] Carla: 👍
"""

COMMENTS_ZH = """小区该不该在中庭装健身器材？

物业提出，下个月在中庭靠东侧装一组健身器材，费用从公共收益里出。

@晨跑的阿杰：支持，老人们早上有地方活动，总比在停车场边上压腿强。
@三楼的猫：我反对，中庭本来就小，孩子们踢球的地方又少了一块。
@晨跑的阿杰 回复 @三楼的猫：可以只占东侧一角，不影响孩子们玩。
@老周（业委会）回复 @晨跑的阿杰：位置可以再商量，先看看大家的意见。
"""


def _claims(text: str) -> list[str]:
    return [c.text for c in ingest_text(text, source=f"{hash(text)}.txt").of_type(Claim)]


def test_a_chat_line_s_time_stamp_and_name_are_no_part_of_the_claim() -> None:
    claims = _claims(CHAT_EN)
    assert "I think we should buy one, the hire fees add up to more than the price in two years." in claims
    assert not any("[19:" in c or "Ben (treasurer)" in c for c in claims)


def test_a_message_with_no_word_after_its_label_claims_nothing() -> None:
    assert not any("👍" in c for c in _claims(CHAT_EN))


def test_a_comment_s_handle_and_the_handle_it_replies_to_are_no_part_of_the_claim() -> None:
    claims = _claims(COMMENTS_ZH)
    assert "我反对，中庭本来就小，孩子们踢球的地方又少了一块。" in claims
    assert "可以只占东侧一角，不影响孩子们玩。" in claims
    assert not any("@" in c for c in claims)


def test_a_reply_between_two_posters_is_the_first_poster_s_turn() -> None:
    doc = build_nlp(Lang.ZH)(COMMENTS_ZH)
    turns = find_turns(COMMENTS_ZH, doc._.argkg_blocks, Lang.ZH)
    assert [(t.label, t.reply_to) for t in turns] == [
        ("晨跑的阿杰", None),
        ("三楼的猫", None),
        ("晨跑的阿杰", "三楼的猫"),
        ("老周", "晨跑的阿杰"),
    ]
