"""Chinese statements whose benefit and harm words point two ways, read by what they claim (stop 45,
round 2, issue 9's sides).

A statement that says what a thing brings about ("X会使Y", "X导致Y") is judged by its effect Y: the
cause X names the thing judged, often in the proposal's own words ("提高", "增加"), which are no
benefit the statement claims.
"""

import pytest
from claim_sides import claim_sides, side_containing

from argkg.ingest.sides import evaluation
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

