"""Texts in further layouts (``tests/ingest/texts/layouts/``), against gold written before argkg ran.

A BP debate and a 辩论赛 transcript, a zhihu thread, policy memos, a letter to the editor, an
interview, a blog post with bullet lists, an essay with concessions, a news report quoting both
sides, and two FAQs that argue nothing (see `argkg.bench.argtexts`). The figures are asserted
over the set, as the issue states its targets; a thesis without a question is checked on a
text of the cross-document corpus.
"""

from pathlib import Path

import pytest

from argkg.bench.argtexts import LAYOUTS, TextResult, check_folder, load_gold
from argkg.ingest import ingest_paths, ingest_text
from argkg.schema import Assumption, AssumptionOrigin, Claim, Role, Stance

GOLD = load_gold(LAYOUTS)


@pytest.fixture(scope="module")
def results() -> dict[str, TextResult]:
    return check_folder(LAYOUTS)


def test_the_debated_question_is_found_in_most_texts(results: dict[str, TextResult]) -> None:
    # the target on texts nobody on the team wrote: 9 of 11
    assert sum(r.proposition for r in results.values()) >= 11, [
        n for n, r in results.items() if not r.proposition
    ]


@pytest.mark.parametrize("name", ["en_faq.md", "zh_faq.md"])
def test_a_faq_debates_nothing(name: str, results: dict[str, TextResult]) -> None:
    assert results[name].proposition


def test_conclusions_recall_and_precision(results: dict[str, TextResult]) -> None:
    hits = sum(ok for r in results.values() for ok in r.conclusions)
    gold = sum(len(r.conclusions) for r in results.values())
    extra = sum(r.extra_conclusions for r in results.values())
    assert hits / gold >= 0.9
    assert hits / (hits + extra) >= 0.9


def test_texts_that_argue_both_sides_contest_their_proposition(results: dict[str, TextResult]) -> None:
    two_sided = [r for r in results.values() if r.two_sided]
    assert sum(r.contested for r in two_sided) >= len(two_sided) - 1


def test_greetings_chairs_labels_and_bylines_are_no_claims(results: dict[str, TextResult]) -> None:
    kept = [ok for r in results.values() for ok in r.not_claims]
    assert all(kept), [
        q
        for r in results.values()
        for q, ok in zip(GOLD[r.name].not_claims, r.not_claims, strict=True)
        if not ok
    ]


def test_sides_over_the_set(results: dict[str, TextResult]) -> None:
    sides = [gold is found for r in results.values() for _, gold, found in r.sides]
    assert sum(sides) / len(sides) >= 0.7


def test_a_thesis_without_a_question_yields_its_affirmative_argued_con() -> None:
    (graph,) = ingest_paths([Path(__file__).parent / "texts" / "crossdoc" / "d02.txt"])
    (debate,) = [a for a in graph.of_type(Assumption) if a.origin is AssumptionOrigin.DEBATE]
    assert debate.text == "Permanent remote work is the right choice for most firms"
    (main,) = [c for c in graph.of_type(Claim) if c.role is Role.MAIN]
    assert main.text.startswith("Permanent remote work is a mistake") and main.stance is Stance.CON


def test_a_later_question_on_its_own_line_is_a_second_debated_question() -> None:
    text = (
        "Should towns ban cars?\n\nSupporters argue that fewer cars mean cleaner air.\n\n"
        "Does a ban hurt local shops?\n\nOpponents argue that shops lose customers who drive.\n"
    )
    graph = ingest_text(text, source="t.txt", lang="en")
    debates = {a.text for a in graph.of_type(Assumption) if a.origin is AssumptionOrigin.DEBATE}
    assert debates == {"towns should ban cars", "a ban hurts local shops"}
