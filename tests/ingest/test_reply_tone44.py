"""A contribution that opens with a plain judgement argues that side (stop 44, issue 9's sides,
`argkg.ingest.sides.tone_side`, `argkg.ingest.claims._leanings`).

In a thread of replies or a letters page each contribution is a voice of its own. Of the English
gold con statements read pro on sets 1-26, many sit in a reply that declares no side in so many
words but opens with a harsh judgement of the proposal ("A blanket ban hits the wrong people."):
the whole reply took the side of whoever started the thread. Only under a contributor's header
line (a byline: "Reply from X · Mon 13:52"), not in a report's sections; not for the author's own
contribution, nor for a mild or unread tone.
"""

import pytest
from claim_sides import claim_sides, side_containing

from argkg.ingest.sides import Statement, byline, tone_side
from argkg.schema import Lang, Stance

THREAD = (
    "Year 9 Citizenship · Discussion Board\n"
    'Prompt (posted by Mr J. Hale): Take a position on this claim: "The school should ban phones in '
    'lessons." Reply to each other as well.\n\n'
    "Thread started by Ana Ruiz · Mon 09:00\n"
    "Phones belong out of the classroom. Pupils who keep them on the desk check them every few "
    "minutes, and the ones around them lose focus too.\n\n"
    "Reply from Ben Cole · Mon 11:20\n"
    "A blanket ban is an insulting, heavy-handed answer. Some pupils use their phone as a "
    "calculator or a reading aid. They would be left behind.\n"
)


def test_a_reply_that_opens_harshly_argues_against() -> None:
    sides = claim_sides(THREAD, Lang.EN)
    assert side_containing(sides, "insulting, heavy-handed") is Stance.CON
    assert side_containing(sides, "calculator or a reading aid") is Stance.CON


def test_the_author_post_keeps_its_side() -> None:
    sides = claim_sides(THREAD, Lang.EN)
    assert side_containing(sides, "Phones belong out of the classroom") is Stance.PRO
    assert side_containing(sides, "lose focus too") is Stance.PRO


def _statement(text: str, direction: int = 1) -> Statement:
    return Statement(text=text, paragraph=0, opponent=False, heading=None, direction=direction)


def test_tone_side_reads_plain_judgements_only() -> None:
    assert tone_side(_statement("A total ban is a terrible, unfair idea."), Lang.EN) is Stance.CON
    assert tone_side(_statement("What a great, welcome idea."), Lang.EN) is Stance.PRO
    assert tone_side(_statement("The meeting is on Tuesday at nine."), Lang.EN) is None
    # the proposition does away with what the statement praises: against it
    assert tone_side(_statement("Phones are a great help in lessons.", direction=-1), Lang.EN) is Stance.CON
    assert tone_side(_statement("这个办法很糟糕。"), Lang.ZH) is None  # VADER reads no Chinese


@pytest.mark.parametrize(
    "line",
    [
        "Reply from Tom Beckett · Mon 13:52",
        "Posted by jo_k · 14 Feb",
        "sam.b · 3 Jun · ▲41",
        "Dev P. · 41 helpful",
        "Tutor comment (Dr. A. Lee) · Fri 16:00",
    ],
)
def test_a_contributors_header_is_a_byline(line: str) -> None:
    assert byline(line, Lang.EN)


@pytest.mark.parametrize(
    "line",
    [
        "Background",
        "What we heard against",
        "Date: 14 November",
        "Poll results: Yes 52 · No 31 · Not bothered 9",
        "Reply to classmates as well.",
    ],
)
def test_a_section_heading_or_a_field_is_no_byline(line: str) -> None:
    assert not byline(line, Lang.EN)


def test_the_authors_own_sections_are_no_contributions() -> None:
    # the same words under section headings, no contributor's header line: the author's own text
    report = THREAD.replace("Thread started by Ana Ruiz · Mon 09:00", "Our view").replace(
        "Reply from Ben Cole · Mon 11:20", "Practical points"
    )
    assert side_containing(claim_sides(report, Lang.EN), "insulting, heavy-handed") is Stance.PRO
