"""Graphs for the speed benchmarks (`bench/speed.py`, `bench/scale.py`, `bench/corpus_scale.py`)
and the scale tests.

`large_graph`: a random analysis graph of 300 assumptions, 2,500 claims and 300 conclusions,
about 10,000 edges: DEPENDS_ON chains with alternatives and cycles, and dense SUPPORTS/ATTACKS
arguing. Deterministic for a given seed.

`document_copies`: a corpus of independent documents made from one ingested document, each copy
with its own ids, for `bench/corpus_scale.py` (700 copies of the reference article hold 96k
claims, the size the analyses must handle in a few seconds each).
"""

import random

import networkx as nx

from argkg.schema import DocumentGraph, Relationship

__all__ = ["large_graph", "document_copies"]


def document_copies(graph: DocumentGraph, copies: int) -> list[DocumentGraph]:
    """Return ``copies`` copies of ``graph`` as separate documents (ids prefixed ``c0001-``...).

    The copies are trusted, not validated again (they come from a valid graph), so building a
    large corpus takes seconds. Shared nodes (entities, issues: no ``doc_id``) stay shared: every
    copy links to the same one, as documents on one subject do.
    """
    shared = {node.id for node in graph.nodes if node.doc_id is None}

    def renamed(node_id: str, prefix: str) -> str:
        return node_id if node_id in shared else prefix + node_id

    out = []
    for index in range(copies):
        prefix = f"c{index:04}-"
        document = graph.document.model_copy(
            update={
                "id": prefix + graph.document.id,
                "doc_id": prefix + graph.document.id,
                "source": f"{prefix}copy",
            }
        )
        nodes = tuple(
            node
            if node.id in shared
            else node.model_copy(update={"id": prefix + node.id, "doc_id": prefix + str(node.doc_id)})
            for node in graph.nodes
        )
        rels = tuple(  # validated again: a relationship's id is a function of its endpoints
            Relationship.model_validate(
                {
                    **rel.model_dump(exclude={"id"}),
                    "start": renamed(rel.start, prefix),
                    "end": renamed(rel.end, prefix),
                }
            )
            for rel in graph.relationships
        )
        out.append(DocumentGraph.model_construct(document=document, nodes=nodes, relationships=rels))
    return out


def large_graph(seed: int = 0) -> nx.MultiDiGraph:
    """300 assumptions, 2,500 claims, 300 conclusions; about 10,000 edges."""
    rnd = random.Random(seed)
    G = nx.MultiDiGraph()
    assumptions = [f"a{i:05}" for i in range(300)]
    claims = [f"k{i:05}" for i in range(2500)]
    conclusions = [f"c{i:05}" for i in range(300)]
    for a in assumptions:
        G.add_node(a, label="Assumption", text=a)
    for k in claims:
        G.add_node(k, label="Claim", text=k, stance=rnd.choice(["pro", "con"]))
    for c in conclusions:
        G.add_node(c, label="Conclusion", text=c)

    keys = iter(range(1_000_000))

    def edge(start: str, end: str, **props: object) -> None:
        G.add_edge(start, end, key=f"r{next(keys)}", **props)

    for i, k in enumerate(claims):
        for group in range(rnd.choice([0, 1, 1, 2])):
            for _ in range(rnd.choice([1, 1, 2])):
                end = rnd.choice(assumptions) if i < 50 or rnd.random() < 0.5 else claims[rnd.randrange(i)]
                edge(k, end, type="DEPENDS_ON", group=group, basis="lexical")
    for c in conclusions:
        for group in range(rnd.choice([1, 1, 2])):
            for _ in range(rnd.choice([1, 2, 3])):
                edge(c, rnd.choice(assumptions + claims), type="DEPENDS_ON", group=group, basis="structural")
    for _ in range(30):
        edge(rnd.choice(claims[:100]), rnd.choice(claims[100:]), type="DEPENDS_ON", group=3, basis="lexical")
    for _ in range(5000):
        edge(rnd.choice(claims), rnd.choice(claims + assumptions), type="SUPPORTS")
    for _ in range(1250):
        edge(rnd.choice(claims), rnd.choice(claims + assumptions), type="ATTACKS")
    return G
