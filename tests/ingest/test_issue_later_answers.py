"""The writer's answer to a question the text asks, or only reports, read where a crowd text
gives it: after the story it tells, in the sentence after a reported question, after a clause
that announces it, or closing a clause on "I say" (issue_side: `_answered`, `_reported`,
`_bare_reply`, `_answer_to`, `_closing_answer`). Read as a stated side (`stated_side`), not left
to the loose vote of the reasons. The texts are invented."""

import pytest

from argkg.ingest import ingest_text
from argkg.ingest.issue_side import _bare_reply, stated_side
from argkg.schema import IssueStance

EN_ISSUE = "Should councils paint cycle lanes green?"
ZH_ISSUE = "图书馆应该通宵开放"


def stated(text: str, issue: str) -> IssueStance | None:
    """The side ``text``, ingested on its own, states on ``issue`` (None: it states none)."""
    return stated_side(ingest_text(text, source=f"{hash(text)}.txt").document, issue)


@pytest.mark.parametrize(
    "answer",
    [
        "Yes, they should have painted ours before the winter.",
        "Yes, and they should start with the school routes.",
    ],
)
def test_a_question_is_answered_by_a_bare_answer_after_the_story(answer: str) -> None:
    text = (
        "Should councils paint cycle lanes green? I ride to the hospital at six every morning. "
        f"The lane on Mill Road is grey and vans park on it. {answer}"
    )
    assert stated(text, EN_ISSUE) is IssueStance.PRO


def test_a_reported_question_is_answered_by_the_next_sentence() -> None:
    text = (
        "Pupils on my cycling course want to know whether councils should paint cycle lanes green. "
        "I think they should. Riders feel safer."
    )
    assert stated(text, EN_ISSUE) is IssueStance.PRO


def test_a_later_question_takes_the_answer_after_it() -> None:
    text = (
        "Should councils paint cycle lanes green? I ride to the hospital at six every morning. "
        "Is anyone at the town hall listening? No, not one of them."
    )
    assert stated(text, EN_ISSUE) is None


@pytest.mark.parametrize(
    ("text", "side"),
    [
        (
            "Should councils paint cycle lanes green? Green paint turns to glass on a wet morning, which is why I say no. "
            "Riders need kerbs.",
            IssueStance.CON,
        ),
        (
            "Should councils paint cycle lanes green? Drivers drift into grey lanes at our junction, which is "
            "why I say yes. Riders feel safer.",
            IssueStance.PRO,
        ),
    ],
)
def test_a_clause_that_closes_on_i_say_is_the_writers_answer_now(text: str, side: IssueStance) -> None:
    assert stated(text, EN_ISSUE) is side


def test_an_answer_announced_in_a_clause_of_its_own_is_read_whatever_its_words() -> None:
    text = "总有新生来问：图书馆应不应该通宵开放？我的回答是，不要通宵开。夜里值班的人太少。"
    assert stated(text, ZH_ISSUE) is IssueStance.CON


@pytest.mark.parametrize(
    ("sentence", "answer"),
    [
        ("Yes, they should, and soon.", 1),
        ("It would cost less, so no, leave them.", -1),
        ("I say no.", -1),
        ("我觉得不应该。", -1),
        ("No one asked the riders.", None),
        ("That is true of every lane.", None),
        ("Drivers notice green lanes.", None),
    ],
)
def test_only_a_whole_answer_clause_answers_from_afar(sentence: str, answer: int | None) -> None:
    assert _bare_reply(sentence) == answer
