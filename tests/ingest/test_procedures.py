"""A procedure, a time limit and a working instruction argue for neither side (stop 43).

How and by when something is done ("Objections must reach the clerk within 14 days", "如对本决定
不服，可于十五日内申请复议"), a member's allowance under the rules ("Each candidate has four
minutes") and a working instruction ("Check the tyres before each trip") tell the reader how
things go whoever wins: inside a region that argues they read neutral where only their place gave
them a side (`argkg.ingest.sides.sets_procedure`, `argkg.ingest.sides.instructs`), unless the
statement evaluates, turns a contrast, or (an instruction) speaks of what is debated.
"""

import pytest

from argkg.ingest.sides import Statement, assign_sides, instructs, sets_procedure
from argkg.schema import Lang, Stance

PRO, CON, NEUTRAL = Stance.PRO, Stance.CON, Stance.NEUTRAL


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Written objections must reach the parish clerk within 14 days of this notice.", Lang.EN),
        ("Nomination forms must be returned by noon on Friday 6 March.", Lang.EN),
        ("Please send your vote to the treasurer before the 12th.", Lang.EN),
        ("If you are unhappy with this reply, you may ask the ombudsman for a review.", Lang.EN),
        ("Each candidate has four minutes to speak.", Lang.EN),
        ("Only paid-up members may vote at the meeting.", Lang.EN),
        ("Hut fees are due on the 15th, in cash to the warden.", Lang.EN),
        ("参赛队如对裁定有异议，可在成绩公布后三日内向组委会书面申诉。", Lang.ZH),
        ("如有异议，请于本月20日前向居委会书面反映。", Lang.ZH),
        ("请于周五前将回执交到班主任处。", Lang.ZH),
        ("活动结束后三日内在公告栏公布全部账目。", Lang.ZH),
    ],
)
def test_a_procedure_or_its_time_limit_is_set_out(sentence: str, lang: Lang) -> None:
    assert sets_procedure(sentence, lang)


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("The council must act within six months, or the harbour wall will fail.", Lang.EN),
        ("Prices may rise by 20% next year.", Lang.EN),
        ("Within three weeks the queues were back, just as bad as before.", Lang.EN),
        ("Each speaker has a right to be heard, but this meeting has been a farce.", Lang.EN),
        ("I think members should vote by the 12th.", Lang.EN),
        ("但如对本决定不服，可以申请复议，这一点本会早已说明。", Lang.ZH),
    ],
)
def test_what_argues_sets_out_no_procedure(sentence: str, lang: Lang) -> None:
    assert not sets_procedure(sentence, lang)


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Never leave the urn switched on overnight.", Lang.EN),
        ("Please wear gloves when handling the traps.", Lang.EN),
        ("Spare keys must be kept in the office safe.", Lang.EN),
        ("摊主不得占用消防通道。", Lang.ZH),
    ],
)
def test_a_working_instruction_instructs(sentence: str, lang: Lang) -> None:
    assert instructs(sentence, lang)


@pytest.mark.parametrize(
    "sentence",
    [
        "但根据有关规定，商户不得在门前堆放货物，这一做法应当纠正。",
        "守则里写着“教练不得辱骂学员”，他已经违反了。",
        "学校应不得收取任何费用。",
    ],
)
def test_a_prohibition_argued_quoted_or_urged_is_no_instruction(sentence: str) -> None:
    assert not instructs(sentence, Lang.ZH)


def test_a_bare_imperative_instructs_only_in_a_run() -> None:
    sentence = "Check that the gas bottle is closed before you leave the van."
    assert not instructs(sentence, Lang.EN)
    assert instructs(sentence, Lang.EN, run=True)


@pytest.mark.parametrize(
    "sentence",
    [
        "Keep the late bus, but cut the Sunday service.",
        "Check the figures yourself: the new rota is unfair and wasteful.",
        "Wardens report that the path is badly eroded.",
    ],
)
def test_what_argues_or_reports_is_no_instruction(sentence: str) -> None:
    assert not instructs(sentence, Lang.EN)


def _statements(texts: list[str], *, about: tuple[int, ...] = ()) -> list[Statement]:
    return [
        Statement(text=t, paragraph=0, opponent=False, heading=None, about=i in about)
        for i, t in enumerate(texts)
    ]


def test_a_time_limit_inside_an_arguing_paragraph_is_neutral() -> None:
    texts = [
        "We should move the club night to Thursdays.",
        "Half the members work on Friday evenings.",
        "Replies must reach the secretary by noon on Monday.",
    ]
    assert assign_sides(_statements(texts), Lang.EN, author=PRO, reporting=False, debated=True) == [
        PRO,
        PRO,
        NEUTRAL,
    ]


def test_an_appeal_line_under_a_decision_s_side_is_neutral() -> None:
    texts = [
        "本会决定不予批准该申请。",
        "该地块已列入绿地规划。",
        "如对处理意见不满意，摊主可在收到意见后十日内向街道申请复查。",
    ]
    statements = [Statement(text=t, paragraph=0, opponent=False, heading=CON) for t in texts]
    assert assign_sides(statements, Lang.ZH, author=CON, reporting=False, debated=True)[2] is NEUTRAL


def test_an_instruction_on_the_debated_thing_keeps_its_side() -> None:
    texts = [
        "We should keep the evening ferry.",
        "The last boat is the only way home for shift workers.",
        "Check the evening timetable before you vote.",
        "Keep the evening ferry running all winter.",
    ]
    statements = _statements(texts, about=(0, 2, 3))
    sides = assign_sides(statements, Lang.EN, author=PRO, reporting=False, debated=True)
    assert sides[3] is PRO
    assert sides[2] is PRO
    work = ["Check the tyre pressures before each trip.", "Never leave the cabin door unlatched."]
    plain = _statements([*texts[:2], *work], about=(0,))
    assert assign_sides(plain, Lang.EN, author=PRO, reporting=False, debated=True)[2:] == [NEUTRAL, NEUTRAL]
    alone = _statements([*texts[:2], "Bring the late boat back into service."], about=(0,))
    assert assign_sides(alone, Lang.EN, author=PRO, reporting=False, debated=True)[2] is PRO
