"""A chat's question without its question mark, and a chat's closing courtesies.

A chat's messages seldom end in a question mark, yet "我们要不要换一家" asks one: a message line
of a conversation that asks a yes/no question by its form is read as the debated question
(`argkg.ingest.proposition.match_proposition`, ``said``; the forms are ``unmarked`` in the
questions data). A statement in a message, or a question form in an article's prose line, is no
such question. A message that closes the exchange with a good-night, a see-you or thanks to the
group is procedural (``procedural`` in the sides data): it argues nothing. A text message
thread's one-word labels ("Me:", "Dad:") that take turns over short lines are its speakers
(`argkg.ingest.turns`), so its lines are messages too.
"""

import pytest
from chat_texts import READING_GROUP_CHAT, turn_labels

from argkg.ingest import ingest_text
from argkg.ingest.pipeline import build_nlp
from argkg.ingest.proposition import match_proposition
from argkg.ingest.questions import asks_by_form
from argkg.ingest.sides import is_procedural
from argkg.schema import Assumption, Claim, Lang


def _debated(text: str, lang: Lang) -> list[str]:
    graph = ingest_text(text, source="chat.txt", lang=lang)
    return [a.text for a in graph.of_type(Assumption) if a.origin.value == "debate"]


def test_a_chat_export_s_unmarked_question_under_a_header_is_the_debated_question() -> None:
    text = READING_GROUP_CHAT
    (debated,) = _debated(text, Lang.ZH)
    assert "线上读书会" in debated


def test_a_stamped_message_s_unmarked_question_after_a_pause_is_the_debated_question() -> None:
    text = (
        "[19:40] 老王：物业费下月起涨两成 我们是不是该换一家物业公司\n"
        "[19:42] 小李：换吧 现在这家电梯坏了三次都没人管\n"
        "[19:45] 张姐：换物业要开业主大会 流程很麻烦\n"
        "[19:47] 小李：麻烦也比一直被坑强\n"
    )
    (debated,) = _debated(text, Lang.ZH)
    assert "换一家物业公司" in debated
    assert "涨两成" not in debated  # the pause before the question ends the news it reacts to


def test_an_english_message_that_opens_with_an_auxiliary_asks_the_debated_question() -> None:
    text = (
        "[02/05/2026, 18:01:10] Sam: should we cancel the camping trip this weekend\n"
        "[02/05/2026, 18:03:44] Ria: the forecast says storms all Saturday\n"
        "[02/05/2026, 18:04:02] Ben: it clears up by Sunday though\n"
        "[02/05/2026, 18:06:30] Ria: the campsite refunds up to Friday\n"
    )
    (debated,) = _debated(text, Lang.EN)
    assert "cancel the camping trip" in debated


@pytest.mark.parametrize(
    ("line", "lang", "said"),
    [
        ("我们还去不去", Lang.ZH, True),
        ("这样真的好吗", Lang.ZH, True),
        ("我支持换 反正我开车", Lang.ZH, False),
        ("are you still thinking of selling the boat", Lang.EN, True),
        ("Me: do we keep the old sofa", Lang.EN, True),
        ("we should cancel the trip", Lang.EN, False),
    ],
)
def test_a_message_asks_a_yes_no_question_by_its_form(line: str, lang: Lang, said: bool) -> None:
    assert asks_by_form(line, lang) is said


def test_an_unmarked_question_counts_only_in_a_message_line() -> None:
    line = "我们要不要换到城北那家店"
    assert match_proposition(line, Lang.ZH, heading=False) is None
    found = match_proposition(line, Lang.ZH, heading=False, said=True)
    assert found is not None and found.kind == "question" and "换到城北那家店" in found.proposition
    assert match_proposition("are you still thinking of selling the boat", Lang.EN, heading=False) is None
    asked = match_proposition("are you still thinking of selling the boat", Lang.EN, heading=False, said=True)
    assert asked is not None and "selling the boat" in asked.proposition
    stated = match_proposition("we should sell the boat", Lang.EN, heading=False, said=True)
    assert stated is None or stated.kind != "question"  # a statement asks nothing


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("好的，我汇总一下明天发群里，大家早点休息🌙", Lang.ZH),
        ("那就先这样，明天见", Lang.ZH),
        ("今天就聊到这，大家辛苦了", Lang.ZH),
        ("I'll post the minutes tomorrow, thanks all", Lang.EN),
        ("ok, night all", Lang.EN),
        ("cheers", Lang.EN),
        ("right, speak tomorrow", Lang.EN),
    ],
)
def test_a_chat_s_closing_courtesy_is_procedural(line: str, lang: Lang) -> None:
    assert is_procedural(line, lang)


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("城北那家店晚上太吵，孩子根本睡不好", Lang.ZH),
        ("we worked on the bid until late last night", Lang.EN),
    ],
)
def test_a_statement_that_mentions_the_night_argues_on(line: str, lang: Lang) -> None:
    assert not is_procedural(line, lang)


def test_a_closing_good_night_message_is_no_claim() -> None:
    text = (
        "[21:10] 阿强：周末团建要不要改成去爬山\n"
        "[21:12] 小美：爬山好 又便宜又能锻炼\n"
        "[21:13] 老周：上次爬山有两个人扭了脚\n"
        "[21:20] 阿强：好的，我明天统计一下人数，大家早点休息🌙\n"
    )
    graph = ingest_text(text, source="chat.txt", lang=Lang.ZH)
    assert not [c.text for c in graph.of_type(Claim) if "早点休息" in c.text]


def test_a_text_message_thread_s_one_word_labels_are_speakers_and_its_question_is_debated() -> None:
    text = (
        "Messages with Gran\n\n"
        "Me: are you still thinking of selling the piano\n"
        "Gran: yes love, nobody has played it in years\n"
        "Me: you taught all of us on it though\n"
        "Gran: I know but the room is too small for it now\n"
        "Me: ok I'll ask around\n"
    )
    assert turn_labels(text, Lang.EN) == ["Me", "Gran", "Me", "Gran", "Me"]
    (issue,) = build_nlp(Lang.EN)(text)._.argkg_issues
    assert "selling the piano" in issue.proposition


def test_a_list_of_short_fields_and_long_entries_is_no_message_thread() -> None:
    entry = "The figures come from the regional survey, which asked every household in the district " * 2
    text = "\n".join(
        f"{label}: {words}" for label, words in [("Claim", "It costs too much."), ("Check", entry)] * 3
    )
    assert turn_labels(text, Lang.EN) == []
