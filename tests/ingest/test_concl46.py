"""Conclusions stated without a heading, and formulas that conclude nothing (stop 46).

A ruling on the matter brought before a body ("The objection is allowed."), the advice a report
gives its deciding body ("Officers recommend the Council adopt X"), a motion lost and a Chinese
proposal 未获通过 or 不予通过 conclude. The decision a paper asks of its deciders ("Members are
asked to approve X, or to give other direction.") puts the question and concludes nothing; a
Chinese letter's closing formula ("特此回复。") is a procedural line, neither claim nor conclusion.
A statement that puts the question and goes on to the writer's view ("asked to decide; I believe
X") still concludes; a bare "is allowed" states a rule.

The texts below are invented for these tests.
"""

from concluded import conclusion_texts

from argkg.ingest.sides import is_procedural
from argkg.schema import Lang


def test_a_ruling_on_the_objection_concludes() -> None:
    text = (
        "Decision on the objection to the allotment rent rise\n\n"
        "The association raised the rent by 40% with two weeks' notice. Its own rules ask for three months.\n\n"
        "The objection is allowed. The old rent applies until April.\n"
    )
    assert any("The objection is allowed" in c for c in conclusion_texts(text, Lang.EN))


def test_a_rule_that_allows_something_does_not_conclude() -> None:
    text = (
        "Using the community orchard\n\n"
        "Picking is allowed on Saturdays. Ladders are kept in the shed.\n\n"
        "The orchard opens at nine.\n"
    )
    assert not any("Picking is allowed" in c for c in conclusion_texts(text, Lang.EN))


def test_the_advice_a_report_gives_its_deciding_body_concludes() -> None:
    text = (
        "Report on the library opening hours\n\n"
        "Visits after 6pm rose by a third last year, and the late shift costs little to staff.\n\n"
        "Officers recommend the Council adopt the longer hours from September.\n\n"
        "Appendix: visits by hour\n"
    )
    assert any(
        "Officers recommend the Council adopt the longer hours" in c for c in conclusion_texts(text, Lang.EN)
    )


def test_the_decision_a_paper_asks_of_its_deciders_concludes_nothing() -> None:
    text = (
        "Paper for the parish council: the bus shelter\n\n"
        "1. The shelter on Mill Lane is rotten and unsafe.\n"
        "2. A new steel shelter costs less over ten years than repairing the old one twice.\n\n"
        "3. Recommendation\n"
        "3.1 We recommend replacing the shelter with a steel one this summer.\n"
        "3.2 Members are asked to approve the recommendation, or to give other direction.\n"
    )
    found = conclusion_texts(text, Lang.EN)
    assert any("replacing the shelter with a steel one" in c for c in found)
    assert not any("asked to approve" in c for c in found)


def test_putting_the_question_then_the_writers_view_still_concludes() -> None:
    text = (
        "The mural\n\n"
        "Painting over it saves money; restoring it keeps a piece of the town's past.\n\n"
        "The board is asked to decide between two poor options; I believe restoring it is the lesser loss.\n"
    )
    assert any("I believe restoring it is the lesser loss" in c for c in conclusion_texts(text, Lang.EN))


def test_a_motion_lost_concludes() -> None:
    text = (
        "Minutes of the chess club meeting\n\n"
        "Item 3: moving club night to Thursday. Ann said the hall is cheaper then; Bo said two members "
        "cannot come on Thursdays. Motion lost.\n\n"
        "Item 4: the summer tournament. Cal will look for a venue.\n"
    )
    assert "Motion lost." in conclusion_texts(text, Lang.EN)


def test_a_chinese_proposal_not_passed_concludes() -> None:
    text = (
        "社区议事会纪要\n\n"
        "议题一：在三号楼前加装充电桩。\n"
        "部分居民担心噪音和占用车位，也有居民认为电动车越来越多。\n"
        "该议题未获通过。\n"
        "议题二：更换垃圾桶。\n"
        "费用从公共收益中支出。\n"
    )
    assert "该议题未获通过。" in conclusion_texts(text, Lang.ZH)


def test_a_chinese_letters_closing_formula_argues_nothing() -> None:
    assert is_procedural("特此回复。", Lang.ZH)
    assert is_procedural("特此通知", Lang.ZH)
    assert not is_procedural("特此决定暂停开放游泳馆两周。", Lang.ZH)
