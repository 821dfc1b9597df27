"""Texts read the wrong way round by a decision's verdict or a negated proposition the reading
missed: headings numbered in Roman numerals, a grievance decided like a complaint, a body's refusal
in its own words ("The board does not approve X", "方案不予通过"), and a negated proposition whose
subject carries its complements. The texts here are invented for these tests.
"""

import pytest
from claim_sides import claim_sides, side_containing
from decision_parts import part_reader

from argkg.ingest.decisions import Part, PartSide
from argkg.ingest.proposition import match_proposition
from argkg.ingest.sides import declared
from argkg.schema import Lang, Stance

#: An arbitration award whose headings are numbered in Roman numerals and whose parties' parts
#: are named by their position.
_AWARD = """IN THE MATTER OF AN ARBITRATION
between Harbour Bakeries Ltd. ("the Employer") and Bakers' Union, Branch 12 ("the Union")
Grievance of Tom Reyes: holiday pay

I. The grievance
The Union grieves that the Employer refused Mr Reyes three days of holiday pay in March. The Union asks that the three days be paid.

II. The Employer's position
The Employer says the holiday was booked after the rota closed. Its handbook sets the closing date in January.

III. The Union's position
The Union says the rota was never posted in the staff room. Nobody can be bound by a date they were never shown.

IV. Analysis
I accept that the handbook sets a closing date. A rule that is kept in a drawer binds nobody. The Employer could have posted the rota in a minute.

V. Award
The grievance is allowed. The three days shall be paid at the regular rate.
"""


def test_roman_numbered_headings_open_the_parts_of_an_award() -> None:
    part_of = part_reader(_AWARD, Lang.EN)
    assert part_of("booked after the rota closed") == PartSide(Part.ANSWERS, Stance.CON)
    assert part_of("never posted in the staff room") == PartSide(Part.ASKS, Stance.PRO)
    assert part_of("kept in a drawer") == PartSide(Part.DECIDES, Stance.PRO)  # the grievance allowed


def test_an_allowed_grievance_gives_each_party_its_side() -> None:
    sides = claim_sides(_AWARD, Lang.EN, "award.txt")
    assert side_containing(sides, "booked after the rota closed") is Stance.CON
    assert side_containing(sides, "never shown") is Stance.PRO
    assert side_containing(sides, "kept in a drawer binds nobody") is Stance.PRO
    assert side_containing(sides, "I accept that the handbook") is Stance.CON  # a point granted


#: A committee's review of an application, with a reviewer's report under its own caption.
_REVIEW = """Grants Committee
Application: a new minibus for the youth club

The applicant's case
The club asks for a grant towards a new minibus. Its old bus failed its test in May.

Public comment
One parent said the club had waited long enough.

Finance review
The finance officer notes that the club has reserves of its own.

Discussion
Members felt the club could hire a bus for its trips this year.

Decision
The committee does not approve the grant this year.
"""


def test_a_reviewers_or_the_publics_caption_ends_the_part_before_it() -> None:
    part_of = part_reader(_REVIEW, Lang.EN)
    assert part_of("failed its test") == PartSide(Part.ASKS, Stance.PRO)
    assert part_of("reserves of its own") is None
    assert part_of("waited long enough") is None  # the public's words, no party's
    assert part_of("hire a bus") == PartSide(Part.DECIDES, None)  # the body's, on the author's side


@pytest.mark.parametrize(
    ("sentence", "lang", "side"),
    [
        ("The committee does not approve the grant this year.", Lang.EN, Stance.CON),
        ("The board declined to adopt the new parking scheme.", Lang.EN, Stance.CON),
        ("The grievance is upheld.", Lang.EN, Stance.PRO),
        ("We cannot uphold this grievance.", Lang.EN, Stance.CON),
        ("该方案原则上不予通过，请修改后重新报审。", Lang.ZH, Stance.CON),
        ("对增设停车位，评审组多数意见不予认同。", Lang.ZH, Stance.CON),
        ("对于加收管理费的建议，我处经研究，拟不作调整。", Lang.ZH, Stance.CON),
    ],
)
def test_a_bodys_refusal_in_its_own_words_declares_con(sentence: str, lang: Lang, side: Stance) -> None:
    assert declared(sentence, lang) is side


def test_the_committee_approving_a_grant_declares_no_refusal() -> None:
    assert declared("The committee approves the grant for this year.", Lang.EN) is not Stance.CON


def test_a_negation_after_a_long_subject_turns_the_proposition() -> None:
    line = "We recommend that the transfer of the reading room to the annexe should not go ahead."
    match = match_proposition(line, Lang.EN, heading=False)
    assert match is not None
    assert match.proposition == "the transfer of the reading room to the annexe should go ahead"
    assert match.author is Stance.CON


#: A body's reply to a request, its own part headed by its view ("本机关意见").
_REPLY = """某区图书馆
关于延长开放时间申请的答复

一、申请内容及理由
您申请将周末闭馆时间延后到晚上九点。您认为，学生周末需要安静的自习场所。

二、本机关意见
本馆晚间人手不足，延长开放需要增加两名值班人员。
"""


def test_a_bodys_view_heading_opens_its_own_part() -> None:
    part_of = part_reader(_REPLY, Lang.ZH)
    assert part_of("学生周末需要") == PartSide(Part.ASKS, Stance.PRO)
    assert part_of("晚间人手不足") == PartSide(Part.DECIDES, None)
