"""Large graphs for the benchmarks (`bench/speed.py`, `bench/scale.py`) and the scale tests.

`large_graph`: a random analysis graph of 300 assumptions, 2,500 claims and 300 conclusions,
about 10,000 edges: DEPENDS_ON chains with alternatives and cycles, and dense SUPPORTS/ATTACKS
arguing. Deterministic for a given seed.

`document_copies`: a corpus of any size made of one real document graph, each copy a separate
document under its own ids, source and hash (as if the same text had been ingested from that
many files, without the hours of extraction).
"""

import random

import networkx as nx

from argkg.schema import DocumentGraph
from argkg.schema.ids import text_sha256
from argkg.schema.records import Record, graph_records, graphs_from_records

__all__ = ["large_graph", "document_copies"]


def document_copies(graph: DocumentGraph, copies: int) -> list[DocumentGraph]:
    """Return ``copies`` separate documents with the content of ``graph``.

    Copy ``n`` renames every node id to ``<id>-<n>``, its source to ``<source>#<n>`` and its
    hash to that of the text and ``n``; relationship ids follow from the new endpoints. Each
    copy is validated as any stored graph is.
    """
    records = list(graph_records(graph))
    result: list[DocumentGraph] = []
    for n in range(copies):
        tag = f"{n:05}"
        copy: list[Record] = []
        for record in records:
            if record["type"] == "node":
                props = dict(record["properties"], id=f"{record['id']}-{tag}")
                props["doc_id"] = f"{props['doc_id']}-{tag}"
                if record["labels"] == ["Document"]:
                    props["source"] = f"{props['source']}#{tag}"
                    props["sha256"] = text_sha256(f"{props['text']}#{tag}")
                copy.append({**record, "id": props["id"], "properties": props})
            else:
                props = {k: v for k, v in record["properties"].items() if k != "id"}
                start = {**record["start"], "id": f"{record['start']['id']}-{tag}"}
                end = {**record["end"], "id": f"{record['end']['id']}-{tag}"}
                copy.append({**record, "start": start, "end": end, "properties": props})
        result.extend(graphs_from_records(copy))
    return result


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
