"""Chinese statements whose benefit and harm words point two ways, read by what they claim (stop 45,
round 2, issue 9's sides).

A statement that says what a thing brings about ("X会使Y", "X导致Y") is judged by its effect Y: the
cause X names the thing judged, often in the proposal's own words ("提高", "增加"), which are no
benefit the statement claims. So does an opening condition that puts the proposal's own course
("如果将票价提高到80元，…"): what follows is what it would bring, a cost against it even where a present
word gives the circumstances ("在当前收入水平下难以承受"), a benefit for it.
"""

import pytest
from claim_sides import claim_sides, side_containing

from argkg.ingest.sides import evaluation
from argkg.ingest.voices import prospect_side, target_side
from argkg.schema import Lang, Stance


@pytest.mark.parametrize(
    ("sentence", "score"),
    [
        ("提高门票价格会使游客流失，也不公平。", -1),  # the cause's 提高 is not counted
        ("降低门槛会导致质量下降。", -1),  # nor the cause's 降低
        ("扩建停车场将使出行更便利。", 1),
        ("噪音污染导致居民投诉。", -1),  # an effect with no evaluation word: the whole statement
        ("提高门票价格不公平。", 0),  # no verb of cause: both words count
    ],
)
def test_a_statement_of_what_a_thing_brings_about_is_judged_by_its_effect(sentence: str, score: int) -> None:
    assert evaluation(sentence, Lang.ZH) == score


def test_a_partys_warning_of_the_effect_of_the_proposal_argues_against_it() -> None:
    text = (
        "关于提高博物馆门票价格的讨论纪要\n\n"
        "议题：是否提高博物馆门票价格\n\n"
        "运营部主张提高门票价格。运营部认为，提高门票价格可以补足维护经费的缺口。\n\n"
        "同时，宣传部认为，大幅提高门票价格会使本地家庭产生不公平感。\n\n"
        "会议决定：下月再议。\n"
    )
    sides = claim_sides(text, Lang.ZH, "minutes.txt")
    assert side_containing(sides, "运营部主张提高") is Stance.PRO
    assert side_containing(sides, "会使本地家庭") is Stance.CON


_FARE = "提高博物馆门票价格"


@pytest.mark.parametrize(
    ("sentence", "side"),
    [
        ("如果将门票价格提高到80元，游客每年需多付约两百万元，在当前收入水平下难以承受。", Stance.CON),
        ("如果提高门票价格，就能改善展厅的维护。", Stance.PRO),
        ("一旦提高门票价格，很多家庭就吃不消了。", Stance.CON),
        ("如果不提高门票价格，维护经费就会不足。", None),  # a condition on the way things are
        ("如果继续现行的门票价格，维护经费会不足。", None),  # the present course, not the proposal's
        ("如果天气好，游客就多。", None),  # a condition that names nothing of the proposal
    ],
)
def test_what_a_proposed_course_is_said_to_bring_takes_its_side(sentence: str, side: Stance | None) -> None:
    assert prospect_side(sentence, Lang.ZH, _FARE) is side


def test_a_proposed_condition_names_the_course_and_claims_no_benefit() -> None:
    sentence = "如果将门票价格提高到80元，在当前收入水平下难以承受。"
    assert target_side(sentence, Lang.ZH, _FARE) is None
    assert target_side("提高门票价格能改善展厅的维护。", Lang.ZH, _FARE) is Stance.PRO
