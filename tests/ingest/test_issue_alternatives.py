"""A document's side from a clause in which the writer says which course they would rather see
taken ("I'd rather the money went on…", "Better to fix…", "我宁可…"): issue_side._other_course,
issue_terms.alternative, issues.yaml ``alternatives``. A course worded apart from the issue is
another course than the one the issue proposes, so the writer turns the issue's down; the texts
give reasons that share few words with the issue, so that before the clause was read their side
came from a loose vote over those reasons, which read them as for it."""

import pytest
from issue_support import text_side

from argkg.ingest.issue_side import _counters, _other_course
from argkg.ingest.issue_terms import alternative, similarity
from argkg.schema import IssueStance

KIOSKS = "Should councils put up free phone-charging kiosks in parks?"
SHUTTLE = "Should the museum run a free shuttle bus to the station?"
LUDENG = "小区应不应该在每栋楼下装充电桩？"


@pytest.mark.parametrize(
    ("text", "issue"),
    [
        (
            "Our parks already have two benches out of five broken and a café that closes at four. "
            "Charging kiosks in parks would be a nice photo for the council. "
            "I'd rather they mended the benches and kept the toilets open.",
            KIOSKS,
        ),
        (
            "Visitors to the museum mostly arrive by car, and the walk from the station takes ten "
            "minutes along the river. A shuttle bus would sit empty most of the day. "
            "Better to put up clear signs along the river path than pay a driver to wait.",
            SHUTTLE,
        ),
        (
            "我们楼里一共就三户有电动车，每栋楼下都装充电桩，物业费肯定要涨。"
            "我宁可大家凑钱在小区门口建一个集中车棚，统一管理。",
            LUDENG,
        ),
        (
            "I walk the dog in the park every morning, and my phone is often flat by nine. "
            "There are cheaper ways to keep a phone going, and a power bank costs a few pounds.",
            KIOSKS,
        ),
        (
            "Most visitors come in groups on a coach that drops them at the door. "
            "What the museum did last year instead was print a walking map for the station.",
            SHUTTLE,
        ),
        (
            "我们楼的电动车大多停在车棚，楼下地方本来就窄。我更希望物业把车棚的插座修好，按时开放。",
            LUDENG,
        ),
    ],
)
def test_a_preferred_course_worded_apart_from_the_issue_turns_it_down(text: str, issue: str) -> None:
    assert text_side(text, issue) is IssueStance.CON


@pytest.mark.parametrize(
    "clause",
    [
        "I'd rather they did.",  # points back at the issue: an answer, not another course
        "Would you rather walk?",  # asks
        "If it comes to that, I'd rather see benches mended.",  # a condition
        "邻居们宁愿把车推上楼充电",  # what others prefer, not the writer
        "Kiosks are better than nothing.",  # a comparison, no course preferred
    ],
)
def test_no_verdict_from_a_pointer_a_question_a_condition_or_another_voice(clause: str) -> None:
    assert _other_course(clause, KIOSKS, similarity) is None


def test_a_preferred_course_worded_like_the_issue_is_left_to_the_vote() -> None:
    clause = "I'd rather councils put up free phone-charging kiosks in parks than more signs."
    assert alternative(clause) == "councils put up free phone charging kiosks in parks"
    assert _other_course(clause, KIOSKS, similarity) is None


def test_the_preferred_course_stops_before_what_it_is_preferred_to() -> None:
    assert alternative("Honestly, we'd much rather see the buses run on time than new kiosks.") == (
        "see the buses run on time"
    )
    assert alternative("还不如把旧的修一修") == "把旧的修一修"
    assert alternative("The kiosks are fine.") is None


def test_another_way_and_a_course_taken_instead_are_preferred_courses() -> None:
    """Another way ("There are better ways to X") and a course taken instead ("What they did
    instead was Y") name a course in the issue's place; "Y instead of X" is a choice between two
    named courses (`preferred`), not a course of its own, and a clause that only ends on "instead"
    may tell what happened in its place."""
    assert alternative("There are better ways to help people charge phones.") == "help people charge phones"
    assert alternative("The fans drove to the away ground instead.") is None  # what happened
    assert alternative("What they did instead was lend out chargers.") == "lend out chargers"
    assert alternative("Put benches in instead of kiosks.") is None
    assert alternative("我更愿意自己带充电宝") == "自己带充电宝"


@pytest.mark.parametrize(
    ("text", "issue"),
    [
        (
            "The museum car park is full by ten on a Saturday, and the station is a ten-minute "
            "walk along the river. Most of our visitors are families with pushchairs. "
            "Spend the money on a proper footpath with lights.",
            SHUTTLE,
        ),
        (
            "Phones go flat fast in the park in winter, and parents in the park with small "
            "children need to call home. Mend the benches first.",
            KIOSKS,
        ),
    ],
)
def test_a_closing_call_for_another_course_turns_the_issue_down(text: str, issue: str) -> None:
    """A text that never words its question and closes on an imperative urging a course of its
    own (`_counters`) turns down the course the issue proposes."""
    assert text_side(text, issue) is IssueStance.CON


@pytest.mark.parametrize(
    "clause",
    [
        "Put up charging kiosks in every park.",  # urges the issue's own course, in its words
        "Do it.",  # points back at the proposal
        "Fix the benches?",  # asks
        "If you must spend it, fix the benches.",  # a condition
        "修好长椅再说",  # another language than the issue's wording
        "Ban dogs from the playground.",  # does away with something: acts on a matter, read by the vote
    ],
)
def test_no_counter_course_from_the_issue_itself_a_pointer_a_question_a_condition_or_a_language(
    clause: str,
) -> None:
    assert _other_course(clause, KIOSKS, similarity) is None


def test_a_counter_course_is_read_in_the_issue_language() -> None:
    assert _counters("Mend the benches first.", KIOSKS)
    assert not _counters("Mend the benches first.", "公园应不应该装免费充电桩？")
