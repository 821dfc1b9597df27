"""English conclusions records state in their own constructions (stop 45, round 2).

An advising body's advice ("The committee advises the council that X"), a ruling body's judgment
stated with "is that" ("The decision of the board, by a majority, is that X"), how a ruling was
reached ("The decision is unanimous"), a recommendation kept after an answer ("We maintain our
recommendation that X"), a decision letter's outcome broken to its addressee ("We regret to inform
you that X"), a matter declared settled ("that's settled from May") and a closing hope that the
deciders act ("I hope the board will reconsider X") conclude. A closing courtesy ("I hope you will
visit again") does not.

The texts below are invented for these tests.
"""

from concluded import conclusion_texts

from argkg.schema import Lang


def test_an_advising_bodys_advice_and_how_it_was_reached_conclude() -> None:
    text = (
        "Advice on the loan of the harbour painting\n\n"
        "The gallery in Tavira asked to borrow the painting for a year. The frame is fragile and the "
        "canvas was cleaned in 2019.\n\n"
        "The committee advises the trustees that the loan should go ahead with a climate-controlled case.\n"
        "The committee further advises that a conservator travel with the painting.\n"
        "The advice is unanimous.\n"
    )
    found = conclusion_texts(text, Lang.EN)
    assert any("the loan should go ahead" in c for c in found)
    assert any("a conservator travel with the painting" in c for c in found)


def test_a_ruling_bodys_judgment_is_that() -> None:
    text = (
        "Appeal of the Harbour Sailing Club against the county league\n\n"
        "The decision of the board, by a majority, is that the club keeps its points from the March race.\n\n"
        "The league moved the start line without notice. Two boats sailed the old course.\n\n"
        "The league should publish any change to a course a week ahead.\n"
    )
    assert any("the club keeps its points" in c for c in conclusion_texts(text, Lang.EN))


def test_a_recommendation_kept_after_the_answer_concludes() -> None:
    text = (
        "Review of the town's parking permits\n\n"
        "The council's reply says that permit prices cannot change before 2028. We do not accept that: the "
        "scheme's own rules allow a yearly review. We maintain our recommendation that permits for second cars "
        "cost more than the first.\n\n"
        "Appendix: the figures used\n\n"
        "Permits issued in 2026: 4,120.\n"
    )
    assert any("We maintain our recommendation that permits" in c for c in conclusion_texts(text, Lang.EN))


def test_a_decision_letters_outcome_concludes() -> None:
    text = (
        "Dear Ms Okafor,\n\n"
        "Thank you for applying to the summer arts fund. We received 52 applications for six grants. "
        "We regret to inform you that your mural project was not selected this year. The panel liked the "
        "design but found the budget for the scaffolding too low.\n\n"
        "You are welcome to apply again in the autumn round.\n\n"
        "Yours sincerely,\nThe Fund Secretary\n"
    )
    assert any("your mural project was not selected" in c for c in conclusion_texts(text, Lang.EN))


def test_a_matter_declared_settled_concludes() -> None:
    text = (
        "Allotment group\n\n"
        "Mina: The water butts keep running dry in July. Paul and Ade have offered to fill them on "
        "Tuesdays and Fridays. Unless anyone minds, that's settled from next month.\n\n"
        "Paul: Fine by me.\n"
    )
    assert any("that's settled from next month" in c for c in conclusion_texts(text, Lang.EN))


def test_a_closing_hope_that_the_deciders_act_concludes_a_courtesy_does_not() -> None:
    letter = (
        "Dear Governors,\n\n"
        "The new rule sends pupils home when they forget their tie. Last term 30 pupils lost a morning of "
        "lessons for it, most of them in Year 7.\n\n"
        "I hope the board will reconsider the rule at its next meeting.\n\n"
        "Yours faithfully,\nA parent\n"
    )
    reply = (
        "Thank you for your review. We are sorry the lift was out of order on your visit; it was repaired "
        "the next day, and a ramp now serves the side door.\n\n"
        "I hope you will visit again in the spring.\n"
    )
    assert any("I hope the board will reconsider the rule" in c for c in conclusion_texts(letter, Lang.EN))
    assert not any("visit again" in c for c in conclusion_texts(reply, Lang.EN))
