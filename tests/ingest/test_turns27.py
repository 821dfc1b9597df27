"""Speakers' sides in conversations: bare names taking turns are speakers, who raises doubts
across their turns argues con and who answers them pro, a reply that grants the point before
and turns from it answers that speaker, and a speaker's doubt is never the debated question."""

from argkg.ingest import ingest_text
from argkg.ingest.pipeline import build_nlp
from argkg.ingest.turns import doubts, find_turns, turn_sides
from argkg.schema import Assumption, AssumptionOrigin, Lang, Stance

PRO, CON = Stance.PRO, Stance.CON


def _turns(text: str, lang: Lang) -> list[tuple[str, Stance | None]]:
    doc = build_nlp(lang)(text)
    turns = find_turns(text, doc._.argkg_blocks, lang)
    said = [[text[s.start : s.end] for s in doc._.argkg_sentences if t.holds(s)] for t in turns]
    return [(t.label, side) for t, side in zip(turns, turn_sides(text, turns, said, lang), strict=True)]


def test_the_one_who_doubts_argues_con_and_the_one_who_answers_pro() -> None:
    text = (
        "小林：这套房朝南，采光一整天都好，价格也比隔壁小区低。\n\n"
        "老赵：一楼不是都很潮吗？梅雨季怎么办？\n\n"
        "小林：去年重新做了地面防潮，墙面一直是干的。\n\n"
        "老赵：那以后卖的时候呢？一楼不好卖啊。\n\n"
        "小林：带院子的一楼在这片很抢手，上个月刚卖掉一套。\n"
    )
    assert _turns(text, Lang.ZH) == [
        ("小林", PRO),
        ("老赵", CON),
        ("小林", PRO),
        ("老赵", CON),
        ("小林", PRO),
    ]


def test_english_doubts_and_answers_give_the_speakers_sides() -> None:
    text = (
        "Nina: The van is only three years old and it has a full service history.\n\n"
        "Owen: What if the gearbox goes? These models are known for it.\n\n"
        "Nina: The gearbox was replaced under warranty last spring.\n\n"
        "Owen: Isn't it too long for our driveway?\n\n"
        "Nina: It is the short-wheelbase version, under five metres.\n"
    )
    sides = [side for _, side in _turns(text, Lang.EN)]
    assert sides == [PRO, CON, PRO, CON, PRO]


def test_a_chat_of_equals_without_doubts_gets_no_sides_from_doubting() -> None:
    text = (
        "小林：周六我们去爬山吧。\n\n老赵：好啊，几点出发？\n\n小林：八点在地铁站见。\n\n老赵：行，我带水。\n"
    )
    assert all(side is not CON for _, side in _turns(text, Lang.ZH))


def test_names_with_titles_alone_on_their_lines_are_speakers_and_a_grant_answers_the_one_before() -> None:
    text = (
        "教研活动记录\n\n"
        "周红老师：\n我不太同意每节课都用分组讨论，后排的学生基本不参与。\n\n"
        "吴刚老师：\n这个问题确实存在，但不能因此就否定分组讨论，可以给每个人分工。\n\n"
        "周红老师：\n分工是能解决一部分。但课堂时间太紧，我们耗不起。\n"
    )
    found = _turns(text, Lang.ZH)
    assert [label for label, _ in found] == ["周红老师", "吴刚老师", "周红老师"]
    assert [side for _, side in found] == [CON, PRO, CON]


def test_a_doubt_is_told_from_a_plain_question() -> None:
    assert doubts("顶楼不是都漏水吗？", Lang.ZH)
    assert doubts("What about the shops on Mill Road?", Lang.EN)
    assert not doubts("几点出发？", Lang.ZH)
    assert not doubts("Should the council close the road?", Lang.EN)


def test_a_speakers_doubt_and_label_are_never_the_debated_proposition() -> None:
    text = (
        "看房记录\n\n"
        "小林：这套房朝南，采光一整天都好，价格也比隔壁小区低。\n\n"
        "老赵：一楼不是都很潮吗？\n\n"
        "小林：去年重新做了地面防潮，墙面一直是干的。\n\n"
        "老赵：物业说的能信吗？\n\n"
        "小林：您可以去问问邻居，这两年都没人报修过。\n"
    )
    graph = ingest_text(text, source="kanfang.txt", lang="zh")
    debated = [a.text for a in graph.of_type(Assumption) if a.origin is AssumptionOrigin.DEBATE]
    assert not any("老赵" in words or "潮" in words or "能信" in words for words in debated)
