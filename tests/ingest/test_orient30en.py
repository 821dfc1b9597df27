"""Which way a text's debate points when it weighs a change some argue against (stop 30, English).

The debated proposition is the change that is proposed, requested, planned or decided; its
proposer and supporters argue pro, whoever keeps things as they are argues con, and the author's
side is read from how their own recommendation or decision bears on that change: not
recommending it, keeping what it would replace, refusing it, or asking the decider not to act
argues against it. A debate's bench over its speeches and a report's summary of the objections
or of the support name their statements' side.
"""

from pathlib import Path

import pytest

from argkg.bench.argtexts import UNSEEN_ORIENT30EN, check_folder
from argkg.ingest.layout import analyse_layout
from argkg.ingest.proposition import match_proposition, reaction_side
from argkg.ingest.sides import heading_side
from argkg.schema import Lang, SectionKind, Stance

PRO, CON = Stance.PRO, Stance.CON
CHANGE = "the town should introduce a levy on overnight visitors"
KEEPING = "we should keep the current rota"


@pytest.mark.parametrize(
    ("sentence", "proposition", "side"),
    [
        ("On balance, we do not recommend a visitor levy.", CHANGE, CON),
        ("We would not recommend the levies as drafted.", CHANGE, CON),
        ("We recommend against a levy at this stage.", CHANGE, CON),
        ("We recommend retaining the overnight visitor exemption.", CHANGE, CON),
        ("Decision: keep the current arrangement.", CHANGE, CON),
        # keeping argues for a proposition that keeps things as they are
        ("We recommend that we keep the current rota.", KEEPING, PRO),
        # a compromise that turns to a change is no verdict against it
        ("We recommend keeping one inspection, but adding a levy for overnight visitors.", CHANGE, None),
    ],
)
def test_the_authors_recommendation_on_a_change_gives_their_side(
    sentence: str, proposition: str, side: Stance | None
) -> None:
    assert reaction_side(sentence, Lang.EN, proposition) is side


@pytest.mark.parametrize(
    ("sentence", "side"),
    [
        ("Keep the current arrangement for another year.", CON),
        ("4.1 Retain the overnight visitor exemption.", CON),
        ("APPROVE, subject to conditions.", PRO),
        ("Refuse, for the following reasons.", CON),
    ],
)
def test_a_bare_verdict_counts_only_where_the_text_concludes(sentence: str, side: Stance) -> None:
    """Under "Recommendation" a bare imperative or decision word is the author's verdict; under
    "Options" or "Alternatives" it is one option among others."""
    assert reaction_side(sentence, Lang.EN, CHANGE, concluding=True) is side
    assert reaction_side(sentence, Lang.EN, CHANGE) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "We do not recommend the new printer.",  # names something else than the change
        "Keep the receipts in one drawer.",
        "Approve the minutes of the last meeting and move on to item 2 please",
    ],
)
def test_a_recommendation_on_something_else_gives_no_side(sentence: str) -> None:
    assert reaction_side(sentence, Lang.EN, CHANGE) is None


def test_asking_the_decider_not_to_act_argues_against_the_act() -> None:
    match = match_proposition("We urge the trustees not to sell the meadow.", Lang.EN, heading=False)
    assert match is not None and match.author is CON
    assert "sell the meadow" in match.proposition and "not" not in match.proposition.split()
    asked = match_proposition("We urge the trustees to sell the meadow.", Lang.EN, heading=False)
    assert asked is not None and asked.author is PRO


def test_a_request_put_to_the_decider_is_the_change_debated() -> None:
    line = "The tenants' panel has asked the board to approve a rent freeze for next year."
    match = match_proposition(line, Lang.EN, heading=False)
    assert match is not None and match.kind == "change" and match.author is None
    assert "approve a rent freeze" in match.proposition


def test_a_writers_own_announced_purchase_in_a_chat_message() -> None:
    match = match_proposition(
        "right, decision made. we're hiring a gardener for the summer", Lang.EN, heading=False
    )
    assert match is not None and match.author is PRO and "hiring a gardener" in match.proposition
    assert match_proposition("we're getting nowhere with this", Lang.EN, heading=False) is None


@pytest.mark.parametrize(
    ("title", "side"),
    [
        ("1st Proposition (Okafor, 6 min)", PRO),
        ("Second Opposition", CON),
        ("Government whip", PRO),
        ("Summary of objections:", CON),
        ("Letters of support", PRO),
        ("Objections", None),  # an essay's objections and its answers to them
        ("Opposition to the new road grows", None),
    ],
)
def test_a_bench_or_a_summary_of_one_side_names_its_statements_side(title: str, side: Stance | None) -> None:
    assert heading_side(title, Lang.EN) is side


def test_a_summary_of_the_objections_heads_no_conclusion() -> None:
    text = "Report on the mast\n\nSummary of objections:\nThe mast is too tall.\n\nConclusion\nApprove it.\n"
    _, sections = analyse_layout(text, Lang.EN)
    kinds = {s.title.strip(): s.kind for s in sections}
    assert kinds["Summary of objections:"] is not SectionKind.CONCLUSION
    assert kinds["Conclusion"] is SectionKind.CONCLUSION


def test_texts_whose_author_argues_against_the_change_read_it_that_way() -> None:
    """The board paper that recommends keeping the current pattern, the patient group's letter
    asking not to proceed and the planning officer's report recommending approval over objections
    read at most one statement wrong each (none before stop 30 read more than one right)."""
    results = check_folder(Path(UNSEEN_ORIENT30EN))
    for name in ("en_boardpaper_fourday.txt", "en_patientgroup_mnu.txt", "en_officerreport_dormer.txt"):
        wrong = sum(gold is not found for _, gold, found in results[name].sides)
        assert wrong <= 2, name
