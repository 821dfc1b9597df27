"""Chinese statements that argue against, read against (stop 44, issue 9's sides).

A Chinese text most often gives the case against in words that name no side: the section it
stands in ("二、反对或有顾虑的主要意见"), a part of the public it reports ("部分家长认为…",
"有意见提出…"), a meeting member who refuses to touch the thing put ("代表X（三组）：晒谷场不能动。"),
a reviewer who advises waiting ("建议暂缓"). Each of these reads con, and what answers it reads
the author's side again.
"""

import pytest
import spacy
from claim_sides import claim_sides, side_containing

import argkg.ingest.dialectic  # noqa: F401  (registers the factories)
from argkg.ingest.sides import declared, evaluation, heading_side
from argkg.schema import Lang, Stance

PRO, CON = Stance.PRO, Stance.CON


@pytest.mark.parametrize(
    ("title", "side"),
    [
        ("一、支持的主要理由", PRO),
        ("二、反对或有顾虑的主要意见", CON),
        ("（二）反对和疑虑的具体意见", CON),
        ("（二）反对或担忧的意见", CON),
        ("三、采纳情况", None),
        ("二、主要意见", None),  # no side named
    ],
)
def test_a_consultation_heading_with_a_qualifier_still_names_its_side(
    title: str, side: Stance | None
) -> None:
    assert heading_side(title, Lang.ZH) is side


def _opponents(text: str) -> list[bool]:
    """Per sentence of ``text``, whether the dialectic component reads it as the other side's."""
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    for name in ("sentencizer", "argkg_entities", "argkg_attribution", "argkg_dialectic"):
        nlp.add_pipe(name)
    return [role.opponent for role in nlp(text)._.argkg_dialectic]


@pytest.mark.parametrize(
    ("sentence", "opponent"),
    [
        ("部分家长认为，午休时间缩短后孩子下午会犯困。", True),
        ("少数委员质疑，这笔钱够不够用。", True),
        ("个别商户担心客流会减少。", True),
        ("也有意见提出，改造期间老人出行不便。", True),
        ("另有观点认为，应当先做试点。", True),
        ("大部分家长认为新作息更合理。", False),  # a majority, no objection
        ("部分路段已经完成改造。", False),  # a part, but nobody's view
    ],
)
def test_a_part_of_the_public_or_an_unnamed_opinion_voices_the_other_side(
    sentence: str, opponent: bool
) -> None:
    assert _opponents(sentence)[0] is opponent


def test_a_drafters_note_reports_objections_and_answers_them() -> None:
    text = (
        "关于调整社区食堂开放时间的说明\n\n"
        "一、调整的必要性\n"
        "社区食堂目前只在中午开放，上班的年轻人和晚上才有空的老人都吃不上，去年有四百多人次反映过。"
        "我们建议把开放时间延长到晚上七点。\n\n"
        "二、征求意见中的主要分歧\n"
        "部分志愿者认为，晚上值班的人手不够，延长后每人每周要多排两个班。\n"
        "我们认为，这个问题可以通过招募退休居民解决，目前已有十二人报名。\n"
        "也有意见提出，晚市的菜品备料会增加浪费。\n"
        "经测算，按预订量备餐后，每天剩余不超过五份。\n"
    )
    sides = claim_sides(text, Lang.ZH, "note.txt")
    assert side_containing(sides, "每人每周要多排两个班") is CON
    assert side_containing(sides, "晚市的菜品备料会增加浪费") is CON
    assert side_containing(sides, "招募退休居民解决") is PRO


def test_a_meeting_member_labelled_by_seat_keeps_the_side_they_refused_on() -> None:
    text = (
        "河湾村村民代表会议记录\n"
        "时间：2026年5月6日晚7时　　地点：村委会会议室\n\n"
        "议题：是否把村东的老鱼塘填平，建成村级物流点\n\n"
        "主任周国强（介绍情况）：物流点建起来，快递不用再去镇上取，村里网店的货也能当天发走。\n\n"
        "代表孙长林（四组）：老鱼塘不能填。这口塘是全村排涝的出口，填了以后一下暴雨，东头十几户就要进水。\n\n"
        "代表郑玉芳（二组）：我支持建。现在取个快递来回要一个钟头，老人根本跑不动。\n\n"
        "代表孙长林：物流点换个地方也能建，排涝的塘可没地方换。\n"
    )
    sides = claim_sides(text, Lang.ZH, "minutes.txt")
    assert side_containing(sides, "老鱼塘不能填") is CON
    assert side_containing(sides, "东头十几户就要进水") is CON
    assert side_containing(sides, "我支持建") is PRO
    assert side_containing(sides, "排涝的塘可没地方换") is CON


@pytest.mark.parametrize(
    ("sentence", "side"),
    [
        ("建议暂缓，等配套资金落实后再报。", CON),
        ("综合来看，建议暂不推行。", CON),
        ("建议尽快推行。", None),
    ],
)
def test_advice_to_wait_declares_against(sentence: str, side: Stance | None) -> None:
    assert declared(sentence, Lang.ZH) is side


@pytest.mark.parametrize(
    ("sentence", "score"),
    [
        ("我还是觉得没必要。", -1),
        ("一刀切地收费既不必要，也难以执行。", -2),  # not needed, and hard to carry out
        ("为这点小事犯不着。", -1),
        ("不是没有必要，是时候未到。", 1),  # denied: a negator just before the word flips it
    ],
)
def test_saying_a_thing_is_not_needed_evaluates_against_it(sentence: str, score: int) -> None:
    assert evaluation(sentence, Lang.ZH) == score
