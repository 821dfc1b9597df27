"""What a statement says the proposal will bring argues against it (stop 31, `prospect_side`).

The other side's case is mostly stated without a marker, as a consequence of the proposal: a
cost it adds, a lack it runs into, no way back. The side that wants the change states the
present problem in words just as negative. The proposal's modality or condition ("would",
"once we", "一旦", "就会") tells the two apart, not the harm; a condition that the proposal does
not go ahead ("otherwise", "否则"), a counterfactual, a comparison, a refusal or a habit keeps
the harm with the status quo.
"""

import pytest

from argkg.ingest.sides import Statement, assign_sides
from argkg.ingest.voices import prospect_side
from argkg.schema import Lang, Stance

PRO, CON = Stance.PRO, Stance.CON


@pytest.mark.parametrize(
    ("sentence", "lang", "proposition"),
    [
        ("The new boiler would add another £700 a year to the running costs.", Lang.EN, "replace the boiler"),
        (
            "Once the orchard is cleared there is no bringing the old trees back.",
            Lang.EN,
            "build the car park",
        ),
        ("We would have to hire a qualified driver before the first trip.", Lang.EN, "buy a minibus"),
        ("Nobody would be left trained to run the kiln.", Lang.EN, "open a pottery studio"),
        ("一旦拆了，老街的样子就回不去了。", Lang.ZH, "拆除老街"),
        ("调价以后每户每年还得多掏三百块。", Lang.ZH, "调整停车费"),
        ("路修好了，外面的货车就会开进来，到时候还得再花钱修。", Lang.ZH, "硬化村道"),
    ],
)
def test_a_cost_loss_or_lack_the_proposal_would_bring_argues_against_it(
    sentence: str, lang: Lang, proposition: str
) -> None:
    assert prospect_side(sentence, lang, proposition) is CON


def test_on_a_proposition_that_keeps_things_the_cost_argues_for_it() -> None:
    assert prospect_side("It would add £900 a year in fees.", Lang.EN, "keep the current boiler") is PRO


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("The roof leaks and the hall lost three bookings last winter.", Lang.EN),  # the present problem
        ("Otherwise the pipes will burst again this winter.", Lang.EN),  # the status quo's harm
        ("If we do nothing, the costs will keep rising.", Lang.EN),
        ("Had the gate been in place, the damage would have been small.", Lang.EN),  # a counterfactual
        ("It would cost less than another year of repairs.", Lang.EN),  # a comparison
        ("We won't do that: it would mean twice the paperwork.", Lang.EN),  # a refusal of another option
        ("Whenever it rains the yard will flood.", Lang.EN),  # a habit of the present
        ("It would save the club money.", Lang.EN),  # a benefit
        ("But it would cost another £500.", Lang.EN),  # a contrast opener: the discourse reads it
        ("不修的话，孩子们每天还得踩着泥走。", Lang.ZH),
        ("猫会抓沙发，也会掉毛。", Lang.ZH),  # a bare 会 states a habit, not the proposal's future
        ("每次下雨院子都会积水。", Lang.ZH),
        ("目前每年还要多花两万块维修。", Lang.ZH),  # the present state: `present_side` reads it
        ("这样一来，大家的顾虑就没了。", Lang.ZH),  # a harm that goes away
    ],
)
def test_what_the_proposal_would_not_bring_takes_no_side_here(sentence: str, lang: Lang) -> None:
    assert prospect_side(sentence, lang, "replace the old boiler") is None


def test_no_proposition_no_prospect() -> None:
    assert prospect_side("It would add another £700 a year.", Lang.EN, None) is None


def test_a_prospect_takes_its_side_over_its_place_and_does_not_carry_it_on() -> None:
    texts = [
        "The hall is freezing every January.",
        "A new heating system would add £800 a year to the bills.",
        "The toddler group cancelled twice.",
    ]
    statements = [
        Statement(
            text=t,
            paragraph=0,
            opponent=False,
            heading=None,
            prospect=prospect_side(t, Lang.EN, "new heating"),
        )
        for t in texts
    ]
    sides = assign_sides(statements, Lang.EN, author=PRO, reporting=False, argued=True)
    assert sides == [PRO, CON, PRO]
