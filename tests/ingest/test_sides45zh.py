"""Chinese statements that argue against in words that name no side, read against (stop 45,
issue 9's sides).

A decision-maker declines a proposal after weighing it ("综合考虑，现阶段暂不…"); a party named in a
report refuses the course put ("财务部不同意大规模扩招"); a statement says the proposal can hardly be
done or borne ("费用难以承受"), what it leaves uncertain or open to abuse ("存在不确定性",
"规则有漏洞"). Each of these reads con.
"""

import pytest
from claim_sides import claim_sides, side_containing

from argkg.ingest.sides import declared, evaluation, informs, voices
from argkg.schema import Lang, Stance

PRO, CON = Stance.PRO, Stance.CON


@pytest.mark.parametrize(
    ("sentence", "side"),
    [
        ("综合考虑，现阶段暂不调整收费标准。", CON),
        ("经综合研判，今年暂不扩大试点范围。", CON),
        ("综合考虑，同意按方案实施。", None),  # a decision that grants declares nothing here
        ("综合考虑，现阶段暂不具备条件。", CON),
    ],
)
def test_a_decision_maker_declining_after_weighing_it_declares_against(
    sentence: str, side: Stance | None
) -> None:
    assert declared(sentence, Lang.ZH) is side


def _first_side(sentence: str) -> Stance | None:
    found = voices(sentence, Lang.ZH)
    return found[0][1] if found else None


@pytest.mark.parametrize(
    ("sentence", "side"),
    [
        ("财务部不同意大规模扩招。", CON),
        ("家里不同意转学。", CON),
        ("近六成的住户不同意搬迁。", CON),
        ("校方也明确反对。", CON),
        ("老周不同意“大家都会吃亏”的说法。", None),  # a refusal of what a person said, not of the course
        ("评委王某不同意上述意见。", None),
        ("会上也有不同意见。", None),  # differing views, no refusal
        ("对不同意搬迁的住户，另行安置。", None),  # what is done about those who refuse
        ("但我不赞成全部搬迁。", None),  # the speaker's own refusal: declared, no voice
        ("但不同意全部搬迁。", None),
    ],
)
def test_a_partys_refusal_of_the_course_it_names_voices_against(sentence: str, side: Stance | None) -> None:
    assert _first_side(sentence) is side


@pytest.mark.parametrize(
    ("sentence", "score"),
    [
        ("按现在的人手，夜班难以安排。", -1),
        ("新项目的销路存在不确定性。", -1),
        ("这套规则漏洞不少。", -1),
        ("这笔开销并不难安排。", 0),  # "难" alone is no harm word: only "难以"
        ("这是以前学生很难体会到的。", 0),  # "很难" as often tells what a change made possible at last
    ],
)
def test_what_can_hardly_be_done_or_is_left_uncertain_evaluates_against(sentence: str, score: int) -> None:
    assert evaluation(sentence, Lang.ZH) == score


@pytest.mark.parametrize(
    ("sentence", "only_informs"),
    [
        ("本报告仅供内部决策参考，不得用于其他目的。", True),
        ("本方案尚需报请市政府批准。", True),
        ("这个方案仅供参考，我认为应该缓一缓。", False),  # the author's view follows
    ],
)
def test_a_documents_note_on_its_own_use_or_a_step_still_to_come_only_informs(
    sentence: str, only_informs: bool
) -> None:
    assert informs(sentence, Lang.ZH) is only_informs


def test_a_department_that_refuses_the_course_in_minutes_argues_against_it() -> None:
    text = (
        "关于增开夜班公交的讨论纪要\n\n"
        "议题：是否增开夜班公交线路\n\n"
        "运营部主张增开两条夜班线路。运营部认为，夜班职工下班后打不到车，增开线路可以方便他们回家。\n\n"
        "财务部不同意增开夜班线路。财务部认为，每年需增加运营费用约两百万元，在当前预算下难以安排。\n\n"
        "会议决定：下月再议。\n"
    )
    sides = claim_sides(text, Lang.ZH, "minutes.txt")
    assert side_containing(sides, "运营部主张增开") is PRO
    assert side_containing(sides, "财务部不同意增开") is CON
    assert side_containing(sides, "难以安排") is CON
