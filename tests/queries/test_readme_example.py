"""The worked example of the README's 'What the analyses mean' holds, answer by answer."""

import networkx as nx
import pytest

from argkg import queries
from argkg.graph import graphs_to_networkx
from argkg.schema import (
    Assumption,
    Claim,
    Conclusion,
    Document,
    DocumentGraph,
    GroundedStatus,
    Relationship,
    stable_id,
    text_sha256,
)

TEXT = "K holds. A. B. C. p1 says B. q1 denies B."


@pytest.fixture(scope="module")
def G() -> nx.MultiDiGraph:  # noqa: N802 (the analysis graph, as networkx names it)
    sha = text_sha256(TEXT)
    doc_id = stable_id(sha, "Document", "")
    doc = Document(
        id=doc_id, doc_id=doc_id, title="README example", lang="en", source="readme", text=TEXT, sha256=sha
    )

    def claim(name: str, quote: str, stance: str) -> Claim:
        start = TEXT.index(quote)
        return Claim(
            id=name,
            doc_id=doc_id,
            text=quote,
            start=start,
            end=start + len(quote),
            stance=stance,
            role="main",
        )

    nodes = (
        Conclusion(id="K", doc_id=doc_id, text="K holds.", start=0, end=8),
        *(Assumption(id=name, doc_id=doc_id, text=name, origin="stated") for name in "ABC"),
        claim("p1", "p1 says B.", "pro"),
        claim("q1", "q1 denies B.", "con"),
    )
    rels = (
        Relationship(type="DEPENDS_ON", start="K", end="A", basis="stated", group=0),
        Relationship(type="DEPENDS_ON", start="K", end="B", basis="stated", group=1),
        Relationship(type="DEPENDS_ON", start="K", end="C", basis="stated", group=1),
        Relationship(type="SUPPORTS", start="p1", end="B"),
        Relationship(type="ATTACKS", start="q1", end="B"),
    )
    return graphs_to_networkx([DocumentGraph(document=doc, nodes=nodes, relationships=rels)])


def test_label_critical_and_whatif(G: nx.MultiDiGraph) -> None:
    yes = {name: queries.Lit(name, "affirm") for name in "ABC"}
    assert queries.labels(G) == {"K": [frozenset({yes["A"]}), frozenset({yes["B"], yes["C"]})]}
    assert queries.critical(G) == []
    assert queries.whatif(G, reject=["A"]).stands == ["K"]
    assert queries.whatif(G, reject=["A", "B"]).falls == ["K"]


def test_contested_grounded_and_cruxes(G: nx.MultiDiGraph) -> None:
    assert [(c.assumption_id, c.supports, c.attacks) for c in queries.contested(G)] == [("B", 1, 1)]
    assert queries.grounded(G) == {
        "A": GroundedStatus.ACCEPTED,
        "B": GroundedStatus.UNDECIDED,
        "C": GroundedStatus.ACCEPTED,
    }
    assert queries.cruxes(G) == []
