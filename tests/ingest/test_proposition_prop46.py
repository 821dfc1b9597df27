"""The debated proposition of a discussion that puts its question in a reported or embedded form,
and fragments a cue reads that name nothing debated (`argkg.ingest.proposition`). The texts are
written for these tests.

A question raised for the group ("有人提出，X要不要Y", "the budget, and whether we start X") is
what the replies weigh, where it comes before any view. A bare disposition ("Resolution:
Noted."), a modal with a bare verb ("we need to act") and a predicate whose subject was named
before ("本人认为缺乏依据") lean on what was said before and are never the proposition."""

import pytest

from argkg.ingest import ingest_text
from argkg.ingest.proposition import match_proposition
from argkg.schema import Assumption, AssumptionOrigin, Lang


@pytest.mark.parametrize(
    ("line", "lang", "words"),
    [
        ("有几位会员提出，年会要不要改到周末办，大家说说看。", Lang.ZH, "年会要改到周末办"),
        ("想跟大家商量一下是否取消周三的夜跑", Lang.ZH, "取消周三的夜跑"),
        (
            "Two things are on the agenda: the rota, and whether we start opening on Sundays.",
            Lang.EN,
            "we start opening on Sundays",
        ),
    ],
)
def test_a_question_raised_for_the_group_leads(line: str, lang: Lang, words: str) -> None:
    match = match_proposition(line, lang, heading=False)
    assert match is not None
    assert (match.kind, match.proposition, match.lead) == ("question", words, True)


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        # a whether-clause that reports what a test found, not a question put to the group
        ("The exam tested whether we understood the material.", Lang.EN),
        # "不是否定" is no whether-question
        ("大家讨论的这些问题不是否定夜市的理由。", Lang.ZH),
        # a question that a colon introduces is read as the question it is, not as its preface
        ("今天想请大家讨论一个问题：小区到底该不该装门禁？", Lang.ZH),
    ],
)
def test_no_question_raised_for_the_group(line: str, lang: Lang) -> None:
    match = match_proposition(line, lang, heading=False)
    assert match is None or not match.proposition.startswith(("一个问题", "we understood", "不是"))
    assert match is None or "问题：" not in match.proposition


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("Resolution: Noted.", Lang.EN),
        ("Resolution: Not accepted.", Lang.EN),
        ("Resolution: Accepted in principle.", Lang.EN),
        ("Since he runs the kitchen, I think we need to listen.", Lang.EN),
        ("这笔预算的测算口径过于乐观，本人认为缺乏充分依据。", Lang.ZH),
    ],
)
def test_a_fragment_is_never_the_proposition(line: str, lang: Lang) -> None:
    match = match_proposition(line, lang, heading=False)
    assert match is None or not match.fit


@pytest.mark.parametrize(
    ("line", "lang", "words"),
    [
        # an object of two characters or more names what is debated
        ("我支持涨价。", Lang.ZH, "支持涨价"),
        # a modal with its object states a proposition
        ("I think we need to close the car park.", Lang.EN, "we need to close the car park"),
    ],
)
def test_a_proposition_that_names_its_object_stays(line: str, lang: Lang, words: str) -> None:
    match = match_proposition(line, lang, heading=False)
    assert match is not None
    assert (match.proposition, match.fit) == (words, True)


def _debated(text: str, lang: Lang) -> list[str]:
    graph = ingest_text(text, source="chat.txt", lang=lang)
    return [a.text for a in graph.of_type(Assumption) if a.origin is AssumptionOrigin.DEBATE]


def test_a_chat_debates_the_question_its_opener_raises() -> None:
    text = (
        "读书会群聊\n\n"
        "20:01 会长：\n"
        "各位书友，有几位提出，读书会要不要改成每两周聚一次，大家发表意见。\n\n"
        "20:05 小周：\n"
        "每周一次太赶，书都读不完，两周正好。\n\n"
        "20:09 老陈：\n"
        "隔两周大家就忘了读到哪了，还是每周好。\n"
    )
    debated = _debated(text, Lang.ZH)
    assert any("改成每两周聚一次" in a for a in debated), debated
