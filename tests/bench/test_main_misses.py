"""Why a gold main claim is missed (`argkg.bench.main_misses`), on a made-up text."""

import pytest

from argkg.bench.main_misses import KINDS, miss_kind
from argkg.ingest import ingest_text
from argkg.schema import Claim, DocumentGraph, Role, Stance

#: A made-up exchange on one question: two voices, each with a stand and a reason.
_TEXT = (
    "Should the village green get a second bench?\n\n"
    "MARGARET: Yes. Older walkers need somewhere to rest halfway round. "
    "The first bench is taken most afternoons.\n\n"
    "DENNIS: No. A second bench means more litter by the pond. The parish already pays for the bins.\n"
)


@pytest.fixture(scope="module")
def graph() -> DocumentGraph:
    return ingest_text(_TEXT, source="green.txt", lang="en")


def _with_role(graph: DocumentGraph, claim: Claim, role: Role) -> DocumentGraph:
    """The graph with ``claim`` given ``role`` (a miss made to order)."""
    nodes = [n.model_copy(update={"role": role}) if n.id == claim.id else n for n in graph.nodes]
    return graph.model_copy(update={"nodes": tuple(nodes)})


def test_a_quote_a_main_claim_holds_is_no_miss(graph: DocumentGraph) -> None:
    mains = [c for c in graph.of_type(Claim) if c.role is Role.MAIN]
    assert mains
    assert all(miss_kind(graph, c.text) is None for c in mains)


def test_a_quote_no_statement_holds_is_no_claim(graph: DocumentGraph) -> None:
    assert miss_kind(graph, "The green should be fenced off") == "no claim"


def test_a_quote_across_two_claims_is_split(graph: DocumentGraph) -> None:
    # "Yes." and the reason after it are two claims: a quote of both is held by neither
    assert miss_kind(graph, "Yes. Older walkers") == "split"


def test_a_main_claim_demoted_to_a_premise_is_a_side_left_unpromoted(graph: DocumentGraph) -> None:
    main = next(c for c in graph.of_type(Claim) if c.role is Role.MAIN and c.stance is not Stance.NEUTRAL)
    others = [
        c for c in graph.of_type(Claim) if c.role is Role.MAIN and c.stance is main.stance and c.id != main.id
    ]
    demoted = _with_role(graph, main, Role.PREMISE)
    for other in others:  # the side's other main claims go too: none of its side is left
        demoted = _with_role(demoted, other, Role.PREMISE)
    assert miss_kind(demoted, main.text) == "side unpromoted"


def test_a_premise_beside_a_main_claim_of_its_side_is_another_promoted(graph: DocumentGraph) -> None:
    main = next(c for c in graph.of_type(Claim) if c.role is Role.MAIN and c.stance is not Stance.NEUTRAL)
    premise = next(
        (c for c in graph.of_type(Claim) if c.role is Role.PREMISE and c.stance is main.stance), None
    )
    assert premise is not None
    assert miss_kind(graph, premise.text) == "other promoted"


def test_a_background_statement_lies_outside_positions(graph: DocumentGraph) -> None:
    claim = graph.of_type(Claim)[0]
    assert miss_kind(_with_role(graph, claim, Role.BACKGROUND), claim.text) == "outside positions"
    assert "outside positions" in KINDS
