"""Labelled voices each take their own side, not the first voice's or the author's.

A text made of labelled contributions (a forum thread under screen names, a chat export, a
hearing's speakers with a note on who they are) is read speaker by speaker only when its labels
are read as speakers; then a voice's side comes from its own words
(a declared side, a vote, a bare worry in Chinese) or from whom it answers: of two people who write to each
other, the one who answers the one who put the matter argues against it.
"""

from chat_texts import turn_labels
from claim_sides import claim_sides, side_containing

from argkg.ingest.sides import declared
from argkg.schema import Lang, Stance

PRO, CON = Stance.PRO, Stance.CON


def test_a_comment_section_s_screen_names_open_turns() -> None:
    text = (
        "Allotment forum: should plot rents rise?\n\n"
        "Bean_Queen: The water bill doubled. The rent has not moved in ten years.\n\n"
        "Rhubarb42: Most of us are pensioners. Ten pounds more is a week's food.\n\n"
        "Bean_Queen: The council would still charge less than the next town.\n"
    )
    assert turn_labels(text, Lang.EN) == ["Bean_Queen", "Rhubarb42", "Bean_Queen"]


def test_one_field_label_shaped_word_opens_no_turn() -> None:
    text = "Note: bring gloves.\nTip: the tap is by the gate.\nWarning: the path is icy.\n"
    assert turn_labels(text, Lang.EN) == []


def test_a_chat_header_may_give_the_day_before_the_time() -> None:
    text = "【聊天记录】\n\n阿梅 3-08 09:15\n房租能不能少一点？\n\n老林 3-08 09:20\n不能再少了。\n\n阿梅 3月8日 09:31\n那我再想想。\n"
    assert turn_labels(text, Lang.ZH) == ["阿梅", "老林", "阿梅"]


def test_a_role_s_label_with_a_note_on_who_speaks_opens_a_turn() -> None:
    text = (
        "夜市听证会发言摘录\n\n主持人：今天听证的是夜市延长营业到十二点的方案，请依次发言。\n\n居民代表 钟某（退休教师）：我不同意，学校的操场本来就小。\n\n"
        "商户代表 吴某（超市店主）：我支持，晚上人多生意好。\n\n居民代表 钟某：噪音太大了。\n"
    )
    assert turn_labels(text, Lang.ZH) == ["主持人", "居民代表 钟某", "商户代表 吴某", "居民代表 钟某"]


def test_a_ballot_comment_and_a_bare_worry_declare_a_side() -> None:
    assert declared("Voted no. The bus does not run then.", Lang.EN) is CON
    assert declared("Voted yes.", Lang.EN) is PRO
    assert declared("Hard no.", Lang.EN) is CON
    assert declared("Yes please.", Lang.EN) is PRO
    assert declared("我有点担心。", Lang.ZH) is CON
    assert declared("我担心孩子没机会出去。", Lang.ZH) is None


def test_who_answers_the_one_who_put_the_matter_argues_against_it() -> None:
    text = (
        "Should the rent for the room go up to £700?\n\n"
        "Jo  09:02\nFrom June the rent for the room goes up to £700. The council tax went up.\n\n"
        "Kit  09:30\nThe shower has leaked since March. Rooms on this road are £650.\n\n"
        "Jo  09:41\nThose rooms have no garden. The boiler is new.\n\n"
        "Kit  09:55\nI've never paid late. I'll stay two more years at £650.\n"
    )
    sides = claim_sides(text, Lang.EN, "voices.txt")
    assert side_containing(sides, "Those rooms have no garden") is PRO
    assert side_containing(sides, "The shower has leaked since March") is CON
    assert side_containing(sides, "never paid late") is CON


def test_in_a_chat_the_unread_party_writes_against_the_read_one() -> None:
    text = (
        "车位费该不该涨到300？\n\n"
        "老王 5-02 19:05\n下个月起车位费要涨到300了。物业费今年也涨了。\n\n"
        "小李 5-02 19:20\n一下涨100有点多。地库的灯坏了半年也没人修。\n\n"
        "老王 5-02 19:40\n这一片的车位都是这个价。\n\n"
        "小李 5-02 19:52\n隔壁小区才200，还有人看管。\n"
    )
    sides = claim_sides(text, Lang.ZH, "voices.txt")
    assert side_containing(sides, "地库的灯坏了半年也没人修") is CON
    assert side_containing(sides, "隔壁小区才200") is CON
