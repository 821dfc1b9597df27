"""The per-source breakdown beside each assumption (contested, cruxes, depends, whatif)."""

import networkx as nx

from argkg.graph.networkx_graph import graphs_to_networkx
from argkg.ingest import ingest_text
from argkg.ingest.linking import link_all
from argkg.queries import whatif
from argkg.queries.issues import sources_by_assumption
from argkg.schema import Assumption, AssumptionOrigin


def _hand_built(polarity: str) -> nx.MultiDiGraph:
    G = nx.MultiDiGraph()
    G.add_node("I", label="Issue", text="Cars should be banned", key="cars should be banned")
    for doc, source, stance in (("D1", "a.txt", "pro"), ("D2", "b.txt", "con")):
        G.add_node(doc, label="Document", doc_id=doc, source=source)
        _ = G.add_edge(doc, "I", key=f"o{doc}", type="ON_ISSUE", stance=stance)
    G.add_node("A1", label="Assumption", doc_id="D1", text="cars should be banned")
    G.add_node("A2", label="Assumption", doc_id="D2", text="cars should be allowed")
    _ = G.add_edge("A1", "I", key="e1", type="ON_ISSUE", polarity="affirm")
    _ = G.add_edge("A2", "I", key="e2", type="ON_ISSUE", polarity=polarity)
    for claim, doc, target, kind in (("C1", "D1", "A1", "SUPPORTS"), ("C2", "D2", "A2", "SUPPORTS")):
        G.add_node(claim, label="Claim", doc_id=doc, stance="pro")
        _ = G.add_edge(claim, target, key=f"r{claim}", type=kind)
    G.add_node("A3", label="Assumption", doc_id="D1", text="buses run on time")
    return G


def test_every_source_of_the_shared_issue_is_read_relative_to_the_assumptions_wording() -> None:
    found = sources_by_assumption(_hand_built("deny"))
    rows = [(r.source, r.stance, r.supports, r.attacks) for r in found["A1"]]
    # D2 supports "allowed", which denies the issue: one claim against it
    assert rows == [("a.txt", "pro", 1, 0), ("b.txt", "con", 0, 1)]
    # read from A2's wording (it denies the issue) every side turns around
    assert [(r.stance, r.supports, r.attacks) for r in found["A2"]] == [("con", 0, 1), ("pro", 1, 0)]
    assert [(r.source, r.stance) for r in found["A3"]] == [("a.txt", "neutral")]


def test_whatif_names_the_sources_of_each_answered_assumption() -> None:
    answered = whatif(_hand_built("deny"), reject=["A1"])
    assert list(answered.sources) == ["A1"] and len(answered.sources["A1"]) == 2


def test_documents_that_argue_one_question_share_it_in_the_breakdown() -> None:
    texts = {
        "pro.txt": "# Should cities ban cars?\n\nYes. The air gets cleaner and the streets get quieter.\n",
        "con.txt": "# Should cities ban cars?\n\nNo. Old people depend on their cars.\n",
    }
    linked = link_all([ingest_text(text, source=name) for name, text in texts.items()], [])
    debated = [a.id for g in linked for a in g.of_type(Assumption) if a.origin is AssumptionOrigin.DEBATE]
    found = sources_by_assumption(graphs_to_networkx(linked))
    for assumption in debated:
        assert {(r.source, r.stance) for r in found[assumption]} == {("pro.txt", "pro"), ("con.txt", "con")}
