"""Chat messages without a full stop are said, not captions; a speaker's messages keep their side.

A chat export's messages seldom end in sentence-final punctuation: read line by line they look
like figure captions (`argkg.ingest.layout`). Under a message's header, or after a speaker's
label, they are messages (`argkg.ingest.turns.message_lines`); a caption under a photo or a
chart's source line in an article stays a caption.
"""

from chat_texts import READING_GROUP_CHAT, turn_labels

from argkg.ingest import ingest_text
from argkg.ingest.layout import analyse_layout
from argkg.ingest.pipeline import build_nlp
from argkg.ingest.spans import BlockKind
from argkg.ingest.turns import find_turns, turn_sides
from argkg.schema import Claim, Lang, Stance


def _kinds(text: str, lang: Lang) -> dict[str, BlockKind]:
    blocks, _ = analyse_layout(text, lang)
    return {text[b.start : b.end]: b.kind for b in blocks}


def test_messages_under_a_chat_export_s_headers_are_body_and_the_headers_are_not() -> None:
    text = READING_GROUP_CHAT
    kinds = _kinds(text, Lang.ZH)
    assert kinds["线上的话外地的朋友也能来"] is BlockKind.BODY
    assert kinds["场地费也省了"] is BlockKind.BODY
    assert kinds["线上大家都开小差"] is BlockKind.BODY
    assert kinds["阿梅 21:04"] is BlockKind.CAPTION  # the header names who writes: no message


def test_a_photo_caption_and_a_source_line_in_an_article_stay_captions() -> None:
    text = (
        "The town opened its third cycle lane this spring. Commuters now ride in from the estates.\n"
        "Riders on the new canal path at 8am\n"
        "Morning counts rose by a fifth within a month, the council says.\n"
        "Figures from the council's traffic team\n"
        "Shopkeepers on the high street say deliveries have become harder.\n"
    )
    kinds = _kinds(text, Lang.EN)
    assert kinds["Riders on the new canal path at 8am"] is BlockKind.CAPTION
    assert kinds["Figures from the council's traffic team"] is BlockKind.CAPTION


def test_a_whatsapp_line_s_date_and_time_come_before_the_speaker() -> None:
    text = (
        "[03/04/2026, 08:15:02] Nina: the school run takes forty minutes by car\n"
        "[03/04/2026, 08:16:40] Omar: walking would take twenty\n"
    )
    assert turn_labels(text, Lang.EN) == ["Nina", "Omar"]


def test_a_message_s_uncued_statement_takes_the_side_its_speaker_took_just_before() -> None:
    text = (
        "[19:01] 小周：下个月读书会要不要改成线上？\n"
        "[19:03] 阿梅：我支持改成线上\n"
        "[19:03] 阿梅：外地的朋友上个月有五个人来不了\n"
        "[19:05] 老陈：我反对改成线上\n"
        "[19:06] 老陈：屏幕前面大家都在看手机\n"
    )
    graph = ingest_text(text, source="c.txt", lang=Lang.ZH)
    sides = {c.text: c.stance for c in graph.of_type(Claim)}
    assert next(s for t, s in sides.items() if "五个人来不了" in t) is Stance.PRO
    assert next(s for t, s in sides.items() if "都在看手机" in t) is Stance.CON


def test_an_agreement_may_name_whom_it_follows_as_someone_being_right() -> None:
    text = (
        "[08:01] Nina: I think we should sell the second car\n"
        "[08:03] Omar: we need it for the school run\n"
        "[08:05] Lea: Nina's right, it sat on the drive all of March\n"
    )
    doc = build_nlp(Lang.EN)(text)
    turns = find_turns(text, doc._.argkg_blocks, Lang.EN)
    said = [[text[s.start : s.end] for s in doc._.argkg_sentences if t.holds(s)] for t in turns]
    sides = turn_sides(text, turns, said, Lang.EN)
    assert [t.label for t in turns] == ["Nina", "Omar", "Lea"]
    assert sides[0] is Stance.PRO and sides[2] is Stance.PRO


def test_a_floor_s_header_and_a_reply_s_header_head_the_post_under_them() -> None:
    text = (
        "【车友论坛】小区要不要装充电桩\n\n"
        "1楼　5栋 阿强\n"
        "支持，晚上出门找桩太难了。\n\n"
        "2楼 回复 1楼\n"
        "物业说电容不够\n\n"
        "3楼 回复 2楼\n"
        "扩容的钱谁出\n"
    )
    kinds = _kinds(text, Lang.ZH)
    assert kinds["1楼　5栋 阿强"] is BlockKind.CAPTION
    assert kinds["2楼 回复 1楼"] is BlockKind.CAPTION
    assert kinds["物业说电容不够"] is BlockKind.BODY
    assert kinds["扩容的钱谁出"] is BlockKind.BODY


def test_a_first_message_is_no_title_unless_it_asks_the_question() -> None:
    chat = "[09:00] Kim: the bins go out on Tuesdays now\n[09:02] Raj: since when\n"
    assert _kinds(chat, Lang.EN)["[09:00] Kim: the bins go out on Tuesdays now"] is BlockKind.BODY
    asked = "Q: Should the bins go out on Tuesdays?\nA: Yes, the lorry comes early on Wednesdays.\n"
    assert _kinds(asked, Lang.EN)["Q: Should the bins go out on Tuesdays?"] is BlockKind.HEADING
